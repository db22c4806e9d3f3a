"""A question word no task contains, read as the asker's own way of saying what the text says
otherwise: 'hvornår skal fejlene være udbedret?', 'hvor skaffer vi testbrugere?'. Such a word
stands where a verb stands, not where the thing asked about stands (a noun, a name, a value).
The pipeline asks again without it, and keeps that answer only when the rest of the question
picks a passage that passes the answer gate with the type of value asked for."""

from __future__ import annotations

import re

from knowledge.dates import MONTHS_DA_RE
from knowledge.fold import ascii_fold
from knowledge.lexicon import FRACTION_WORDS, number_words
from knowledge.passages import ITEM
from knowledge.qa.analysis import Question, Token
from knowledge.qa.types import Expect
from knowledge.units import length_pattern


def _words(text: str) -> frozenset[str]:
    return frozenset(ascii_fold(w) for w in text.split())


# Where a Danish or English question places its verb: right after the question word ('hvornår
# udbedres fejlene', 'when do ...'), after a modal verb and its subject ('hvor skal vi kigge'),
# after 'hvem/hvad' and a modal ('hvad skal udbedres'), after 'at'/'to'. After a modal verb and a
# noun the noun is the subject ('hvornår skal fejlene ...'), and after a verb and its subject comes
# the object ('hvor uploader vi skemaet'): those are what is asked about.
_QUESTION = _words("hvem hvad hvornår hvordan hvorfor hvorledes who what when why")
_SUBJECT_QUESTION = _words("hvem hvad who what")
_MODAL = _words("skal skulle kan kunne må måtte vil ville bør burde får fik har havde "
                "shall should must can could will would may might do does did has have had")
_PRONOUN = _words("vi jeg man du we you they")
_INFINITIVE = _words("at to")
# Forms of 'være'/'blive' before a participle that ends the question ('være udbedret?'); before
# a noun they ask what it is ('hvor lang er opsigelsen på aftalen?').
_BE = _words("være er været blive bliver blevet blev var be is are been being get gets got was were")
# 'hvor' before a verb asks where ('hvor skaffer vi ...'); before an adverb it asks how much of
# something ('hvor hurtigt', 'hvor længe'), which is the thing asked about.
_WHERE = _words("hvor where")
_PRESENT = ("er", "es")
# The answers whose type the gate checks: a time, a place, a count, a value. A 'hvem' question
# asks for the party of its verb (who negotiates is not who signs), and an answer of any kind
# would be judged on the other words alone.
# Nor a price: the verb says which deed is priced ('hvad koster det at forny en tilladelse?' is not
# answered by the fee for applying).
_TYPED = frozenset(Expect) - {Expect.ANY, Expect.PARTY, Expect.REASON, Expect.NAME, Expect.PRICE}
# The least a question must still say once the word is set aside: the content words that pick
# out the passage (their weight: a word the tasks hold weighs 0.3-1.0, a question concept 0.5).
MIN_REST = 1.2


def tolerable(q: Question) -> list[Token]:
    """The unknown words of `q` that may be set aside; [] when none may (a yes/no question asks
    about its words, a 'hvem' question about its verb, or too little would be left)."""
    if q.yesno or q.expects not in _TYPED:
        return []
    out = [t for t in q.unknown() if in_verb_slot(q, t)]
    rest = sum(t.weight for t in q.content() if t.match > 0 and t not in out)
    return out if out and rest >= MIN_REST else []


def _event_asked(q: Question, tok: Token) -> bool:
    """Whether a 'hvornår' question asks when a thing happens by itself ('hvornår udløber aftalen?',
    'hvornår lukker bookingen?', 'hvornår mødes udvalget?': an active verb in the present right after the
    question word, no modal verb; 'when does the committee meet?'), not by when something must be done
    ('hvornår skal fejlene være udbedret?', 'hvornår afleveres data?'): a task's deadline for a deed does
    not say when the thing happens."""
    if q.expects is not Expect.TIME or tok.pos == 0:
        return False
    if _english_event_verb(q, tok):
        return True
    before = ascii_fold(q.tokens[tok.pos - 1].surface.casefold())
    modal = any(ascii_fold(t.surface.casefold()) in _MODAL for t in q.tokens)
    verb = ascii_fold(tok.surface.casefold())
    # 'hvornår kører prøvekørslen?': the verb only says the noun's own event, which the text dates
    restated = len(verb) >= 5 and any(verb[:-2] in ascii_fold(t.surface.casefold())
                                      for t in q.tokens if t is not tok)
    return before in _QUESTION and (verb.endswith("er") or verb in _DEPONENT) and not modal and \
        not restated and verb not in _COMING


