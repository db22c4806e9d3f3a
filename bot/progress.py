"""A municipality's progress on a task: status, assignees and done steps, per Slack workspace."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, Field

from bot.store import Store, Tx
from knowledge.errors import KlikError, echo
from knowledge.models import Task
from knowledge.states import Status
from knowledge.wording import number_list


def status_label(value: str | None, lang: str = "da") -> str:
    """A stored status (English, or Danish from before) as shown; an unknown value as it is."""
    return Status.shown(value, lang)


ROLES = ("ansvarlig", "udfører")


class StepMark(BaseModel):
    """Who marked a method step done, and when (UTC, ISO 8601 in storage)."""

    done_by: str
    done_at: datetime


class Progress(BaseModel):
    """Stored in table 'progress' under key '<team>:<task id>'."""

    team: str
    task: str
    status: Status = Status.NOT_STARTED
    assignees: dict[str, str] = Field(default_factory=dict)  # role -> Slack user id
    steps: dict[int, StepMark] = Field(default_factory=dict)  # method step number -> mark
    updated_at: datetime | None = None


def progress_key(team: str, task_id: str) -> str:
    return f"{team}:{task_id}"


def get_progress(store: Store | Tx, team: str, task_id: str) -> Progress:
    """The stored progress, read from the store or inside a transaction (both have `get`)."""
    doc = store.get("progress", progress_key(team, task_id))
    return Progress.model_validate(doc) if doc else Progress(team=team, task=task_id)


# --- Changes: each one is a transaction that also writes one audit entry ------------------------

ROLE_WORDS = {"ansvarlig": "ansvarlig", "responsible": "ansvarlig", "owner": "ansvarlig",
              "udfører": "udfører", "udfoerer": "udfører", "udforer": "udfører", "executor": "udfører"}


class AuditEntry(BaseModel):
    """One line of the append-only history: who did what to which task, when, with which command."""

    team: str
    task: str
    action: str
    user: str
    at: datetime
    command: str = ""
    details: dict = Field(default_factory=dict)


def audit_entry(*, team: str, task: str, action: str, user: str, command: str, details: dict,
                at: str | None = None) -> dict:
    """An AuditEntry as stored, for changes other than step marks (go-live, signatures, snoozes,
    imports); `at` defaults to now (UTC, whole seconds)."""
    at = at or datetime.now(UTC).isoformat(timespec="seconds")
    return {"team": team, "task": task, "action": action, "user": user, "at": at, "command": command,
            "details": details}


class MarkResult(BaseModel):
    """What `mark_steps` did: newly marked steps, steps that were already done, and the result."""

    progress: Progress
    marked: list[int]
    already: list[int]
    started: bool = False  # this change moved the task from 'ikke påbegyndt' to 'påbegyndt'


def step_range(task: Task) -> str:
    """The task's step numbers: '1-7', or '1, 2 og 4' when some are missing."""
    return number_list([s.number for s in task.method_steps])


def open_steps(task: Task, progress: Progress) -> list[int]:
    """The task's step numbers not yet marked done, in order."""
    return [s.number for s in task.method_steps if s.number not in progress.steps]


def done_steps(task: Task, progress: Progress) -> list[int]:
    """The task's step numbers marked done, in order."""
    return [s.number for s in task.method_steps if s.number in progress.steps]


def check_steps(task: Task, steps: list[int]) -> None:
    """Raise a KlikError naming the valid steps if any number is not one of the task's steps."""
    if not task.method_steps:
        raise KlikError.said("check_steps_none", task=task.id)
    if not steps:
        raise KlikError.said("check_steps_which", task=task.id, steps=step_range(task))
    wrong = [n for n in steps if task.step(n) is None]
    if wrong:
        raise KlikError.said("check_steps_unknown", wrong=number_list(wrong), task=task.id,
                                steps=step_range(task))


def parse_role(word: str) -> str:
    """'ansvarlig'/'udfører' (English 'responsible'/'executor' accepted too)."""
    role = ROLE_WORDS.get(word.casefold().strip())
    if role is None:
        raise KlikError.said("role_unknown", word=echo(word))
    return role


