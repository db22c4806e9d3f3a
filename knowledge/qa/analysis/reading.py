"""A question read into tokens: language, named tasks, step numbers, question concepts, and
for every word the index key it matches (after spelling correction) and how much it matters."""

from __future__ import annotations

import re

from knowledge.fold import (
    TOKEN,
    ascii_fold,
    glossary_phrases,
    key,
    one_way_phrases,
)
from knowledge.index import Index
from knowledge.lexicon import (
    CONCEPTS,
)
from knowledge.qa.analysis.compounds import HEAD_MATCH
from knowledge.qa.analysis.joins import _join_compounds, join_read_forms
from knowledge.qa.analysis.known import _known, _known_deed
from knowledge.qa.analysis.language import _RELATIVE_WHO, _other_meanings, _uncontract, detect_lang
from knowledge.qa.analysis.names import capitalised_as_written
from knowledge.qa.analysis.projects import _find_project
from knowledge.qa.analysis.refs import _find_numbers, _find_refs, _join_codes
from knowledge.qa.analysis.tokens import Question, Token
from knowledge.qa.analysis.weighing import _weigh
from knowledge.qa.embedded import direct_question
from knowledge.qa.english import danish, plain_question
from knowledge.qa.grouping import as_the_tasks_write
from knowledge.qa.particles import join_particles, join_split_phrase, join_tail
from knowledge.qa.spelling import fix_question_words, fix_task_words, hyphenate_as_written, join_split_words
from knowledge.qa.types import LIMIT_ASKED, Expect, expected, is_yes_no, is_yes_no_named


def analyse(index: Index, text: str, *, lang: str | None = None) -> Question:
    """The question read: its words' keys, weights and roles, the tasks, project, step and wave it names."""
    written = detect_lang(text)
    lang = lang or written
    asked = text
    plain, text, typed = _spelt_reading(index, text, written)
    said, joined = _particles_joined(index, text, written)
    folded = ascii_fold(said)
    # a split particle verb joined by the glossary ('stiller beholderne op' -> 'stiller op beholderne')
    # is read so by the checks too, which otherwise see the verb alone ('stiller') as another deed
    text = said if said != text and _glossed_join(text, said) else text
    # (a yes/no as typed stays one when spelling reads its subject as another form: 'foregår
    # superbrugerkurset ...?' read 'superbrugerkursus')
    yesno = is_yes_no(folded) or is_yes_no_named(said) or (written == "da" and is_yes_no(ascii_fold(asked)))
    q = Question(text=text, lang=lang, tokens=[], expects=expected(_RELATIVE_WHO.sub(
        r"\1 that", folded)), yesno=yesno, asked=asked, typed=typed)
    if written == "en":
        _english_cues(q, plain)
    q.held = _phrases_held(index, _uncontract(said))
    spanned = glossary_phrases(_uncontract(said), q.held)
    spans = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(spanned)]
    q.tokens = [Token(pos=i, surface=s, key=key(s.casefold())) for i, (s, _, _) in enumerate(spans)]
    _find_refs(index, q, spans)
    _find_numbers(q)
    q.particles = joined
    _join_codes(index, q, spans)
    _join_compounds(index, q, spans)
    _weigh_words(index, q, spans, spanned, joined)
    join_read_forms(index, q, spans)
    _drop_repeated_heads(q)
    _drop_time_adverb(q)
    if written == "en":
        _other_meanings(index, q)
    _find_project(index, q)
    if q.wave is not None and index.waves:
        q.wave_tasks = frozenset(index.waves.get(q.wave, ()))
    _number_names(q, spans, spanned)
    return q


def _spelt_reading(index: Index, text: str, written: str) -> tuple[str, str, dict[str, str]]:
    """(the question without its polite frame, its Danish reading spelt as the tasks write it, the English
    words typed for that reading's words)."""
    typed: dict[str, str] = {}
    text = direct_question(text)  # 'ved du, om X er Y?' asks 'er X Y?'
    plain = plain_question(text) if written == "en" else text  # 'Hi, can you tell me who ...?'
    if written == "en":  # read as its Danish equivalent, so every intent and check reads it alike
        text, typed = danish(index, _uncontract(plain))
    else:  # 'går Aula i drift' as 'går i drift Aula': the glossary reads the verb and its tail as one
        text = join_split_phrase(join_tail(text))  # 'får forældrene besked': 'får besked forældrene'
    said = fix_question_words(text, known=lambda k: _known(index, k)) if written == "da" else text  # 'hvonår'
    if written == "da":  # 'underskervne' -> 'underskrevne', as the tasks write it (one word that near)
        said, _ = fix_task_words(hyphenate_as_written(join_split_words(said, index), index), index)
    said = as_the_tasks_write(said, index)  # 'over 3500 kg' for a task's 'over 3.500 kg'
    if written == "da" and not (is_yes_no(ascii_fold(said)) or is_yes_no_named(said)):
        # 'ballonbogen' as the tasks write it, 'Ballonbogen' (not in a yes/no question, where a name is the
        # claim's subject rather than the task it names: 'er fiskedagen frivillig?'; and as the asker typed
        # it, not as an English question's words were rendered: 'music school portal')
        said = capitalised_as_written(said, index)
    # the checks that read the question's words ('spørge', 'hvornår') read them spelt right
    return plain, said, typed


