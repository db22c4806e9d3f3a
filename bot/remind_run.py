"""One reminder pass: read the state, plan, claim each reminder in the store, then send it."""

from __future__ import annotations

import http.client
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, Field

from bot.golive import golive_dates
from bot.people import departed
from bot.progress import Progress
from bot.reminder_prefs import preferences
from bot.reminders import (
    Reminder,
    ReminderSettings,
    ReminderState,
    SentRecord,
    TeamState,
    local_time,
    plan,
    reminder_time,
)
from bot.snooze import snoozes
from bot.store import Store

SENT_TABLE = "reminders_sent"
CLAIM_BATCH = 20
LEASE = timedelta(minutes=10)  # a claim older than this whose sender never settled it is retried
KEEP_DAYS = 60  # sent records older than this no longer decide any cadence (see prune_sent)
log = logging.getLogger(__name__)

Render = Callable[[Reminder], tuple[str, list[dict]]]  # a reminder worded: (its text, its Block Kit)


class PassResult(BaseModel):
    """What one pass did; `undeliverable` reminders have nowhere to go (no assignee, no channel)."""

    planned: list[Reminder] = Field(default_factory=list)
    sent: list[Reminder] = Field(default_factory=list)
    already_sent: list[Reminder] = Field(default_factory=list)
    failed: list[tuple[Reminder, str]] = Field(default_factory=list)
    undeliverable: list[Reminder] = Field(default_factory=list)


def read_state(store: Store, *, teams: Iterable[str] | None = None,
               now: datetime | None = None) -> ReminderState:
    """Everything the planner needs, per workspace, read from the store."""
    wanted = set(teams) if teams is not None else set(store.all("teams"))
    progress = store.all("progress").values()
    marks = store.all("signatures").values()
    # Claims whose sender died (lease run out) are left out, so the planner plans them again.
    sent = [d for d in store.all(SENT_TABLE).values() if _live(d, now or datetime.now(UTC))]
    state = ReminderState()
    for team in sorted(wanted):
        team_marks: dict[str, dict[int, dict]] = {}
        for doc in marks:
            if doc.get("team") == team:
                team_marks.setdefault(doc["task"], {})[doc["signature"]] = doc
        state.teams.append(TeamState(
            team=team, golive=golive_dates(store, team), marks=team_marks, snoozes=snoozes(store, team),
            progress={d["task"]: Progress.model_validate(d) for d in progress if d.get("team") == team},
            sent=[SentRecord.model_validate(d) for d in sent if d.get("team") == team],
            prefs=preferences(store, team), departed=departed(store, team)))
    return state


def run_pass(*, now: datetime, store: Store, kb, client, dry_run: bool = False,
             settings: ReminderSettings | None = None, teams: Iterable[str] | None = None,
             render: Render | None = None) -> PassResult:
    """Plan the reminders due at `now` and, unless `dry_run`, deliver them (worded and laid out by
    `render`, which the Slack layer supplies; see `deliver`)."""
    settings = settings or ReminderSettings.from_env()
    # Nights and weekends plan nothing: skip reading the whole store once a minute for it.
    planned = (plan(now=now, state=read_state(store, teams=teams, now=now), kb=kb, settings=settings)
               if reminder_time(now, settings) else [])
    if dry_run:
        return PassResult(planned=planned)
    result = deliver(planned, now=now, store=store, client=client, render=render)
    prune_sent(store, now=now)
    return result


