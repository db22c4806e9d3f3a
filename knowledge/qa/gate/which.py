"""Whether a 'hvilken X' answer speaks of an X and says which one."""

from __future__ import annotations

import re

from knowledge.file_formats import names_format
from knowledge.fold import ascii_fold, content_keys, question_keys
from knowledge.index import Index
from knowledge.lexicon import number_alternation
from knowledge.passages import sentences
from knowledge.qa.analysis import Question, Token
from knowledge.qa.candidate import Candidate
from knowledge.qa.checks import members_named, written_as_verb
from knowledge.qa.gate.clauses import _CLAUSES, _speaks_of, _thing_words
from knowledge.qa.gate.reading import said
from knowledge.qa.gate.sizes import _AGE
from knowledge.qa.gate.words import _TEXT_WORD, _TITLE_CODE, _shares, _title_keys
from knowledge.qa.types import Expect, holds
from knowledge.qa.types.values import is_number
from knowledge.qa.value_words import enumerates, info_asked, lists_records, recorded_positions
from knowledge.roles import POSITION_NOUN, role_of
from knowledge.units import length_pattern

# 'hvilket certifikat ...?', 'which certificate ...?': the answer must speak of a certificate.
# A count between the question word and the noun ('hvilke ti sager ...?') is not the noun asked about.
# (the number words two to ten and 'tolv', as this check has always read them)
_COUNT = (r"(?:(?:\d+|" + number_alternation(2, 12, english=True, without=("elleve", "eleven", "twelve"))
          + r")\s+)?")
# A bare noun of a kind of thing, which a name answers: 'hvilket system', 'hvilken portal'.
_KIND_STEM = r"(system|modul|platform|portal|løsning|værktøj|program|applikation|app|tool|application)"
KIND_NOUN = re.compile(_KIND_STEM + r"(s|et|en|er|erne)?")
# kinds of thing a text names by a member's name alone, beside KIND_NOUN: 'eksporteres som GeoJSON'
_NAMED_KIND = re.compile(r"(fil)?format(et|er|erne)?|(file )?formats?")
# a format named by its abbreviation, after 'som'/'i' or before '-fil': 'som JPEG', 'i PDF/A', 'XML-filer'
_FORMAT_NAMED = re.compile(r"\b(?:som|i|as|in)\s+(?=[\w/.-]*[A-Z][\w/.-]*[A-Z])[\w/.-]{2,}|"
                           r"\b[A-Z][A-Z0-9]+(?:/[A-Z])?-(?:fil|file|format)", re.U)
# A bare noun of a kind of party: 'hvilket firma', 'hvilken person' (not 'hvilken rolle': that may ask
# for a system role's name, 'BS_Godkender').
PARTY_NOUN = re.compile(r"(person|firma|selskab|virksomhed|organisation|company|firm|organi[sz]ation)"
                        r"(en|et|er|erne)?")
_WHICH = re.compile(r"^\W*(hvilke|hvilken|hvilket|which|what)\s+" + _COUNT + r"(?P<noun>[\wæøå-]+)", re.I)
# ... after a preposition: 'ved hvilken temperatur ...?', 'at what temperature ...?' (read 'hos hvilke
# temperatur'): the noun is asked the same
_WHICH_AFTER_PREPOSITION = re.compile(r"^\W*(?:i|på|paa|ved|hos|til|fra|med|under|over|at|in|on|from|with)\s+"
                                      r"(hvilke|hvilken|hvilket|which|what)\s+" + _COUNT +
                                      r"(?P<noun>[\wæøå-]+)",
                                      re.I)
# a unit or kind of time after the preposition ('i hvilken måned', 'in which week'): any time answers it
_TIME_NOUN = re.compile(r"(?:" + length_pattern() + r")(?:e|er|en|erne|s)?", re.I)
# the nouns of a point in time itself (not of a length of it, _TIME_NOUN): 'tider', 'tidspunktet', 'dates'
_WHEN_NOUN = re.compile(r"tid(?:en|er|erne)?|tidspunkt(?:et|er|erne)?|klokkeslæt(?:tet|ter|terne)?|"
                        r"dato(?:en|er|erne)?|times?|dates?")