def _particles_joined(index: Index, said: str, written: str) -> tuple[str, dict[str, str]]:
    """A Danish question with its split particle verbs joined, and each verb's key -> the prefixed verb."""
    joined: dict[str, str] = {}
    # 'skrive aftalen under' -> 'underskrive aftalen'; a yes/no asks about its verb as written
    # ('kan vi selv sætte integrationen op?' is not answered by a task titled 'Opsæt integrationen')
    if written in ("da", "en") and not is_yes_no(ascii_fold(said)):
        said, joined = join_particles(said, known=lambda k: _known_deed(index, k) is not None)
    elif written == "da":  # 'Skriver X under på Y?' asks whether X signs: a verb a concept reads, only
        said, joined = join_particles(said, known=lambda k: _known(index, k),
                                      only=lambda phrase: bool(CONCEPTS.get(key(glossary_phrases(phrase)))))
    return said, joined


def _english_cues(q: Question, plain: str) -> None:
    """The English cues of the answer types say what an English question asks for."""
    english = ascii_fold(_uncontract(plain))
    kind = expected(_RELATIVE_WHO.sub(r"\1 that", english))
    if kind is Expect.TIME and LIMIT_ASKED.match(_uncontract(plain)):  # (as typed: a name's capital tells it)
        kind = Expect.ANY  # 'how long can the text be?' asks a size, as its Danish reading does
    if kind is not Expect.ANY:
        q.expects = kind
    q.yesno = q.yesno or is_yes_no(english)


def _weigh_words(index: Index, q: Question, spans, spanned: str, joined: dict[str, str]) -> None:
    """Each word weighed, a part of a hyphenated name stripped of its concepts, and a split particle
    verb given its prefixed verb as an alternative."""
    named = _hyphenated_names(spans, spanned)
    _mail_topic_as_field(q)
    for tok in q.tokens:
        if tok.role == "word":
            _weigh(index, q, tok)
            if tok.pos in named and tok.concepts:  # 'Due' of 'Lars Due-Hansen' is a name, no 'due' date
                alone = tok.concepts - {c for t in q.tokens if t is not tok for c in t.concepts}
                tok.concepts = frozenset()
                q.concepts -= alone
        # 'trækker ... ud' is 'trækker' and 'udtrækker'; not for 'hvem sætter X op?', where a
        # title's 'Opsæt' would answer with the task's doer rather than who the text says
        # (but a deed's noun the tasks write in place of the verb: 'hvem samler grenene op?' - 'Opsamling af
        # grene foretages af …')
        verb = joined.get(tok.surface.casefold(), "")
        prefixed = _known_deed(index, verb)
        if prefixed and tok.weight > 0 and prefixed not in tok.keys and (
                q.expects is not Expect.PARTY or prefixed != verb):
            tok.alts = (*tok.alts, prefixed)


def _mail_topic_as_field(q: Question) -> None:
    """'Hvilket emne skal mailen have?': the topic of a mail is its subject field, which the tasks write
    'med emnet "X"' and the glossary reads as 'emnefelt'; the bare 'emne' stays a topic in other questions
    ('hvad er emnet for temadagen?')."""
    if not _MAIL_TOPIC.search(q.text):
        return
    for tok in q.tokens:
        if tok.role == "word" and tok.key == _TOPIC:
            tok.key, tok.alts = SUBJECT_FIELD, (tok.key, *tok.alts)


# the topic asked of the mail itself, its subject: 'hvilket emne skal mailen (til X) have?', not 'hvilket emne
# har koncerten, som mailen handler om?'; and a topic and a mail's subject field
_MAIL_TOPIC = re.compile(r"\b(?:(?:hvilket|hvad\s+for\s+et)\s+emne\s+(?:skal|bør|må|får|har)|emnet\s+"
                         r"(?:for|på|i))\s+(?:(?:den|din|jeres|vores)\s+)?(?:e-?)?mail(?:en)?\b", re.I)
