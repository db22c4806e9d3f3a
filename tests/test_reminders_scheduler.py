"""The scheduler thread: passes every interval, survives errors, sends each reminder once."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from bot.golive import set_golive
from bot.reminders import ReminderSettings
from bot.runtime.app import start_reminders
from bot.runtime.scheduler import Scheduler
from bot.store import Store
from handlers.registry import commands
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.errors import KlikError

KB = KnowledgeBase.from_tasks(load_seeds())
SEPT_15 = datetime(2026, 9, 15, 9, 30)


class FlakySlack:
    def __init__(self, failures: int = 0):
        self.failures, self.posts = failures, []

    def chat_postMessage(self, *, channel, text, blocks=None):  # noqa: N802 (slack_sdk's name)
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError("Slack svarede ikke")  # certainly not posted: retried
        self.posts.append(channel)


def _wait(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.01)
    return predicate()


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "klik.json")
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="t", kb=KB)
    return store


def test_failures_are_logged_retried_and_never_stop_the_thread(tmp_path, caplog):
    calls = {"kb": 0}

    def knowledge():
        calls["kb"] += 1
        if calls["kb"] == 1:
            raise RuntimeError("vidensbasen kunne ikke læses")
        return KB

    slack = FlakySlack(failures=1)
    scheduler = Scheduler(store=_store(tmp_path), knowledge=knowledge, client=slack, now=lambda: SEPT_15,
                          settings=ReminderSettings(channel="C1"), interval=0.01).start()
    try:
        assert _wait(lambda: scheduler.passes >= 6)
    finally:
        scheduler.stop()
    assert slack.posts == ["C1"]  # the knowledge error, then the Slack error, then sent once
    assert "påmindelsesrunden fejlede" in caplog.text and "kunne ikke sendes" in caplog.text


def test_a_damaged_store_is_logged_as_its_one_line_without_a_traceback(tmp_path, caplog):
    store = _store(tmp_path)
    scheduler = Scheduler(store=store, knowledge=lambda: KB, client=FlakySlack(), now=lambda: SEPT_15,
                          settings=ReminderSettings(channel="C1"), interval=0.01)
    stored = [p for p in tmp_path.rglob("*") if p.is_file() and p.stat().st_size and p.suffix != ".lock"]
    assert stored  # the data files, or the write-ahead log that holds the commits until a checkpoint
    for damaged in stored:
        damaged.write_text("{garbage")  # another process, or the disk, broke every file
    scheduler.run_once()
    assert "påmindelsesrunden fejlede" in caplog.text and "kan ikke læses" in caplog.text
    assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)


def test_undeliverable_reminders_are_logged_once_a_day(tmp_path, caplog):
    scheduler = Scheduler(store=_store(tmp_path), knowledge=lambda: KB, client=FlakySlack(),
                          now=lambda: SEPT_15, settings=ReminderSettings(), interval=0.01)
    for _ in range(3):
        scheduler.run_once()
    assert caplog.text.count("har ingen modtager") == 1


def test_start_scheduler_delivers_through_the_apps_client_to_fake_slack(slack_app, monkeypatch):
    monkeypatch.setenv("KLIK_REMINDER_CHANNEL", "C0REMIND")
    set_golive(slack_app.store, team=slack_app.slack.team, name="KY - Bølge 3", day="2027-03-01", user="U1",
               command="t", kb=KB)
    commands(slack_app.app).services.now = lambda: SEPT_15
    scheduler = start_reminders(slack_app.app, slack_app.store, interval=0.02)
    try:
        posts = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
        assert _wait(lambda: scheduler.passes >= 5)
    finally:
        scheduler.stop()
    assert [p.body["channel"] for p in posts] == ["C0REMIND"]
    assert len(slack_app.fake.calls_to("chat.postMessage")) == 1


def test_a_bad_reminder_setting_stops_the_start(slack_app, monkeypatch):
    monkeypatch.setenv("KLIK_REMINDER_HOUR", "25")
    with pytest.raises(KlikError, match="KLIK_REMINDER_HOUR"):
        start_reminders(slack_app.app, slack_app.store)