_AGE_NOUN = re.compile(r"alder|alderen|age", re.I)  # the age a 'fra hvilken alder' asks, said in years
# 'hvad er Peter Skovs stilling ...?', "what is Anne's role": the noun a name owns is what is asked
_OWNED_NOUN = re.compile(r"^\W*(?i:hvad|what)\s+(?i:er|var|is|was)\s+(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s+){0,3}?"
                         r"[A-ZÆØÅ][\wæøåÆØÅ.-]*(?:s|'s|’s|'|’)\s+(?P<noun>[\wæøå-]+)")
# 'hvad er otto rampholts titel?': a position asked of a whole name typed in lower case (two to four words)
_OWNED_POSITION = re.compile(r"^\W*(?:hvad|what)\s+(?:er|var|is|was)\s+"
                             r"(?P<name>(?:[\wæøå.-]+\s+){1,3}?[\wæøå.-]+?)(?:s|'s|’s|'|’)\s+"
                             r"(?P<noun>" + POSITION_NOUN.pattern + r")\W*$", re.I)
_NOT_A_NOUN = re.compile(r"^(opgave\w*|tasks?|is|are|was|were|does|do|did|can|should|must|will|skal|kan|er|"
                         r"har|vil|m[aå]|of|kind|type|slags|en|et|the|a|an|is|s|"
                         # a party in general: any role or person answers 'hvilken rolle/person ...?'
                         r"rolle\w*|roles?|person\w*|medarbejder\w*|employees?|afdeling\w*|part|parten|parter|party|parties|"
                         r"departments?|firma\w*|selskab\w*|virksomhed\w*|compan\w*|firms?)$", re.I)


def asked_noun(q: Question) -> str | None:
    """The noun a 'hvilket X ...?' or 'hvad er Peter Skovs X?' asks for, as written."""
    m = _WHICH.match(q.text) or (_owned_noun(q) if q.expects is Expect.ANY else None)
    return None if m is None or _NOT_A_NOUN.match(m.group("noun")) else m.group("noun")


def _owned_noun(q: Question) -> re.Match | None:
    """'hvad er Peter Skovs stilling?', and a position asked of a name typed in lower case."""
    return _OWNED_NOUN.match(q.text) or _OWNED_POSITION.match(q.text)


def which_noun(q: Question) -> Token | None:
    """The thing a question asks which one of ('hvilket arkiv ...?'), so an answer must say which
    (`_which_one_said`); None for 'hvilke opgaver ...', 'hvilken rolle ...' (any party answers) and others."""
    m = _WHICH.match(q.text)
    if m is None or _NOT_A_NOUN.match(m.group("noun")):
        return None
    return next((t for t in q.tokens if t.surface == m.group("noun") and t.weight > 0.1 and t.match > 0),
                None)


