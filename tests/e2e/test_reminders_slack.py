"""Reminders end to end: go-live, signatures and snooze through signed /klik requests, reminders
delivered to the fake Slack Web API, and the reminder's buttons clicked back through the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

from bot.remind_run import run_pass
from bot.reminders import SIGNED_ACTION, SNOOZE_ACTION, ReminderSettings
from bot.signatures import SIGNED, get_signatures
from bot.snooze import snoozes
from handlers.registry import commands
from handlers.reminders import reminder_message

SEPT_15 = datetime(2026, 9, 15, 9, 0)
SETTINGS = ReminderSettings(channel="C0REMIND")


def _setup(slack_app):
    s = slack_app.slack
    res = s.command('golive "KY - Bølge 3" 2027-03-01', user="U0ADMIN")
    assert res.status == 200 and "1. marts 2027" in res.json()["text"]
    assert s.command("assign 433 ansvarlig <@U0ANSV|ansv>", user="U0ADMIN").status == 200
    return s


def _pass(slack_app, now=SEPT_15):
    return run_pass(now=now, store=slack_app.store, kb=_kb(slack_app), client=slack_app.app.client,
                    settings=SETTINGS, render=reminder_message)


def _posts(slack_app, since=0):
    return [c.body for c in slack_app.fake.calls[since:] if c.method == "chat.postMessage"]


def _blocks(body) -> list[dict]:
    blocks = body.get("blocks")
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def _button(body, action_id):
    return next(e for b in _blocks(body) if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == action_id)


def test_reminders_reach_the_fake_slack_as_dm_and_channel_post_with_buttons(slack_app):
    _setup(slack_app)
    result = _pass(slack_app)
    assert len(result.sent) == 2 and not result.failed
    posts = _posts(slack_app)
    assert sorted(p["channel"] for p in posts) == ["C0REMIND", "U0ANSV"]
    for post in posts:
        assert "bestillingsformular mangler underskrift" in post["text"]
        assert "Frist: 8. oktober 2026" in post["text"]
        assert _button(post, SIGNED_ACTION)["text"]["text"] == "Underskrevet"
        assert _button(post, SNOOZE_ACTION)["text"]["text"].startswith("Udsæt")
    again = _pass(slack_app, now=datetime(2026, 9, 15, 15, 0))
    assert again.planned == [] and len(_posts(slack_app)) == 2


def test_clicking_underskrevet_marks_it_signed_updates_the_message_and_stops_reminders(slack_app):
    s = _setup(slack_app)
    _pass(slack_app)
    dm = next(p for p in _posts(slack_app) if p["channel"] == "U0ANSV")
    message = {"type": "message", "ts": "1789.000100", "text": dm["text"], "blocks": _blocks(dm)}
    button = _button(dm, SIGNED_ACTION)
    res, _ = s.click(SIGNED_ACTION, button["value"], user="U0ANSV", channel="U0ANSV", message=message)
    assert res.status == 200
    update = slack_app.fake.wait_for(lambda c: c.method == "chat.update")[0].body
    assert update["ts"] == "1789.000100" and "underskrevet og returneret" in update["text"]
    [state] = get_signatures(slack_app.reopen(), s.team, _task(slack_app))
    assert state.state == SIGNED and state.signed_by == "U0ANSV"
    assert _pass(slack_app, now=datetime(2026, 9, 17, 9)).planned == []
    assert [p for p in _pass(slack_app, now=datetime(2026, 10, 9, 9)).planned if p.kind == "signature"] == []


def test_clicking_udsaet_snoozes_three_working_days(slack_app):
    s = _setup(slack_app)
    _pass(slack_app)
    post = next(p for p in _posts(slack_app) if p["channel"] == "C0REMIND")
    button = _button(post, SNOOZE_ACTION)
    res, _ = s.click(SNOOZE_ACTION, button["value"], user="U0ANSV", channel="C0REMIND",
                     message={"type": "message", "ts": "1789.000200", "text": post["text"]})
    assert res.status == 200
    update = slack_app.fake.wait_for(lambda c: c.method == "chat.update")[0].body
    assert "udsatte påmindelserne" in update["text"] and "3 arbejdsdage" in update["text"]
    assert "433" in snoozes(slack_app.store, s.team)


def test_snooze_reply_names_the_paused_days_and_the_next_one(slack_app):
    s = _setup(slack_app)
    commands(slack_app.app).services.now = lambda: datetime(2026, 11, 20, 18, 0)  # a Friday evening
    text = s.command("udsæt 433 3d", user="U0ANSV").json()["text"]
    assert ("3 arbejdsdage: ingen påmindelser i dag og mandag 23.–onsdag 25. november; "
            "næste tidligst *torsdag 26. november*") in text
    commands(slack_app.app).services.now = lambda: datetime(2026, 12, 26, 10, 0)  # anden juledag
    text = s.command("udsæt 433 3", user="U0ANSV").json()["text"]
    assert ("ingen påmindelser mandag 28.–onsdag 30. december; næste tidligst "
            "*mandag 4. januar 2027*") in text  # nytårsaften and nytårsdag are not working days


def test_slash_commands_for_signatures_golive_due_and_snooze(slack_app):
    s = _setup(slack_app)
    golive = s.command("golive").json()
    assert "KY - Bølge 3" in json.dumps(golive, ensure_ascii=False) and "1. marts 2027" in golive["text"]
    one = s.command('golive "KY - Bølge 3"').json()
    assert one["text"] == ("*KY - Bølge 3*: 1. marts 2027 (bølge i KY; gælder 21 opgaver). "
                           "Opgaver: 433, 500, 501, 502, 503, 504, 505, 506, 507, 508 og 11 til.")
    project = s.command("golive KY 2026-01-01", user="U0ADMIN").json()["text"]
    assert "gælder opgaver uden egen bølge-dato: ingen af 21 opgaver" in project
    listing = json.dumps(s.command("golive").json(), ensure_ascii=False)
    assert "• *KY*: 1. januar 2026 (projekt; gælder opgaver uden egen bølge-dato: ingen af 21" in listing
    assert (listing.index("*KY*: 1. januar") < listing.index("*Kan sættes:*")
            < listing.index("KP Videreudvikling"))
    received = s.command("modtaget 433", user="U0ANSV").json()
    assert received["response_type"] == "in_channel" and "er modtaget" in received["text"]
    assert "modtaget, ikke underskrevet" in json.dumps(s.command("status 433").json(), ensure_ascii=False)
    signed = s.command("signed 433", user="U0ANSV").json()
    assert "underskrevet og returneret" in signed["text"] and "/klik done 433 5" in signed["text"]
    assert "Fortryd: `/klik fortryd-underskrevet 433`." in signed["text"]
    again = s.command("underskrevet 433", user="U0ANSV").json()
    assert again["response_type"] == "ephemeral" and "allerede underskrevet" in again["text"]
    snoozed = s.command("udsæt 433 1u", user="U0ANSV").json()
    assert "næste tidligst" in snoozed["text"]
    assert "433" in snoozes(slack_app.store, s.team)
    due = s.command("due 365").json()
    assert "433" in json.dumps(due, ensure_ascii=False)


def test_signed_by_mistake_is_taken_back_and_reminders_come_again(slack_app):
    s = _setup(slack_app)
    help_ = json.dumps(s.command("help").json(), ensure_ascii=False)
    assert "`/klik fortryd-underskrevet OPGAVE [NR|DOKUMENT]`" in help_ and "(eller unsign)" in help_
    s.command("signed 433", user="U0ANSV")
    assert _pass(slack_app).planned == []
    undone = s.command("fortryd-underskrevet 433", user="U0ANSV").json()
    assert undone["response_type"] == "in_channel"
    assert "fortrød «underskrevet»" in undone["text"] and "står nu som *afventer dokument*" in undone["text"]
    assert [r.task for r in _pass(slack_app).sent] == ["433", "433"]
    again = s.command("unsign 433", user="U0ANSV").json()
    assert again["response_type"] == "ephemeral" and "intet at fortryde" in again["text"]


def test_taking_back_received_explains_a_state_held_by_a_done_step(slack_app):
    s = _setup(slack_app)
    assert "Fortryd: `/klik fortryd-modtaget 433`." in s.command("received 433").json()["text"]
    assert s.command("done 433 5").status == 200
    text = s.command("unreceive 433").json()["text"]
    assert "står nu som *underskrevet og returneret*" in text
    assert "trin 5 er udført; fortryd det med `/klik undo 433 5`" in text


def test_bad_input_gets_danish_help_and_changes_nothing(slack_app):
    s = _setup(slack_app)
    before = len(slack_app.store.history())
    cases = {
        'golive "KY - Bølge 33" 2027-03-01': "Mente du «KY - Bølge 3»",
        "golive KY 31.2.2027": "februar 2027 har 28 dage",
        "signed 4333": "Mente du",
        "signed 500": "kræver ingen underskrift",
        "modtaget 433 2": "har kun én underskrift (bestillingsformular); skriv `/klik modtaget 433`",
        "snooze 433 tre dage": "Skriv fx `3d`",
        "signed": "Skriv hvilken opgave",
        "due mange": "Skriv antal dage",
        "due 99999999999": "Højst 365 dage frem",
        "snooze 433 9999": "højst 60 arbejdsdage",
    }
    for text, says in cases.items():
        res = s.command(text)
        assert res.status == 200, text
        body = res.json()
        assert body["response_type"] == "ephemeral" and says in body["text"], (text, body)
    assert len(slack_app.store.history()) == before


def test_two_cron_runs_at_once_post_each_reminder_once(slack_app, tmp_path):
    _setup(slack_app)
    env = {**os.environ, **slack_app.cli_env(), "SLACK_BOT_TOKEN": "xoxb-test-token",
           "SLACK_API_URL": slack_app.fake.api_url, "KLIK_REMINDER_CHANNEL": "C0REMIND",
           "KLIK_TEAM": slack_app.slack.team}
    command = [sys.executable, "-c", "from bot.cli import main; main()",
               "remind", "--now", "2026-09-15T09:00", "--json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outputs = [json.loads(p.communicate(timeout=60)[0]) for p in runs]
    assert all(p.returncode == 0 for p in runs)
    assert sum(len(o) for o in outputs) == 2  # each reminder sent by exactly one of the two
    assert sorted(p["channel"] for p in _posts(slack_app)) == ["C0REMIND", "U0ANSV"]


def _kb(slack_app):
    return commands(slack_app.app).services.knowledge()


def _task(slack_app):
    return _kb(slack_app).resolve("433")


def test_reminders_overview_shows_rules_sent_and_waiting(slack_app, monkeypatch):
    monkeypatch.setenv("KLIK_REMINDER_CHANNEL", "C0REMIND")
    s = _setup(slack_app)
    commands(slack_app.app).services.now = lambda: datetime(2026, 9, 15, 8, 0)
    before = json.dumps(s.command("påmindelser").json(), ensure_ascii=False)
    assert "fra kl. 09.00" in before and "<#C0REMIND>" in before
    assert "venter: opgave 433 (underskrift) til <@U0ANSV>" in before
    _pass(slack_app)
    commands(slack_app.app).services.now = lambda: datetime(2026, 9, 15, 10, 0)
    after = json.dumps(s.command("reminders").json(), ensure_ascii=False)
    assert "sendt: opgave 433 (underskrift) til <#C0REMIND>" in after and "venter: " not in after


def test_klik_serve_starts_the_reminder_scheduler(tmp_path):
    from bot.localslack import LocalSlack

    with LocalSlack() as fake:
        env = {**os.environ, "KLIK_DB": str(tmp_path / "klik.json"), "SLACK_BOT_TOKEN": "xoxb-test-token",
               "SLACK_SIGNING_SECRET": "secret", "SLACK_API_URL": fake.api_url,
               "KLIK_REMINDER_CHANNEL": "C0REMIND", "KLIK_REMINDER_HOUR": "7:30"}
        server = subprocess.Popen([sys.executable, "-c", "from bot.cli import main; main()", "serve",
                                   "--host", "127.0.0.1", "--port", "0"],
                                  env=env, stderr=subprocess.PIPE, text=True)
        try:
            lines = []
            for line in server.stderr:
                lines.append(line)
                if "lytter på" in line:
                    break
        finally:
            server.terminate()  # as soon as it says it listens: a graceful stop, not a kill by SIGTERM
            code = server.wait(timeout=20)
    log = "".join(lines)
    assert "påmindelser: hver 2. arbejdsdag fra kl. 07.30, kanal C0REMIND" in log
    assert code == 0
