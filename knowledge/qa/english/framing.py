"""An English question's text made plain before its words are read: greetings, contractions, frames."""

from __future__ import annotations

import re

from knowledge.fold import (
    _RUN,
    _glossary,
    glossary_phrases,
    is_stop,
    sub_phrases,
)
from knowledge.index import Index
from knowledge.language import document_lemma
from knowledge.qa.english.frame_words import _AUX, _BEFORE_NAME, _CLAUSE_END, _FRAMES, _WORD
from knowledge.qa.english.rendering import _SUBJECTS, _one_compound, _present, _renderings
from knowledge.qa.english.senses import _senses
from knowledge.qa.english.typos import _OPENING_WH
from knowledge.qa.english.words import (
    _bases,
    _danish_verbs,
    _glossary_phrase,
    _known,
    _longer_names,
    _participle,
    _phrase_forms,
    _tables,
    _verbs_of_noun,
)

# A lowercase word with a hyphen ('key-box', 'sign-off', 're-test') or the English prefix of repetition
# ('reinstall'): read off only when no word list or task has the word as typed.
# ('unsigned' as 'not signed' was tried and taken back in s45: 'are unapproved shifts transferred?' read
# as 'ikke er godkendt', one more confident wrong yes/no in yesno8)
_PARTED = re.compile(r"(?<![\w'’-])(?:([a-z]+(?:-[a-z]+)+)|re([aeiou][a-z]{3,}))(?![\w'’-])")


# '6pm', '7.30 a.m.': a time of day as Danish writes it ('kl. 18', 'kl. 7.30'); '24/7': all day and night
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?", re.IGNORECASE)
_ALL_HOURS = re.compile(r"\b24\s*/\s*7\b")


def _clock(m: re.Match) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3).casefold() == "p" else 0)
    return f"kl. {hour}" + (f".{m.group(2)}" if m.group(2) else "")


def _listed(word: str) -> bool:
    """Whether a word list knows an English word, in one of its forms."""
    tables = _tables()
    return any(b in tables.frames or b in tables.dictionary or b in tables.glossary for b in _bases(word))


def _english_verb(word: str) -> bool:
    """Whether the word lists know an English word as a verb: a Danish verb among its meanings, and no
    noun's ending ('union' is 'fagforening', 'organisation' and 'assessment' are nouns): only a verb is
    done 'again' ('reinstall'), a noun after 're' is a word of its own ('reunion')."""
    tables = _tables()
    verbs = _danish_verbs()
    for base in _bases(word):
        if _verbs_of_noun(base):
            continue
        senses = [*tables.dictionary.get(base, ()), *filter(None, [tables.glossary.get(base)])]
        if any(d in verbs or tables.kin.get(d, (d,))[0] in verbs for d in senses):
            return True
    return False


# 'the ball cage sheet (burskema)', 'the warehouse integration (HJMR 4)': an English name glossed in brackets
# with the tasks' own word or code; up to four lowercase words before the brackets
_GLOSSED = re.compile(r"((?:[a-z][a-z-]*\s+){1,4})\(([^()]+)\)")


def _glossed(index: Index, text: str) -> str:
    """The question with an English name left out where a bracketed gloss names it in the tasks' own words
    or code ('the ball cage sheet (burskema)' -> 'the (burskema)'): the asker named the thing as the tasks
    do, so the English words before it (the run of words that are no stop word) name nothing the tasks
    lack. Only a gloss whose every word the tasks write."""
    def unglossed(m: re.Match) -> str:
        gloss = m.group(2)
        words = [w for w in re.findall(r"[^\W\d_]{3,}", gloss) if w.casefold() != "og"]
        if not words or not all(_known(index, w) for w in words):
            return m.group(0)
        before = m.group(1).split()
        named = len(before)
        while named > 0 and not is_stop(before[named - 1]):
            named -= 1
        return "".join(w + " " for w in before[:named]) + "(" + gloss + ")"
    return _GLOSSED.sub(unglossed, text)


