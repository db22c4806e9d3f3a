"""What a go-live change did to the tasks' windows: which deadlines moved, by how much, and which
are now overdue or due this week (as data; the Slack layer writes the message)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from pydantic import BaseModel, Field

from bot.deadlines import window_for
from bot.progress import Status
from knowledge.dates import format_date


class MovedTask(BaseModel):
    task: str
    title: str
    old_end: date | None  # None: the task had no dates before
    new_end: date | None  # None: the task has no dates now
    shift_days: int | None  # new_end - old_end in calendar days (None when one side is missing)
    overdue: bool = False  # open and past its new end
    became_overdue: bool = False  # ... and was not before
    due_this_week: bool = False  # open and ends between today and Sunday


class GoliveMoves(BaseModel):
    moved: list[MovedTask] = Field(default_factory=list)  # open tasks only, most urgent first
    finished: int = 0  # tasks already fuldført whose dates moved too (not listed)

    @property
    def overdue(self) -> list[MovedTask]:
        return [m for m in self.moved if m.overdue]

    @property
    def this_week(self) -> list[MovedTask]:
        return [m for m in self.moved if m.due_this_week]


def golive_moves(kb, *, before: Mapping[str, date], after: Mapping[str, date], today: date,
                 status: Mapping[str, str]) -> GoliveMoves:
    """Compare every task's end date under the go-live dates `before` and `after` a change."""
    sunday = today + timedelta(days=6 - today.weekday())
    out = GoliveMoves()
    for task in kb.tasks:
        old, new = window_for(task, before), window_for(task, after)
        old_end, new_end = (old.end if old else None), (new.end if new else None)
        if old_end == new_end:
            continue
        if status.get(task.id) == Status.DONE:
            out.finished += 1
            continue
        overdue = new_end is not None and new_end < today
        out.moved.append(MovedTask(
            task=task.id, title=task.title, old_end=old_end, new_end=new_end,
            shift_days=(new_end - old_end).days if old_end and new_end else None, overdue=overdue,
            became_overdue=overdue and not (old_end is not None and old_end < today),
            due_this_week=new_end is not None and today <= new_end <= sunday))
    out.moved.sort(key=lambda m: (not m.overdue, not m.due_this_week, m.new_end or date.max, m.task))
    return out


def move_text(m: MovedTask) -> str:
    """'frist 8. oktober 2026 → 1. oktober 2026 (7 dage tidligere)', as a person reads it."""
    if m.old_end and m.new_end:
        days = abs(m.shift_days or 0)
        way = "senere" if (m.shift_days or 0) > 0 else "tidligere"
        shift = f"{days} dag{'e' * (days != 1)} {way}"
        return f"frist {format_date(m.old_end)} → {format_date(m.new_end)} ({shift})"
    if m.new_end:
        return f"har nu frist {format_date(m.new_end)}"
    return f"har ingen frist længere (var {format_date(m.old_end)})"


def moves_summary(moves: GoliveMoves) -> str:
    n = len(moves.moved)
    open_tasks = "åben opgaves frist" if n == 1 else "åbne opgavers frister"
    return (f"{n} {open_tasks} flyttede sig; "
            f"{len(moves.overdue)} er nu overskredet, {len(moves.this_week)} har frist i denne uge.")
