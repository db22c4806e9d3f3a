"""Snoozing a task's reminders: `/klik snooze TASK 3d` (working days), stored per workspace.

"3d" pauses the rest of today and the next 3 working days; reminders come again from the 4th
working day (Friday + 3d: nothing Monday-Wednesday, next reminder Thursday at the earliest)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from pydantic import BaseModel

from bot.deadlines import add_working_days
from bot.progress import audit_entry
from bot.store import Store
from knowledge.errors import KlikError
from knowledge.units import unit_of

TABLE = "snoozes"
MAX_DAYS = 60  # 12 weeks: longer than any KLIK window, so a longer pause is a typo
# working days in each unit a pause may be given in (a pause counts working days, so a day is one);
# the words of each unit come from the one table of time units, the one-letter forms are the command's own
_WORKING_DAYS = {"working_day": 1, "day": 1, "week": 5}
_LETTERS = {"d": 1, "u": 5, "w": 5}
DEFAULT_DAYS = 3


def parse_period(text: str | None) -> int:
    """Working days in '3d', '3', '3 dage', '1u', '1w', '2 uger' (a week is 5 working days)."""
    raw = " ".join((text or "").split())
    if not raw:
        return DEFAULT_DAYS
    m = re.fullmatch(r"(\d+)\s*([^\W\d_]+(?: [^\W\d_]+)?)?\.?", raw.casefold())
    per = _working_days_in(m[2]) if m else None
    if per is None:
        raise KlikError.said("snooze_unreadable", raw=raw)
    days = int(m[1]) * per
    if days > MAX_DAYS:
        raise KlikError.said("snooze_too_long", most=MAX_DAYS, weeks=MAX_DAYS // 5, raw=raw)
    return days


def _working_days_in(word: str | None) -> int | None:
    """Working days in one of a unit ('dage', 'uge', 'working days', 'w'; none: a day), None if not a unit."""
    if not word:
        return 1
    unit = unit_of(word)
    return _WORKING_DAYS.get(unit.name) if unit else _LETTERS.get(word)


class Snoozed(BaseModel):
    """A pause as the user should read it: the working days without reminders, and when they resume."""

    working_days: int
    first_paused: date  # the first working day after today without reminders
    last_paused: date
    resume_on: date  # the first day reminders may come again


def snoozes(store: Store, team: str) -> dict[str, date]:
    """{task id: first day reminders may come again} for one workspace."""
    return {doc["task"]: date.fromisoformat(doc["resume_on"])
            for doc in store.all(TABLE, workspace=team).values() if doc.get("team") == team}


def snooze(store: Store, *, team: str, task_id: str, period: str | None, today: date, user: str,
           command: str) -> Snoozed | None:
    """Pause a task's reminders for the rest of `today` and the next N working days (audit-logged).
    Returns the pause, or None when `0` lifted it."""
    days = parse_period(period)
    paused = Snoozed(working_days=days, first_paused=add_working_days(today, 1),
                     last_paused=add_working_days(today, days),
                     resume_on=add_working_days(today, days + 1)) if days else None
    key = f"{team}:{task_id}"
    now = datetime.now(UTC).isoformat(timespec="seconds")
    resume = paused.resume_on.isoformat() if paused else None
    with store.transaction() as tx:
        tx.claim("teams", team, {})
        if paused is None:
            tx.delete(TABLE, key)
        else:
            tx.put(TABLE, key, {"team": team, "task": task_id, "resume_on": resume, "by": user, "at": now})
        tx.log(audit_entry(team=team, task=task_id, action="snooze", user=user, at=now, command=command,
                           details={"working_days": days, "resume_on": resume}))
    return paused
