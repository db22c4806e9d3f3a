"""Danish working days, and each task's real dates for a workspace: what is open, due soon or late."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from bot.golive import golive_dates
from bot.progress import Status, team_progress
from bot.store import Store
from knowledge.dates import Window, format_date, golive_for, task_window
from knowledge.deadlines import GOLIVE, calendar_offset
from knowledge.errors import KlikError
from knowledge.models import Task, TextDeadline
from knowledge.week_deadlines import week_monday

TZ = ZoneInfo("Europe/Copenhagen")


class DueState(StrEnum):
    """Why a task is due now. The values are English identifiers (`klik due --json`); people see
    `label(lang)`, the wording of the same urgency in own work (knowledge.qa.messages)."""

    OVERDUE = "overdue"
    OPEN = "open"  # its window is open
    SOON = "soon"  # it ends within the days asked about

    def label(self, lang: str = "da") -> str:
        from knowledge.qa.messages import text  # the wording, one module per language

        return text(f"urgency_{self.value}", lang)

DEFAULT_DUE_DAYS = 14
MAX_DUE_DAYS = 365  # a year ahead: further than that nothing is "due", it is the plan (`klik list`)


@lru_cache(maxsize=32)
def _holidays(year: int) -> frozenset[date]:
    # "optional" adds juleaften, nytårsaftensdag, grundlovsdag and 1. maj: not statutory holidays,
    # but municipal offices are closed or half-staffed on them (overenskomst), so a reminder sent
    # that day is a reminder nobody reads.
    import holidays  # ~70 ms to import; most commands never need a holiday

    return frozenset(holidays.DK(years=year, categories=("public", "optional")))


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Danish public holiday (incl. juleaften, nytårsaften, grundlovsdag)."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(day: date, n: int) -> date:
    """The date n working days after `day` (before it if n < 0); n == 0 gives `day` itself."""
    step = timedelta(days=1 if n >= 0 else -1)
    left = abs(n)
    while left:
        day += step
        left -= is_working_day(day)
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier):
    Friday -> next Monday is 1, a date to itself is 0."""
    if end < start:
        return -working_days_between(end, start)
    return sum(is_working_day(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))


def window_for(task: Task, golive: Mapping[str, date]) -> Window | None:
    """A task's real start and end from the workspace's go-live dates (None when not known). A task
    without a Slutdato field (the tab-separated export has none) ends on the last deadline its text
    counts from go-live ('senest 3 uger før go-live'); a task whose go-live is not known ends on the
    last calendar date its text sets ('senest 1. april 2027', 'fredag i uge 9, 2027'): such a date
    needs no go-live. An earliest day or a period's end ('tidligst', 'i 12 måneder efter') is none."""
    return window_at(task, golive_for(task, golive))


def window_at(task: Task, day: date | None) -> Window | None:
    """`window_for` with the task's go-live date (None: not known) already looked up."""
    window = task_window(task, day)
    if window is None and (day is None or task.end_offset_days is None):
        anchors = {GOLIVE: day} if day is not None else {}
        ends = [end for d in task.text_deadlines if d.is_due and (end := text_deadline_day(d, anchors))]
        if ends:
            return Window(golive=day, start=None, end=max(ends))
    return window


def deadline_date(deadline: TextDeadline, anchor: date) -> date:
    """The day a text deadline falls on, counted from its anchor's date (working days are Danish)."""
    return calendar_offset(deadline, anchor, add_working_days=add_working_days)


def text_deadline_day(deadline: TextDeadline, anchors: Mapping[str, date | None]) -> date | None:
    """The day a text deadline falls on: from its anchor's date in `anchors` ({'go-live': ...}), or,
    for a week number ('senest fredag i uge 12'), from that week when the text gives the year; a
    calendar date ('senest 1. april 2027') is its own day. None when the date is not known ('inden 15.
    marts': which year is not said)."""
    if deadline.fixed_date is not None:  # 'senest 1. april 2027': the date itself
        return deadline.fixed_date
    anchor = week_monday(deadline) if deadline.week is not None else anchors.get(deadline.anchor)
    return deadline_date(deadline, anchor) if anchor else None


