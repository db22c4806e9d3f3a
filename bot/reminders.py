"""The reminder planner: a pure function of (now, stored state, knowledge) -> the reminders due.

Rules (README "Deadlines and reminders"):
- Only on Danish working days, at or after the reminder hour (local time, Europe/Copenhagen).
- A missing signature is reminded from the day the task's window opens (or the document is marked
  received, if earlier) until it is signed or the task is fuldført: every `every_days` working days
  counted from the last reminder actually sent, every working day in the last `final_days` working
  days before the end date, and every working day marked OVERSKREDET after it.
- A task with nothing left to sign gets deadline reminders instead, at three moments only: once
  `final_days` working days before the end, on the last working day up to the end, and once a week
  (5 working days) while overdue. One task never gets both kinds on the same day.
- A snoozed task gets nothing before its resume day. The same reminder goes to the same place at
  most once a day: keys carry the local date, and `run_pass` claims a key before sending it.
- Bundling: what is due for one person on a day goes as one digest DM (most urgent first), and the
  reminder channel gets one summary; a person may choose one message per item, or none
  (`/klik påmindelser mig samlet|hver|fra`). A digest claims the keys of its items, so the
  once-a-day and cadence rules above are unchanged.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from bot.deadlines import (
    TZ,
    add_working_days,
    is_working_day,
    window_for,
    working_days_between,
)
from bot.progress import Progress, Status, done_steps
from bot.signatures import SIGNED, SignatureState, signature_states, signature_window
from knowledge.dates import Window
from knowledge.errors import KlikError
from knowledge.models import Task

Kind = Literal["signature", "deadline"]
MessageKind = Literal["signature", "deadline", "digest"]
Preference = Literal["digest", "each", "off"]
PREFS_TABLE = "reminder_prefs"
DIGEST_SHOWN = 20  # items written out in a digest (Slack: 50 blocks a message); the rest are counted
SIGNED_ACTION, SNOOZE_ACTION = "klik_reminder_signed", "klik_reminder_snooze"
SNOOZE_BUTTON_DAYS = 3  # "Udsæt" = three working days: past the next regular reminder, not past a week


class Moment(StrEnum):
    """When a task with nothing left to sign is reminded of its deadline: the subject of a deadline
    reminder, stored in its sent record and key. People see its words from the language tables
    (knowledge/qa/messages/reminders.py, `moment_label`)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"  # the last working day up to the end date
    SOON = "soon"  # `final_days` working days before the end

    @classmethod
    def read(cls, subject: str) -> Moment:
        """A stored subject as a Moment; records written before moments were English identifiers
        hold the Danish words ('overskredet', 'frist', 'snart'), read as the same moments so that
        no reminder goes out twice after an upgrade."""
        return _LEGACY_MOMENTS.get(subject) or cls(subject)


_LEGACY_MOMENTS = {"overskredet": Moment.OVERDUE, "frist": Moment.DUE_TODAY, "snart": Moment.SOON}


class ReminderSettings(BaseModel):
    """When and where reminders go; `from_env` reads KLIK_REMINDER_EVERY_DAYS/HOUR/CHANNEL."""

    every_days: int = Field(default=2, ge=1, le=30)
    at: time = time(9, 0)
    channel: str | None = None
    final_days: int = 5
    overdue_deadline_every: int = 5

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ReminderSettings:
        env = os.environ if env is None else env
        every = env.get("KLIK_REMINDER_EVERY_DAYS", "").strip() or "2"
        if not every.isdigit() or not 1 <= int(every) <= 30:
            raise KlikError.said("reminder_every_days", every=every)
        return cls(every_days=int(every), at=_hour(env.get("KLIK_REMINDER_HOUR", "").strip() or "09:00"),
                   channel=env.get("KLIK_REMINDER_CHANNEL", "").strip() or None)


class SentRecord(BaseModel):
    """A reminder that went out (table 'reminders_sent', key = Reminder.key)."""

    team: str
    task: str
    kind: Kind
    subject: str
    channel: str | None = None
    day: date

    @model_validator(mode="after")
    def _moment(self) -> SentRecord:
        if self.kind == "deadline":  # a record from an older version: the moment in Danish
            self.subject = Moment.read(self.subject).value
        return self