def mark_steps(store: Store, *, team: str, task: Task, steps: list[int], user: str, command: str = "",
               now: datetime | None = None) -> MarkResult:
    """Mark method steps done (by `user`, now). The first step moves the task to 'påbegyndt'."""
    check_steps(task, steps)
    now = now or datetime.now(UTC)
    wanted = sorted(set(steps))
    started = False
    with store.transaction() as tx:
        progress = get_progress(tx, team, task.id)
        already = [n for n in wanted if n in progress.steps]
        marked = [n for n in wanted if n not in progress.steps]
        if marked:
            for n in marked:
                progress.steps[n] = StepMark(done_by=user, done_at=now)
            details: dict = {"steps": marked}
            if progress.status == Status.NOT_STARTED:
                progress.status = details["status"] = Status.STARTED
                started = True
            _save(tx, progress, now=now, action="done", user=user, command=command, details=details)
    return MarkResult(progress=progress, marked=marked, already=already, started=started)


class UnmarkResult(BaseModel):
    """What `unmark_steps` did: the steps it undid, the ones that were not done, and the result."""

    progress: Progress
    unmarked: list[int]
    not_done: list[int]
    reopened: bool = False  # the task was fuldført; with a step undone it is påbegyndt again


def unmark_steps(store: Store, *, team: str, task: Task, steps: list[int], user: str, command: str = "",
                 now: datetime | None = None) -> UnmarkResult:
    """Undo steps marked by mistake; the old marks are kept in the history. Undoing only steps that
    are not done is an error (nothing to undo), so a typo in the step number is noticed."""
    check_steps(task, steps)
    now = now or datetime.now(UTC)
    wanted = sorted(set(steps))
    with store.transaction() as tx:
        progress = get_progress(tx, team, task.id)
        not_done = [n for n in wanted if n not in progress.steps]
        if len(not_done) == len(wanted):
            raise KlikError.said("undo_steps_not_done", steps=number_list(not_done), task=task.id)
        old = {n: progress.steps.pop(n) for n in wanted if n in progress.steps}
        was = [{"step": n, "done_by": m.done_by, "done_at": m.done_at.isoformat()} for n, m in old.items()]
        details: dict = {"steps": list(old), "was": was}
        reopened = progress.status == Status.DONE
        if reopened:  # a finished task with an open step is not finished
            progress.status = details["status"] = Status.STARTED
        _save(tx, progress, now=now, action="undo", user=user, command=command, details=details)
    return UnmarkResult(progress=progress, unmarked=list(old), not_done=not_done, reopened=reopened)


def set_status(store: Store, *, team: str, task: Task, status: Status, user: str, command: str = "",
               now: datetime | None = None) -> tuple[Progress, bool]:
    """Set the task's status; returns (progress, changed)."""
    now = now or datetime.now(UTC)
    with store.transaction() as tx:
        progress = get_progress(tx, team, task.id)
        old = progress.status
        if old == status:
            return progress, False
        progress.status = Status(status)
        _save(tx, progress, now=now, action="status", user=user, command=command,
              details={"from": old, "to": status})
    return progress, True


def assign(store: Store, *, team: str, task: Task, role: str, assignee: str, user: str,
           command: str = "", now: datetime | None = None) -> tuple[Progress, str | None]:
    """Make `assignee` (a Slack user id) the task's ansvarlig or udfører; returns (progress,
    previous holder of the role)."""
    role = parse_role(role)
    now = now or datetime.now(UTC)
    with store.transaction() as tx:
        progress = get_progress(tx, team, task.id)
        previous = progress.assignees.get(role)
        progress.assignees[role] = assignee
        _save(tx, progress, now=now, action="assign", user=user, command=command,
              details={"role": role, "assignee": assignee, "previous": previous})
    return progress, previous


def history(store: Store, *, team: str, task_id: str, limit: int | None = None) -> list[AuditEntry]:
    """The task's audit entries in this workspace, oldest first."""
    return [AuditEntry.model_validate(e) for e in store.history(team=team, task=task_id, limit=limit)]


def _save(tx, progress: Progress, *, now: datetime, action: str, user: str, command: str,
          details: dict) -> None:
    progress.updated_at = now
    tx.claim("teams", progress.team, {})
    tx.put("progress", progress_key(progress.team, progress.task), progress.model_dump(mode="json"))
    tx.log(AuditEntry(team=progress.team, task=progress.task, action=action, user=user, at=now,
                      command=command, details=details).model_dump(mode="json"))


def team_progress(store: Store, team: str) -> dict[str, Progress]:
    """{task id: progress} for every task this workspace has touched."""
    prefix = f"{team}:"
    return {doc["task"]: Progress.model_validate(doc)
            for key, doc in store.all("progress", workspace=team).items() if key.startswith(prefix)}