def _word_parts(index: Index, text: str) -> str:
    """English words made of parts no list has whole, as their parts: 'key-box' -> 'key box' (which may
    join to a task's compound), 're-test' and 'reinstall' -> 'test again', 'install again'."""
    def parted(m: re.Match) -> str:
        word = m.group(0)
        if _listed(word) or _known(index, word) or _glossary_phrase(word.replace("-", " ")):
            return word
        if m.group(1):
            first, _, rest = word.partition("-")
            if first == "re" and "-" not in rest and _english_verb(rest):
                return rest + " again"
            # parts that are content words only: 'end-to-end', 'after-school' are one word as typed
            return word.replace("-", " ") if all(len(p) >= 2 and p not in _tables().frames
                                                 for p in word.split("-")) else word
        rest = m.group(2)
        return rest + " again" if _english_verb(rest) else word

    return _PARTED.sub(parted, _ALL_HOURS.sub("around the clock", _CLOCK.sub(_clock, text)))


# Particles a phrasal verb may leave after its object ('put the bins up', 'hand it in', 'leave rubbish
# behind'), and the words that may end such a clause after it.
_SPLIT_PARTICLES = frozenset({"up", "out", "in", "on", "off", "over", "down", "back", "through", "away",
                              "behind"})


_OBJECT_WORDS = 3


def _particle_home(text: str) -> str:
    """A phrasal verb split by its object brought together, as the word lists write it: 'who puts the
    bins up?' -> 'who puts up the bins?', 'does a stall that leaves rubbish behind pay?' -> 'leaves
    behind rubbish'. Only where the verb and the particle make a phrase of the dictionary or the
    glossary, the object is at most three lowercase words, and the particle ends the clause."""
    parts = _WORD.findall(text)
    words = [i for i, p in enumerate(parts) if p[:1].isalpha()]
    for n, i in enumerate(words):
        particle = parts[i].casefold()
        if particle not in _SPLIT_PARTICLES or n < 2:
            continue
        if n + 1 < len(words) and parts[words[n + 1]].casefold() not in _CLAUSE_END \
                and not any(ch in "".join(parts[i + 1:words[n + 1]]) for ch in ",;:?!."):
            continue  # 'put up with', 'hand out tickets': the particle is no clause's end
        for gap in range(1, min(_OBJECT_WORDS, n - 1) + 1):
            v = words[n - gap - 1]
            between = [parts[k] for k in words[n - gap:n]]
            if any(not w.islower() or w in _SPLIT_PARTICLES or w in _AUX or w in _SUBJECTS for w in between) \
                    or parts[v].casefold() in _AUX or parts[v].casefold() in _SUBJECTS:
                break  # 'how do we sign up?': a subject between, or an auxiliary, is no object
            phrase = f"{parts[v].casefold()} {particle}"
            if any(f in _tables().dictionary or _glossary_phrase(f) for f in _phrase_forms(phrase)):
                moved = parts[:v + 1] + [" ", parts[i]] + parts[v + 1:i - 1] + parts[i + 1:]
                return _particle_home("".join(moved))
    return text


# A question wrapped in a greeting or a request ('Hi, who signs X?', 'Can you tell me who signs X?',
# 'Quick question: when ...?') or led by its topic ('For BI 3, how many ...?', 'KKR 5 - who ...?'):
# the question itself, the topic after it, as a Danish question would be asked.
_GREETING = re.compile(r"^\W*(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon))"
                       r"(?:\s+(?:there|all|team))?\s*[,!.:;-]*\s+|"
                       r"(?:a\s+)?(?:quick|short|small)\s+question\s*[,:;.!-]+\s*|"
                       r"(?:sorry|just\s+wondering|question)\s*[,:;.!-]+\s*)", re.IGNORECASE)