class TeamState(BaseModel):
    """What the planner needs to know about one workspace, read from the store in one go."""

    team: str
    golive: dict[str, date] = Field(default_factory=dict)
    progress: dict[str, Progress] = Field(default_factory=dict)  # by task id
    marks: dict[str, dict[int, dict[str, Any]]] = Field(default_factory=dict)  # task -> signature marks
    snoozes: dict[str, date] = Field(default_factory=dict)  # task -> first day reminders may resume
    sent: list[SentRecord] = Field(default_factory=list)
    prefs: dict[str, Preference] = Field(default_factory=dict)  # user -> how they want reminders
    departed: set[str] = Field(default_factory=set)  # users Slack says left: no DMs to them


class ReminderState(BaseModel):
    teams: list[TeamState] = Field(default_factory=list)


class Reminder(BaseModel):
    """One message to one place, as data: what is due and why (a reason code and its facts), on which
    task, for whom. The words are the Slack layer's (handlers/reminders.py) and the CLI's, from the
    language tables (knowledge/qa/messages/reminders.py). `recipient` is the person it is about
    (None: nobody assigned), `channel` where it goes (a user id for a DM; None: nowhere configured)."""

    team: str
    task: str
    kind: MessageKind
    subject: str  # the signature's number, or the deadline Moment's value: "soon", "due_today", "overdue"
    recipient: str | None
    channel: str | None
    due: date
    overdue: bool
    key: str
    why: str = ""  # the reason code ("signature_final", "deadline_soon", "digest", ...)
    facts: dict[str, Any] = Field(default_factory=dict)  # what the reason says: end date, days left
    day: date | None = None  # the day it was planned for ('om 5 arbejdsdage' counts from it)
    title: str = ""  # the task's title
    moment: Moment | None = None  # a deadline reminder's moment
    signature: int | None = None  # which of the task's signatures, for the "Underskrevet" button
    document: SignatureState | None = None  # the signature a signature reminder is about
    status: str = ""  # the task's status in the workspace
    steps_done: int = 0
    steps_total: int = 0
    assignees: dict[str, str] = Field(default_factory=dict)  # role ('ansvarlig', 'udfører') -> user id
    window: Window | None = None  # the task's dates for the workspace (None for a digest)
    items: list[Reminder] = Field(default_factory=list)  # a digest's reminders, most urgent first

    def keys(self) -> list[str]:
        """The sent-record keys this message stands for: its items' for a digest, else its own."""
        return [i.key for i in self.items] or [self.key]

    def narrowed(self, keys: set[str]) -> Reminder:
        """This message with only the items whose keys are in `keys` (another pass sent the rest)."""
        kept = [i for i in self.items if i.key in keys]
        if len(kept) == len(self.items):
            return self
        return as_message(kept, channel=self.channel, recipient=self.recipient)


@dataclass(frozen=True)
class _Occasion:
    """Why a task is reminded today, before it is addressed to anyone."""

    kind: Kind
    subject: str  # the signature's number, or a Moment
    why: str  # a reason code, worded by knowledge/qa/messages/reminders.reason
    overdue: bool
    signature: SignatureState | None = None
    facts: dict[str, Any] = field(default_factory=dict)  # what the reason says: end date, days left


def local_time(now: datetime) -> datetime:
    """`now` in Danish time; a naive datetime is taken to be Danish time already."""
    return now.replace(tzinfo=TZ) if now.tzinfo is None else now.astimezone(TZ)


def reminder_key(team: str, task: str, kind: str, subject: str, channel: str | None, day: date) -> str:
    return f"{team}|{task}|{kind}|{subject}|{channel or '-'}|{day.isoformat()}"


def reminder_time(now: datetime, settings: ReminderSettings) -> bool:
    """Reminders go out on Danish working days from the reminder hour (local time) on."""
    local = local_time(now)
    return is_working_day(local.date()) and local.time() >= settings.at


