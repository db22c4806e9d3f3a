"""Deadlines written as a calendar date ('senest 1. april 2027', 'inden 15. marts', 'senest 01.03.2027'): kept
as `TextDeadline`s whose anchor is the date as Danes write it, dated only when the text gives the year."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from knowledge.dates import MONTHS_DA
from knowledge.deadline_clauses import _clause_start, stated_text
from knowledge.language import lower_first
from knowledge.models import DeadlineKind, DeadlineUnit, TextDeadline

# month names and their usual abbreviations ('1. apr. 2027', '15. sept.')
_SHORT = {m[:3]: i + 1 for i, m in enumerate(MONTHS_DA)} | {"sept": 9}
_MONTH_WORDS = {m: i + 1 for i, m in enumerate(MONTHS_DA)} | _SHORT
# a full name keeps the sentence's full stop out of the date; an abbreviation has its own ('1. apr. 2027')
_MONTH = ("(?P<month>" + "|".join(MONTHS_DA) + "|(?:" + "|".join(sorted(_SHORT, key=len, reverse=True))
          + r")\.?)")
_DATE = re.compile(
    r"(?:\b(?P<lead>senest|inden|før|ikke\s+senere\s+end|pr\.)|(?P<label>\b(?:frist|deadline|tidsfrist|svarfrist)"
    r"\s*:))?\s*(?:(?:på\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?\s+)?(?:(?:den|d\.)\s+)?"
    r"(?:(?P<day>\d{1,2})\.\s*" + _MONTH + r"(?:\s+(?P<year>20\d\d))?(?![\w-])"
    r"|(?P<nday>\d{1,2})[./](?P<nmonth>\d{1,2})(?:[./-]|\s+)(?P<nyear>20\d\d)\b"
    # 'inden udgangen af marts 2027', 'senest ultimo juni 2027': the month's last day
    r"|(?:udgangen\s+af|ultimo)\s+(?P<emonth>" + "|".join(MONTHS_DA) + r")(?:\s+(?P<eyear>20\d\d))?"
    r"(?![\w-]))", re.I)
# Without 'senest', 'inden' or 'før' a date is a deadline only where the clause demands something by it
# ('Aftalen skal være returneret den 1. april 2027'): 'Kurset afholdes 12. april 2027', 'Go-live er planlagt
# til 1. maj 2027' and 'sendes normalt den 1. i måneden' are plans, dates and habits.
_DEMAND = re.compile(r"\b(?:skal|må|bør)\b", re.I)
_NOT_A_DEADLINE = re.compile(r"\b(?:fra|efter|siden|mellem|til\s+og\s+med|i\s+perioden)\s+(?:den\s+|d\.\s+)?$"
                             r"|\b(?:af)?holdes\b|\bfinder\s+sted\b|\bplanlagt\b|\bplanlægges\b|\bnormalt\b",
                             re.I)
_NOT = re.compile(r"\b(?:ikke|aldrig)\b", re.I)
_EARLIEST = re.compile(r"\b(?:tidligst|ikke\s+tidligere\s+end)\b(?:(?!\b(?:senest|inden|og|men)\b)[^,.;])*$",
                       re.I)
# '..., hvis aftalen underskrives inden 1. marts': a condition, no demand
_IF = re.compile(r"(?:^|,\s*)(?:hvis|såfremt|dersom)\b", re.I)
_STATED = re.compile(r"\b(?:er|bliver|var)\s+(?:den\s+|d\.\s+)?$", re.I)  # "Go-live er 1. maj 2027"; not
# 'Fristen er senest 1. februar 2027'
# '1. marts – 15. april', '1. og 15. marts': a period or a list of days ('1. oktober 2027 og skal være
# valideret senest ...' is one day and a second clause)
_PERIOD_AFTER = re.compile(r"^\s*(?:[-–—]|til\b|og\s+(?:den\s+|d\.\s+)?\d)", re.I)
_ANCHOR = re.compile(r"(?:\d{1,2}\.|udgangen af) (?:" + "|".join(MONTHS_DA) + r")(?: 20\d\d)?")
# 'Fristen for at indberette X er 1. marts 2027', 'Sidste frist er ...': a deadline said as what it is
_FRIST = re.compile(r"\b(?:frist|fristen|tidsfrist|tidsfristen|svarfrist|deadline|deadlinen)\b", re.I)
_GOLIVE = re.compile(r"\b(?:go[\s-]?live|idriftsættelse\w*|driftsstart\w*)\b", re.I)


def date_deadlines(sentence: str, *, about) -> list[TextDeadline]:
    """The calendar-date deadlines of one sentence; `about(text)` says what each concerns."""
    out = []
    if not any(c.isdigit() for c in sentence) and not re.search(r"udgangen|ultimo", sentence, re.I):
        return out
    for m in _DATE.finditer(sentence):
        day, month, year = _parts(m)
        lead = " ".join((m["lead"] or m["label"] or "").casefold().split())
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())  # the match may open with spaces
        before = sentence[:start]
        if not valid_date(day, month, year) or _NOT_A_DEADLINE.search(before) or \
                _PERIOD_AFTER.match(sentence[m.end():]):
            continue
        cut = _clause_start(before)
        clause = before[cut:]
        if _IF.search(clause):
            continue  # '..., hvis aftalen underskrives inden 1. marts': a condition
        # 'kan tidligst underskrives 1. februar 2027', 'må ikke ske før den 2. maj 2027': the earliest day
        earliest = bool(_EARLIEST.search(clause) or (lead == "før" and _NOT.search(clause)))
        if lead == "pr.":
            lead = ""  # 'Prisen reguleres pr. 1. januar': from when, a deadline only where a demand says so
        if not earliest and not lead and not (_FRIST.search(clause) and _STATED.search(before)) and (
                not _DEMAND.search(clause) or _GOLIVE.search(clause) or _STATED.search(before)):
            continue
        out.append(TextDeadline(
            text=stated_text(sentence, before, m.end()), days=0, unit=DeadlineUnit.DAYS,
            anchor=f"udgangen af {MONTHS_DA[month - 1]}" if m["emonth"] and not year
            else date_words(day, month, year),
            about=about(_without(sentence, m) if re.search(r"\b(?:skal|må|bør)\s*$", before, re.I)
                        and sentence[m.end():].strip(" .") else sentence[cut:] if cut
                        else sentence if before.strip() else sentence[m.end():].strip(" ,")),
            fixed_date=date(year, month, day) if year else None,
            kind=DeadlineKind.EARLIEST if earliest else DeadlineKind.DEADLINE))
    return out


# the header of a table column that holds deadlines ('Frist', 'Senest', 'Deadline', 'Afleveres senest')
_DEADLINE_COLUMN = re.compile(r"\b(?:frist\w*|tidsfrist\w*|svarfrist\w*|deadline\w*|senest"
                              r"|skal\s+være\s+klar)\b", re.I)


def table_date_deadlines(rows: list[list[str]]) -> list[TextDeadline]:
    """Dates in a table's deadline column ('Dokument | Frist' over 'Testplan | 1. april 2027'): each is a
    deadline about its row's first cell. `rows` in order; a row of headers without a date starts a table."""
    out, columns = [], set()
    for row in rows:
        if not any(_DATE.search(cell) for cell in row):
            columns = {i for i, cell in enumerate(row) if _DEADLINE_COLUMN.search(cell)}
            continue
        for i in sorted(columns):
            cell = row[i].strip() if i < len(row) else ""
            m = _DATE.fullmatch(cell) or _DATE.fullmatch(f"senest {cell}")
            if i and m and m["lead"] != "før" and valid_date(*_parts(m)):
                day, month, year = _parts(m)
                out.append(TextDeadline(
                    text=cell, days=0, unit=DeadlineUnit.DAYS, anchor=date_words(day, month, year),
                    about=lower_first(row[0].strip()), fixed_date=date(year, month, day) if year else None))
    return out


def _without(sentence: str, m: re.Match[str]) -> str:
    """'Familierne skal senest 1. april 2027 have modtaget et brev' read without its date: the modal's verb
    and object follow it."""
    before = sentence[:m.start()]
    return f"{before[_clause_start(before):].rstrip()} {sentence[m.end():].strip()}"


def is_date_deadline(deadline: TextDeadline) -> bool:
    """Whether a deadline is a calendar date ('1. april 2027', '15. marts'), with or without its year."""
    return deadline.fixed_date is not None or bool(_ANCHOR.fullmatch(deadline.anchor))


def date_words(day: int, month: int, year: int | None) -> str:
    """'1. april 2027', '15. marts': the date as Danes write it."""
    return f"{day}. {MONTHS_DA[month - 1]}{f' {year}' if year else ''}"


def _parts(m: re.Match[str]) -> tuple[int, int, int | None]:
    if m["emonth"]:
        month, year = MONTHS_DA.index(m["emonth"].casefold()) + 1, int(m["eyear"]) if m["eyear"] else None
        return monthrange(year or 2027, month)[1], month, year  # without a year: no date, February's 28th
    if m["day"]:
        month = _MONTH_WORDS[m["month"].rstrip(".").casefold()]
        return int(m["day"]), month, int(m["year"]) if m["year"] else None
    return int(m["nday"]), int(m["nmonth"]), int(m["nyear"])


def valid_date(day: int, month: int, year: int | None) -> bool:
    """Whether the day exists ('29. februar' without a year does: some year has it)."""
    try:
        date(year or 2028, month, day)  # a leap year: '29. februar' without a year is a date
    except ValueError:
        return False
    return True