_TOPIC = key("emne")
# the field by any of its names: the glossary folds 'emnefeltet', 'med emnet', 'subject line' to it
SUBJECT_FIELD = key("emnefelt")


def _number_names(q: Question, spans, spanned: str) -> None:
    """'Context Handler 3': a capitalised name and the number right after it, which weighs as the name."""
    q.numbered = [(t.pos - 1, t.pos) for t in q.tokens[1:] if t.surface.isdigit() and t.role == "word"
                  and q.tokens[t.pos - 1].role == "word" and q.tokens[t.pos - 1].surface[:1].isupper()
                  and spans[t.pos][1] - spans[t.pos - 1][2] <= 1
                  and not _AMOUNT_GOES_ON.match(spanned, spans[t.pos][2])]  # 'PasPortalen 15.000 kr.?'
    for name, number in q.numbered:  # 'Boligsystemet 2' is another system than 'Boligsystemet'
        q.tokens[number].weight = max(q.tokens[number].weight, q.tokens[name].weight)


def _phrases_held(index: Index, text: str) -> frozenset[str]:
    """The one-way glossary phrases of a question that the tasks write themselves ('hvis en lyskæde går i
    stykker'): read as the tasks' words, not as the line's form ('beskadige'), which the tasks then lack."""
    held = {phrase for phrase, said in one_way_phrases(text) if index.writes_phrase(said)}
    written = _WRITTEN_FOR.match(text)
    if written:  # 'hvad skal der stå for hver optrækning?': what is written, not a duty
        held.add(" ".join(written.group(1).casefold().split()))
    return frozenset(held)


# 'hvad skal der stå for hver optrækning?' asks what is written of each ('der' stands in for no doer): not
# the glossary's 'stå for' of a duty ('hvem står for listen?', 'hvad står kommunen for?')
_WRITTEN_FOR = re.compile(r"^\W*hvad\s+(?:(?:skal|skulle|kan|må|maa|bør|boer)\s+)?der\s+"
                          r"(st(?:å|aa)r?\s+for)\b",
                          re.IGNORECASE)


def _glossed_join(before: str, after: str) -> bool:
    """Whether joining split particle verbs made a phrase the glossary reads as one word."""
    return len(glossary_phrases(after).split()) < len(glossary_phrases(before).split())


# A number that goes on as an amount or a share ('15.000 kr.', '2,5 %', '300 kr'): no number of a name's
_AMOUNT_GOES_ON = re.compile(r"[.,]\d|\s*(?:kr\b|kroner\b|dkk\b|%|procent\b|pct\b)", re.I)


def _hyphenated_names(spans, said: str) -> set[int]:
    """The words of a name joined by a hyphen to another capitalised word ('Due-Hansen', 'Anne-Mette')
    inside the question: parts of a name, whatever the words mean alone."""
    out = set()
    for i in range(1, len(spans) - 1):
        (word, _, end), (nxt, start, _) = spans[i], spans[i + 1]
        if end < len(said) and said[end] == "-" and start == end + 1 and word[:1].isupper() and \
                nxt[:1].isupper():
            out |= {i, i + 1}
    return out


# 'hvor sent ...?' asks a time as 'hvornår' does: the adverb says the type of answer, not what it is
# about ('sent' is also the English 'sent' of the glossary's 'sende')
_TIME_ADVERBS = frozenset({"sent", "senest"})
# 'hvor gammel ...?' asks an age in years, which a text may say as 'fyldt 18 år' or 'ældre end 12 år'
# without the adjective: set aside when no task writes it ('... må højst være 3 år gamle' does)
_AGE_ADJECTIVES = frozenset({"gammel", "gamle", "gammelt"})
# 'hvor varm / kold må X være?' asks a temperature, which a text says in degrees ('Voksgryder: højst 70
# grader', 'under 4 grader') without the adjective: the adjective frames the question as 'hvor gammel' does
# (gate.sizes.temperature_unsaid keeps an answer without degrees out)
_TEMPERATURE_ADJECTIVES = frozenset({"varm", "varme", "varmt", "kold", "kolde", "koldt"})
# 'hvor lang tid i forvejen / på forhånd skal X ...?': how long before, said from the asker's side;
# the phrase says the time is counted before the thing, which the text says with 'senest … før'
_IN_ADVANCE = frozenset({("i", "forvejen"), ("på", "forhånd"), ("paa", "forhaand")})
# 'hvornår på dagen / døgnet ...?', 'i løbet af dagen': the day a time of day is asked within, said by
# the asker; the text gives the clock ('kl. 10.00-12.30', 'hver nat kl. 02.00'), not the day; so does a
# part of the day ('hvornår på aftenen er X?' - 'X holdes fredag ... kl. 20-23')
_DAY_SPANS = frozenset({"dagen", "døgnet", "doegnet", "dognet", "morgenen", "formiddagen", "eftermiddagen",
                        "aftenen", "natten"})


