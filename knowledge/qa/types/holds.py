"""holds(): whether a text holds a value of the kind a question asks for, other than the question's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import chain

from knowledge.fold import ascii_fold, question_keys
from knowledge.qa.types.asked import _DOES_ACTIVELY, _WHO_DOES
from knowledge.qa.types.counts import _NOT_A_COUNT, _count_no_answer, _not_a_count, _opening_verb, one_per
from knowledge.qa.types.kinds import Expect
from knowledge.qa.types.labels import _LABEL_VALUES, _asked_label_value, _other_label, _unlabelled
from knowledge.qa.types.names import _FIELD_LABEL, _names_focus, _version_owner
from knowledge.qa.types.parties import (
    _cleft_agents,
    _counted_agents,
    _described_agents,
    _parties,
    _partner_agents,
    _party_no_answer,
    _passive_agents,
    _passive_subjects,
    _relative_agents,
)
from knowledge.qa.types.places import _place_no_answer, _place_said_at_once, asks_located, sited_unsaid
from knowledge.qa.types.prices import _price_no_answer
from knowledge.qa.types.times import _LENGTH_ASKED, _POINT, _RELATIVE_TO, _SPAN, _TAKES, _time_no_answer
from knowledge.qa.types.values import _VALUE, _other_code, _word_before

_JUDGED: ContextVar[dict[tuple[Expect, str, str, frozenset[str] | None], bool] | None] = \
    ContextVar("holds_judged", default=None)


@contextmanager
def judged_once() -> Iterator[None]:
    """Within it, holds() judges each (kind, text, question) once: answering one question asks it of the
    same sentences for many candidates and checks. What it keeps ends with the block (and its thread)."""
    token = _JUDGED.set({})
    try:
        yield
    finally:
        _JUDGED.reset(token)


def holds(kind: Expect, text: str, question: str = "", *, telling: frozenset[str] | None = None) -> bool:
    """Whether `text` holds a value of the kind (ANY: always) other than what the question itself
    says ('hvem godkender for KY?' is not answered by 'KY'). With `telling`, the keys of the words that
    tell a Danish question from others, a count with a noun of its own that is not the asked noun is
    the asked one's only by a telling word beside it ('Kommunen tildeler tre roller' counts no
    vejredaktører of the kommune)."""
    if kind is Expect.ANY:
        return True
    judged = _JUDGED.get()
    if judged is None:
        return _holds(kind, text, question, telling)
    found = judged.get(asked := (kind, text, question, telling))
    if found is None:
        found = judged[asked] = _holds(kind, text, question, telling)
    return found


# a task's code as questions write it: capitals and a number ('BOGB 4', 'FSKK-4', 'KP03')
_TASK_CODE = re.compile(r"\b[A-ZÆØÅ]{2,}[ _-]?\d+\b")


@lru_cache(maxsize=1024)  # one question is judged against many sentences
def _reading(kind: Expect, question: str) -> tuple[str, frozenset[str], str, bool, bool, bool, bool]:
    """How holds() reads a question: casefolded, its keys, ascii-folded, whether it asks a point in
    time or a span, who does a deed, and whether a party that receives the deed may answer it."""
    # a task's code in a count question ('hvor mange trin har BOGB 4?') names the task: its number is none
    # of the question's own values, so '4 trin' still answers it
    asked = (_TASK_CODE.sub(" ", question) if kind is Expect.COUNT else question).casefold()
    asked_keys = frozenset(question_keys(question)) if kind in (Expect.PARTY, Expect.PLACE, Expect.TIME) \
        else frozenset()
    folded = ascii_fold(asked)
    point = kind is Expect.TIME and bool(_POINT.search(folded)) and not _SPAN.search(folded)
    # 'hvor lang tid tager testen?' asks how long; 'hvor lang tid før go-live ...?' asks by when
    span = kind is Expect.TIME and bool(_TAKES.search(folded) or _LENGTH_ASKED.search(folded)) and \
        not _RELATIVE_TO.search(folded)
    doers = bool(_WHO_DOES.match(folded))
    recipients = not (doers and _DOES_ACTIVELY.match(folded))
    return asked, asked_keys, folded, point, span, doers, recipients


def _holds(kind: Expect, text: str, question: str, telling: frozenset[str] | None) -> bool:
    """holds() without its memo: what the text read for the kind says at once (a labelled line, a name,
    a version, a place's label), else whether a value found is news to the question."""
    text = _read_for(kind, text, question)
    if (said := _said_at_once(kind, text, question)) is not None:
        return said
    reading = _reading(kind, question)
    asked, asked_keys, folded, _, _, doers, recipients = reading
    if kind is Expect.PARTY:  # 'Anbefalet ansvarlig: X' names X; its label names no one
        text = _unlabelled(text)
    if kind is Expect.PLACE and (said := _place_said_at_once(text, asked, asked_keys, folded,
                                                                       question=question)) is not None:
        return said
    if kind is Expect.PLACE and sited_unsaid(text, question, folded):
        return False
    found = (chain(_parties(text, doers=doers, verbs=asked_keys, recipients=recipients),
                   _passive_subjects(text, asked_keys), _cleft_agents(text, asked_keys),
                   _relative_agents(text, asked_keys), _counted_agents(text, asked_keys),
                   _passive_agents(text, asked_keys), _partner_agents(text, question),
                   _described_agents(text, question))
             if kind is Expect.PARTY
             else _VALUE[kind].finditer(text))
    for m in found:
        if not _no_answer(kind, m, text, reading, telling):
            return True
    return False


def _read_for(kind: Expect, text: str, question: str) -> str:
    """The text as a kind's values are looked for in it: numbers that count nothing blanked for a count,
    mails for a web address, and numbers labelled as another kind for every kind."""
    if kind is Expect.COUNT:
        text = _NOT_A_COUNT.sub(_not_a_count, _opening_verb(one_per(text, question), question))
    if kind is Expect.URL or (kind is Expect.PLACE and asks_located(_reading(kind, question)[2])):
        # 'helpdesk@serviceplatformen.dk' is a mail, no web address, and it says how to write to a firm,
        # not where the firm lies ('hvor ligger X?' - 'Kontakt: ..., X, lha@x.dk'; the question folded once,
        # by _reading, not again for every sentence judged)
        text = _VALUE[Expect.MAIL].sub(" ", text)
    return _other_label(kind, text)


def _said_at_once(kind: Expect, text: str, question: str) -> bool | None:
    """What a labelled line, a name or a version says before any value is read (None: the values decide)."""
    if kind in _LABEL_VALUES and _asked_label_value(kind, text, question):
        return True  # 'Hovednummer: 70 20 30 40' gives the hovednummer asked; 'Løsning: TaleSky' its name
    if kind is Expect.NAME:  # ('Anbefalet udfører: ...': the label is no name)
        return _names_focus(_FIELD_LABEL.sub(lambda m: " " * len(m.group(0)), text), question)
    if kind is Expect.VERSION and (owner := _version_owner(question)) and \
            re.search(rf"\b{re.escape(owner)}\s+v?\d+(?:\.\d+)*\b", text, re.I):
        return True  # 'Android 12' for 'hvilken Android-version ...?': the number after the name asked of
    return None


def _no_answer(kind: Expect, m: re.Match, text: str, reading: tuple, telling: frozenset[str] | None) -> bool:
    """Whether a value found is no answer: the question's own words, or by its kind's checks a value of
    another thing than the one asked about."""
    asked, asked_keys, folded, point, span, _, _ = reading
    value = m.group(0).strip().casefold()
    if kind is Expect.REASON and _use_named(value, text[m.end():], asked) and \
            not _use_denied(text[max(0, m.start() - 40):m.start()], text[m.end():]):
        return False  # 'Data må kun bruges til vedligeholdelse' for 'hvad må data bruges til?'
    if _said_alone(value, asked):
        return True  # the question's own words are no answer
    if kind is Expect.PARTY:
        return _party_no_answer(value, m, text, asked=asked, asked_keys=asked_keys, folded=folded)
    if kind is Expect.TIME:
        return _time_no_answer(value, m, text, asked=asked, asked_keys=asked_keys, folded=folded, point=point,
                               span=span)
    if kind is Expect.PLACE:
        return _place_no_answer(m, text, asked_keys=asked_keys, folded=folded)
    if kind is Expect.PRICE:
        return _price_no_answer(value, m, text, asked)
    if kind is Expect.PASSWORD:
        return _other_code(_word_before(text, m.start()) + value, asked)  # 'dørkoden er 2580': no alarm code
    if kind is Expect.COUNT:
        return _count_no_answer(value, m, text, asked=asked, folded=folded, telling=telling)
    return False


# What a thing is used for: the verb and preposition of 'bruges (kun) til', which the question 'hvad må X
# bruges til?' writes too, and the word that says the use after them
_USE = re.compile(r"(?:bruges|anvendes|benyttes|is used|are used)\b")
_USE_WORD = re.compile(r"\s+([\w'’-]+)")
# a use denied ('må ikke bruges til', 'må aldrig bruges til'): what it may not be used for is no answer;
# but 'kan ikke kun bruges til' and 'må ikke bruges til andet end X' name uses
_DENIED_BEFORE = re.compile(r"\b(?:ikke|aldrig|ej|not|never)\s+(?!(?:kun|blot|bare|alene|only)\b)"
                            r"(?:\w+\s+){0,2}$", re.I)
_ONLY_OTHER = re.compile(r"\s+(?:andet|andre|other)\s+(?:end|than)\b", re.I)


def _use_denied(before: str, after: str) -> bool:
    return bool(_DENIED_BEFORE.search(before)) and not _ONLY_OTHER.match(after)


def _use_named(value: str, after: str, asked: str) -> bool:
    """Whether a 'bruges til' phrase goes on with a use the question does not write ('Oplysningerne må kun
    bruges til booking'): the phrase is the question's own, the use after it is news."""
    use = _USE_WORD.match(after) if _USE.match(value) else None
    return use is not None and not _said_alone(use.group(1).casefold(), asked)


def _said_alone(value: str, text: str) -> bool:
    r"""Whether `text` has `value` with no word character either side (as the pattern
    (?<!\w)value(?!\w) finds it, without building one pattern per value)."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            return True
        at = text.find(value, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern
