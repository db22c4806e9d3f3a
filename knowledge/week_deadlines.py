"""Deadlines written as a week number ('senest fredag i uge 12', 'i uge 40', 'inden uge 8 2027'): kept
as `TextDeadline`s whose anchor is the week, dated only when the text gives the year."""

from __future__ import annotations

import re
from datetime import date

from knowledge.deadline_clauses import stated_text
from knowledge.models import DeadlineUnit, TextDeadline

WEEKDAYS = {"mandag": 1, "tirsdag": 2, "onsdag": 3, "torsdag": 4, "fredag": 5, "lørdag": 6, "søndag": 7}
_WEEK = re.compile(
    r"(?:\b(?P<lead>senest|inden\s+udgangen\s+af|inden|før|allerede|i\s+løbet\s+af)\s+)?"
    r"(?:(?:på\s+|om\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")(?:en)?\s+)?"
    r"(?P<in>i\s+)?\buge\s*(?:nr\.\s*)?(?P<week>\d{1,2})\b"
    r"(?!\s*(?:[-–—/]\s*\d{1,2}\b|(?:og|eller|til)\s+(?:uge\s+)?\d))"  # 'uge 12-14', 'uge 3 og 4': a period
    r"(?!\s+(?:efter|før|fra|inden)\s)"  # 'uge 3 efter opstartsmødet': weeks counted, no week number
    r"(?:\s*(?:,|/|i)?\s*(?P<year>20\d\d)\b)?", re.I)
# Without 'senest' or 'inden', 'i uge 40' is a deadline only where the clause demands something ('skal',
# 'afleveres', 'Send ... i uge 6'): 'Go-live er i uge 40' is a date, 'Kurset afholdes fredag i uge 16'
# and 'Vi holder møde i uge 3' are plans.
_DEMAND = re.compile(r"\b(?:skal|må|bør|senest)\b|\b(?:af|ind|frem|til|ud)?(?:lever|send|returner|indberett"
                     r"|upload|meld|bestill|udfyld|færdiggør|indsend)es\b|^(?:(?:af|ind|frem)?send|aflever"
                     r"|returnér|returner|upload|indberet|meld|bestil|udfyld|færdiggør|indlever)\b", re.I)
_NOT_A_DEADLINE = re.compile(r"\b(?:fra|efter|siden|til\s+og\s+med)\s+$", re.I)
_ABOUT_GOLIVE = re.compile(r"\b(?:go[\s-]?live|idriftsættelse\w*|driftsstart\w*)\b", re.I)


def week_deadlines(sentence: str, *, about, instruction: bool = False) -> list[TextDeadline]:
    """The week-number deadlines of one sentence; `about(text_after)` says what each concerns.
    `instruction`: the sentence is a method step's imperative ('Gennemfør testen i uge 14')."""
    out = []
    if "uge" not in sentence.casefold():
        return out
    for m in _WEEK.finditer(sentence):
        week = int(m["week"])
        lead = " ".join((m["lead"] or "").casefold().split())
        before = sentence[:m.start()]
        if not 1 <= week <= 53 or _NOT_A_DEADLINE.search(before) or not (lead or m["day"] or m["in"]):
            continue
        if not lead and not instruction and not _DEMAND.search(before):
            continue
        if _ABOUT_GOLIVE.search(before) and not _DEMAND.search(before):
            continue  # 'Go-live er planlagt til fredag i uge 40'
        day = WEEKDAYS[m["day"].casefold()] if m["day"] else None
        # days from the week's Monday: the named day, or the week's Friday (its last working day);
        # 'inden/før uge 40' without a day is the Friday before it
        days = day - 1 if day else (-3 if lead in {"inden", "før"} else 4)
        out.append(TextDeadline(
            text=stated_text(sentence, before, m.end()), days=days, unit=DeadlineUnit.DAYS,
            anchor=f"uge {week}",
            about=about(sentence if before.strip() else sentence[m.end():].strip(" ,")),
            week=week, weekday=day, year=int(m["year"]) if m["year"] else None))
    return out


def week_text(deadline: TextDeadline) -> str:
    """'fredag i uge 12', 'uge 40 2027', 'inden uge 8': the week deadline as Danes write it."""
    names = {n: w for w, n in WEEKDAYS.items()}
    year = f" {deadline.year}" if deadline.year else ""
    if deadline.weekday:
        return f"{names[deadline.weekday]} i uge {deadline.week}{year}"
    return f"{'inden ' if deadline.days < 0 else ''}uge {deadline.week}{year}"


def week_monday(deadline: TextDeadline) -> date | None:
    """The Monday a week-number deadline counts from, when the text gives the year (else None:
    'uge 12' of which year is not said, and a guessed year would be a wrong date)."""
    if deadline.week is None or deadline.year is None:
        return None
    try:
        return date.fromisocalendar(deadline.year, deadline.week, 1)
    except ValueError:  # week 53 in a year that has 52
        return None