def _which_noun_said(index: Index, q: Question, c: Candidate) -> bool:
    """'Hvilket certifikat skal bruges til den lokale IdP?' is not answered by a sentence about the
    IdP that says nothing of a certificate; nor 'Hvad er Peter Skovs stilling?' by Peter Skov's contact
    line, which says nothing of a position."""
    after = None if _WHICH.match(q.text) else _WHICH_AFTER_PREPOSITION.match(q.text)
    m = _WHICH.match(q.text) or after or (_owned_noun(q) if q.expects is Expect.ANY else None)
    if m is None or _NOT_A_NOUN.match(m.group("noun")) or c.kind not in ("passage", "title", "field", "fact"):
        return True
    noun = _noun_token(q, m.group("noun"))  # ('hvilken SMS-udbyder ...?': an udbyder must be spoken of)
    if noun is None or noun.weight <= 0.1 or (after is not None and noun.match == 0):
        return True  # ('from what age ...?': a measure no task names, which '9 år' says without the word)
    if after is not None and _TIME_NOUN.fullmatch(noun.surface):
        return True  # 'i hvilke uger ...?', 'i hvilken måned ...?': a time, which the type of answer checks
    if time_for_when_noun(q, noun.surface, said(c.text)):
        return True  # 'hvilke tider gælder for X i weekenden?' is answered by a time ('Weekend for X: kl.
        # 17-21'): the noun names the kind of value, which the time says without the word
    if after is not None and _AGE_NOUN.fullmatch(noun.surface) and _AGE.search(said(c.text)):
        return True  # 'fra hvilken alder ...?' is answered by an age ('Børn fra 8 år'), its unit for the word
    if POSITION_NOUN.fullmatch(noun.surface.casefold()) and _role_beside_asked_name(q, said(c.text)):
        return True  # 'hvilken stilling har Maria Holt?': 'jurist Maria Holt' says it without the word
    if noun.match == 0:  # 'hvilket tegnsæt ...?' where no task says 'tegnsæt': the text names no such thing,
        # unless the noun is a kind whose members a name says ('hvilket format ...?': 'som GeoJSON')
        word = noun.surface.casefold()
        return (KIND_NOUN.fullmatch(word) or _NAMED_KIND.fullmatch(word)) is not None
    said_keys, kinds = content_keys(c.text), _kind_keys(noun)
    if _shares(said_keys, kinds):
        return True
    if kinds != set(noun.keys) and _shares(said_keys, set(noun.keys) - kinds) and \
            not holds(Expect.NAME, said(c.text), q.text):
        return False  # 'hvilket filmmærke ...?' - '... 40 ruller film': the film, no brand of it
    if _STEP_NOUN.fullmatch(noun.surface.casefold()) and _method_step(index, c):
        return True  # 'hvilket trin opsætter zonerne?' is answered by the step '4. Opsæt zonerne i ParkZone'
    if members_named(noun.surface, said(c.text)):
        return True  # 'hvilke dage ...?' is answered by the days' names ('mandag, onsdag og fredag')
    if noun.pos == info_asked(q) and c.kind == "passage" and enumerates(said(c.text), q):
        return True  # 'hvilke oplysninger gemmer X?' is answered by 'X gemmer navne, alder og telefonnumre'
    if noun.pos in recorded_positions(q) and lists_records(q, c.text):
        return True  # 'hvilke oplysninger ... om hver station?' is answered by the list 'For hver station
        # angives: - kaldesignal - ...', whose items are the information
    if KIND_NOUN.fullmatch(noun.surface.casefold()) and holds(Expect.NAME, said(c.text), q.text):
        return True  # 'hvilket system ...?' is answered by a system's name ('Tolkeportalen', 'KY')
    if _NAMED_KIND.fullmatch(noun.surface.casefold()) and _format_of_asked(index, q, c, noun):
        return True  # 'hvilket format ...?' is answered by a format's name ('overføres som XML-filer')
    if _frame_says_which(index, q, c, noun):
        return True  # 'hvilke materialer må bruges ...?' is answered by 'Kun natursten må bruges'
    # a passage may explain it by its task's name (not by another sentence of its task: 'Tidligere
    # rapporter kan overføres' names no format); a field or fact line explains all it is asked for
    return c.kind == "title" and noun.pos in c.explained or \
        c.kind == "passage" and noun.pos in c.explained and _shares(_title_keys(index, c), set(noun.keys))


def _kind_keys(noun: Token) -> set[str]:
    """The keys that say the asked kind of thing: of a compound the tasks do not write, read by its parts
    ('filmmærke': 'film' and 'mærke'), its head only ('KOMBIT sender 40 ruller film' names no film brand)."""
    word = noun.surface.casefold()
    if 0 < noun.match < 1 and len(noun.keys) == 2 and noun.key != noun.keys[1] and \
            ascii_fold(word).startswith(noun.keys[1]) and not ascii_fold(word).startswith(noun.key) and \
            not _NAMED_HEAD.search(word):
        return {noun.key}
    return set(noun.keys)


