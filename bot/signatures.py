"""Signature state per task and workspace, derived from method steps done plus explicit marks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from bot.deadlines import TZ, text_deadline_day
from bot.golive import golive_dates
from bot.messages import message
from bot.progress import Progress, audit_entry, get_progress, open_steps
from bot.store import Store
from knowledge.dates import Window, golive_for
from knowledge.deadlines import GOLIVE, RECEIPT, concerns
from knowledge.errors import KlikError
from knowledge.models import Signature, Task
from knowledge.states import SignatureStatus

TABLE = "signatures"


def state_label(value: str, lang: str = "da") -> str:
    """A signature state (English, or Danish from before) as shown; an unknown value as it is."""
    return SignatureStatus.shown(value, lang)


WAITING, RECEIVED, SIGNED = SignatureStatus.WAITING, SignatureStatus.RECEIVED, SignatureStatus.SIGNED
Mark = Literal["received", "signed"]


class SignatureState(BaseModel):
    """Where one of a task's signatures stands, and what says so (a step done or a mark)."""

    task: str
    number: int  # 1-based position among the task's signatures, as `/klik signed TASK N` uses it
    document: str
    signer: str
    recipient: str | None = None
    steps: list[int]
    state: SignatureStatus
    received_at: datetime | None = None
    received_by: str | None = None
    signed_at: datetime | None = None
    signed_by: str | None = None
    # The document's own deadline when the text gives one ('returneres senest 30 dage før go-live',
    # 'senest 14 dage efter modtagelsen') and its anchor's date is known; else the task's end applies.
    due: date | None = None
    approval: bool = False  # a thing approved, not a paper signed ('regelsættet godkendes af X')


def mark_key(team: str, task_id: str, number: int) -> str:
    return f"{team}:{task_id}:{number}"


def signature_states(task: Task, progress: Progress, marks: Mapping[int, Mapping[str, Any]], *,
                     golive: date | None = None) -> list[SignatureState]:
    """Each signature's state: its receiving method step done (or a `received` mark) means the
    document arrived, its signing step done (or a `signed` mark) means it went back signed."""
    states = []
    for number, sig in enumerate(task.signatures, start=1):
        mark = marks.get(number, {})
        received = _earliest(_step(progress, sig.received_step), _marked(mark, "received"))
        signed = _earliest(_step(progress, sig.done_step()), _marked(mark, "signed"))
        state = SIGNED if signed else RECEIVED if received else WAITING
        states.append(SignatureState(
            task=task.id, number=number, document=sig.document, signer=sig.signer,
            recipient=sig.recipient, steps=sig.steps, state=state, approval=sig.approval,
            received_at=received[0] if received else None, received_by=received[1] if received else None,
            signed_at=signed[0] if signed else None, signed_by=signed[1] if signed else None,
            due=signature_due(task, sig, golive=golive,
                              received=received[0].astimezone(TZ).date() if received else None)))
    return states


def signature_due(task: Task, sig: Signature, *, golive: date | None, received: date | None) -> date | None:
    """The earliest deadline the text sets for this document, from go-live or from its arrival."""
    anchors = {GOLIVE: golive, RECEIPT: received}
    days = [day for d in task.text_deadlines  # a real deadline: no earliest day, no period's end
            if d.is_due and concerns(d, sig.document) and (day := text_deadline_day(d, anchors))]
    return min(days, default=None)


def open_signature_dues(store: Store, team: str, tasks: list[Task], progress: Mapping[str, Progress],
                        golive: Mapping[str, date]) -> dict[str, date]:
    """{task id: the earliest deadline of a signature not yet signed}, for tasks whose text gives
    their documents deadlines (only those tasks' marks are read)."""
    dues = {}
    for task in tasks:
        if not any(d.is_due and concerns(d, s.document)
                   for d in task.text_deadlines for s in task.signatures):
            continue
        states = signature_states(task, progress.get(task.id) or Progress(team=team, task=task.id),
                                  signature_marks(store, team, task.id), golive=golive_for(task, golive))
        if days := [s.due for s in states if s.due and s.state != SIGNED]:
            dues[task.id] = min(days)
    return dues


def signature_window(state: SignatureState, window: Window) -> Window:
    """The task's window, ending on the signature's own deadline when the text gives one."""
    return window._replace(end=state.due) if state.due else window


def signature_marks(store: Store, team: str, task_id: str) -> dict[int, dict[str, Any]]:
    """The explicit marks stored for one task, by signature number."""
    prefix = f"{team}:{task_id}:"
    return {doc["signature"]: doc for key, doc in store.all(TABLE, workspace=team).items()
            if key.startswith(prefix)}


def get_signatures(store: Store, team: str, task: Task, *,
                   progress: Progress | None = None) -> list[SignatureState]:
    """`status` and reminders: every signature of the task with its current state (pass the task's
    progress when it is already read)."""
    progress = progress or get_progress(store, team, task.id)
    golive = None
    if any(d.anchor == GOLIVE for d in task.text_deadlines):  # read the dates only when they matter
        golive = golive_for(task, golive_dates(store, team))
    return signature_states(task, progress, signature_marks(store, team, task.id), golive=golive)


class CompletionCheck(BaseModel):
    """What is still open on a task someone wants to mark fuldført."""

    open_steps: list[int] = Field(default_factory=list)
    unsigned: list[str] = Field(default_factory=list)  # documents not yet signed and returned

    @property
    def clean(self) -> bool:
        return not self.open_steps and not self.unsigned


