"""Go-live moved: setting or changing a go-live posts to the reminder channel which tasks' deadlines
moved, by how much, and which are now overdue or due this week."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from bot.golive_moves import golive_moves
from bot.progress import Status
from knowledge.base import KnowledgeBase, load_seeds


@pytest.fixture
def channel(monkeypatch):
    monkeypatch.setenv("KLIK_REMINDER_CHANNEL", "C0REMIND")
    return "C0REMIND"


def _channel_posts(slack_app, channel, count=1):
    return [c.body for c in slack_app.fake.wait_for(
        lambda c: c.method == "chat.postMessage" and c.body.get("channel") == channel, count=count)]


def test_moving_a_go_live_posts_the_moved_deadlines(slack_app, channel):
    s = slack_app.slack
    s.command('golive "KY - Bølge 3" 2030-03-01')  # 433 ends 144 days before: far ahead
    [first] = _channel_posts(slack_app, channel)
    assert "har nu frist" in json.dumps(first, ensure_ascii=False)
    # KOMBIT moves the wave years earlier: 433's deadline is now in the past
    reply = s.command('golive "KY - Bølge 3" 2026-03-01').json()
    assert "1 åben opgaves frist flyttede sig; 1 er nu overskredet" in reply["text"]
    second = _channel_posts(slack_app, channel, count=2)[-1]
    text = json.dumps(second, ensure_ascii=False)
    assert "Nu overskredet (1)" in text and "*433*" in text
    assert "1461 dage tidligere" in text  # 1 March 2030 -> 1 March 2026
    assert len(second["blocks"]) <= 50


def test_without_a_reminder_channel_the_reply_itself_lists_the_moves(slack_app, monkeypatch):
    monkeypatch.delenv("KLIK_REMINDER_CHANNEL", raising=False)
    reply = slack_app.slack.command('golive "KY - Bølge 3" 2027-03-01').json()
    assert "har nu frist" in json.dumps(reply, ensure_ascii=False)


def test_moves_as_data_overdue_and_due_this_week():
    seed = next(t for t in load_seeds() if t.id == "433")
    kb = KnowledgeBase.from_tasks([seed, seed.model_copy(update={"id": "434"})])
    today = date(2026, 10, 7)  # a Wednesday
    moves = golive_moves(kb, before={"KY - Bølge 3": date(2027, 3, 1)},
                         after={"KY - Bølge 3": date(2027, 3, 1) - timedelta(days=7)}, today=today,
                         status={"434": Status.DONE})
    [m] = moves.moved
    assert m.task == "433" and m.shift_days == -7 and m.old_end == date(2026, 10, 8)
    assert m.new_end == date(2026, 10, 1) and m.overdue and m.became_overdue
    assert moves.finished == 1
    later = golive_moves(kb, before={"KY - Bølge 3": date(2027, 3, 1)},
                         after={"KY - Bølge 3": date(2027, 3, 4)}, today=today, status={})
    assert all(x.due_this_week and not x.overdue for x in later.moved)


def test_the_cli_tells_which_deadlines_moved(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from bot.cli import cli

    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_TEAM", "T1")
    CliRunner().invoke(cli, ["golive", "KY - Bølge 3", "2030-03-01"])
    out = CliRunner().invoke(cli, ["golive", "KY - Bølge 3", "2030-02-01"]).output
    assert "1 åben opgaves frist flyttede sig" in out
    assert "433" in out and "(28 dage tidligere)" in out


def test_the_summary_says_åbne_for_more_than_one_task():
    from datetime import date

    from bot.golive_moves import GoliveMoves, MovedTask, moves_summary

    moved = [MovedTask(task=t, title=t, old_end=date(2030, 1, 1), new_end=date(2030, 2, 1), shift_days=31)
             for t in ("1", "2")]
    assert moves_summary(GoliveMoves(moved=moved)).startswith("2 åbne opgavers frister flyttede sig")
    assert moves_summary(GoliveMoves(moved=moved[:1])).startswith("1 åben opgaves frist flyttede sig")