# a head whose kind a member's name or code says without the word ('koordinatsystem': 'i UTM32')
_NAMED_HEAD = re.compile(r"(?:" + KIND_NOUN.pattern + "|" + _NAMED_KIND.pattern + "|" + PARTY_NOUN.pattern
                         + r")$")


# What may stand between a verb and the word in the asked noun's place: a modal or an adverb before a
# passive ('Kun natursten må bruges'), a preposition, an article or a count after an active verb
# ('optager i 4K', 'skal indeholde 7 felter')
_MODAL_ADVERB = frozenset("skal kan må bør vil skulle kunne kun også altid".split())
_SLOT_SKIP = _MODAL_ADVERB | frozenset("i på til af med som en et de den det der her".split())
_NEGATED = re.compile(r"\b(?:ikke|ingen|intet|aldrig)\b", re.I)


def time_for_when_noun(q: Question, noun: str, text: str) -> bool:
    """Whether the asked noun is one of a point in time ('hvilke tider ...?', 'hvilket tidspunkt ...?') and
    the text says a time: the value of the kind the noun names (checks.check reads it too)."""
    if _WHEN_NOUN.fullmatch(noun.casefold()) is None or not holds(Expect.TIME, text, q.text):
        return False
    # (a time of the thing asked: 'Hvilken dato sender X fejllisten?' is not told by 'Anlægslisten sendes
    # til X senest ...', another list's deadline)
    told = content_keys(text)
    return all(set(t.keys) & told for t in q.content()
               if t.weight >= 0.5 and t.surface.casefold() != noun.casefold() and t.surface.isalpha())


def frame_says_which(index: Index, q: Question, c: Candidate) -> bool:
    """_frame_says_which for the noun a 'hvilke X ...?' question asks (checks.check reads it too: a
    sentence that puts its things in the asked noun's place says which, though it names none)."""
    m = _WHICH.match(q.text)
    noun = None if m is None else _noun_token(q, m.group("noun"))
    return noun is not None and _frame_says_which(index, q, c, noun)


def _frame_says_which(index: Index, q: Question, c: Candidate, noun: Token) -> bool:
    """'Hvilke materialer må bruges ved restaurering af solure?' - 'Kun natursten må bruges'; 'Hvilken
    opløsning optager kameraet i?' - 'Kameraet optager i 4K': the sentence says the question's own verb,
    as written, and every other word the question names is in it or in its task's title; the word in the
    asked noun's place (a passive's subject, what follows an active verb) is one the question does not
    write, and says which (a sentence that puts a word of the question there, 'Den lokale IdP skal bruges
    til login', says no certificate; nor does a denial)."""
    if c.kind not in ("passage", "fact") or q.lang != "da" or not c.tasks:
        return False
    text = said(c.text).split("\n", 1)[0]  # (a fact group's heading: the task's sentence over its lines)
    words = _TEXT_WORD.findall(text)
    folded = [w.casefold() for w in words]
    verb = next((t for t in q.content() if t.pos > noun.pos and written_as_verb(t)
                 and t.surface.casefold() in folded), None)
    if verb is None or _NEGATED.search(text):
        return False
    held = content_keys(text) | _title_keys(index, c)
    others = [t for t in q.content() if t.role == "word" and t.weight > 0.1
              and t.pos not in (noun.pos, verb.pos) and t.pos not in q.project_pos]
    if not all(_shares(held, set(t.keys)) for t in others):
        return False
    at = folded.index(verb.surface.casefold())
    asked = {k for t in q.tokens for k in t.keys}
    if verb.surface.endswith("s"):  # a passive: its subject stands right before it, past a modal or 'kun'
        # (not a relative's antecedent: 'Data, som bruges til X' says no certificate for 'hvilket certifikat
        # skal bruges til X?')
        slot = [w for w in reversed(words[:at]) if w.casefold() not in _MODAL_ADVERB][:1]
    else:  # an active verb: what it does or holds follows it, and its subject is the question's
        # ('Kameraet optager i 4K'; not '..., som forvaltningsansvarlig almindeligvis bruger' for 'hvilket
        # system bruger vi?')
        before = [w for w in reversed(words[:at]) if w.casefold() not in _SLOT_SKIP][:1]
        if not before or not (_shares(asked, content_keys(before[0])) or
                              _kind_for_named_subject(index, q, c, before[0], verb)):
            return False
        slot = [w for w in words[at + 1:] if w.casefold() not in _SLOT_SKIP and not is_number(w)][:2]
        if len(slot) == 2 and _genitive_of_asked(q, slot[0]):
            slot = slot[1:]  # 'hvilke oplysninger om melderen gemmer X?' - 'X gemmer melderens navn ...':
            # the genitive owner is the question's, the thing owned says which information
        slot = slot[:1]
    return bool(slot) and bool(content_keys(slot[0])) and not _shares(asked, content_keys(slot[0]))