_REQUEST = re.compile(r"^\W*(?:please\s+)?(?:(?:can|could|would)\s+(?:you|someone|anyone)\s+(?:please\s+)?"
                      r"(?:tell|let)\s+me(?:\s+know)?|(?:do|does)\s+(?:you|anyone|anybody)\s+know|"
                      r"(?:do\s+you\s+have\s+)?any\s+idea|i(?:'d|\s+would)\s+like\s+to\s+know|"
                      r"i\s+(?:want|need)\s+to\s+know|i\s+(?:wonder|was\s+wondering)|"
                      r"(?:please\s+)?(?:tell\s+me|let\s+me\s+know))\s*[,:]?\s+(?=\w)", re.IGNORECASE)
_WH_START = rf"(?:{'|'.join(_OPENING_WH)})\b"
# a topic, not a condition ('If we skip the test, what happens?' stays as it is)
_TOPIC_FIRST = re.compile(rf"^\W*(?!{_WH_START}|(?:if|when|once|unless|after|before|until)\b)"
                          rf"([^,:?]{{2,60}}?)(?:\s*[,:]|\s+[-–])\s+({_WH_START}[^?]*)\??\s*$", re.IGNORECASE)


def english_content(words: list[str]) -> bool:
    """Whether words with no small word of either language ('superuser course location') are
    English: two at least the English word lists know, none a Danish word of the glossary."""
    tables = _tables()
    danish = [w for w in words if not w.isascii() or tables.kin.get(w, ("",))[0] == w]
    # a question opening with a Danish verb, its subject and more ('Betaler kommunen ...?', 'Gemmes ...?')
    if len(words) >= 3 and _danish_finite_verb(words[0]):
        danish.append(words[0])
    english = [w for w in words if w.isascii() and w.isalpha() and w not in danish
               and any(b in tables.dictionary or b in tables.glossary for b in _bases(w))]
    return len(english) >= 2 and not danish


def _danish_finite_verb(word: str) -> bool:
    """A Danish verb's present tense or passive as the glossary writes its line ('betale' -> 'betaler',
    'gemme' -> 'gemmes'): a yes/no question opening with it is Danish, whatever its other words are;
    an English word only looks like one when it is an English dictionary word ('uses')."""
    form = _tables().kin.get(word, ("",))[0]
    return form.endswith("e") and word in (form + "r", form + "s") and word not in _tables().dictionary


def plain_question(text: str) -> str:
    """The question without a greeting or a request around it, its topic put after it."""
    rest = _CALLED.sub(r"\1 is the name of \2", _REQUEST.sub("", _GREETING.sub("", text, count=1), count=1))
    if rest != text and re.match(r"(?:the|a|an)\b", rest, re.IGNORECASE):
        rest = "what is " + rest  # 'tell me the deadline for X' asks what it is
    rest = _INVOLVES.sub(r"\1 is \2 about", rest)
    rest = _HOW_LONG_IS_EVENT.sub(r"\1 does \2 last", rest)
    rest = _HOW_LONG_TASK.sub(r"\1how much time \2", rest)
    m = _TOPIC_FIRST.match(rest)
    if m and not re.search(_WH_START, m.group(1), re.IGNORECASE):
        topic = m.group(1).strip()
        lead = topic.split(" ", 1)[0]
        if lead.casefold() in _FRAMES:  # 'For BI 3' -> 'for BI 3': a preposition, not a name
            topic = lead.casefold() + topic[len(lead):]
        rest = f"{m.group(2).rstrip()} {topic}?"
    return rest[:1].upper() + rest[1:] if rest != text else rest


# 'what is the old system called?', 'what are the groups named?': the name asked, as 'what is the name of
# the old system' says it ('called' alone is 'ringe': 'who called the meeting')
_CALLED = re.compile(r"^(\W*what)(?:\s+(?:is|are|was|were)|['’]s)\s+"
                     r"((?:the|a|an|our|their|its|this|that)\b[^?]+?)\s+(?:called|named)(?=\s*\??\s*$)",
                     re.IGNORECASE)


