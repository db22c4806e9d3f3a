"""Own work as data: one person's tasks (as ansvarlig or udfører) sorted by urgency, with the next
step, dates and missing signatures, and the team's overview (overdue, due soon, unassigned critical
tasks). The App Home and the report render this; nothing here knows Slack's layout."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from bot.deadlines import window_for
from bot.golive import golive_dates
from bot.progress import Progress, done_steps, open_steps, team_progress
from bot.signatures import SIGNED, signature_states
from bot.signatures import TABLE as SIGNATURE_TABLE
from bot.snooze import snoozes
from bot.store import Store
from knowledge.models import Task

Urgency = Literal["overskredet", "åben", "snart", "senere", "udateret", "fuldført"]
SOON_DAYS = 14
_ORDER = {"overskredet": 0, "åben": 1, "snart": 2, "senere": 3, "udateret": 4, "fuldført": 5}
# "Prioritet 1", "Obligatorisk", "Kritisk", "Høj": the wordings KLIK uses for must-do tasks.
_CRITICAL = re.compile(r"\b(?:prioritet\s*1|kritisk|critical|obligatorisk|mandatory|høj|high)\b", re.I)


class MissingSignature(BaseModel):
    number: int
    document: str
    signer: str
    state: str


class WorkItem(BaseModel):
    """One task as a person's to-do list shows it."""

    task: str
    title: str
    status: str
    roles: list[str] = Field(default_factory=list)  # the viewer's roles on it
    assignees: dict[str, str] = Field(default_factory=dict)
    next_step: int | None = None
    next_text: str | None = None
    steps_done: int = 0
    steps_total: int = 0
    start: date | None = None
    end: date | None = None
    golive: date | None = None
    days_left: int | None = None  # calendar days to the end; negative when overdue
    urgency: Urgency = "udateret"
    missing: list[MissingSignature] = Field(default_factory=list)
    snoozed_until: date | None = None
    priority: str | None = None
    departed: list[str] = Field(default_factory=list)  # assignees who left the workspace

    def sort_key(self) -> tuple:
        return (_ORDER[self.urgency], self.end or date.max, self.task)


class Overview(BaseModel):
    """The team's view: what is overdue, due within SOON_DAYS, and critical with nobody on it."""

    overdue: list[WorkItem] = Field(default_factory=list)
    due_soon: list[WorkItem] = Field(default_factory=list)
    unassigned_critical: list[WorkItem] = Field(default_factory=list)
    departed: list[WorkItem] = Field(default_factory=list)  # someone assigned has left


class Workload(BaseModel):
    mine: list[WorkItem]
    team: Overview


def is_critical(task: Task) -> bool:
    return bool(task.priority and _CRITICAL.search(task.priority))


def work_items(kb, store: Store, team: str, *, today: date,
               departed: set[str] = frozenset()) -> list[WorkItem]:
    """Every task of the workspace as a WorkItem, most urgent first (read the store once)."""
    progress = team_progress(store, team)
    golive = golive_dates(store, team)
    paused = snoozes(store, team)
    marks: dict[str, dict[int, dict]] = {}
    prefix = f"{team}:"
    for key, doc in store.all(SIGNATURE_TABLE).items():
        if key.startswith(prefix):
            marks.setdefault(doc["task"], {})[doc["signature"]] = doc
    items = [_item(t, progress.get(t.id) or Progress(team=team, task=t.id), golive, marks.get(t.id, {}),
                   paused.get(t.id), today, departed) for t in kb.tasks]
    return sorted(items, key=WorkItem.sort_key)


def workload(kb, store: Store, team: str, user: str, *, today: date,
             departed: set[str] = frozenset()) -> Workload:
    """`user`'s open tasks and the team's overview, for the Home tab."""
    items = work_items(kb, store, team, today=today, departed=departed)
    mine = []
    for item in items:
        roles = [role for role, who in item.assignees.items() if who == user]
        if roles and item.status != "fuldført":
            mine.append(item.model_copy(update={"roles": roles}))
    open_ = [i for i in items if i.status != "fuldført"]
    kb_tasks = {t.id: t for t in kb.tasks}
    return Workload(mine=mine, team=Overview(
        overdue=[i for i in open_ if i.urgency == "overskredet"],
        due_soon=[i for i in open_ if i.urgency in ("åben", "snart") and i.days_left is not None
                  and i.days_left <= SOON_DAYS],
        unassigned_critical=[i for i in open_ if "ansvarlig" not in i.assignees
                             and is_critical(kb_tasks[i.task])],
        departed=[i for i in open_ if i.departed]))


def assignees_of(store: Store, team: str) -> set[str]:
    """Everyone assigned to any task in the workspace (for checking who has left)."""
    return {who for p in team_progress(store, team).values() for who in p.assignees.values()}


def _item(task: Task, p: Progress, golive: dict[str, date], marks: dict[int, dict], paused: date | None,
          today: date, departed: set[str]) -> WorkItem:
    window = window_for(task, golive)
    todo = open_steps(task, p)
    nxt = task.step(todo[0]) if todo else None
    missing = [MissingSignature(number=s.number, document=s.document, signer=s.signer, state=s.state)
               for s in signature_states(task, p, marks) if s.state != SIGNED]
    days_left = (window.end - today).days if window else None
    return WorkItem(
        task=task.id, title=task.title, status=p.status, assignees=dict(p.assignees),
        next_step=nxt.number if nxt else None, next_text=nxt.text if nxt else None,
        steps_done=len(done_steps(task, p)), steps_total=len(task.method_steps),
        start=window.start if window else None, end=window.end if window else None,
        golive=window.golive if window else None, days_left=days_left,
        urgency=_urgency(p.status, window, days_left, today), missing=missing,
        snoozed_until=paused if paused and paused > today else None, priority=task.priority,
        departed=sorted(u for u in set(p.assignees.values()) if u in departed))


def _urgency(status: str, window, days_left: int | None, today: date) -> Urgency:
    if status == "fuldført":
        return "fuldført"
    if window is None:
        return "udateret"
    if days_left < 0:
        return "overskredet"
    if window.start is not None and window.start <= today:
        return "åben"
    return "snart" if days_left <= SOON_DAYS else "senere"


HOME_TABLE = "home_viewers"


def saw_home(store: Store, team: str, user: str) -> None:
    """Remember that `user` has opened the Home tab, so changes that concern them refresh it."""
    with store.transaction() as tx:
        tx.claim(HOME_TABLE, f"{team}:{user}", {"team": team, "user": user})


def home_viewers(store: Store, team: str) -> set[str]:
    return {doc["user"] for doc in store.all(HOME_TABLE).values() if doc.get("team") == team}