def _kind_for_named_subject(index: Index, q: Question, c: Candidate, subject: str, verb: Token) -> bool:
    """Whether the sentence's subject is the known thing of a kind ('Systemet', 'Appen') where the
    question's subject after its verb is a name the answer's task's title writes: in a task about
    Storkebogen, 'Systemet gemmer melderens navn ...' says what Storkebogen stores (the definite kind
    noun points back to the system the task is about; a compound, 'Fagsystemet', is another one)."""
    word = subject.casefold()
    if not _DEFINITE_KIND.fullmatch(word):
        return False
    named = [t for t in q.tokens[verb.pos + 1:] if t.role == "word" and t.surface[:1].isupper()]
    return bool(named) and all(_shares(_title_keys(index, c), set(t.keys)) for t in named)


def _genitive_of_asked(q: Question, word: str) -> bool:
    """Whether the word is the genitive of a word the question writes ('melderens' for 'om melderen')."""
    folded = word.casefold()
    return any(t.role == "word" and folded in (t.surface.casefold() + "s", t.surface.casefold() + "'s")
               for t in q.tokens)


# a kind noun in its definite form, alone: 'systemet', 'appen', 'løsningen', 'the system'
_DEFINITE_KIND = re.compile(_KIND_STEM + r"(?:et|en)")


_STEP_NOUN = re.compile(r"trin(et|ene|nene)?|skridt(et|ene)?|steps?")
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+?)\s*$", re.S)


def _format_of_asked(index: Index, q: Question, c: Candidate, noun: Token) -> bool:
    """Whether the text names a format in the clause of the asked thing (a word of it but the noun and its
    verbs), or, when no clause speaks of the thing, in a task whose title does: 'Tilmeldingsblanketten
    udfyldes i Bookingportalen, og referatet sendes som PDF' names the minutes' format, not the form's."""
    text = said(c.text)
    clauses = _CLAUSES.split(text)
    naming = [k for k in clauses if _FORMAT_NAMED.search(k) or names_format(k)]
    holder = [t for t in _thing_words(q) if t.pos != noun.pos]
    if not naming or not holder:
        return bool(naming)
    thing = [t for t in holder if not written_as_verb(t)] or holder  # ('sendes' is said of anything sent)
    if any(_speaks_of(k, thing) for k in naming):
        return True
    return not any(_speaks_of(k, thing) for k in clauses) and \
        _shares(_title_keys(index, c), {k for t in thing for k in t.keys})


def _method_step(index: Index, c: Candidate) -> bool:
    """Whether the answer is one of its task's method steps, with its number: a step says which step."""
    m = _NUMBERED.match(said(c.text))
    if m is None or c.kind != "passage" or not c.tasks:
        return False
    step = index.tasks[c.tasks[0]].step(int(m.group(1)))
    return step is not None and content_keys(step.text) == content_keys(m.group(2))


# a person's name in a question: two or more capitalised words (a genitive -s on the last is left out)
_PERSON_NAME = re.compile(r"(?<!^)\b([A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)+?)(?:s|'s|’s|'|’)?\b")


def _role_beside_asked_name(q: Question, text: str) -> bool:
    names = [m.group(1) for m in _PERSON_NAME.finditer(q.text)]
    if (m := _OWNED_POSITION.match(q.text)) is not None:
        names.append(m.group("name").title())  # 'otto rampholt' is written 'Otto Rampholt' in the text
    return any(role_of(name, text) for name in names)