def plan(*, now: datetime, state: ReminderState, kb, settings: ReminderSettings) -> list[Reminder]:
    """The messages due at `now`: per person one digest (or one message per item, or nothing, as
    they chose), and one summary for the reminder channel; most urgent first."""
    items = plan_items(now=now, state=state, kb=kb, settings=settings)
    prefs = {(t.team, user): mode for t in state.teams for user, mode in t.prefs.items()}
    return bundle(items, prefs=prefs)


def bundle(items: list[Reminder], *, prefs: Mapping[tuple[str, str], Preference]) -> list[Reminder]:
    """Group item reminders by place: a person's DM items become one digest unless they chose
    'each' (kept as they are) or 'off' (dropped); a channel always gets one summary. A place with a
    single item gets that item's own message (it has the better buttons)."""
    places: dict[tuple[str, str | None], list[Reminder]] = {}
    for item in items:
        places.setdefault((item.team, item.channel), []).append(item)
    out = []
    for (team, channel), found in places.items():
        person = found[0].recipient if channel is not None and channel == found[0].recipient else None
        mode = prefs.get((team, person), "digest") if person else "digest"
        if mode == "off":
            continue
        if mode == "each" or channel is None or len(found) == 1:
            out += found
        else:
            out.append(as_message(found, channel=channel, recipient=person))
    return sorted(out, key=_urgency)


def _urgency(r: Reminder) -> tuple:
    return (not r.overdue, r.due, r.kind == "digest", r.task, r.kind, r.subject, r.channel or "")


def as_message(items: list[Reminder], *, channel: str | None, recipient: str | None) -> Reminder:
    """One message for `items` at `channel`: the item itself when it is alone, else a digest (to a
    person: 'Dine påmindelser'; to a channel: a summary naming who each item is for)."""
    if len(items) == 1:
        return items[0]
    items = sorted(items, key=_urgency)
    first = items[0]
    day = first.key.rsplit("|", 1)[-1]
    return Reminder(team=first.team, task="", kind="digest", subject=str(len(items)), recipient=recipient,
                    channel=channel, due=first.due, overdue=any(i.overdue for i in items), why="digest",
                    facts={"count": len(items)}, day=first.day, items=items,
                    key=f"{first.team}|digest|{channel or '-'}|{day}")


def plan_items(*, now: datetime, state: ReminderState, kb, settings: ReminderSettings) -> list[Reminder]:
    """Each reminder due at `now` that has not been sent today; overdue first, then by deadline."""
    if not reminder_time(now, settings):
        return []
    today = local_time(now).date()
    found = []
    for team in state.teams:
        sent: dict[str, list[SentRecord]] = {}
        for record in team.sent:
            sent.setdefault(record.task, []).append(record)
        for task in kb.tasks:
            found += _task_reminders(task, team, sent.get(task.id, []), today, settings)
    return sorted(found, key=lambda r: (not r.overdue, r.due, r.task, r.kind, r.subject, r.channel or ""))


def _task_reminders(task: Task, team: TeamState, sent: list[SentRecord], today: date,
                    settings: ReminderSettings) -> list[Reminder]:
    window = window_for(task, team.golive)
    progress = team.progress.get(task.id) or Progress(team=team.team, task=task.id)
    if window is None or progress.status == Status.DONE or team.snoozes.get(task.id, today) > today:
        return []
    marks = team.marks.get(task.id, {})
    open_sigs = [s for s in signature_states(task, progress, marks, golive=window.golive)
                 if s.state != SIGNED and _reminded_from(s, window, settings) <= today]
    last = _last_sent(sent, today)
    occasions = [o for s in open_sigs  # a document's own deadline from the text, else the task's end
                 if (o := _signature_occasion(s, signature_window(s, window), today, last, settings))]
    sent_today = {(r.kind, r.subject, r.channel) for r in sent if r.day == today}
    if not open_sigs and not any(kind == "signature" for kind, _, _ in sent_today):
        occasions = [o for o in [_deadline_occasion(window, today, last, settings)] if o]
    about = {"title": task.title, "status": progress.status, "steps_done": len(done_steps(task, progress)),
             "steps_total": len(task.method_steps), "window": window, "day": today,
             "assignees": {role: progress.assignees[role] for role in ("ansvarlig", "udfører")
                           if progress.assignees.get(role)}}
    out = []
    for occasion in occasions:
        for recipient, channel in _destinations(progress, settings, departed=team.departed):
            if (occasion.kind, occasion.subject, channel) in sent_today:
                continue
            key = reminder_key(team.team, task.id, occasion.kind, occasion.subject, channel, today)
            sig = occasion.signature
            out.append(Reminder(team=team.team, task=task.id, kind=occasion.kind,
                                subject=str(occasion.subject), recipient=recipient, channel=channel,
                                due=window.end, overdue=occasion.overdue, key=key, why=occasion.why,
                                facts=occasion.facts, signature=sig.number if sig else None, document=sig,
                                moment=None if sig else Moment(occasion.subject), **about))
    return out


