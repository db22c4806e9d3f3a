"""One reminder pass: read the state, plan, claim each reminder in the store, then send it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from pydantic import BaseModel, Field

from bot.golive import golive_dates
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
KEEP_DAYS = 60  # sent records older than this no longer decide any cadence (see prune_sent)
log = logging.getLogger(__name__)

Render = Callable[[Reminder], list[dict]]  # a reminder as Slack Block Kit


class PassResult(BaseModel):
    """What one pass did; `undeliverable` reminders have nowhere to go (no assignee, no channel)."""

    planned: list[Reminder] = Field(default_factory=list)
    sent: list[Reminder] = Field(default_factory=list)
    already_sent: list[Reminder] = Field(default_factory=list)
    failed: list[tuple[Reminder, str]] = Field(default_factory=list)
    undeliverable: list[Reminder] = Field(default_factory=list)


def read_state(store: Store, *, teams: Iterable[str] | None = None) -> ReminderState:
    """Everything the planner needs, per workspace, read from the store."""
    wanted = set(teams) if teams is not None else set(store.all("teams"))
    progress = store.all("progress").values()
    marks = store.all("signatures").values()
    sent = store.all(SENT_TABLE).values()
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
            prefs=preferences(store, team)))
    return state


def run_pass(*, now: datetime, store: Store, kb, client, dry_run: bool = False,
             settings: ReminderSettings | None = None, teams: Iterable[str] | None = None,
             render: Render | None = None) -> PassResult:
    """Plan the reminders due at `now` and, unless `dry_run`, deliver them (Block Kit from
    `render`, which the Slack layer supplies; plain text without it)."""
    settings = settings or ReminderSettings.from_env()
    # Nights and weekends plan nothing: skip reading the whole store once a minute for it.
    planned = (plan(now=now, state=read_state(store, teams=teams), kb=kb, settings=settings)
               if reminder_time(now, settings) else [])
    if dry_run:
        return PassResult(planned=planned)
    result = deliver(planned, now=now, store=store, client=client, render=render)
    prune_sent(store, now=now)
    return result


def deliver(reminders: list[Reminder], *, now: datetime, store: Store, client,
            render: Render | None = None) -> PassResult:
    """Send reminders after claiming their keys in the store, so two processes or a restart never
    send one twice on a day; a failed send gives its claim back for the next pass. Claims are taken
    CLAIM_BATCH at a time (one database write each batch); a crash between claim and send loses at
    most that batch for the day rather than risk a duplicate."""
    result = PassResult(planned=reminders)
    result.undeliverable = [r for r in reminders if r.channel is None]
    sendable = [r for r in reminders if r.channel is not None]
    for start in range(0, len(sendable), CLAIM_BATCH):
        batch = sendable[start:start + CLAIM_BATCH]
        claimed = _claim(store, batch, day=local_time(now).date())
        result.already_sent += [r for r in batch if not claimed.intersection(r.keys())]
        failed = []
        for reminder in (r.narrowed(claimed) for r in batch if claimed.intersection(r.keys())):
            try:
                client.chat_postMessage(channel=reminder.channel, text=reminder.text,
                                        blocks=render(reminder) if render else None)
            except Exception as exc:  # any Slack or network error: the next pass tries again
                log.warning("påmindelse %s kunne ikke sendes: %s", reminder.key, exc)
                result.failed.append((reminder, f"{type(exc).__name__}: {exc}"))
                failed += reminder.keys()
                continue
            result.sent.append(reminder)
        if failed:
            with store.transaction() as tx:
                for key in failed:
                    tx.delete(SENT_TABLE, key)
    return result


def _claim(store: Store, reminders: list[Reminder], *, day: date) -> set[str]:
    """The keys of `reminders` this caller claimed (those nobody had claimed before); a digest
    claims each of its items."""
    claimed = set()
    with store.transaction() as tx:
        for r in (item for message in reminders for item in (message.items or [message])):
            record = SentRecord(team=r.team, task=r.task, kind=r.kind, subject=r.subject, channel=r.channel,
                                day=day)
            if tx.claim(SENT_TABLE, r.key, record.model_dump(mode="json")):
                claimed.add(r.key)
    return claimed


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