def _count_for_which(q: Question, c: Candidate) -> bool:
    """'Hvilke sprog kan der tolkes til?' is not answered by 'Sprog: 42 sprog': where every mention of the
    noun asked about in a fact line's value is a bare count of it, the answer says how many, not which;
    the tasks speak of the thing without naming its members."""
    m = _WHICH.match(q.text)
    # (only a fact line's value: a sentence's bare count is _which_one_said's, which reads its context)
    if m is None or c.kind != "fact" or _NOT_A_NOUN.match(m.group("noun")):
        return False
    noun = next((t for t in q.tokens if t.surface == m.group("noun")), None)
    if noun is None or noun.weight <= 0.1:
        return False
    lines = [line for line in said(c.text).split("\n") if _shares(content_keys(line), {noun.key})]
    if not lines:
        return False
    for line in lines:
        words = list(_TEXT_WORD.finditer(line))
        spots = [i for i, w in enumerate(words) if _shares(content_keys(w.group(0)), {noun.key})]
        # a label before the value ('Sprog: 42 sprog') names the line, not a member
        value = [i for i in spots if ":" not in line[words[i].end():words[i].end() + 2]]
        if not value or not all(i > 0 and is_number(words[i - 1].group(0).casefold()) and
                                _BARE_END.match(line[words[i].end():]) for i in value):
            return False
    return True


# What may follow a bare count of the noun: the line's or sentence's end (not ': dansk, engelsk')
_BARE_END = re.compile(r"\s*(?:[.;)]\s*)?$")


def _which_one_said(q: Question, c: Candidate) -> bool:
    """'Hvilket fagsystem sender beskeder?' is not answered by 'Kommunens fagsystem sender beskeder':
    where the answer speaks of the thing asked about, it must say which one: a name, code or number
    next to it ('Certifikat: OCES3', 'afsendersystemet SF1601'), a compound that narrows it
    ('funktionscertifikat'), what it is of or for ('leverandøren af kommunens fagsystem'), or a list."""
    m = _WHICH.match(q.text)
    if m is None or c.kind not in ("passage", "title", "fact") or _NOT_A_NOUN.match(m.group("noun")):
        return True
    noun = _noun_token(q, m.group("noun"))
    # (a kind noun weighs little for retrieval, 'hvilket system ...', yet the answer must say which)
    kind = noun is not None and KIND_NOUN.fullmatch(noun.surface.casefold()) is not None
    if noun is None or (noun.weight <= 0.1 and not kind) or noun.match < 1:
        return True
    if re.search(r"\d", " ".join(q.text[m.end():].split()[:3])):
        return True  # 'hvilke sager i kategori 5 ...?' says which itself: the answer confirms it
    text = said(c.text).strip()
    if c.kind == "fact":
        # a fact group's heading that speaks of one thing ('Kommunen udtrækker breve fra sit esdh-system:'),
        # and lines that say nothing of it ('Periode: ...', 'Format: ...'): the heading must say which
        # ('Hver rolle giver en systemrolle:' speaks of one per line: the lines say which)
        heading, *lines = text.split("\n")
        if not lines or any(_shares(content_keys(line), {noun.key}) for line in lines) or \
                not _one_thing(heading, noun.key):
            return True
        text = _PER_SYSTEM.sub("", heading).rstrip(" :")  # (the colon before its lines names nothing)
    elif "\n" in text:
        return True  # a list names them
    if c.kind == "title":  # 'VIB 4 – Tilslut betalingsløsningen ...': the title begins after its code
        text = _TITLE_CODE.sub("", text, count=1)
    asked = question_keys(q.text, q.held)
    words = list(_TEXT_WORD.finditer(text))
    spots = [i for i, w in enumerate(words) if _shares(content_keys(w.group(0)), {noun.key})]
    return not spots or any(_narrowed(text, words, i, noun.key, asked, q.text) for i in spots)