# 'what does step 3 involve / entail / consist of?' asks what the thing is about, as 'hvad går trin 3
# ud på?' does, not who is involved in it (a task's field 'Involverede parter')
# (a step or a task named by its code: of another thing, a sentence that merely names it is no answer)
_INVOLVES = re.compile(r"^(\W*what)\s+(?:does|do|will|would)\s+((?=[^?]*(?:\bsteps?\b|\d))[^?]+?)\s+"
                       r"(?:involve|entail|consist\s+of|comprise)(?=\s*\??\s*$)", re.IGNORECASE)


# 'how long is the kick-off meeting?' asks how long it lasts ('hvor længe varer mødet?'), as 'how long
# is the note?' does not: only for a thing that takes time, an event
_HOW_LONG_IS_EVENT = re.compile(r"^(\W*how\s+long)\s+(?:is|are|was|will\s+be)\s+((?:the|a|an|each|every|our|"
                                r"this|that)\s+[^?]*?\b(?:meeting|meetings|course|courses|training|session|"
                                r"sessions|webinar|webinars|workshop|workshops|test|tests|visit|visits|kick-off|"
                                r"kickoff|e-learning|introduction|presentation|demo|demonstration|interview|"
                                r"call|review|trial|pilot|conference|seminar|class|classes|lesson|lessons|"
                                r"module|modules|exam|inspection|inspections|installation|migration|"
                                r"conversion|cut-over|cutover|downtime|outage|shutdown|closure))(?=\s*\??\s*$)",
                                re.IGNORECASE)


# 'how long does task 9851 take?', 'how long will the contract task take?': the length of a task named by
# its number or as a task, asked as 'hvor lang tid tager opgave 9851?' asks it ('how long' alone is
# 'hvor længe': 'how long does the contract run?' asks about the contract, not its task)
_HOW_LONG_TASK = re.compile(r"^(\W*)how\s+long\s+((?:does|do|did|will|would|should)\s+"
                            r"(?=[^?]*(?:\btasks?\b|\d))"
                            r"[^?]*?\s+take)(?=\s*\??\s*$)", re.IGNORECASE)


# 'Is the mayor supposed to sign X?', 'Do we need to sign X?': a yes/no question whose verb is a
# modal phrase asks like Danish 'Skal borgmesteren underskrive X?', 'Skal vi underskrive X?'.
# (after a question word too: 'When are people allowed to X?' asks like 'Hvornår må folk X?')
_BE_MODAL = re.compile(r"^(\W*(?:(?:how|what|which|where|when|why)\b[^?.,]*?\s+)?)(?:is|are|am|was|were)\s+"
                       r"(.+?)\s+(supposed|required|expected|meant|obliged|"
                       r"obligated|going|allowed|permitted|able)\s+to\s+(?=\w)", re.IGNORECASE)
_DO_MODAL = re.compile(r"^(\W*(?:(?:how|what|which|who|whom|where|when|why)\b[^?.,]*?\s+)?)(?:do|does|did)\s+"
                       r"(.+?)\s+(?:need|needs|have|has|got)\s+to\s+(?=\w)", re.IGNORECASE)
_MODAL_OF = {"allowed": "may", "permitted": "may", "able": "can"}
# 'Are posters allowed on bridges?' asks what is permitted, as 'Må plakater (være) på broer?' does
# ('muliggøre' would read a thing that makes another possible)
_BE_ALLOWED = re.compile(r"^(\W*)(?:is|are)\s+(?!it\b|this\b|that\b|there\b)([^?,]+?)\s+"
                         r"(?:allowed|permitted)\b(?!\s+(?:to|by)\b)", re.IGNORECASE)