# 'hvornår kommer regningen?', 'hvornår sker det?': a thing's coming says no deed of its own; the time the
# text gives the thing ('faktureres i januar', 'sendes i kvartalet efter go-live') is when it comes
_COMING = _words("kommer sker")
# Danish verbs said only in their -s form (deponents): 'hvornår mødes udvalget?' asks when the committee
# meets, as 'udløber' asks when a thing ends; a passive ('hvornår afleveres data?') asks a deed's deadline.
_DEPONENT = _words("mødes enes skændes slås færdes trives lykkes mislykkes")
# 'When does the committee meet?': English asks a thing's own event with 'do'/'does'/'will' and the bare verb
# after the subject, where Danish puts an active verb right after 'hvornår'; a modal or 'be' before a
# participle asks a deed's deadline ('when must the plan be sent?').
_WHEN_DOES = re.compile(r"^\W*when\s+(?:do|does|did|will)\s", re.IGNORECASE)
_ENGLISH_DEED = re.compile(r"\b(?:must|should|shall|need|needs|have\s+to|has\s+to|be|been)\b", re.IGNORECASE)


def _english_event_verb(q: Question, tok: Token) -> bool:
    """Whether an English 'when does X <verb>?' names its event with this word: the question's last word,
    read from the verb the asker typed after the subject, or the word before a purpose ('when does the
    committee meet to adopt the rules?' asks when it meets: the deadline for adopting them is not that)."""
    if q.lang != "en" or not _WHEN_DOES.match(q.asked) or _ENGLISH_DEED.search(q.asked):
        return False
    later = q.tokens[tok.pos + 1:]
    purpose = bool(later) and ascii_fold(later[0].surface.casefold()) in _INFINITIVE
    return tok.surface.isalpha() and tok.surface.islower() and \
        (purpose or all(t.role == "stop" or not t.surface.isalpha() for t in later))


def unknown_event(q: Question, explained: set[int], text: str, *, aside: list[Token] = ()) -> list[Token]:
    """The words no task contains that say which event a 'hvornår' question asks the time of
    ('udløber', also when set aside), where the answer neither explains them nor gives a date or an hour
    of its own ('senest 8 uger før go-live' is a deadline for a deed, not when the agreement expires;
    'kl. 8-16' says when the support closes)."""
    return _events_undated(q, [*q.unknown(), *aside], explained, text)


def unsaid_event(q: Question, explained: set[int], text: str, *, kind: str) -> list[Token]:
    """The words the tasks do contain that say which event a 'hvornår' question asks the time of ('when does
    the committee meet to adopt the rules?'), where a quoted sentence neither says them nor gives a date or
    an hour ('Reglerne vedtages af udvalget ... senest 30 dage før go-live' is the deadline for a deed, not
    when the committee meets); a task's own window ('hvornår starter opgaven?') is no sentence's deed."""
    if kind not in _QUOTED:
        return []
    return _events_undated(q, [t for t in q.content() if t.match > 0], explained, text)


def _events_undated(q: Question, tokens: list[Token], explained: set[int], text: str) -> list[Token]:
    """Of the tokens, the event words the text does not explain, unless the text gives a date or an hour."""
    words = [t for t in tokens if t.pos not in explained
             and (in_verb_slot(q, t) or _english_event_verb(q, t)) and _event_asked(q, t)]
    return [] if not words or _DATED.search(text) else words


_QUOTED = frozenset({"passage", "deadline", "fact"})


# a date or an hour: what an event's time is said by ('1. maj', '2027-03-01', 'kl. 16', '8-16', 'tirsdag')
_DATED = re.compile(r"\b\d{1,2}\.\s*(?:" + MONTHS_DA_RE + r")\b|\b\d{4}-\d\d-\d\d\b|\b(?:kl\.?|klokken)\s*\d|"
                    r"\b\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\b|"
                    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdag)\w*", re.IGNORECASE)


