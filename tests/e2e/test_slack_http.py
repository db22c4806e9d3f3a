"""The real app over HTTP: signatures, /klik commands, buttons, mentions and DMs, retries, load."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner

from bot import slackrequests as sr
from bot.cli import cli
from bot.progress import Status, get_progress


def _blocks_text(body: dict) -> str:
    """All visible text of a message body (text + every block), for content assertions."""
    return json.dumps(body, ensure_ascii=False)


# --- request verification -------------------------------------------------------------------

def test_forged_stale_and_unsigned_requests_get_401(slack_app):
    s = slack_app.slack
    body, ctype = sr.slash_command("done 433 1", team=s.team, user="U0EVE", channel="C0KLIK",
                                   response_url=s.response_url())
    assert s.post(body, ctype, signed=False).status == 401
    assert s.post(body, ctype, secret="not-the-secret").status == 401
    assert s.post(body, ctype, timestamp=int(time.time()) - 6 * 60).status == 401
    tampered = body.replace("done+433+1", "done+433+2")
    headers = sr.sign(s.secret, body)
    assert s.post(tampered, ctype, signed=False, headers=headers).status == 401
    # none of them changed anything, and a properly signed request still works
    assert get_progress(slack_app.store, s.team, "433").steps == {}
    assert s.post(body, ctype).status == 200
    assert list(get_progress(slack_app.store, s.team, "433").steps) == [1]


# --- /klik commands ---------------------------------------------------------------------------

def test_empty_klik_and_help_list_every_subcommand(slack_app):
    reg_words = ["status", "done", "undo", "start", "complete", "assign", "list", "search", "history"]
    for text in ("", "help", "hjælp"):
        res = slack_app.slack.command(text)
        assert res.status == 200
        body = res.json()
        assert body["response_type"] == "ephemeral"
        shown = _blocks_text(body)
        for word in reg_words:
            assert f"/klik {word}" in shown


def test_status_shows_steps_with_buttons_checklist_and_signature(slack_app):
    body = slack_app.slack.command("status 433").json()
    blocks = body["blocks"]
    assert blocks[0]["type"] == "header" and "433" in blocks[0]["text"]["text"]
    buttons = [b["accessory"] for b in blocks if b.get("accessory", {}).get("type") == "button"]
    assert [b["value"] for b in buttons] == [f"433 {n}" for n in range(1, 8)]
    assert buttons[2]["text"]["text"] == "Marker trin 3 som udført"
    shown = _blocks_text(body)
    assert "Tjekliste" in shown and "bestillingsformular" in shown and "afventer dokument" in shown
    assert "144 dage før go-live" in shown


def test_done_persists_and_is_visible_to_a_fresh_store(slack_app):
    res = slack_app.slack.command("done 433 1 2", user="U0BOB")
    assert res.status == 200
    body = res.json()
    assert body["response_type"] == "in_channel"
    assert "trin 1 og 2" in body["text"] and "<@U0BOB>" in body["text"]
    fresh = get_progress(slack_app.reopen(), slack_app.slack.team, "433")
    assert sorted(fresh.steps) == [1, 2] and fresh.steps[1].done_by == "U0BOB"
    assert fresh.status == Status.STARTED
    cli_env = {**slack_app.cli_env(), "KLIK_TEAM": slack_app.slack.team}
    printed = CliRunner().invoke(cli, ["status", "433", "--json"], env=cli_env)
    steps = json.loads(printed.output)["steps"]
    assert [s["done_by"] for s in steps[:3]] == ["U0BOB", "U0BOB", None]
    entries = slack_app.reopen().history(team=slack_app.slack.team, task="433")
    assert entries[-1]["action"] == "done" and entries[-1]["command"] == "/klik done 433 1 2"
    # status now shows who did it, and no button on done steps
    status = slack_app.slack.command("status 433").json()
    step1 = next(b for b in status["blocks"] if b.get("text", {}).get("text", "").startswith("✅ *1.*"))
    assert "<@U0BOB>" in step1["text"]["text"] and "accessory" not in step1


def test_changes_are_kept_per_workspace(slack_app):
    slack_app.slack.command("done 433 1", team="T0ONE")
    assert list(get_progress(slack_app.store, "T0ONE", "433").steps) == [1]
    assert get_progress(slack_app.store, "T0TWO", "433").steps == {}
    assert set(slack_app.store.all("teams")) == {"T0ONE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("done 43 1", "Mente du «433»?"),
    ("status nix", "Jeg kender ingen opgave der hedder «nix»"),
    ("done 433 9", "Trin 9 findes ikke; opgave 433 har trin 1-7."),
    ("done 433 0 8", "Trin 0 og 8 findes ikke"),
    ("done 433", "Skriv hvilke trin"),
    ("undo 433 3", "Trin 3 i opgave 433 er ikke markeret som udført."),
    ("assign 433 chef <@U0BOB>", "Skriv opgave, rolle og person"),
    ("assign 433 ansvarlig bob", "Jeg kan ikke se hvem «bob» er; skriv personen som @-omtale"),
    ("assign 433 ansvarlig", "Skriv hvem der skal være ansvarlig, fx `/klik assign 433 ansvarlig @Mette`"),
    ("list hest", "Jeg kender ikke «hest» som filter"),
    ('done "eFaktura 8b 1', "anførselstegn"),
])
def test_bad_input_gets_a_helpful_message(slack_app, text, expected):
    res = slack_app.slack.command(text)
    assert res.status == 200
    body = res.json()
    assert body["response_type"] == "ephemeral"
    assert expected in body["text"]


def test_multiword_task_ids_and_step_ranges(slack_app):
    body = slack_app.slack.command("done eFaktura 8b 1-2").json()
    assert "trin 1 og 2" in body["text"]
    assert sorted(get_progress(slack_app.store, slack_app.slack.team, "eFaktura 8b").steps) == [1, 2]


def test_assign_start_complete_undo_and_history(slack_app):
    s = slack_app.slack
    assert "er nu ansvarlig" in s.command("assign 433 ansvarlig <@U0BOB|bob>").json()["text"]
    assert "er nu udfører" in s.command("assign 433 executor mig", user="U0CARL").json()["text"]
    assert "påbegyndt" in s.command("start 433").json()["text"]
    assert "står allerede som påbegyndt" in s.command("påbegynd 433").json()["text"]
    assert "står nu som påbegyndt" not in s.command("done 433 3").json()["text"]
    assert "fortrød trin 3" in s.command("fortryd 433 3").json()["text"]
    complete = s.command("complete 433 alligevel").json()["text"]
    assert "fuldført" in complete and "er ikke markeret som udført" in complete
    p = get_progress(slack_app.store, s.team, "433")
    assert p.assignees == {"ansvarlig": "U0BOB", "udfører": "U0CARL"} and p.status == Status.DONE
    history = _blocks_text(s.command("history 433").json())
    for phrase in ("gjorde <@U0BOB> til ansvarlig", "satte status til påbegyndt", "fortrød trin 3",
                   "markerede trin 3 som udført", "satte status til fuldført"):
        assert phrase in history


def test_list_filters(slack_app):
    s = slack_app.slack
    s.command("complete 500 alligevel")
    s.command("assign 501 udfører mig", user="U0DORA")
    everything = s.command("list").json()["text"]
    assert everything.startswith("22 opgaver")
    assert s.command("list open").json()["text"].startswith("21 opgaver")
    mine = s.command("list mine", user="U0DORA").json()
    assert mine["text"].startswith("1 opgave ") and "*501*" in _blocks_text(mine)
    assert s.command("list KP Videreudvikling").json()["text"].startswith("1 opgave ")


def test_user_text_is_escaped_and_never_pings(slack_app):
    body = slack_app.slack.command("status <!channel> <@U0BOB>").json()
    assert "<!channel>" not in body["text"] and "&lt;!channel&gt;" in body["text"]
    listing = _blocks_text(slack_app.slack.command("list").json())
    assert "<!channel>" not in listing and "&lt;!channel&gt;" in listing


# --- buttons ----------------------------------------------------------------------------------

def test_step_button_marks_the_step_and_updates_the_message_in_place(slack_app):
    res, response_url = slack_app.slack.click("klik_step_done", "433 3", user="U0BOB")
    assert res.status == 200
    [call] = slack_app.fake.wait_for(lambda c: c.path.endswith(response_url.rsplit("/", 1)[1]))
    assert call.body["replace_original"] is True
    assert "markerede trin 3 som udført" in _blocks_text(call.body)
    assert get_progress(slack_app.store, slack_app.slack.team, "433").steps[3].done_by == "U0BOB"


def test_button_in_a_channel_message_uses_chat_update(slack_app):
    message = {"type": "message", "ts": "1700000000.000100", "text": "status", "blocks": []}
    res, _ = slack_app.slack.click("klik_step_done", "433 4", message=message)
    assert res.status == 200
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.update")
    assert call.body["ts"] == "1700000000.000100" and call.body["channel"] == "C0KLIK"


def test_button_for_a_step_already_done_says_by_whom(slack_app):
    slack_app.slack.command("done 433 5", user="U0BOB")
    slack_app.slack.click("klik_step_done", "433 5", user="U0CARL")
    [call] = slack_app.fake.wait_for(lambda c: c.method == "response_url")
    assert "var allerede markeret af <@U0BOB>" in _blocks_text(call.body)
    assert get_progress(slack_app.store, slack_app.slack.team, "433").steps[5].done_by == "U0BOB"


# --- events: mentions, DMs, retries ---------------------------------------------------------------

def test_retried_event_is_not_answered_twice(slack_app):
    s = slack_app.slack
    event = sr.direct_message("hjælp", user="U0BOB", channel="D0BOB")
    assert s.event(event, event_id="Ev0RETRY1").status == 200
    assert s.event(event, event_id="Ev0RETRY1", retry=1).status == 200
    assert s.event(event, event_id="Ev0RETRY1", retry=2).status == 200
    first = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    time.sleep(0.3)  # give a wrongly accepted retry time to post
    assert len(slack_app.fake.calls_to("chat.postMessage")) == len(first) == 1
    # the claim is on disk: an app restarted on the same database skips it too
    assert slack_app.reopen().get("events", "Ev0RETRY1") is not None


def test_mention_is_answered_in_its_thread(slack_app):
    event = sr.mention("hjælp", user="U0BOB", channel="C0KLIK")
    assert slack_app.slack.event(event).status == 200
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["channel"] == "C0KLIK" and call.body["thread_ts"] == event["ts"]
    assert "/klik status" in _blocks_text(call.body)


def test_dm_is_answered_in_the_dm(slack_app):
    event = sr.direct_message("help", user="U0BOB", channel="D0BOB")
    assert slack_app.slack.event(event).status == 200
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["channel"] == "D0BOB" and "thread_ts" not in call.body


def test_bot_messages_and_edits_in_dms_are_ignored(slack_app):
    s = slack_app.slack
    s.event({**sr.direct_message("hej", user="U0BOB", channel="D0BOB"), "bot_id": "BOTHER"})
    s.event({**sr.direct_message("hej", user="U0BOB", channel="D0BOB"), "subtype": "message_changed"})
    s.event(sr.direct_message("hjælp", user="U0BOB", channel="D0BOB"))
    slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    time.sleep(0.3)
    assert len(slack_app.fake.calls_to("chat.postMessage")) == 1


# --- load and robustness ----------------------------------------------------------------------

def test_twenty_concurrent_commands_lose_nothing(slack_app):
    s = slack_app.slack
    work = [(f"50{i % 10}", i // 10 + 1) for i in range(20)]  # tasks 500-509, steps 1-2
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda tw: s.command(f"done {tw[0]} {tw[1]}", user="U0BOB"), work))
    assert all(r.status == 200 for r in results)
    fresh = slack_app.reopen()
    for task_id in {t for t, _ in work}:
        assert sorted(get_progress(fresh, s.team, task_id).steps) == [1, 2]
    assert len([e for e in fresh.history(team=s.team) if e["action"] == "done"]) == 20


def test_unexpected_error_gets_a_danish_apology_not_a_traceback(slack_app, monkeypatch):
    import handlers.status

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(handlers.status, "status_reply", boom)
    body = slack_app.slack.command("status 433").json()
    assert body["text"].startswith("Beklager") and "disk on fire" not in body["text"]
    assert "Traceback" not in body["text"]
    monkeypatch.undo()
    assert slack_app.slack.command("status 433").status == 200


def test_the_server_survives_garbage_and_still_answers(slack_app):
    s = slack_app.slack
    assert s.post("not json at all", "application/json").status in (400, 401, 404, 200)
    assert s.post("payload=%7Bbroken", "application/x-www-form-urlencoded").status in (400, 401, 404, 200)
    assert s.post("", "application/x-www-form-urlencoded").status in (400, 401, 404, 200)
    s.command("x" * 5000)
    s.command("done 433 1-99999")
    assert s.command("status 433").status == 200


# --- questions ------------------------------------------------------------------------------------

def test_mention_question_is_answered_in_thread_naming_its_source(slack_app):
    event = sr.mention("hvem er forvaltningsansvarlig for Prisme?", user="U0BOB", channel="C0KLIK")
    slack_app.slack.event(event)
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["thread_ts"] == event["ts"]
    shown = _blocks_text(call.body)
    assert "Fujitsu" in shown and "433" in shown and "/klik status 433" in shown


def test_dm_question_in_english_is_answered_in_the_dm(slack_app):
    slack_app.slack.event(sr.direct_message("who signs the form for 433?", user="U0BOB", channel="D0BOB"))
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["channel"] == "D0BOB" and "bestillingsformular" in call.body["text"]


def test_klik_followed_by_a_question_answers_it(slack_app):
    body = slack_app.slack.command("hvem underskriver bestillingsformularen?").json()
    assert body["response_type"] == "ephemeral" and "systemansvarlig" in body["text"]


def test_question_text_cannot_ping_anyone(slack_app):
    slack_app.slack.event(sr.mention("<!channel> <@U0BOB> hvad er trin 3 i 433?", user="U0EVE",
                                     channel="C0KLIK"))
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    shown = _blocks_text(call.body)
    assert "<!channel>" not in shown and "<@U0BOB>" not in shown


def test_search_finds_tasks_and_says_how_to_open_them(slack_app):
    body = slack_app.slack.command("søg blanket underskrift").json()
    assert "om «blanket underskrift»" in body["text"]
    first_hit = body["blocks"][1]["text"]["text"].splitlines()[0]
    assert first_hit.startswith("• *433*") and "/klik status OPGAVE" in _blocks_text(body)
    nothing = slack_app.slack.command("search zebraer").json()
    assert "Ingen opgaver matcher «zebraer»" in nothing["text"]


def test_an_unexpected_error_answering_a_mention_apologises_in_the_thread(slack_app, monkeypatch):
    import handlers.questions

    def boom(*args, **kwargs):
        raise RuntimeError("index on fire")

    monkeypatch.setattr(handlers.questions, "answer_reply", boom)
    event = sr.mention("hvem underskriver?", user="U0BOB", channel="C0KLIK")
    slack_app.slack.event(event)
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["thread_ts"] == event["ts"] and call.body["text"].startswith("Beklager")
    assert "index on fire" not in call.body["text"]


def test_an_error_after_a_button_click_keeps_the_message_and_says_why(slack_app):
    slack_app.slack.click("klik_step_done", "433 99")
    [call] = slack_app.fake.wait_for(lambda c: c.method == "response_url")
    assert call.body["replace_original"] is False and call.body["response_type"] == "ephemeral"
    assert call.body["text"] == "Trin 99 findes ikke; opgave 433 har trin 1-7."
