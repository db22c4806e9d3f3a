"""90 days of reminders with a fixed clock, a store on disk, restarts and two processes at once."""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import partial

import pytest
from threads import run_concurrently

from bot.golive import set_golive
from bot.progress import assign, mark_steps, set_status
from bot.remind_run import deliver, run_pass
from bot.reminders import ReminderSettings
from bot.signatures import mark_signature
from bot.snooze import snooze
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds

KB = KnowledgeBase.from_tasks(load_seeds())
T433 = KB.resolve("433")
SETTINGS = ReminderSettings(channel="C0REMIND")


class RecordingSlack:
    """Stands in for slack_sdk's WebClient: records chat.postMessage per simulated day."""

    def __init__(self):
        self.day: date | None = None
        self.posts: dict[date, list[tuple[str, str]]] = defaultdict(list)
        self._lock = threading.Lock()

    def chat_postMessage(self, *, channel: str, text: str, blocks=None):  # noqa: N802 (slack_sdk's name)
        with self._lock:
            self.posts[self.day].append((channel, text))
        return {"ok": True}


def _days(first: date, last: date):
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _working(first, last, skip=()):
    """Mon-Fri between first and last (these months have no Danish holiday), minus `skip`."""
    return [d for d in _days(first, last) if d.weekday() < 5 and d not in skip]


def simulate(path, first: date, last: date, *, golive: str, events=None, hours=(8, 9, 16),
             restart_on: date | None = None, assignees=True) -> RecordingSlack:
    """Run a pass at each hour of each day in two 'processes' (two Store objects on one file, at
    the same moment, in two threads); from `restart_on` on, two brand-new Store objects."""
    setup = Store(path)
    set_golive(setup, team="T1", name="KY - Bølge 3", day=golive, user="UADMIN", command="test", kb=KB)
    if assignees:
        assign(setup, team="T1", task=T433, role="ansvarlig", assignee="U0ANSV", user="UADMIN")
        assign(setup, team="T1", task=T433, role="udfører", assignee="U0UDF", user="UADMIN")
    events = events or {}
    slack = RecordingSlack()
    processes = [Store(path), Store(path)]
    for day in _days(first, last):
        if day == restart_on:
            processes = [Store(path), Store(path)]
        slack.day = day
        for hour in sorted({*hours, *(h for d, h in events if d == day)}):
            now = datetime.combine(day, time(hour))
            if (day, hour) in events:
                events[(day, hour)](processes[0], now)
            if hour not in hours:
                continue
            run_concurrently([partial(run_pass, now=now, store=s, kb=KB, client=slack, settings=SETTINGS)
                              for s in processes])
    return slack


def _signature_days(slack: RecordingSlack) -> list[date]:
    return sorted(d for d, posts in slack.posts.items() if any("mangler underskrift" in t for _, t in posts))


def _deadline_days(slack: RecordingSlack) -> dict[date, str]:
    found = {}
    for day, posts in slack.posts.items():
        for _, text in posts:
            if "mangler underskrift" not in text:
                found[day] = text.split(":", 1)[0].strip("*")
    return dict(sorted(found.items()))


REGULAR = [date(2026, 8, 31), date(2026, 9, 2), date(2026, 9, 4), date(2026, 9, 8), date(2026, 9, 10),
           date(2026, 9, 14), date(2026, 9, 16), date(2026, 9, 18), date(2026, 9, 22), date(2026, 9, 24),
           date(2026, 9, 28), date(2026, 9, 30)]
FINAL = [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 5), date(2026, 10, 6), date(2026, 10, 7),
         date(2026, 10, 8)]


@pytest.fixture(scope="module")
def unsigned(tmp_path_factory):
    path = tmp_path_factory.mktemp("sim") / "klik.json"
    return simulate(path, date(2026, 8, 15), date(2026, 11, 13), golive="2027-03-01",
                    restart_on=date(2026, 10, 1)), path


def test_first_reminder_on_the_day_the_window_opens_then_every_two_working_days(unsigned):
    slack, _ = unsigned
    days = _signature_days(slack)
    assert days[:len(REGULAR)] == REGULAR