def task_dates(kb, store: Store, team: str) -> dict[str, Window]:
    """{task id: window} for every task whose go-live is known in this workspace."""
    golive = golive_dates(store, team)
    windows = {t.id: window_for(t, golive) for t in kb.tasks}
    return {task_id: w for task_id, w in windows.items() if w is not None}


def deadline_text(window: Window, today: date, *, lang: str = "da") -> str:
    """'8. oktober 2026 (om 5 arbejdsdage)', '(i dag)', '(overskredet med 3 dage)'."""
    from knowledge.qa.messages import text  # the wording lives with the other messages, per language

    when = format_date(window.end, lang=lang)
    days = (window.end - today).days
    if days == 0:
        return text("deadline_today", lang, when=when)
    if days < 0:
        return text("deadline_late_1" if days == -1 else "deadline_late", lang, when=when, n=-days)
    working = working_days_between(today, window.end)
    return text("deadline_in_1" if working == 1 else "deadline_in", lang, when=when, n=working)


class DueTask(BaseModel):
    """An open task that needs attention now: its window is open, its end is near, or it is late."""

    task: str
    title: str
    status: Status
    golive: date | None  # None: the end is a calendar date from the text, no go-live is known
    start: date | None
    end: date
    state: DueState
    days_left: int  # calendar days until the end date, negative when overdue


def due_tasks(tasks: list[Task], golive: Mapping[str, date], status: Mapping[str, str], *,
              today: date, within_days: int,
              signature_due: Mapping[str, date] | None = None) -> list[DueTask]:
    """Open tasks that are overdue, in their window, or end within `within_days` calendar days;
    most urgent (earliest end) first. `signature_due`: a task's earliest open signature deadline
    from its text, which comes before the task's own end when it is earlier."""
    found = []
    for task in tasks:
        window = window_for(task, golive)
        if window and signature_due and (day := signature_due.get(task.id)) and day < window.end:
            window = window._replace(end=day)
        task_status = status.get(task.id, Status.NOT_STARTED)
        if window is None or task_status == Status.DONE:
            continue
        days_left = (window.end - today).days
        if days_left < 0:
            state = DueState.OVERDUE
        elif window.start is not None and window.start <= today:
            state = DueState.OPEN
        elif days_left <= within_days:
            state = DueState.SOON
        else:
            continue
        found.append(DueTask(task=task.id, title=task.title, status=task_status, golive=window.golive,
                             start=window.start, end=window.end, state=state, days_left=days_left))
    return sorted(found, key=lambda d: (d.end, d.task))


def parse_due_days(text: str | None) -> int:
    """`due [DAYS]`: '30', '30d', '30 dage'; nothing means 14; at most a year."""
    raw = " ".join((text or "").split())
    if not raw:
        return DEFAULT_DUE_DAYS
    m = re.fullmatch(r"(\d+)\s*(d|dag|dage|days?)?\.?", raw.casefold())
    if not m:
        raise KlikError.said("due_not_a_number", raw=raw)
    if int(m[1]) > MAX_DUE_DAYS:
        raise KlikError.said("due_too_far", most=MAX_DUE_DAYS, raw=raw)
    return int(m[1])


def due(kb, store: Store, team: str, today: date, within_days: int = 14) -> list[DueTask]:
    """`/klik due [DAYS]` for one workspace."""
    from bot.signatures import open_signature_dues  # bot.signatures builds on this module

    progress = team_progress(store, team)
    golive = golive_dates(store, team)
    status = {task: p.status for task, p in progress.items()}
    return due_tasks(kb.tasks, golive, status, today=today, within_days=within_days,
                     signature_due=open_signature_dues(store, team, kb.tasks, progress, golive))