# the owner's or the known one: 'sit ESDH-system', 'kommunens system', 'the system'
_OWNER = frozenset("sit sin sine dets dens kommunens jeres vores deres den det its their our the".split())


def _one_thing(text: str, noun: str) -> bool:
    """Whether the text speaks of the noun as one known thing: after an owner ('sit ESDH-system') or in
    its definite form ('ESDH-systemet'), not as one of several ('giver en systemrolle')."""
    words = list(_TEXT_WORD.finditer(text))
    for i, w in enumerate(words):
        word = w.group(0).casefold()
        if not any(k.endswith(noun) for k in content_keys(word)):
            continue  # (its head: 'privilegiegruppen' is a group, one of which the lines may list)
        if i > 0 and words[i - 1].group(0).casefold() in _OWNER or word.endswith(("et", "en", "ene", "erne")):
            return True
    return False


# the words a fact group's heading ends on (messages 'facts_per_system'), which name no system
_PER_SYSTEM = re.compile(r"\s*\b(?:pr\.|per)\s+system:?\s*$", re.I)


def _noun_token(q: Question, noun: str) -> Token | None:
    """The question's token of the noun asked about; for a hyphenated one ('hvilket ESDH-system ...?',
    read as two tokens) its head, the last part: an 'ESDH-systemet' in the answer says no more which one
    than the question did."""
    *first, head = noun.split("-")
    for t in q.tokens:
        if t.surface == noun:
            return t
        if first and head and t.surface == head and t.pos > 0 and q.tokens[t.pos - 1].surface == first[-1]:
            return t
    return None


# Prepositions after which a name is where or whom, not which one.
# ('som' opens what it is done as or a relative clause: 'ESDH-systemet som CSV-fil' names no system)
# ('... ti sager og sammenligner KP's ...': another clause)
_AND = re.compile(r"og|eller|samt|som|and|or|as", re.I)
_ELSEWHERE = re.compile(r"hos|til|i|på|med|fra|via|ved|mellem|to|at|in|on|with|from|between", re.I)
# Words after which a number is a deadline: 'inden for 10 dage', 'senest 14 dage efter'
# (not 'før'/'efter' alone: 'bygninger opført før 1977' says which buildings)
_WHEN_NEXT = re.compile(r"inden|senest|indtil|within|until", re.I)


# A web or host address right after a noun: 'serveren sftp.example.dk', 'portalen https://...'
_WEB_NAME = re.compile(r"\s+(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|eu|net|nu|io)\b)", re.I)
_APPOSED_NAME = re.compile(r",\s+(?:en|et|a|an)\s+"
                           r"((?-i:[A-ZÆØÅ])[\w&+.-]*(?:\s+(?-i:[A-ZÆØÅ0-9])[\w&+.-]*){0,3})\s*,",
                           re.I)
# a quoted value, then where it goes: 'Skriv "X – tilslutning" i emnefeltet', '... i mailens emnefelt'
_SUBJECT_FIELD = content_keys("emnefelt")
_QUOTED_INTO = re.compile(r"[\"”»]\s+(?:i|på|som|in|into|as)\s+(?:\w+s\s+)?$", re.I)


# a singular article before a number before the noun: the number names the thing ('Tag den 14 bus': bus
# 14), it counts none
_NAMING_ARTICLE = re.compile(r"\b(?:den|det)\s+$", re.I)
_THE = re.compile(r"\bthe\s+$", re.I)


def _names_one(before: str, noun: str) -> bool:
    """Whether the number after `before` names one `noun` ('den 14 bus', 'the 14 tram'), not counts them
    ('de 7 felter', 'the 7 fields')."""
    return bool(_NAMING_ARTICLE.search(before) or (_THE.search(before) and not noun.endswith("s")))


def _rest_of_sentence(after: str) -> str:
    """The rest of the sentence a word stands in, up to its end (passages.sentences, the one sentence
    reader): an abbreviation ends none ('fem oplysninger pr. deltager: navn, alder, ...' introduces its
    list after 'pr.')."""
    first = sentences(after)[:1]
    return first[0] if first else ""