def test_daily_in_the_last_five_working_days_then_overdue_every_working_day(unsigned):
    slack, _ = unsigned
    overdue = _working(date(2026, 10, 9), date(2026, 11, 13))
    assert _signature_days(slack) == REGULAR + FINAL + overdue
    for day in FINAL:
        assert all("Påmindelse:" in text and "OVERSKREDET" not in text for _, text in slack.posts[day])
    for day in overdue:
        assert all(text.startswith("*OVERSKREDET: bestillingsformular") for _, text in slack.posts[day])
    assert "Frist: 8. oktober 2026 (overskredet med 1 dag)" in slack.posts[date(2026, 10, 9)][0][1]


def test_each_day_exactly_one_message_per_place_across_restart_and_two_processes(unsigned):
    slack, path = unsigned
    for day, posts in slack.posts.items():
        assert sorted(channel for channel, _ in posts) == ["C0REMIND", "U0ANSV", "U0UDF"], day
    sent = Store(path).all("reminders_sent")
    assert all(doc["day"] >= "2026-09-14" for doc in sent.values())  # older than 60 days pruned


def test_signing_step_5_stops_signature_reminders_and_deadline_reminders_take_over(tmp_path):
    def step(number):
        return lambda s, now: mark_steps(s, team="T1", task=T433, steps=[number], user="U0UDF", now=now)

    events = {(date(2026, 9, 9), 12): step(4), (date(2026, 9, 17), 12): step(5)}
    slack = simulate(tmp_path / "klik.json", date(2026, 8, 15), date(2026, 11, 13), golive="2027-03-01",
                     events=events, hours=(9, 16))
    assert _signature_days(slack) == REGULAR[:7]  # through 16 September
    assert "Status: modtaget, ikke underskrevet" in slack.posts[date(2026, 9, 10)][0][1]
    assert _deadline_days(slack) == {
        date(2026, 10, 1): "Frist snart", date(2026, 10, 8): "Frist i dag",
        **dict.fromkeys([date(2026, 10, 9), date(2026, 10, 16), date(2026, 10, 23), date(2026, 10, 30),
                         date(2026, 11, 6), date(2026, 11, 13)], "OVERSKREDET")}


def test_klik_signed_stops_reminders_and_completing_the_task_stops_everything(tmp_path):
    events = {(date(2026, 10, 12), 10): lambda s, now: mark_signature(
                  s, team="T1", task=T433, which=None, mark="signed", user="U0ANSV", command="signed 433"),
              (date(2026, 10, 14), 10): lambda s, now: set_status(
                  s, team="T1", task=T433, status="fuldført", user="U0ANSV", now=now)}
    slack = simulate(tmp_path / "klik.json", date(2026, 8, 15), date(2026, 11, 13), golive="2027-03-01",
                     events=events, hours=(9, 16))
    assert _signature_days(slack)[-1] == date(2026, 10, 12)
    assert _deadline_days(slack) == {date(2026, 10, 13): "OVERSKREDET"}
    assert max(slack.posts) == date(2026, 10, 13)


def test_snooze_pauses_the_next_three_working_days_then_the_cadence_resumes(tmp_path):
    """Snoozed Monday 14 September after its reminder: nothing 15-17 September, again from Friday."""
    events = {(date(2026, 9, 14), 10): lambda s, now: snooze(
        s, team="T1", task_id="433", period="3d", today=now.date(), user="U0ANSV", command="snooze 433 3d")}
    slack = simulate(tmp_path / "klik.json", date(2026, 8, 15), date(2026, 10, 9), golive="2027-03-01",
                     events=events, hours=(9,))
    assert _signature_days(slack) == [*REGULAR[:6], date(2026, 9, 18), date(2026, 9, 22), date(2026, 9, 24),
                                      date(2026, 9, 28), date(2026, 9, 30), *FINAL, date(2026, 10, 9)]


