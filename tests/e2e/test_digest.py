"""One digest per person per working day: three due items for one person go out as one DM (and one
summary in the reminder channel), through signed /klik requests and the fake Slack Web API."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.remind_run import run_pass
from bot.reminders import SIGNED_ACTION, ReminderSettings
from handlers.reminders import reminder_blocks, reminder_message
from knowledge.base import load_seeds

OVERDUE_DAY = datetime(2026, 10, 12, 9, 0)  # a Monday after 433's end (8 October 2026): daily
SETTINGS = ReminderSettings(channel="C0REMIND")
EXPORTS = Path(__file__).parent.parent / "fixtures" / "exports"


def _copies(n: int):
    seed = next(t for t in load_seeds() if t.id == "433")
    return [seed.model_copy(update={"id": f"{433 + 1000 * i}" if i else "433"}) for i in range(n)]


@pytest.fixture
def slack_tasks():
    return _copies(3)


def _assign_all(slack_app, user="U0ANSV"):
    s = slack_app.slack
    assert s.command('golive "KY - Bølge 3" 2027-03-01', user="U0ADMIN").status == 200
    for task in ("433", "1433", "2433"):
        assert s.command(f"assign {task} ansvarlig <@{user}|ansv>", user="U0ADMIN").status == 200


def _pass(slack_app, now=OVERDUE_DAY):
    return run_pass(now=now, store=slack_app.store, kb=slack_app.app_kb, client=slack_app.app.client,
                    settings=SETTINGS, render=reminder_message)


@pytest.fixture
def app(slack_app, slack_tasks):
    from knowledge.base import KnowledgeBase

    slack_app.app_kb = KnowledgeBase.from_tasks(slack_tasks)
    return slack_app


def _posts(app, channel):
    return [c.body for c in app.fake.calls_to("chat.postMessage") if c.body.get("channel") == channel]


def _blocks(body):
    blocks = body.get("blocks")
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def test_three_due_items_for_one_person_send_one_dm_and_one_channel_summary(app):
    _assign_all(app)
    result = _pass(app)
    assert not result.failed
    [dm] = _posts(app, "U0ANSV")
    assert "Dine KLIK-påmindelser i dag: 3" in dm["text"]
    blocks = _blocks(dm)
    buttons = [b["accessory"] for b in blocks if b.get("accessory")]
    assert [b["action_id"] for b in buttons] == [SIGNED_ACTION] * 3
    assert {b["value"].split()[0] for b in buttons} == {"433", "1433", "2433"}
    [summary] = _posts(app, "C0REMIND")
    assert "KLIK-påmindelser i dag: 3" in summary["text"] and "<@U0ANSV>" in summary["text"]
    # the same day again: nothing new (each item was claimed once)
    again = _pass(app)
    assert again.sent == [] and len(_posts(app, "U0ANSV")) == 1


def test_a_person_may_choose_one_message_per_item_or_none(app):
    _assign_all(app)
    res = app.slack.command("påmindelser mig hver", user="U0ANSV")
    assert "én besked pr. påmindelse" in res.json()["text"]
    _pass(app)
    assert len(_posts(app, "U0ANSV")) == 3
    res = app.slack.command("påmindelser mig fra", user="U0ANSV")
    assert "ingen påmindelser som DM" in res.json()["text"]
    _pass(app, now=datetime(2026, 10, 13, 9, 0))
    assert len(_posts(app, "U0ANSV")) == 3  # none the next day
    assert len(_posts(app, "C0REMIND")) == 2  # the channel still gets its summary each day
    assert "samlet" in app.slack.command("påmindelser mig samlet", user="U0ANSV").json()["text"]
    assert "ingen påmindelser" not in app.slack.command("påmindelser mig", user="U0ANSV").json()["text"]


def test_a_failed_digest_is_sent_again_on_the_next_pass(app):
    _assign_all(app)

    class Down:
        def chat_postMessage(self, **kwargs):
            raise ConnectionError("Slack is down")

    failed = run_pass(now=OVERDUE_DAY, store=app.store, kb=app.app_kb, client=Down(), settings=SETTINGS,
                      render=reminder_message)
    assert len(failed.failed) == 2 and not failed.sent
    retry = _pass(app)
    assert len(retry.sent) == 2 and len(_posts(app, "U0ANSV")) == 1


def test_a_digest_keeps_within_slacks_limits(app):
    from bot.reminders import Reminder, as_message
    from knowledge.dates import Window

    end = OVERDUE_DAY.date()
    items = [Reminder(team="T", task=str(i), kind="deadline", subject="overdue", recipient="U1",
                      channel="U1", due=end, overdue=True, why="deadline_overdue",
                      facts={"end": end, "every": 5}, key=f"T|{i}|deadline|overdue|U1|2026-10-12",
                      title="lang tekst " * 300, moment="overdue",
                      window=Window(golive=end, start=None, end=end), day=end)
             for i in range(600)]
    blocks = reminder_blocks(as_message(items, channel="U1", recipient="U1"))
    assert len(blocks) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    assert "og 580 påmindelser mere" in json.dumps(blocks, ensure_ascii=False)


def test_dry_run_json_shows_a_digest_as_one_entry_with_items(tmp_path, monkeypatch):
    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_TEAM", "T1")
    monkeypatch.setenv("KLIK_REMINDER_CHANNEL", "C0REMIND")

    def klik(*args):
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == 0, result.output
        return result.output

    klik("import", str(EXPORTS / "md-two-tasks-crlf.md.txt"))  # tasks 512 and 513
    klik("golive", "KY", "2027-03-01")
    for task in ("433", "512", "513"):
        klik("say", f"/klik assign {task} ansvarlig mig")
    planned = json.loads(klik("remind", "--now", "2027-02-26T09:00", "--dry-run", "--json"))
    digests = [p for p in planned if p["kind"] == "digest"]
    assert len(digests) == 2  # one DM, one channel summary
    dm = next(d for d in digests if d["channel"] != "C0REMIND")
    assert dm["recipient"] == dm["channel"] and dm["text"]
    assert len(dm["items"]) >= 2 and {i["task"] for i in dm["items"]} <= {"433", "512", "513"}
    assert all({"task", "kind", "due"} <= set(i) for i in dm["items"])


def test_no_dm_to_someone_who_has_left_the_channel_still_hears(app):
    from bot.people import remember

    _assign_all(app, user="U0GONE")
    remember(app.store, team=app.slack.team, user="U0GONE", presence="deactivated")
    _pass(app)
    assert _posts(app, "U0GONE") == []
    [summary] = _posts(app, "C0REMIND")
    assert "KLIK-påmindelser i dag: 3" in summary["text"]
