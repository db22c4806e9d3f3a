"""Many workspaces from one deployment: "Add to Slack" through bolt's OAuth redirect flow against a
fake Slack (oauth.v2.access, auth.test), each workspace's requests and reminders on its own token,
uninstall and token revocation, token rotation; on TinyDB and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

import pytest
from oauth_harness import deployment
from slack_workspaces import CLIENT_ID, CLIENT_SECRET, SlackWorkspaces, wait_until

from bot.installations import INSTALLATIONS, StoreInstallationStore, Workspaces
from bot.progress import get_progress
from bot.reminders import ReminderSettings
from bot.runtime.scheduler import Scheduler
from bot.slackrequests import mention
from handlers.reminders import reminder_message
from knowledge.base import KnowledgeBase, load_seeds

SEPT_15 = datetime(2026, 9, 15, 9, 30)


@pytest.fixture
def fake():
    with SlackWorkspaces() as slack:
        yield slack


@pytest.fixture
def running(durable_store, fake):
    with deployment(durable_store, fake) as d:
        yield d


def test_install_through_the_redirect_flow_stores_the_workspace_token(running):
    page = running.install("TAARHUS")
    assert page.status == 200 and "Thank you!" in page.body
    bot = StoreInstallationStore(running.store).find_bot(enterprise_id=None, team_id="TAARHUS")
    assert bot is not None and bot.bot_token.startswith("xoxb-TAARHUS-") and bot.bot_user_id == "UBTAARHUS"
    assert running.fake.token_team[bot.bot_token] == "TAARHUS"
    [entry] = running.store.history(team="TAARHUS")
    assert entry["action"] == "installed" and entry["user"] == "U0ADMIN"


def test_a_wrong_or_reused_state_installs_nothing(running):
    state, cookie = running.start_install()
    code = running.fake.authorize("TODENSE")
    forged = running.get(f"/slack/oauth_redirect?code={code}&state=forged",
                         cookie="slack-app-oauth-state=forged")
    assert forged.status == 401 and "invalid_state" in forged.body
    ok = running.get(f"/slack/oauth_redirect?code={code}&state={state}", cookie=cookie)
    assert ok.status == 200
    again = running.get(f"/slack/oauth_redirect?code={running.fake.authorize('TODENSE')}&state={state}",
                         cookie=cookie)
    assert again.status == 401  # a state is good once
    assert list(running.store.all(INSTALLATIONS)) == ["-:TODENSE"]


def test_each_workspace_is_answered_with_its_own_token(running):
    running.install("TAARHUS")
    running.install("TODENSE")
    aarhus, odense = running.slack("TAARHUS"), running.slack("TODENSE")
    res = aarhus.command("done 433 1")
    assert res.status == 200 and "433" in res.json()["text"]
    assert get_progress(running.store, "TAARHUS", "433").steps
    assert not get_progress(running.store, "TODENSE", "433").steps
    for slack, team in ((aarhus, "TAARHUS"), (odense, "TODENSE")):
        question = mention("hvem er forvaltningsansvarlig for Prisme?", user="U1", channel="C1")
        assert slack.event(question).status == 200
        assert wait_until(lambda team=team: running.fake.calls_for("chat.postMessage", team=team))
    posts = running.fake.calls_for("chat.postMessage")
    assert sorted(p.team for p in posts) == ["TAARHUS", "TODENSE"]  # each on its workspace's token
    assert all(running.fake.token_team.get(p.token) == p.team for p in posts)


def test_a_workspace_that_never_installed_gets_nothing(running):
    running.install("TAARHUS")
    res = running.slack("TSTRANGER").command("done 433 1")
    assert res.status == 200 and "433" not in res.text  # bolt's "not installed" answer
    assert get_progress(running.store, "TSTRANGER", "433").steps == {}
    assert running.fake.calls_for("chat.postMessage") == []


def _plan_reminders(running, teams):
    for team in teams:
        s = running.slack(team)
        assert s.command('golive "KY - Bølge 3" 2027-03-01', user="U0ADMIN").status == 200
        assert s.command("assign 433 ansvarlig <@U0ANSV|ansv>", user="U0ADMIN").status == 200


def _scheduler(running, now=SEPT_15) -> Scheduler:
    workspaces = Workspaces(running.store, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                            base_client=running.app.client)
    kb = KnowledgeBase.from_tasks(load_seeds())
    return Scheduler(store=running.store, knowledge=lambda: kb, client=running.app.client, now=lambda: now,
                     settings=ReminderSettings(channel="C0REMIND"), render=reminder_message,
                     workspaces=workspaces)


def test_reminders_go_out_per_workspace_and_stop_after_uninstall(running):
    running.install("TAARHUS")
    running.install("TODENSE")
    _plan_reminders(running, ["TAARHUS", "TODENSE"])
    _scheduler(running).run_once()
    posts = running.fake.calls_for("chat.postMessage")
    assert sorted((p.team, p.body["channel"]) for p in posts) == [
        ("TAARHUS", "C0REMIND"), ("TAARHUS", "U0ANSV"), ("TODENSE", "C0REMIND"), ("TODENSE", "U0ANSV")]
    assert all(running.fake.token_team.get(p.token) == p.team for p in posts)

    running.fake.revoke("TODENSE")  # Slack invalidates the tokens, then tells the app
    res = running.slack("TODENSE").event({"type": "app_uninstalled"})
    assert res.status == 200
    assert wait_until(lambda: StoreInstallationStore(running.store).find_bot(enterprise_id=None,
                                                                             team_id="TODENSE") is None)
    assert running.store.history(team="TODENSE")[-1]["action"] == "uninstalled"

    before = len(running.fake.calls_for("chat.postMessage"))
    _scheduler(running, now=datetime(2026, 9, 17, 9, 30)).run_once()  # the next reminder day
    later = running.fake.calls_for("chat.postMessage")[before:]
    assert later and {p.team for p in later} == {"TAARHUS"}
    # The data rule: an uninstalled workspace's progress and history are kept for a reinstall.
    assert running.store.all("golive", workspace="TODENSE")
    running.install("TODENSE")
    assert running.slack("TODENSE").command("status 433").status == 200


def test_tokens_revoked_for_the_bot_removes_its_token(running):
    running.install("TAARHUS")
    body = {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBTAARHUS"]}}
    assert running.slack("TAARHUS").event(body).status == 200
    assert wait_until(lambda: running.store.all(INSTALLATIONS) == {})
    assert list(Workspaces(running.store, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                           base_client=running.app.client).clients()) == []


def test_rotating_tokens_are_refreshed_before_use(durable_store):
    with SlackWorkspaces(rotation=True, expires_in=60) as fake, deployment(durable_store, fake) as running:
        running.install("TAARHUS")
        first = StoreInstallationStore(running.store).find_bot(enterprise_id=None, team_id="TAARHUS")
        assert first.bot_refresh_token and first.bot_token_expires_at
        # Expiring within bolt's 2-hour margin: the next request refreshes, saves, and uses the new one.
        assert running.slack("TAARHUS").command("done 433 1").status == 200
        second = StoreInstallationStore(running.store).find_bot(enterprise_id=None, team_id="TAARHUS")
        assert second.bot_token != first.bot_token and second.bot_refresh_token != first.bot_refresh_token
        assert running.store.history(team="TAARHUS")[-2]["action"] == "token_rotated"
        # The scheduler refreshes too, and posts with the fresh token.
        [(team, client)] = list(Workspaces(running.store, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                                           base_client=running.app.client).clients())
        third = StoreInstallationStore(running.store).find_bot(enterprise_id=None, team_id="TAARHUS")
        assert team == "TAARHUS" and client.token == third.bot_token != second.bot_token
        assert fake.token_team[client.token] == "TAARHUS"


def test_cron_klik_remind_sends_per_workspace_on_its_own_token(running):
    running.install("TAARHUS")
    running.install("TODENSE")
    _plan_reminders(running, ["TAARHUS", "TODENSE"])
    location = running.store.path or running.store.backend.url
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_"))}
    env |= {"SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET,
            "SLACK_API_URL": running.fake.api_url, "KLIK_REMINDER_CHANNEL": "C0REMIND",
            **({"KLIK_DB": str(location)} if running.store.path else {"KLIK_DATABASE_URL": location})}
    done = subprocess.run([sys.executable, "-c", "from bot.cli import main; main()", "remind", "--now",
                           "2026-09-15T09:30", "--team", "TODENSE"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    posts = running.fake.calls_for("chat.postMessage")
    assert sorted((p.team, p.body["channel"]) for p in posts) == [("TODENSE", "C0REMIND"),
                                                                  ("TODENSE", "U0ANSV")]
    assert all(running.fake.token_team.get(p.token) == "TODENSE" for p in posts)
