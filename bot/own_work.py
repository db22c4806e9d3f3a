"""Own work as data: one person's tasks (as ansvarlig or udfører) sorted by urgency, with the next
step, dates and missing signatures, and the team's overview (overdue, due soon, unassigned critical
tasks). The App Home and the report render this; nothing here knows Slack's layout."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, Field

from bot.deadlines import window_at
from bot.golive import golive_dates
from bot.progress import Progress, Status, done_steps, open_steps, team_progress
from bot.signatures import SIGNED, SignatureStatus, signature_states
from bot.signatures import TABLE as SIGNATURE_TABLE
from bot.snooze import snoozes
from bot.store import Store
from knowledge.dates import golive_for
from knowledge.models import Task
from knowledge.priority import is_critical


class Urgency(StrEnum):
    """How soon a task needs doing, most urgent first (shown through knowledge.qa.messages,
    `urgency_<value>`: «overskredet», «vindue åbent», …)."""

    OVERDUE = "overdue"  # past its end
    OPEN = "open"  # its window has opened
    SOON = "soon"  # ends within SOON_DAYS
    LATER = "later"
    UNDATED = "undated"  # no go-live date yet
    DONE = "done"


SOON_DAYS = 14
_ORDER = {u: n for n, u in enumerate(Urgency)}


class MissingSignature(BaseModel):
    number: int
    document: str
    signer: str
    state: SignatureStatus


class WorkItem(BaseModel):
    """One task as a person's to-do list shows it."""

    task: str
    title: str
    status: Status
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
    urgency: Urgency = Urgency.UNDATED
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


def workload(kb, store: Store, team: str, user: str, *, today: date,
             departed: set[str] = frozenset()) -> Workload:
    """`user`'s open tasks and the team's overview, for the Home tab. The store is read once, and a
    task is only looked at closely (steps, signatures) when it is the user's: among thousands of
    tasks most need no more than their dates."""
    progress = team_progress(store, team)
    golive = golive_dates(store, team)
    paused = snoozes(store, team)
    marks: dict[str, dict[int, dict]] = {}
    prefix = f"{team}:"
    for key, doc in store.all(SIGNATURE_TABLE).items():
        if key.startswith(prefix):
            marks.setdefault(doc["task"], {})[doc["signature"]] = doc
    dated: dict[tuple, date | None] = {}
    mine: list[WorkItem] = []
    team_items: list[tuple[WorkItem, bool]] = []  # (item, critical)
    for task in kb.tasks:
        p = progress.get(task.id)
        if p is not None and p.status == Status.DONE:
            continue
        p = p or Progress(team=team, task=task.id)
        names = (tuple(task.waves), task.project)  # tasks of one wave share a go-live: look it up once
        if names not in dated:
            dated[names] = golive_for(task, golive)
        window = window_at(task, dated[names])  # a date in the text counts, with or without go-live
        days_left = (window.end - today).days if window else None
        urgency = _urgency(p.status, window, days_left, today)
        roles = [role for role, who in p.assignees.items() if who == user]
        gone = sorted(u for u in set(p.assignees.values()) if u in departed)
        critical = "ansvarlig" not in p.assignees and is_critical(task)
        if not (roles or gone or critical or urgency in (Urgency.OVERDUE, Urgency.OPEN, Urgency.SOON)):
            continue
        item = _item(task, p, window, days_left, urgency, today, paused=paused.get(task.id), departed=gone,
                     roles=roles, marks=marks.get(task.id, {}) if roles else None)
        if roles:
            mine.append(item)
        team_items.append((item, critical))
    mine.sort(key=WorkItem.sort_key)
    team_items.sort(key=lambda pair: pair[0].sort_key())
    items = [i for i, _ in team_items]
    return Workload(mine=mine, team=Overview(
        overdue=[i for i in items if i.urgency is Urgency.OVERDUE],
        due_soon=[i for i in items if i.urgency in (Urgency.OPEN, Urgency.SOON) and i.days_left is not None
                  and i.days_left <= SOON_DAYS],
        unassigned_critical=[i for i, critical in team_items if critical],
        departed=[i for i in items if i.departed]))


def assignees_of(store: Store, team: str) -> set[str]:
    """Everyone assigned to any task in the workspace (for checking who has left)."""
    return {who for p in team_progress(store, team).values() for who in p.assignees.values()}


def _item(task: Task, p: Progress, window, days_left: int | None, urgency: Urgency, today: date, *,
          marks: dict[int, dict] | None, paused: date | None, departed: list[str],
          roles: list[str]) -> WorkItem:
    """A task as a list shows it; with `marks` (the viewer's own tasks) also its next step and the
    signatures still missing."""
    item = WorkItem(
        task=task.id, title=task.title, status=p.status, roles=roles, assignees=dict(p.assignees),
        steps_done=len(done_steps(task, p)), steps_total=len(task.method_steps),
        start=window.start if window else None, end=window.end if window else None,
        golive=window.golive if window else None, days_left=days_left, urgency=urgency,
        snoozed_until=paused if paused and paused > today else None, priority=task.priority,
        departed=departed)
    if marks is not None:
        todo = open_steps(task, p)
        nxt = task.step(todo[0]) if todo else None
        item.next_step, item.next_text = (nxt.number, nxt.text) if nxt else (None, None)
        item.missing = [MissingSignature(number=s.number, document=s.document, signer=s.signer, state=s.state)
                        for s in signature_states(task, p, marks) if s.state != SIGNED]
    return item


def _urgency(status: str, window, days_left: int | None, today: date) -> Urgency:
    if status == Status.DONE:
        return Urgency.DONE
    if window is None:
        return Urgency.UNDATED
    if days_left < 0:
        return Urgency.OVERDUE
    if window.start is not None and window.start <= today:
        return Urgency.OPEN
    return Urgency.SOON if days_left <= SOON_DAYS else Urgency.LATER


HOME_TABLE = "home_viewers"


def saw_home(store: Store, team: str, user: str) -> None:
    """Remember that `user` has opened the Home tab, so changes that concern them refresh it."""
    with store.transaction() as tx:
        tx.claim(HOME_TABLE, f"{team}:{user}", {"team": team, "user": user})


def home_viewers(store: Store, team: str) -> set[str]:
    return {doc["user"] for doc in store.all(HOME_TABLE).values() if doc.get("team") == team}