# "whats", "dont", "isnt": contractions typed without the apostrophe ('its' is a word of its own)
_UNSPACED = re.compile(r"\b(?:(what|who|where|when|how|that|there)s|(do|does|did|is|are|was|were|has|have"
                       r"|had|should|must|could|would|need)nt|(ca)nt)\b", re.IGNORECASE)


def _unspaced(text: str) -> str:
    return _UNSPACED.sub(lambda m: f"{m.group(1)} is" if m.group(1) else
                         f"{m.group(2) or m.group(3)}{'n' if m.group(3) else ''} not", text)


# 'get the system ready', 'make everything ready': one verb ('klargøre'), however far apart
_GET_READY = re.compile(r"\b(?:get|gets|getting|got|make|makes|making|made)\s+((?:[\w'’-]+\s+){1,4}?)ready\b",
                        re.IGNORECASE)


def _prepositions(text: str, index: Index) -> str:
    """The glossary's phrases read in the question, except across a particle before a name or a
    number, which is a preposition, no part of a multi-word verb: 'the test report in KP 12' holds
    no 'report in', 'hand in the form' does."""
    pieces = _BEFORE_NAME.split(text)
    return " ".join(_glossary_phrases(piece, index) for piece in pieces)


def _glossary_phrases(text: str, index: Index) -> str:
    """The glossary's phrases in their one-word form, a verb's present as the present ('carries
    out' -> 'udfører'); not two words the tasks write as one compound (`_one_compound`)."""
    if glossary_phrases(text) == text:
        return text
    phrases = _glossary().phrases
    lowered = " " + " ".join(_RUN.findall(text.casefold())) + " "

    def one_word(m: re.Match) -> str:
        phrase = " ".join(_RUN.findall(m.group(1).casefold()))
        if phrase.count(" ") == 1 and _one_compound(index, phrase):
            return m.group(1)
        if _frame_goes_on(phrase, m.string[m.end():]):
            return m.group(1)  # 'in charge of' is a frame of its own ('ansvarlig for', not '... af')
        if any(f" {name} " in lowered for name in _longer_names().get(phrase, ())):
            return m.group(1)  # part of a name the dictionary renders whole ('Danish Data Protection Agency')
        glossed = phrases.get(phrase)
        held = _senses(index, phrase) if glossed else []
        if len(held) >= 2 or (held and glossed not in held):
            return m.group(1)  # a phrase of two meanings the tasks hold ('system owner': 'systemansvarlig',
            # 'systemejer'), or whose glossary word they do not ('set up': 'opsætte', not 'oprette'),
            # rendered as a word is, the one said with the question's other words
        return _present(m.group(1).casefold(), glossed or m.group(1))
    return sub_phrases(one_word, text)


def _frame_goes_on(phrase: str, rest: str) -> bool:
    """Whether a glossary phrase and the word after it make one of the question frames."""
    following = rest.split(None, 1)[:1]
    return bool(following) and f"{phrase} {following[0].casefold()}" in _FRAMES


# 'what is the (minimum) number of X': a count, as 'how many X (at least)' asks it
_NUMBER_OF = re.compile(r"\bwhat\s+is\s+the\s+(?:(minimum|min|lowest|smallest)|(maximum|max|highest|largest)"
                        r"|total)?\s*number\s+of\b", re.IGNORECASE)


def _number_of(text: str) -> str:
    """'what is the maximum number of approvers in X?' -> 'how many approvers in X at most?': the bound
    after what is counted, as Danish asks it ('hvor mange godkendere ... højst?'); before it, 'hvor mange
    højst godkendere' reads no count of the noun."""
    m = _NUMBER_OF.search(text)
    if m is None:
        return text
    bound = " at least" if m.group(1) else " at most" if m.group(2) else ""
    rest = text[m.end():]
    asked = rest.rstrip(" ?.!")
    return text[:m.start()] + "how many" + asked + bound + rest[len(asked):]