HOLIDAY_RUNS = {
    # go-live 14 June 2027: window 14 December 2026 - 21 January 2027; 24-26 Dec, 31 Dec, 1 Jan off
    "christmas": ("2027-06-14", date(2026, 12, 1), date(2027, 1, 25), [
        date(2026, 12, 14), date(2026, 12, 16), date(2026, 12, 18), date(2026, 12, 22), date(2026, 12, 28),
        date(2026, 12, 30), date(2027, 1, 5), date(2027, 1, 7), date(2027, 1, 11), date(2027, 1, 13),
        date(2027, 1, 14), date(2027, 1, 15), date(2027, 1, 18), date(2027, 1, 19), date(2027, 1, 20),
        date(2027, 1, 21), date(2027, 1, 22), date(2027, 1, 25)]),
    # go-live 22 August 2027: window Sunday 21 February (so Monday first) - Wednesday 31 March 2027;
    # skærtorsdag 25 March to 2. påskedag 29 March off
    "easter": ("2027-08-22", date(2027, 2, 15), date(2027, 4, 2), [
        date(2027, 2, 22), date(2027, 2, 24), date(2027, 2, 26), date(2027, 3, 2), date(2027, 3, 4),
        date(2027, 3, 8), date(2027, 3, 10), date(2027, 3, 12), date(2027, 3, 16), date(2027, 3, 18),
        date(2027, 3, 19), date(2027, 3, 22), date(2027, 3, 23), date(2027, 3, 24),
        date(2027, 3, 30), date(2027, 3, 31), date(2027, 4, 1), date(2027, 4, 2)]),
}


@pytest.mark.parametrize("run", HOLIDAY_RUNS)
def test_danish_holidays_are_skipped(tmp_path, run):
    golive, first, last, expected = HOLIDAY_RUNS[run]
    slack = simulate(tmp_path / "klik.json", first, last, golive=golive, hours=(9,), assignees=False)
    assert _signature_days(slack) == expected


def _golive(store):
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="UADMIN", command="t", kb=KB)
    return store


def _planned(store, now):
    return run_pass(now=now, store=store, kb=KB, client=None, dry_run=True, settings=SETTINGS).planned


def test_two_processes_that_planned_the_same_reminders_send_them_once(tmp_path):
    path = tmp_path / "klik.json"
    _golive(Store(path))
    first, second, slack = Store(path), Store(path), RecordingSlack()
    now = datetime(2026, 9, 15, 9)
    stale = _planned(second, now)  # the second process planned before the first one sent
    assert deliver(_planned(first, now), now=now, store=first, client=slack).sent
    again = deliver(stale, now=now, store=second, client=slack)
    assert again.sent == [] and len(again.already_sent) == 1
    assert sum(len(p) for p in slack.posts.values()) == 1


class FailingSlack(RecordingSlack):
    def __init__(self, failures: int):
        super().__init__()
        self.failures = failures

    def chat_postMessage(self, **kwargs):  # noqa: N802
        if self.failures:
            self.failures -= 1
            raise ConnectionError("Slack svarer ikke")
        return super().chat_postMessage(**kwargs)


def test_a_failed_send_is_retried_by_the_next_pass_and_then_sent_once(tmp_path):
    store = _golive(Store(tmp_path / "klik.json"))
    slack = FailingSlack(failures=1)
    first = run_pass(now=datetime(2026, 9, 15, 9, 0), store=store, kb=KB, client=slack, settings=SETTINGS)
    assert len(first.failed) == 1 and "Slack svarer ikke" in first.failed[0][1]
    second = run_pass(now=datetime(2026, 9, 15, 9, 1), store=store, kb=KB, client=slack, settings=SETTINGS)
    third = run_pass(now=datetime(2026, 9, 15, 9, 2), store=store, kb=KB, client=slack, settings=SETTINGS)
    assert len(second.sent) == 1 and third.planned == []


def test_nowhere_to_send_is_reported_not_claimed(tmp_path):
    store = _golive(Store(tmp_path / "klik.json"))
    result = run_pass(now=datetime(2026, 9, 15, 9), store=store, kb=KB, client=RecordingSlack(),
                      settings=ReminderSettings())
    assert [r.task for r in result.undeliverable] == ["433"] and store.all("reminders_sent") == {}