def _narrowed(text: str, words: list, i: int, noun: str, asked: set[str], q_text: str = "") -> bool:
    """Whether the mention of the asked noun at word i says which one."""
    # (any of the word's keys: 'OCES3-systemcertifikat' has three, and taking whichever a set yields first
    # made the answer depend on the process's string hashing)
    if any(k != noun and k.endswith(noun) and k not in asked for k in content_keys(words[i].group(0))):
        return True  # 'funktionscertifikat' for 'certifikat'
    *first, last = words[i].group(0).split("-")
    if first and noun in content_keys(last) and not content_keys(" ".join(first)) <= asked:
        return True  # 'CSV-format' for 'filformat', 'XML-format', 'OCES3-certifikat' for 'certifikat'
    for w in words[max(i - 1, 0):i] + words[i + 1:i + 2]:
        s = w.group(0)
        if w.start() < words[i].start() and s.isdigit() and text[w.end():w.end() + 1] != "." and \
                not _names_one(text[:w.start()], words[i].group(0)):
            continue  # 'Udfyld de 7 felter' counts the fields; it says not which ('SF1601' holds letters,
            # '5. klasse' is an ordinal: which one, and so is 'den 14 bus': bus 14)
        inside = text[:w.start()].strip()[-1:] not in ("", ".", "!", "?")  # not a sentence's first word
        named = any(ch.isdigit() for ch in s) or (s[:1].isupper() and inside)
        if named and not content_keys(s) <= asked:
            return True  # 'afsendersystemet SF1601', 'certifikatet OCES3'
        if named and w.start() > words[i].start() and words[i].group(0)[:1].islower() and \
                not re.search(rf"(?<!\w){re.escape(s)}(?!\w)", q_text):
            return True  # 'i appen Vagtplan+' for 'hvilken app bruges til vagtplanen?': a name after
            # the noun, which the question writes only as a common noun
    for j in range(i + 1, min(i + 5, len(words))):  # 'Leverandør af Arkivhuset er Nordlys Data'
        s = words[j].group(0)
        if j == i + 1 and s.casefold() == "ved" and not text[words[i].end():words[j].start()].strip():
            continue  # 'Banerne ved Solgården og Birkely' says which baner by where they are
        if _ELSEWHERE.fullmatch(s) or _AND.fullmatch(s) or _WHEN_NEXT.fullmatch(s) or \
                text[words[j - 1].end():words[j].start()].strip():
            break  # 'certifikater hos KOMBIT' names whom they come from; a comma or 'og' ends the phrase;
            # 'renovatøren inden for 10 arbejdsdage' says when, not which renovatør
        if (s[:1].isupper() or any(ch.isdigit() for ch in s)) and not content_keys(s) <= asked:
            return True
    if noun in _SUBJECT_FIELD and _QUOTED_INTO.search(text[:words[i].start()]):
        return True  # 'Skriv "Kummekortet – tilslutning" i emnefeltet' says which subject (the subject
        # field only: 'Sæt kryds ved "Offentlig" i skemaet for hver park' says what goes in it, not which)
    after = text[words[i].end():]
    if _WEB_NAME.match(after):
        return True  # 'serveren sftp.refusion.dk', 'siden kantine.kommune.dk': an address says which one
    if (m := _APPOSED_NAME.match(after)) and not content_keys(m.group(1)) <= asked:
        return True  # 'Laserskæreren, en Glowforge Pro, leveres af ...': the noun, then which one it is
    if re.match(r"\s*[(«“\"]", after) or ":" in _rest_of_sentence(after):
        return True  # 'Certifikat: OCES3', 'systemet («Ydelsesindeks»)', 'De to dokumenter ...: A og B'
    between = text[words[i].end():words[i + 1].start()] if i + 1 < len(words) else ""
    if re.fullmatch(r"\s+(af|for|fra|of|from)\s+", between, re.I):
        # 'leverandøren af kommunens fagsystem' says which supplier by what it supplies
        return any(not content_keys(w.group(0)) <= asked for w in words[i + 1:i + 3])
    return False
