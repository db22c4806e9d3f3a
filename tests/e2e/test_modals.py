"""Modals end to end: each opens (views.open) from a button and from a global shortcut, and its
submission (view_submission) changes the store through the same subcommand a typed command runs."""

from __future__ import annotations

import json

import pytest

from bot.golive import golive_dates
from bot.progress import get_progress
from bot.signatures import SIGNED, get_signatures
from bot.snooze import snoozes
from handlers import actions


def _opened(slack_app, count=1) -> dict:
    calls = slack_app.fake.wait_for(lambda c: c.method == "views.open", count=count)
    assert len(calls) >= count
    view = calls[-1].body["view"]
    return json.loads(view) if isinstance(view, str) else view


def _dm(slack_app, user="U0ALICE") -> str:
    [post] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage" and c.body["channel"] == user)
    return post.body["text"]


def _value(kind: str, value):
    if kind == "users_select":
        return {"type": kind, "selected_user": value}
    if kind == "datepicker":
        return {"type": kind, "selected_date": value}
    if kind in ("static_select", "radio_buttons"):
        return {"type": kind, "selected_option": {"value": value}}
    return {"type": kind, "value": value}


def _fill(view: dict, answers: dict) -> dict:
    """state.values as Slack sends them for the given {block_id: value}."""
    kinds = {b["block_id"]: b["element"]["type"] for b in view["blocks"] if b["type"] == "input"}
    return {block: {"value": _value(kinds[block], value)} for block, value in answers.items()}


def test_assign_modal_from_the_home_button(slack_app):
    s = slack_app.slack
    assert s.home_click(actions.OPEN_ASSIGN, "433").status == 200
    view = _opened(slack_app)
    assert view["type"] == "modal" and view["callback_id"] == "klik_modal_assign"
    assert any(b.get("element", {}).get("type") == "users_select" for b in view["blocks"])
    res = s.submit(view, _fill(view, {"role": "udfører", "user": "U0METTE"}))
    assert res.status == 200 and res.text in ("", "ok")
    assert get_progress(slack_app.store, s.team, "433").assignees == {"udfører": "U0METTE"}
    assert "er nu udfører" in _dm(slack_app)
    history = s.command("history 433").json()
    assert "gjorde <@U0METTE> til udfører" in json.dumps(history, ensure_ascii=False)


def test_assign_modal_refuses_a_deactivated_user_with_a_field_error(slack_app):
    s = slack_app.slack
    slack_app.fake.users["U0GONE"] = {"deleted": True}
    s.home_click(actions.OPEN_ASSIGN, "433")
    view = _opened(slack_app)
    res = s.submit(view, _fill(view, {"role": "ansvarlig", "user": "U0GONE"}))
    answer = res.json()
    assert answer["response_action"] == "errors" and "deaktiveret" in answer["errors"]["user"]
    assert get_progress(slack_app.store, s.team, "433").assignees == {}


def test_snooze_modal_from_the_global_shortcut_with_a_task_field(slack_app):
    s = slack_app.slack
    assert s.shortcut("klik_snooze").status == 200
    view = _opened(slack_app)
    assert view["callback_id"] == "klik_modal_snooze"
    unknown = s.submit(view, _fill(view, {"task": "9999", "days": "5"})).json()
    assert unknown["response_action"] == "errors" and "task" in unknown["errors"]
    assert s.submit(view, _fill(view, {"task": "433", "days": "5"})).status == 200
    assert "433" in snoozes(slack_app.store, s.team)


def test_golive_modal_sets_the_date(slack_app):
    s = slack_app.slack
    s.shortcut("klik_golive")
    view = _opened(slack_app)
    assert any(b.get("element", {}).get("type") == "datepicker" for b in view["blocks"])
    s.submit(view, _fill(view, {"name": "KY - Bølge 3", "day": "2027-03-01"}))
    assert str(golive_dates(slack_app.store, s.team)["KY - Bølge 3"]) == "2027-03-01"


@pytest.mark.parametrize("opener", ["button", "shortcut"])
def test_signature_modal_marks_the_document_signed(slack_app, opener):
    s = slack_app.slack
    if opener == "button":
        s.home_click(actions.OPEN_SIGNATURE, "433")
        answers = {"mark": "signed"}
    else:
        s.shortcut("klik_signature")
        answers = {"task": "433", "mark": "signed"}
    view = _opened(slack_app)
    assert s.submit(view, _fill(view, answers)).status == 200
    from knowledge.base import load_seeds

    task = next(t for t in load_seeds() if t.id == "433")
    assert get_signatures(slack_app.store, s.team, task)[0].state == SIGNED


def test_the_manifest_has_the_home_tab_shortcuts_events_and_interactivity(slack_app):
    """What Slack must be told for the cockpit to work (read as text: no YAML dependency)."""
    from pathlib import Path

    from handlers.modals import SHORTCUTS

    manifest = (Path(__file__).parents[2] / "slack_manifest.yml").read_text(encoding="utf-8")
    assert "home_tab_enabled: true" in manifest and "- app_home_opened" in manifest
    for callback_id in SHORTCUTS:
        assert f"callback_id: {callback_id}" in manifest
    interactivity = manifest.split("interactivity:", 1)[1]
    assert "is_enabled: true" in interactivity.split("org_deploy_enabled", 1)[0]
    assert "users:read" in manifest


def test_the_golive_overview_has_a_button_for_the_golive_modal(slack_app):
    s = slack_app.slack
    body = s.command("golive").json()
    button = next(e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert button["action_id"] == actions.OPEN_GOLIVE
    s.click(actions.OPEN_GOLIVE, button["value"])
    view = _opened(slack_app)
    select = next(b for b in view["blocks"] if b.get("block_id") == "name")["element"]
    assert select["initial_option"]["value"] == button["value"]


def test_assign_typed_without_role_and_person_opens_the_modal(slack_app):
    s = slack_app.slack
    assert "Vælg rolle og person" in s.command("tildel 433").json()["text"]
    view = _opened(slack_app)
    assert view["callback_id"] == "klik_modal_assign" and "433" in view["private_metadata"]
    assert "Vælg rolle og person" in s.command("assign").json()["text"]
    assert any(b.get("block_id") == "task" for b in _opened(slack_app, count=2)["blocks"])
    assert "er nu ansvarlig" in s.command("assign 433 ansvarlig mig").json()["text"]  # typed still works
