"""Earliest moments: whether the time a question puts a deed at is before the earliest a sentence allows
('kan integrationen sættes i drift ved go-live?' - 'kan tidligst sættes i drift 30 dage efter go-live')."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.language import COORDINATE_CLAUSES
from knowledge.lexicon import number_words
from knowledge.units import unit_of, unit_pattern

_NUMBER_WORDS = number_words(0, 12)
_N_UNIT = (r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>"
           + unit_pattern("working_day day week month") + r")")
_MOMENT = r"(?:the\s+)?(?P<moment>[\wæøå-]+)"
# 'kan tidligst startes 6 uger efter go-live', 'kan tidligst sættes i drift 30 dage efter go-live', 'dog
# tidligst 2 måneder efter go-live', 'no earlier than 2 weeks after go-live', '2 weeks after go-live at the
# earliest'
_EARLIEST = re.compile(r"\b(?:tidligst|no\s+earlier\s+than|not\s+earlier\s+than|not\s+before|ikke\s+før)\s+"
                       + r"(?:[\wæøå-]+\s+){0,4}?" + _N_UNIT + r"\s+(?:efter|after)\s+" + _MOMENT
                       + r"|\b" + _N_UNIT.replace("?P<n>", "?P<n2>").replace("?P<unit>", "?P<unit2>")
                       + r"\s+after\s+" + _MOMENT.replace("?P<moment>", "?P<moment2>")
                       + r"\s+at\s+the\s+earliest", re.I)
# The question's own offset after a moment: '3 måneder efter go-live'
_AFTER = re.compile(r"\b" + _N_UNIT + r"\s+(?:efter|after)\s+" + _MOMENT, re.I)
# The moment itself: 'ved go-live', 'på go-live-dagen', 'samme dag som go-live', 'lige efter go-live',
# 'med det samme ved go-live', 'allerede fra go-live', 'right after go-live', 'on the go-live day'
_AT = re.compile(r"\b(?:ved|på|fra|i\s+forbindelse\s+med|samme\s+dag\s+som|(?:lige|straks|umiddelbart|"
                 r"kort|direkte)\s+efter|at|on|from|right\s+after|immediately\s+after|just\s+after|"
                 r"the\s+same\s+day\s+as)\s+" + _MOMENT, re.I)
# Before the moment: 'før go-live', 'inden go-live', 'before go-live', 'prior to go-live'
_BEFORE = re.compile(r"\b(?:før|inden|before|prior\s+to)\s+" + _MOMENT, re.I)


def says_earliest(said: str) -> bool:
    """Whether a sentence sets an earliest moment ('kan tidligst startes 6 uger efter go-live')."""
    return _EARLIEST.search(said) is not None


def moment_words(question: str) -> set[str]:
    """The words of the moments a question names ('samme dag som go-live'), folded: the earliest's to say."""
    return {w.casefold() for p in (_AT, _AFTER, _BEFORE) for m in p.finditer(question)
            for w in re.findall(r"[\wæøå-]+", m.group(0))}


def earliest_moments(said: str) -> set[str]:
    """The moments a sentence's earliest counts from, keyed: 'tidligst 6 uger efter go-live' - go-live."""
    return {_moment(m.group("moment") or m.group("moment2")) for m in _EARLIEST.finditer(said)}


def asked_moments(question: str) -> set[str]:
    """The moments a question puts a deed at, before or after, keyed: 'ved go-live-dagen' - go-live."""
    return {_moment(m.group("moment")) for p in (_AT, _AFTER, _BEFORE) for m in p.finditer(question)}


# A moment's day said as one word: 'go-live-dagen', 'go-live dagen'
_DAY_OF = re.compile(r"[-\s](?:dag|dagen|day)$", re.I)


def before_earliest(question: str, said: str) -> bool | None:
    """True when the question puts the deed before the earliest moment the sentence allows ('ved go-live',
    '1 måned efter go-live' - 'tidligst 2 måneder efter go-live'), False when at or after it, None when
    the sentence sets no earliest moment after a moment the question names."""
    limits = {}
    clauses = COORDINATE_CLAUSES.split(said)
    for m in _EARLIEST.finditer(said):
        n, unit, moment = (m.group("n"), m.group("unit"), m.group("moment")) if m.group("n") else \
            (m.group("n2"), m.group("unit2"), m.group("moment2"))
        limits[_moment(moment)] = _days(n, unit)
    if not limits or any(_moment(m.group("moment")) in limits for clause in clauses
                         if not _EARLIEST.search(clause) for m in _AT.finditer(clause)):
        return None  # '... tidligst 6 uger efter go-live, men p-vagterne kan bruge den fra go-live': both
    afters = list(_AFTER.finditer(question))
    asked = [(_moment(m.group("moment")), _days(m.group("n"), m.group("unit"))) for m in afters]
    offsets = {m.start("moment") for m in afters}
    asked += [(_moment(m.group("moment")), 0.0) for m in _AT.finditer(question)
              if m.start("moment") not in offsets]
    # 'kan målingen laves før go-live?': before the moment, which an earliest after it rules out
    asked += [(_moment(m.group("moment")), -1.0) for m in _BEFORE.finditer(question)]
    verdicts = [days < limits[moment] for moment, days in asked if moment in limits]
    return any(verdicts) if verdicts else None


def _moment(word: str) -> str:
    """The moment a word names, without a day of it: 'go-live-dagen' is go-live."""
    return key(_DAY_OF.sub("", word.casefold()).strip("-"))


def _days(n: str, unit: str) -> float:
    number = int(n) if n.isdigit() else _NUMBER_WORDS[n.casefold()]
    return round(number * unit_of(unit).days, 1)
