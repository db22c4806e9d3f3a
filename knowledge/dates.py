"""Task dates from go-live dates, and dates written the way Danish users write them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import NamedTuple

from knowledge.models import Task
from knowledge.text import clean_name

MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
# the Danish months as one regex alternation, for patterns that read a date or a month
MONTHS_DA_RE = "|".join(MONTHS_DA)
WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class Window(NamedTuple):
    """When a task must be worked on, counted from its go-live date (None: its end is a calendar date the
    text gives, 'senest 1. april 2027', and no go-live is known)."""

    golive: date | None
    start: date | None
    end: date


# A date as each language writes it, with its month names
_DATE_FORMATS = {"da": ("{day}. {month} {year}", MONTHS_DA), "en": ("{day} {month} {year}", MONTHS_EN)}


def format_date(d: date, *, lang: str = "da") -> str:
    """'8. oktober 2026' (Danish, also for a language not known) or '8 October 2026' (English)."""
    form, months = _DATE_FORMATS.get(lang, _DATE_FORMATS["da"])
    return form.format(day=d.day, month=months[d.month - 1], year=d.year)


def golive_key(name: str) -> str:
    """Compare wave and project names without case, dash, quote or spacing differences: 'KY – Bølge 3',
    'KY—Bølge 3', 'KY-Bølge 3' and 'ky - bølge  3' are one name. (Keys of names stored before this
    rule, 'ky - bølge 3', are unchanged; see bot.golive for a date stored under another spelling.)"""
    return " ".join(re.sub(r"\s*-\s*", " - ", clean_name(name).casefold()).split())


def golive_for(task: Task, golive: Mapping[str, date]) -> date | None:
    """A task's go-live: its wave's date first (waves are more precise), else its project's."""
    keyed = {golive_key(k): v for k, v in golive.items()}
    for name in [*task.waves, task.project or ""]:
        if name and golive_key(name) in keyed:
            return keyed[golive_key(name)]
    return None


def task_window(task: Task, golive: date | None) -> Window | None:
    """end = go-live + Slutdato offset; start = end + Startdato offset (both offsets negative)."""
    if golive is None or task.end_offset_days is None:
        return None
    end = golive + timedelta(days=task.end_offset_days)
    start = end + timedelta(days=task.start_offset_days) if task.start_offset_days is not None else None
    return Window(golive=golive, start=start, end=end)