def concrete(q: Question, text: str) -> bool:
    """Whether an answer found without the set-aside words gives the value itself: a time, count,
    price or number in digits other than a step's number ('senest 10 arbejdsdage før go-live'),
    not a 'når ...' clause that says when in words; a place or an address as the gate checked it."""
    return q.expects not in _NUMERIC or any(_DIGIT.search(ITEM.sub("", line)) or _WORDED.search(line)
                                                for line in text.splitlines())


_NUMERIC = frozenset({Expect.TIME, Expect.COUNT, Expect.PRICE, Expect.PHONE, Expect.CVR, Expect.CLOCK,
                      Expect.PERCENT, Expect.VERSION})
_DIGIT = re.compile(r"\d")
# a number in words with its unit: 'otte uger før go-live', 'halvanden time' (the value, in words)
_WORDED = re.compile(r"\b(?:" + FRACTION_WORDS + "|"
                     + "|".join(sorted(number_words(2, 100), key=len, reverse=True))
                     + r")\s+(?:" + length_pattern() + r")\b", re.IGNORECASE)


def set_aside(q: Question, tokens: list[Token]) -> None:
    """Weigh the words nothing: the answer is judged on the rest of the question."""
    chosen = {t.pos for t in tokens}
    for t in q.tokens:
        if t.pos in chosen:
            t.weight, t.role = 0.0, "stop"


# an English word right after a determiner is a noun or its modifier, never the verb: the typed English says
# so where the Danish rendering has dropped 'does the'
_DETERMINER = r"\b(?:the|a|an|this|that|these|those|its|our|your|their|my|his|her|each|every)\s+"


def after_determiner(q: Question, tok: Token) -> bool:
    """Whether an English question's word stands right after a determiner in the typed text (a word the
    dictionary read, 'giraf', as the asker typed it: 'the giraffe app')."""
    if q.lang != "en":
        return False
    if re.search(_DETERMINER + re.escape(tok.surface) + r"\b", q.asked, re.IGNORECASE):
        return True
    typed = q.typed.get(tok.surface)
    # (a read word before the question's last word, its verb, is the subject: 'can the tournament seat?';
    # one before no noun is the head itself, no qualifier of one: 'how old must a child be ...?')
    return typed is not None and not _before_last_word(q, tok) and _before_a_noun(q, tok) and \
        re.search(_DETERMINER + re.escape(typed) + r"\b", q.asked, re.IGNORECASE) is not None


def _before_a_noun(q: Question, tok: Token) -> bool:
    """Whether the question's next token is a content word, the noun a word before it qualifies."""
    return tok.pos + 1 < len(q.tokens) and q.tokens[tok.pos + 1].role == "word"


def _before_last_word(q: Question, tok: Token) -> bool:
    """Whether the word after a question's word is its last content word."""
    later = [t for t in q.tokens[tok.pos + 1:] if t.role == "word" and t.surface.isalpha()]
    return len(later) == 1


def in_verb_slot(q: Question, tok: Token) -> bool:
    s = tok.surface
    if not (s.isalpha() and s.islower()) or tok.pos == 0:
        return False  # a name ('Penneo'), a code, or the question's first word
    if after_determiner(q, tok):
        return False  # 'what does the giraffe app cost?' (rendered 'hvad giraffe app pris'): a noun's word
    before = ascii_fold(q.tokens[tok.pos - 1].surface.casefold())
    earlier = ascii_fold(q.tokens[tok.pos - 2].surface.casefold()) if tok.pos > 1 else ""
    last = all(t.role == "stop" or not t.surface.isalpha() for t in q.tokens[tok.pos + 1:])
    return (before in _QUESTION or before in _INFINITIVE
            or (before in _PRONOUN and earlier in _MODAL) or (before in _MODAL and earlier in _PRONOUN)
            or (before in _MODAL and earlier in _SUBJECT_QUESTION)
            or (before in _BE and last)
            or (before in _WHERE and ascii_fold(s).endswith(_PRESENT)))