# 'what happens if we skip the test?': as 'hvis vi ikke gennemfører testen' asks it
# 'how many spectators fit at the X?', '... can fit in the hall': how many there is room for ('Der er plads
# til 120 tilskuere'), as 'are there space for' is read ('plads'); not 'who fits the locks'
_FIT = re.compile(r"\b(how\s+many\s+(?:[\w'’-]+\s+){1,3}?)(?:can\s+|could\s+|will\s+|would\s+|may\s+)?fit\b",
                  re.IGNORECASE)
_SKIP = re.compile(r"\b(if\s+(?:[\w'’-]+\s+){0,3}?)(?:skip|skips|skipped|omit|omits|omitted|bypass|"
                   r"bypasses)\b", re.IGNORECASE)


# 'which tasks must be done before go-live?': done as finished ('være færdige'), not as 'what must
# be done' ('hvad skal gøres')
_TASKS_DONE = re.compile(r"\b(tasks?\s+(?:must|should|have to|has to|need to|needs to|are to|is to)\s+be)"
                         r"\s+done\b", re.IGNORECASE)


# 'Is a spot check required after ...?' asks like 'Skal der være en stikprøvekontrol efter ...?'
# ('is X required to sign' is a modal: _BE_MODAL; 'is it required that' a frame of its own)
_IS_REQUIRED = re.compile(r"^(\W*)(?:is|are)\s+(?!it\b|this\b|that\b|there\b)([^?,]+?)\s+"
                          r"(?:required|needed|necessary)\b(?!\s+(?:to|that|by)\b)", re.IGNORECASE)


# 'Is it mandatory for the municipality to subsidise X?' asks what the municipality must do, as 'Skal
# kommunen give tilskud til X?': a duty of the named party, not the priority of a task about X
_DUTY_FOR = re.compile(r"^(\W*)(?:is|was)\s+it\s+(?:mandatory|obligatory|compulsory|required|necessary)\s+"
                       r"for\s+((?:[\w'’-]+\s+){1,4}?)to\s+(?=[a-z])", re.IGNORECASE)


# 'Is it required that the DPO reviews the DPA?' asks like 'Skal DPO'en gennemgå aftalen?': a duty stated in
# a that-clause, as _DUTY_FOR's 'for X to' (not 'kræves som DPO ...', which reads as nothing required)
_DUTY_THAT = re.compile(r"^(\W*)(?:is|was|will)\s+it\s+(?:be\s+)?(?:mandatory|obligatory|compulsory|required|"
                        r"necessary|essential|a\s+requirement)\s+that\s+(?=[a-z])", re.IGNORECASE)
# 'Whose job is it to check X?' asks who is to check X, 'whose responsibility is the migration?' who is
# responsible for it: the frames of 'who' ('hvis beskæftigelse' reads a job in the tasks)
_WHOSE_JOB_TO = re.compile(r"\bwhose\s+(?:job|task|responsibility|duty|role)\s+(?:is|was|will\s+be)\s+"
                           r"it\s+to\b", re.IGNORECASE)
_WHOSE_JOB = re.compile(r"\bwhose\s+(?:job|task|responsibility|duty)\s+(?:is|was|will\s+be)\s+(?!it\b)",
                        re.IGNORECASE)
# 'Who owns the waste task?': the owner of a task is the one responsible for it ('anbefalet ansvarlig'), as
# against the owner of a thing ('who owns the containers?': 'ejer')
_OWNS_TASK = re.compile(r"\b(?:owns|own|owned)\s+(?=(?:the|this|that|our)\s+(?:[\w'’-]+\s+){0,4}?tasks?\b)",
                        re.IGNORECASE)