def completion_check(store: Store, team: str, task: Task) -> CompletionCheck:
    """Open steps and unsigned documents: reasons to ask before a task is marked fuldført (which
    also stops its reminders)."""
    progress = get_progress(store, team, task.id)
    return CompletionCheck(open_steps=open_steps(task, progress),
                           unsigned=[s.document for s in get_signatures(store, team, task, progress=progress)
                                     if s.state != SIGNED])


def pick_signature(task: Task, which: str | None, *, word: str = "signed") -> int:
    """The signature `/klik received|signed TASK [N|words]` means; asks when it is not clear.
    `word` is the subcommand typed, so the hint shows what to type instead."""
    count = len(task.signatures)
    if count == 0:
        raise KlikError.said("pick_signature_none", task=task.id)
    which = (which or "").strip()
    if not which:
        if count == 1:
            return 1
        raise KlikError.said("pick_signature_which", task=task.id, count=count, listing=_listing(task),
                                word=word)
    if which.isdigit() and 1 <= int(which) <= count:
        return int(which)
    labels = {n: f"{s.document} {s.signer}" for n, s in enumerate(task.signatures, start=1)}
    hits = process.extract(which, labels, scorer=fuzz.partial_ratio, limit=2, score_cutoff=75)
    if not which.isdigit() and (len(hits) == 1 or (len(hits) == 2 and hits[0][1] - hits[1][1] >= 10)):
        return hits[0][2]
    if count == 1:
        raise KlikError.said("pick_signature_only_one", task=task.id, document=task.signatures[0].document,
                                word=word)
    if which.isdigit():
        raise KlikError.said("pick_signature_out_of_range", task=task.id, count=count, which=which,
                                listing=_listing(task))
    raise KlikError.said("pick_signature_unknown", which=which, task=task.id, listing=_listing(task))


def mark_signature(store: Store, *, team: str, task: Task, which: str | None, mark: Mark, user: str,
                   command: str) -> SignatureState:
    """Record that a document was received or signed (audit-logged); the first mark's time is kept."""
    number = pick_signature(task, which)
    key = mark_key(team, task.id, number)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as tx:
        doc = tx.get(TABLE, key) or {"team": team, "task": task.id, "signature": number,
                                     "document": task.signatures[number - 1].document}
        if not doc.get(f"{mark}_at"):
            doc |= {f"{mark}_at": now, f"{mark}_by": user}
            tx.claim("teams", team, {})
            tx.put(TABLE, key, doc)
            tx.log(audit_entry(team=team, task=task.id, action=f"signature_{mark}", user=user, at=now,
                               command=command, details={"signature": number, "document": doc["document"]}))
    return get_signatures(store, team, task)[number - 1]


def unmark_signature(store: Store, *, team: str, task: Task, which: str | None, mark: Mark, user: str,
                     command: str, word: str) -> SignatureState:
    """Take back a `received` or `signed` mark made by mistake (audit-logged); returns the state after.
    A state that comes from a method step done is not a mark: that step has to be undone instead."""
    number = pick_signature(task, which, word=word)
    key = mark_key(team, task.id, number)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as tx:
        doc = tx.get(TABLE, key) or {}
        was = doc.get(f"{mark}_at")
        if was:
            rest = {k: v for k, v in doc.items() if k not in (f"{mark}_at", f"{mark}_by")}
            if rest.get("received_at") or rest.get("signed_at"):
                tx.put(TABLE, key, rest)
            else:
                tx.delete(TABLE, key)
            details = {"signature": number, "document": doc["document"], "marked_at": was,
                       "marked_by": doc.get(f"{mark}_by")}
            tx.log(audit_entry(team=team, task=task.id, action=f"signature_un{mark}", user=user, at=now,
                               command=command, details=details))
    state = get_signatures(store, team, task)[number - 1]
    if not was:
        raise KlikError(_nothing_to_undo(task, state, mark))
    return state


def _nothing_to_undo(task: Task, state: SignatureState, mark: Mark) -> str:
    sig = task.signatures[state.number - 1]
    what = message(f"sigcmd_mark_{mark}")
    step = sig.received_step if mark == "received" else sig.done_step()
    by_step = getattr(state, f"{mark}_at") is not None and step is not None
    if by_step:
        return message("sigcmd_nothing_to_undo_by_step", task=task.id, document=sig.document, what=what,
                       step=step)
    return message("sigcmd_nothing_to_undo", task=task.id, document=sig.document, what=what)


def _step(progress: Progress, number: int | None) -> tuple[datetime, str] | None:
    done = progress.steps.get(number) if number is not None else None
    return (done.done_at, done.done_by) if done else None


def _marked(mark: Mapping[str, Any], what: Mark) -> tuple[datetime, str] | None:
    at = mark.get(f"{what}_at")
    return (datetime.fromisoformat(at), mark.get(f"{what}_by") or "") if at else None


def _earliest(*found: tuple[datetime, str] | None) -> tuple[datetime, str] | None:
    present = [f for f in found if f]
    return min(present, key=lambda f: _utc(f[0])) if present else None


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _listing(task: Task) -> str:
    return "; ".join(f"{n}: {s.document} ({s.signer})" for n, s in enumerate(task.signatures, start=1))
