"""Safer completion: `complete` asks first when steps are open or a document is unsigned (a button in
Slack, `alligevel`/--force), undoing a step reopens a finished task, and assigning someone who is not
in the workspace or is deactivated is refused (users.info on the fake Slack Web API)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from bot.cli import cli
from bot.progress import Status, get_progress
from handlers import actions


def _status(slack_app, task="433"):
    return get_progress(slack_app.store, slack_app.slack.team, task).status


def test_complete_with_an_unsigned_document_asks_first_and_the_button_confirms(slack_app):
    s = slack_app.slack
    body = s.command("complete 433").json()
    assert body["response_type"] == "ephemeral"
    assert "bestillingsformular er ikke underskrevet" in body["text"] and "trin 1" in body["text"]
    assert _status(slack_app) == Status.NOT_STARTED
    button = next(e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert button["action_id"] == actions.COMPLETE_ANYWAY
    res, _ = s.click(actions.COMPLETE_ANYWAY, button["value"])
    assert res.status == 200
    slack_app.fake.wait_for(lambda c: c.method == "response_url")
    assert _status(slack_app) == Status.DONE


def test_complete_alligevel_and_a_clean_task_need_no_question(slack_app):
    s = slack_app.slack
    assert "satte" in s.command("complete 433 alligevel").json()["text"]
    assert _status(slack_app) == Status.DONE
    s.command("done 500 1-3")
    assert "satte" in s.command("complete 500").json()["text"]  # nothing open: no question


def test_undoing_a_step_reopens_a_completed_task(slack_app):
    s = slack_app.slack
    s.command("done 500 1-3")
    s.command("complete 500")
    text = s.command("undo 500 3").json()["text"]
    assert "står nu som påbegyndt igen" in text
    assert _status(slack_app, "500") == Status.STARTED


def test_assigning_someone_deactivated_or_unknown_is_refused(slack_app):
    s = slack_app.slack
    slack_app.fake.users["U0GONE"] = {"deleted": True}
    slack_app.fake.missing_users.add("U0NOBODY")
    gone = s.command("assign 433 ansvarlig <@U0GONE|gone>").json()["text"]
    assert "deaktiveret" in gone
    nobody = s.command("assign 433 udfører U0NOBODY").json()["text"]
    assert "kan ikke finde" in nobody
    assert get_progress(slack_app.store, s.team, "433").assignees == {}
    assert "er nu ansvarlig" in s.command("assign 433 ansvarlig <@U0MET|mette>").json()["text"]
    calls = [c.body.get("user") for c in slack_app.fake.calls_to("users.info")]
    assert {"U0GONE", "U0NOBODY", "U0MET"} <= set(calls)


def test_cli_complete_needs_force(tmp_path, monkeypatch):
    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_TEAM", "T1")
    from bot.cli import slash

    slash._console.cache_clear()
    try:
        asked = CliRunner().invoke(cli, ["complete", "433"]).output
        assert "ikke klar" in asked and "klik complete 433 alligevel" in asked
        done = CliRunner().invoke(cli, ["complete", "433", "--force"])
        assert done.exit_code == 0 and "fuldført" in done.output
        status = json.loads(CliRunner().invoke(cli, ["status", "433", "--json"]).output)
        assert status["status"] == "fuldført"
    finally:
        slash._console().close()
        slash._console.cache_clear()