# "the colleagues' questions": a plural's possessive is the plural ('kollegernes' names the same)
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)['’](?=\s|$)")


def _duty_that(text: str) -> str:
    """'Is it required that the DPO reviews X?' -> 'must the DPO review X?': the that-clause's verb in
    the infinitive after the modal, as the subject's own verb would be ('skal DPO gennemgå X')."""
    m = _DUTY_THAT.match(text)
    if not m:
        return text
    head, rest = m.group(1) + "must ", text[m.end():]
    words = rest.split(" ")
    for n, word in enumerate(words[:6]):
        bare = word.casefold().rstrip("?.,!")
        if n and bare.endswith("s") and not bare.endswith("ss") and _verb_base(bare):
            words[n] = _verb_base(bare) + word[len(bare):]
            break
    return head + " ".join(words)


def _verb_base(word: str) -> str:
    """The base of a verb's -s form the word lists read as a Danish verb ('reviews' -> 'review')."""
    tables = _tables()
    for base in _bases(word)[1:]:
        danish = tables.glossary.get(base) or next(iter(tables.dictionary.get(base, ())), "")
        if danish and danish in _danish_verbs():
            return base
    return ""


# 'To whom is the report sent?', 'By whom is it signed?': the preposition put after the verb, as
# 'Who is the report sent to?' asks it (a Danish question ends on it too: 'hvem sendes rapporten til?')
_WHOM_FIRST = re.compile(r"^(\W*)(to|by|from|with|for)\s+whom\s+([^?]+?)\s*\?*\s*$", re.IGNORECASE)
# 'Who gets trained?', 'When do the cards get sent?': 'get' with a participle is the passive 'be sent'
_GET_PASSIVE = re.compile(r"\b(?:get|gets|got|getting|gotten)\s+(?=([a-z]+)\b)", re.IGNORECASE)


def _get_passive(m: re.Match) -> str:
    word = m.group(1).casefold()
    return "be " if _participle(word) and word not in _GET_IDIOMS else m.group(0)


_GET_IDIOMS = frozenset({"started", "used"})  # 'get started' begins, 'get used to' grows accustomed


def _modal_first(text: str) -> str:
    text = _WHOM_FIRST.sub(lambda m: f"{m.group(1)}who {m.group(3)} {m.group(2).casefold()}?", text, count=1)
    text = _GET_PASSIVE.sub(_get_passive, text)
    text = _DUTY_FOR.sub(r"\1must \2", text, count=1)
    text = _duty_that(text)
    text = _WHOSE_JOB.sub("who is responsible for ", _WHOSE_JOB_TO.sub("who is to", text))
    text = _OWNS_TASK.sub("is responsible for ", text)
    text = _PLURAL_POSSESSIVE.sub("", text)
    text = _IS_REQUIRED.sub(r"\1must there be \2", text, count=1)
    text = _TASKS_DONE.sub(r"\1 finished", text)
    text = _SKIP.sub(lambda m: f"{m.group(1)}do not complete", text)
    text = _number_of(_GET_READY.sub(lambda m: f"prepare {m.group(1).strip()}", text))
    text = _FIT.sub(r"\1are there space for", text, count=1)
    text = _BE_ALLOWED.sub(r"\1may \2", text, count=1)
    text = _BE_MODAL.sub(lambda m: f"{m.group(1)}{_MODAL_OF.get(m.group(3).casefold(), 'must')} "
                         f"{m.group(2)} ", text, count=1)
    return _DO_MODAL.sub(lambda m: f"{m.group(1)}must {m.group(2)} ", text, count=1)


# 'when must the rules reach Kompostbo Service?': a thing that reaches a named party arrives there, it is
# sent to it ('sendes til'), not the party contacted ('kontakte', as 'when can we reach the supplier?'
# asks, with a person before the verb); only after a modal and a noun, before a capitalised name
_ARRIVES = re.compile(r"\b(?<!\bwe )(?<!\bi )(?<!\byou )(?<!\bthey )((?:must|should|shall|will|has to|"
                      r"have to|needs? to|is to|are to|ought to)\s+)reach\s+(?=[A-ZÆØÅ])", re.IGNORECASE)
# and a modal before its subject ('when must the list reach X?'): the subject a noun phrase, no pronoun
# (its words may name what it is for: 'the connection agreement for the toad patrol system')
_ARRIVES_ASKED = re.compile(r"\b((?:must|should|shall|will)\s+(?!(?:we|i|you|they|he|she)\b)"
                            r"(?:[\w'’-]+\s+){1,9}?)reach\s+(?=[A-ZÆØÅ])", re.IGNORECASE)


# 'does the list go to KOMBIT?', 'who does the report go to?': the auxiliary, the subject (no pronoun)
_GOES_ASKED = re.compile(r"\b(does|do|did)\s+(?!(?:we|i|you|they|he|she|it)\b)((?:[\w'’-]+\s+){1,6}?)"
                         r"go\s+to\b", re.IGNORECASE)
_BE_OF_DO = {"does": "is", "do": "are", "did": "was"}
# 'when should the guidelines go to X?': a modal, the subject (no pronoun)
_GOES_AFTER_MODAL = re.compile(r"\b((?:must|should|shall|will|has\s+to|have\s+to|needs?\s+to)\s+"
                               r"(?!(?:we|i|you|they|he|she|it)\b)(?:[\w'’-]+\s+){1,6}?)go\s+to\b",
                               re.IGNORECASE)


# the subject a thing, not a person or party ('when should the volunteers reach X?' asks when they
# come, 'when must the supplier reach X?' whom they contact): a word of it renders as a paper the
# parser knows ('agreement', 'list', 'sheet'), or rules (a 'husorden', 'sikkerhedsregler' sent on)
_SUBJECT_HEAD = re.compile(r"^(.*?)(?:\s+(?:for|of|with|about|from|on|at|to|in)\s+.*)?$",
                           re.IGNORECASE | re.DOTALL)


def _a_thing(words: str) -> bool:
    """Whether a subject's words name a thing that is sent: a paper by one of its renderings, or rules."""
    head = _SUBJECT_HEAD.match(words.strip())
    for word in re.findall(r"[A-Za-zÆØÅæøå]+", head.group(1) if head else words):
        low = word.casefold()
        if low in {"rules", "regulations"}:
            return True
        if any(document_lemma(d, loose=True) for d in _renderings(low)):
            return True
    return False


def _before(text: str, end: int) -> str:
    """The words before a modal, back to the question word or auxiliary ('when does the list ...')."""
    words = re.findall(r"[\w'’-]+", text[:end])[-7:]
    cut = max((i + 1 for i, w in enumerate(words)
               if w.casefold() in {"when", "what", "does", "do", "did", "by", "until", "date", "time", "long",
                                   "before", "and", "that", "which", "who"}), default=0)
    return " ".join(words[cut:])


def _arrives(text: str) -> str:
    """'when must the rules reach X?' -> '... be sent to X' when what reaches X is a thing (`_a_thing`);
    'does the list go to X?' -> 'is the list sent to X?', 'when should the plan go to X?' -> '... be sent
    to X' (a paper goes where it is sent; people and parties go elsewhere)."""
    text = _ARRIVES.sub(lambda m: f"{m.group(1)}be sent to " if _a_thing(_before(text, m.start()))
                        else m.group(0), text)
    text = _GOES_ASKED.sub(lambda m: f"{_BE_OF_DO[m.group(1).casefold()]} {m.group(2)}sent to"
                           if _a_thing(m.group(2)) else m.group(0), text)
    text = _GOES_AFTER_MODAL.sub(lambda m: f"{m.group(1)}be sent to"
                                 if _a_thing(m.group(1).split(None, 1)[1]) else m.group(0), text)
    return _ARRIVES_ASKED.sub(lambda m: f"{m.group(1)}be sent to "
                              if _a_thing(m.group(1).split(None, 1)[1]) else m.group(0), text)