def _drop_time_adverb(q: Question) -> None:
    for tok in q.tokens[1:]:
        before = q.tokens[tok.pos - 1].surface.casefold()
        if (tok.surface.casefold() in _TIME_ADVERBS and before == "hvor") or \
                (tok.surface.casefold() in _AGE_ADJECTIVES and before == "hvor" and tok.match == 0) or \
                (tok.surface.casefold() in _TEMPERATURE_ADJECTIVES and before == "hvor" and tok.pos == 1) or \
                (q.expects is Expect.TIME and (before, tok.surface.casefold()) in _IN_ADVANCE) or \
                _day_span(q, tok, before) or _clock_frame(q, tok, before):
            tok.weight, tok.role = 0.0, "stop"


def _day_span(q: Question, tok: Token, before: str) -> bool:
    """Whether the word is the day a time of day is asked within ('hvornår på døgnet ...?')."""
    return q.expects is Expect.CLOCK and tok.surface.casefold() in _DAY_SPANS and before in _DAY_SPAN_BEFORE


_DAY_SPAN_BEFORE = frozenset({"på", "paa", "af"})  # 'på dagen', 'i løbet af døgnet'


def _clock_frame(q: Question, tok: Token, before: str) -> bool:
    """Whether the word only frames a time of day asked: 'tid' of 'hvad tid ...?', or the start or end of
    the thing ('hvad tid starter X?', 'hvornår på dagen lukker X?'): the text gives the clock as a span
    ('kl. 10-16'), which says when the thing starts and ends without the verbs."""
    word = tok.surface.casefold()
    if q.expects is not Expect.CLOCK:
        return False
    if word == "tid" and before == "hvad":
        return True
    # the verb only of an event, its subject ('hvad tid starter læsefesten?'), which the span dates ('holder
    # en Læsefest den 4. maj kl. 14-17'): not of a place, a sign-up, a sale or a café ('hvad tid lukker
    # hovedbiblioteket / tilmeldingen til læsefesten?', 'åbner caféen på læsefesten?'), whose own hours
    # the event's span does not say
    subject = q.tokens[tok.pos + 1].surface.casefold() if tok.pos + 1 < len(q.tokens) else ""
    return word in _SPAN_ENDS and bool(_EVENT.search(subject))


# the verbs of a span's ends and of its taking place, present and passive
_SPAN_ENDS = frozenset({"starter", "startes", "begynder", "slutter", "sluttes", "åbner", "åbnes", "lukker",
                        "lukkes", "foregår", "holdes"})
# an event by its head, bare or definite ('læsefesten', 'rodagen', 'stævnet', 'koncerten', 'workshoppen')
_EVENT = re.compile(r"(?:fest|dag|stævne|møde|koncert|marked|kursus|arrangement|workshopp?|seminar|"
                    r"konference|forestilling|udstilling|messe|event|festival|turnering)(?:en|et|n|t)?$")


def _drop_repeated_heads(q: Question) -> None:
    """A compound known only by its head says nothing the question's other words do not, when one of
    them is that head ('hvem underviser på vejkurset?': 'underviser' is already 'uddannelse'): its
    modifier, which the tasks lack, is all it adds, so it stays unknown. Likewise a word the tasks lack
    read as a compound ending with it that another of its words is ('hvornår er der valg til
    miljøudvalget?': 'valg' read as 'miljøudvalg' is that word again, not the election asked about)."""
    for tok in q.tokens:
        if tok.match == HEAD_MATCH and any(o is not tok and o.weight > 0 and tok.key in o.keys
                                           for o in q.tokens):
            tok.match = 0.0
        elif _read_as_compound(tok) and any(o is not tok and o.weight > 0 and o.match >= 1
                                            and tok.key == o.key for o in q.tokens):
            tok.key, tok.alts, tok.match = tok.own_key, (), 0.0  # the word as typed, which no task has


def _read_as_compound(tok: Token) -> bool:
    """Whether a word the tasks lack was read as a longer compound ending with it ('valg' as
    'miljøudvalg')."""
    own = tok.own_key
    return 0 < tok.match < 1 and tok.key != own and len(own) >= 4 and tok.key.endswith(own)
