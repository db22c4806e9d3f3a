"""Workspaces stay apart: crafted requests from workspace A (signed as Slack signs them, fields
mixed or pointing at B) never read or change B's progress, go-lives, signatures or history."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qsl

import pytest
from oauth_harness import deployment
from slack_workspaces import SlackWorkspaces, wait_until

from bot import slackrequests as sr
from bot.reminders import SIGNED_ACTION

A, B = "TAARHUS", "TODENSE"


@pytest.fixture
def two(durable_store):
    """A deployment with A and B installed; B has progress, a go-live, an assignee and history."""
    with SlackWorkspaces() as fake, deployment(durable_store, fake) as d:
        d.install(A)
        d.install(B)
        b = d.slack(B)
        for text in ("done 433 1", 'golive "KY - Bølge 3" 2027-03-01', "assign 433 ansvarlig <@U0BOSS|boss>"):
            assert b.command(text, user="U0BEE").status == 200
        yield d


def _b_state(d) -> dict:
    tables = ("progress", "golive", "signatures", "snoozes")
    return {t: d.store.all(t, workspace=B) for t in tables} | {"history": d.store.history(team=B)}


def _quiet(d, since: int) -> bool:
    time.sleep(0.3)  # an answer to an event is posted after the ack; give it time to (not) happen
    return d.fake.calls_for("chat.postMessage")[since:] == []


def test_an_event_whose_fields_name_two_workspaces_is_dropped(two):
    before, posts = _b_state(two), len(two.fake.calls_for("chat.postMessage"))
    event = sr.mention("hvor langt er vi med 433?", user="U0EVE", channel="C0A")
    for authorized, claimed in ((A, B), (B, A)):
        body = json.loads(sr.event_callback(event, team=claimed)[0])
        body["authorizations"][0]["team_id"] = authorized  # bolt picks this token ...
        res = two.slack(A).post(json.dumps(body), "application/json")  # ... handlers read team_id
        assert res.status == 200
    assert _quiet(two, posts)  # nothing of B's progress was posted with A's token, or the reverse
    assert _b_state(two) == before


def test_a_button_in_a_with_bs_user_team_changes_only_a(two):
    before = _b_state(two)
    body, ctype = sr.button_click(action_id=SIGNED_ACTION, value="433", team=A, user="U0EVE", channel="C0A",
                                  response_url=two.fake.response_url("r1"))
    payload = json.loads(dict(parse_qsl(body))["payload"])
    payload["user"]["team_id"] = B  # a Slack Connect user from B clicking in A's channel
    res = two.slack(A).post(sr.form({"payload": json.dumps(payload)})[0], ctype)
    assert res.status == 200
    assert wait_until(lambda: two.store.all("signatures", workspace=A))
    assert _b_state(two) == before


def test_commands_in_a_cannot_name_bs_keys_or_see_bs_history(two):
    before = _b_state(two)
    a = two.slack(A)
    for text in (f"done {B}:433 1", f"status {B}:433", f"undo {B}|433 1", f"unsign {B}:433 1",
                 f'golive "{B}|KY - Bølge 3" 2027-04-01'):
        res = a.command(text, user="U0EVE")
        assert res.status == 200 and "U0BEE" not in res.text and "U0BOSS" not in res.text
    history = a.command("history 433", user="U0EVE")
    assert history.status == 200 and "U0BEE" not in history.text and "U0BOSS" not in history.text
    status = a.command("status 433", user="U0EVE")
    assert "U0BOSS" not in status.text and "1. marts 2027" not in status.text  # B's assignee and go-live
    assert _b_state(two) == before


def test_an_event_from_a_workspace_without_installation_reads_nothing(two):
    before, posts = _b_state(two), len(two.fake.calls_for("chat.postMessage"))
    event = sr.mention("hvor langt er vi med 433?", user="U0EVE", channel="C0X")
    body = json.loads(sr.event_callback(event, team="TSTRANGER")[0])
    assert two.slack("TSTRANGER").post(json.dumps(body), "application/json").status == 200
    assert _quiet(two, posts)
    assert _b_state(two) == before