def deliver(reminders: list[Reminder], *, now: datetime, store: Store, client,
            render: Render | None = None) -> PassResult:
    """Send reminders exactly once where possible and never lose one: claim (a lease), send, then
    mark sent, one reminder at a time. A claim whose sender died is taken over after LEASE; a send
    that certainly failed (Slack said no, or could not be reached) gives its claim back for the
    next pass; a send whose outcome is unknown (timeout, connection dropped after the request went
    out) is marked uncertain and not re-sent, since Slack may have posted it. The client must not
    retry posts on its own (the runtime's WebClient has no retry handlers). The planner gives data:
    `render` words it (the Slack layer's, found through the edge when not given)."""
    if render is None and reminders:
        from bot.runtime.edge import load_edge

        render = load_edge().reminder_message
    result = PassResult(planned=reminders)
    result.undeliverable = [r for r in reminders if r.channel is None]
    sendable = [r for r in reminders if r.channel is not None]
    day = local_time(now).date()
    for start in range(0, len(sendable), CLAIM_BATCH):
        batch = sendable[start:start + CLAIM_BATCH]
        claimed = _claim(store, batch, day=day, now=now)
        result.already_sent += [r for r in batch if not claimed.keys() & set(r.keys())]
        # a digest goes out with the items this pass claimed (another pass may have sent the rest)
        for reminder in (r.narrowed(set(claimed)) for r in batch if claimed.keys() & set(r.keys())):
            try:
                text, blocks = render(reminder)
                client.chat_postMessage(channel=reminder.channel, text=text, blocks=blocks)
            except Exception as exc:
                outcome = Claim.UNCERTAIN if sent_maybe(exc) else None
                log.warning("påmindelse %s kunne ikke sendes%s: %s", reminder.key,
                            " (Slack kan have modtaget den; sendes ikke igen i dag)" if outcome else "", exc)
                result.failed.append((reminder, f"{type(exc).__name__}: {exc}"))
                for key in reminder.keys():
                    _settle(store, key, outcome, claimed[key], now=now)
                continue
            for key in reminder.keys():
                _settle(store, key, Claim.SENT, claimed[key], now=now)
            result.sent.append(reminder)
    return result


class Claim(StrEnum):
    """Where a reminder's record in SENT_TABLE stands."""

    SENDING = "sending"  # claimed by `owner`; taken over once `claimed_at` is older than LEASE
    SENT = "sent"
    UNCERTAIN = "uncertain"  # the send may or may not have reached Slack: never sent again


def sent_maybe(exc: BaseException) -> bool:
    """True when a failed post may still have been posted: a timeout or a connection dropped
    after the request went out. Slack's error answers and refused connections are certain."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, TimeoutError | ConnectionResetError | ConnectionAbortedError | BrokenPipeError
                      | http.client.IncompleteRead | http.client.BadStatusLine):
            return True
        exc = getattr(exc, "reason", None) or exc.__cause__ or exc.__context__
    return False


def _live(doc: dict, now: datetime) -> bool:
    """A record that still stands: sent, uncertain, or a claim whose lease has not run out."""
    if doc.get("state", Claim.SENT) != Claim.SENDING:
        return True
    claimed_at = doc.get("claimed_at")
    return claimed_at is not None and datetime.fromisoformat(claimed_at) > local_time(now) - LEASE


def _claim(store: Store, reminders: list[Reminder], *, day: date, now: datetime) -> dict[str, str]:
    """{key: claim id} for the `reminders` this caller claimed: nobody had, or a claim's lease ran out.
    A digest claims each of its items."""
    claimed = {}
    with store.transaction() as tx:
        for r in (item for message in reminders for item in (message.items or [message])):
            existing = tx.get(SENT_TABLE, r.key)
            if existing is not None and _live(existing, now):
                continue
            owner = uuid.uuid4().hex
            record = SentRecord(team=r.team, task=r.task, kind=r.kind, subject=r.subject, channel=r.channel,
                                day=day).model_dump(mode="json")
            tx.put(SENT_TABLE, r.key, {**record, "state": Claim.SENDING, "owner": owner,
                                       "claimed_at": local_time(now).isoformat()})
            claimed[r.key] = owner
    return claimed


def _settle(store: Store, key: str, outcome: Claim | None, owner: str, *, now: datetime) -> None:
    """Mark our claim sent or uncertain, or give it back (None); a claim taken over meanwhile stays."""
    with store.transaction() as tx:
        doc = tx.get(SENT_TABLE, key)
        if doc is None or doc.get("owner") != owner:
            return
        if outcome is None:
            tx.delete(SENT_TABLE, key)
        else:
            tx.put(SENT_TABLE, key, {**doc, "state": outcome, "settled_at": local_time(now).isoformat()})


def prune_sent(store: Store, *, now: datetime, keep_days: int = KEEP_DAYS) -> int:
    """Forget sent records older than `keep_days`: cadences look back a few working days at most
    (KLIK_REMINDER_EVERY_DAYS is capped at 30 working days, which fits in 60 calendar days)."""
    cutoff = (local_time(now).date() - timedelta(days=keep_days)).isoformat()
    old = [k for k, doc in store.all(SENT_TABLE).items() if doc.get("day", "") < cutoff]
    if old:
        with store.transaction() as tx:
            for key in old:
                tx.delete(SENT_TABLE, key)
    return len(old)