def _reminded_from(sig: SignatureState, window: Window, settings: ReminderSettings) -> date:
    # A task without a start offset is treated as opening when the daily reminders would begin.
    opens = window.start or add_working_days(window.end, -settings.final_days)
    received = local_time(sig.received_at).date() if sig.received_at else None
    return min(opens, received) if received else opens


def _last_sent(sent: list[SentRecord], today: date) -> dict[tuple[str, str], date]:
    """{(kind, subject): last day before today it was sent anywhere}."""
    last: dict[tuple[str, str], date] = {}
    for r in sent:
        if r.day < today and r.day > last.get((r.kind, r.subject), date.min):
            last[(r.kind, r.subject)] = r.day
    return last


def _signature_occasion(sig: SignatureState, window: Window, today: date,
                        last: Mapping[tuple[str, str], date], settings: ReminderSettings) -> _Occasion | None:
    subject = str(sig.number)
    facts: dict[str, Any] = {"end": window.end, "approval": sig.approval}
    if today > window.end:
        return _Occasion("signature", subject, "signature_overdue", True, sig, facts)
    left = working_days_between(today, window.end)
    if left <= settings.final_days:
        return _Occasion("signature", subject, "signature_final", False, sig,
                         {"end": window.end, "left": left, "final_days": settings.final_days})
    previous = last.get(("signature", subject))
    if previous and working_days_between(previous, today) < settings.every_days:
        return None
    started = _reminded_from(sig, window, settings)
    by_document = sig.received_at is not None and (window.start is None or started < window.start)
    return _Occasion("signature", subject, "signature_every", False, sig,
                     {"approval": sig.approval, "started": started, "by_document": by_document,
                      "every_days": settings.every_days})


def _deadline_occasion(window: Window, today: date, last: Mapping[tuple[str, str], date],
                       settings: ReminderSettings) -> _Occasion | None:
    end = {"end": window.end}
    if today > window.end:
        previous = last.get(("deadline", Moment.OVERDUE))
        if previous and working_days_between(previous, today) < settings.overdue_deadline_every:
            return None
        return _Occasion("deadline", Moment.OVERDUE, "deadline_overdue", True,
                         facts={**end, "every": settings.overdue_deadline_every})
    left = working_days_between(today, window.end)
    if left == 0:
        return _Occasion("deadline", Moment.DUE_TODAY, "deadline_due_today", False, facts=end)
    if left <= settings.final_days and ("deadline", Moment.SOON) not in last:
        return _Occasion("deadline", Moment.SOON, "deadline_soon", False, facts={**end, "left": left})
    return None


def _destinations(progress: Progress, settings: ReminderSettings, *,
                  departed: set[str] = frozenset()) -> list[tuple[str | None, str | None]]:
    people = list(dict.fromkeys(u for u in (progress.assignees.get("ansvarlig"),
                                            progress.assignees.get("udfører")) if u and u not in departed))
    places: list[tuple[str | None, str | None]] = [(u, u) for u in people]
    if settings.channel:
        places.append((people[0] if people else None, settings.channel))
    return places or [(None, None)]


def _hour(raw: str) -> time:
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?", raw)
    if not m or int(m[1]) > 23 or int(m[2] or 0) > 59:
        raise KlikError.said("reminder_hour", raw=raw)
    return time(int(m[1]), int(m[2] or 0))
