"""Lengths of time in a deadline's words ('30 dage', 'halvanden uge', 'ugen før'): the regexes
that find them, their number and unit, and the date they count to."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from knowledge.lexicon import number_words
from knowledge.models import DeadlineUnit, TextDeadline
from knowledge.units import DEFINITE, FRACTIONS, UNITS, TimeUnit, unit_words, whole_length

NUMBERS = number_words(1, 90, english=False)
# the deadline units' Danish words (knowledge/units.py), singular and plural, and those in the genitive
# ('3 ugers varsel', '1 måneds frist')
# (hours and years too: '48 timer', 'et halvt år' are whole days and months, units.whole_length)
_UNITS = [(u, "|".join(w + s for s in ("s", "") for w in unit_words(u.name, english=False)))
          for u in UNITS if u.deadline is not None or u.name in {"hour", "year"}]
# a number in digits ('1,5' too) or words, or a fraction in words ('halvanden', 'en halv', 'et halvt')
_NUMBER = (r"(?P<n>\d{1,3}(?:,5)?|" + "|".join(r"\s+".join(f.split()) for f in FRACTIONS) + "|"
           + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")")
_UNIT = "(?P<unit>" + "|".join(f"(?P<u{i}>{p})" for i, (_, p) in enumerate(_UNITS)) + ")"
# 'senest dagen efter modtagelsen', 'senest ugen før go-live': one of the unit, the number left out
_ONE = {w: u.deadline for u in UNITS if u.deadline is not None
        for w in unit_words(u.name, forms=(DEFINITE,), english=False)}
_DEADLINE = re.compile(
    r"\b(?P<lead>(?:inden\s+for|indenfor|i\s+løbet\s+af)\s+de\s+første(?=\s+\S+\s+\S+\s+efter\b)"
    r"|senest|inden\s+for|indenfor|indefor|inden|mindst|allerede|højst|op\s+til|ca\.|cirka|omkring)?\s*"
    r"(?:" + _NUMBER + r"\s+" + _UNIT + r"(?:\s+(?:varsel|forvarsel|frist))?"
    # 'har 10 hverdage til at returnere aftalen, regnet fra ...': the window's deed between it and its anchor
    r"(?:\s+til\s+at\s+(?P<deed>[^.;!?\n|()]{3,80}?),?(?=\s+regnet\s))?"
    r"|(?P<one>" + "|".join(_ONE) + r"))"
    r"\s+(?:regnet\s+)?(?P<dir>før|forud\s+for|forinden|i\s+forvejen|inden|efter|fra|ifølge)\b\s*,?\s*"
    r"(?P<anchor>[^.;!?\n|)]*)", re.I)  # '(senest 3 uger før teststart)': the bracket ends it
# 'Arbejdet skal være færdigt, når der er 14 dage til go-live': N units before the anchor
_UNTIL = re.compile(r"\b(?:når|da)\s+der\s+(?:er|mangler)\s+(?:mindst\s+)?" + _NUMBER + r"\s+" + _UNIT
                    + r"\s+(?:tilbage\s+)?til\s+(?P<anchor>[^.;!?\n|)]*)", re.I)
_OFFSET = re.compile(r"\b(?:go[\s-]?live|golive)\s*(?P<sign>-|–|minus|\+|plus)\s*" + _NUMBER + r"\s+" + _UNIT
                     + r"\b", re.I)
# 'Når testen er godkendt, skal resultatet meldes inden for (inden) 5 arbejdsdage', 'Efter go-live har
# kommunen 30 dage til at rydde op': a span with no anchor after it counts from the event the sentence
# opens with
_WITHIN = re.compile(r"\b(?:inden\s+for|indenfor|inden|har\s+\w+\s+|har)\s*" + _NUMBER + r"\s+" + _UNIT
                     + r"(?!\s+(?:før|efter|fra|inden|forud))\b", re.I)
# 'Når testen er gennemført, skal rapporten sendes senest 3 dage efter': after the event the sentence opens
_LATEST_AFTER = re.compile(r"\bsenest\s+" + _NUMBER + r"\s+" + _UNIT
                           + r"\s+(?:efter|derefter)(?=\s*(?:[.;]|$))", re.I)
# every deadline has one of these words: a unit, go-live itself ('inden go-live'), the word that puts a
# deadline at an event itself ('inden første udbetaling', 'senest ved opgavens afslutning') or a date
_UNIT_WORD = re.compile(r"dag|døgn|uge|måned|live|\btimer?\b|\bårs?\b|idrift|ibrug|driftsstart"
                        r"|\b(?:senest|inden|før)\b"
                        r"|\d\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)|\d[./]\d{1,2}[./-]20\d\d",
                        re.I)


# 'mindre end 24 timer før', 'mere end 2 uger efter': a length compared, said of a condition, not a deadline
# ('ikke senere end 10 dage efter' is a deadline)
_COMPARED = re.compile(r"\b(?:(?:mindre|mere|længere|kortere)\s+end|under|over)\s*$", re.I)


def _span(m: re.Match[str]) -> tuple[int, DeadlineUnit] | None:
    """The number and the unit a match of _NUMBER and _UNIT says ('10 arbejdsdage', 'tre uger'; '48 timer'
    as 2 dage, 'halvanden måned' as 45 dage), None for a length whole in no deadline unit ('36 timer')."""
    said = " ".join(m["n"].casefold().split())
    amount = float(said.replace(",", ".")) if said[:1].isdigit() else FRACTIONS.get(said) or NUMBERS[said]
    return whole_length(amount, _unit_of(m))


def _unit_of(m: re.Match[str]) -> TimeUnit | None:
    """The unit a match of _UNIT says ('arbejdsdage', 'timer'); None for a deadline said without one
    ('dagen før go-live')."""
    return next((u for i, (u, _) in enumerate(_UNITS) if m[f"u{i}"]), None)


def _in_hours(m: re.Match[str]) -> bool:
    """Whether a match of _NUMBER and _UNIT says its length in hours ('24 timer')."""
    return (unit := _unit_of(m)) is not None and unit.name == "hour"


@lru_cache(maxsize=16384)  # exports repeat their texts from task to task
def _has_unit(text: str) -> bool:
    return bool(_UNIT_WORD.search(text))


def calendar_offset(deadline: TextDeadline, anchor: date, *, add_working_days=None) -> date:
    """The date a deadline falls on, counted from its anchor's date. Working days need the caller's
    holiday calendar (bot.deadlines.add_working_days); without one they count Monday-Friday."""
    n = deadline.days
    if deadline.unit is DeadlineUnit.WORKING_DAYS:
        if add_working_days:
            return add_working_days(anchor, n)
        day, step, left = anchor, timedelta(days=1 if n >= 0 else -1), abs(n)
        while left:
            day += step
            left -= day.weekday() < 5
        return day
    if deadline.unit is DeadlineUnit.WEEKS:
        return anchor + timedelta(weeks=n)
    if deadline.unit is DeadlineUnit.MONTHS:
        month = anchor.month - 1 + n
        year, month = anchor.year + month // 12, month % 12 + 1
        for day in range(anchor.day, 27, -1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
        return date(year, month, min(anchor.day, 28))
    return anchor + timedelta(days=n)
