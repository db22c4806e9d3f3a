"""Many-workspace settings, the installation store on our own store, and `klik workspace
list|forget` (on TinyDB and PostgreSQL)."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner
from slack_sdk.oauth.installation_store import Installation

from bot.cli import cli
from bot.config import ConfigError, slack_settings, store_location
from bot.golive import set_golive
from bot.installations import BOT_SCOPES, StoreInstallationStore, StoreStateStore
from bot.workspaces import payload_workspace
from knowledge.base import KnowledgeBase, load_seeds

OAUTH = {"SLACK_CLIENT_ID": "123.456", "SLACK_CLIENT_SECRET": "s3cret", "SLACK_SIGNING_SECRET": "sig"}


def test_client_id_and_secret_switch_to_many_workspaces_without_a_bot_token():
    settings = slack_settings(mode="http", env=OAUTH)
    assert settings.bot_token == "" and settings.oauth.client_id == "123.456"
    assert settings.oauth.scopes == BOT_SCOPES
    scoped = slack_settings(mode="http", env={**OAUTH, "SLACK_SCOPES": "commands, chat:write"})
    assert scoped.oauth.scopes == ("commands", "chat:write")


@pytest.mark.parametrize(("env", "mode", "says"), [
    ({"SLACK_CLIENT_ID": "123.456", "SLACK_SIGNING_SECRET": "sig"}, "http", "SLACK_CLIENT_SECRET mangler"),
    ({"SLACK_CLIENT_SECRET": "s", "SLACK_SIGNING_SECRET": "sig"}, "http", "SLACK_CLIENT_ID mangler"),
    ({**OAUTH, "SLACK_APP_TOKEN": "xapp-1"}, "socket", "kræver HTTP-tilstand"),
    ({"KLIK_DATABASE_URL": "mysql://db/klik"}, None, "KLIK_DATABASE_URL skal være en PostgreSQL-adresse"),
])
def test_a_wrong_many_workspace_setting_is_one_line(env, mode, says):
    with pytest.raises(ConfigError) as err:
        slack_settings(mode=mode, env=env) if mode else store_location(env)
    assert says in str(err.value) and "\n" not in str(err.value)


def test_database_url_wins_over_the_file():
    url = "postgresql://klik@db.example.dk/klik"
    assert store_location({"KLIK_DATABASE_URL": url, "KLIK_DB": "/data/klik.json"}) == url
    assert str(store_location({"KLIK_DB": "/data/klik.json"})) == "/data/klik.json"


def _installation(team: str, **extra) -> Installation:
    return Installation(app_id="A1", team_id=team, team_name=f"Kommune {team}", bot_token=f"xoxb-{team}",
                        bot_id=f"B{team}", bot_user_id=f"U{team}", bot_scopes=["commands", "chat:write"],
                        user_id="U0ADMIN", installed_at=time.time(), **extra)


def test_installation_store_round_trip(durable_store):
    installations = StoreInstallationStore(durable_store)
    installations.save(_installation("T1", bot_refresh_token="xoxe-1", bot_token_expires_in=43200))
    bot = installations.find_bot(enterprise_id=None, team_id="T1")
    assert (bot.bot_token, bot.bot_refresh_token) == ("xoxb-T1", "xoxe-1")
    assert bot.bot_scopes == ["commands", "chat:write"]
    assert bot.bot_token_expires_at > time.time() + 43000
    found = installations.find_installation(enterprise_id=None, team_id="T1")
    assert found.user_id == "U0ADMIN" and found.bot_token == "xoxb-T1" and found.team_name == "Kommune T1"
    assert installations.find_bot(enterprise_id=None, team_id="T2") is None
    installations.delete_all(enterprise_id=None, team_id="T1")
    assert installations.find_bot(enterprise_id=None, team_id="T1") is None
    assert [e["action"] for e in durable_store.history(team="T1")] == ["installed", "uninstalled"]


def test_oauth_state_is_good_once_and_expires(durable_store):
    states = StoreStateStore(durable_store, expiration_seconds=60)
    state = states.issue()
    assert states.consume(state) is True and states.consume(state) is False
    assert states.consume("made-up") is False
    stale = StoreStateStore(durable_store, expiration_seconds=-1).issue()
    assert states.consume(stale) is False


@pytest.mark.parametrize(("body", "team"), [
    ({"team_id": "T1", "command": "/klik"}, "T1"),
    ({"team": {"id": "T2"}, "user": {"team_id": "T9"}}, "T2"),
    ({"event": {"team": "T3"}}, "T3"),
    ({"user": {"team_id": "T4"}}, "T4"),
    ({}, None),
])
def test_payload_workspace_reads_fields_as_handlers_do(body, team):
    assert payload_workspace(body) == team


def test_workspace_list_and_forget(durable_store):
    env = ({"KLIK_DATABASE_URL": durable_store.backend.url} if durable_store.path is None
           else {"KLIK_DB": str(durable_store.path)})
    kb = KnowledgeBase.from_tasks(load_seeds())
    StoreInstallationStore(durable_store).save(_installation("TGONE"))
    for team in ("TGONE", "TSTAY"):
        set_golive(durable_store, team=team, name="KY - Bølge 3", day="2027-03-01", user="U1", command="t",
                   kb=kb)
    runner = CliRunner()
    listed = runner.invoke(cli, ["workspace", "list"], env=env)
    assert listed.exit_code == 0 and "TGONE" in listed.output and "Kommune TGONE" in listed.output
    assert "TSTAY" in listed.output and "ikke installeret" in listed.output
    refused = runner.invoke(cli, ["workspace", "forget", "TGONE"], env=env)
    assert refused.exit_code == 1 and "--yes" in refused.output
    done = runner.invoke(cli, ["workspace", "forget", "TGONE", "--yes"], env=env)
    assert done.exit_code == 0, done.output
    assert durable_store.all("golive", workspace="TGONE") == {}
    assert durable_store.all("golive", workspace="TSTAY")
    assert StoreInstallationStore(durable_store).find_bot(enterprise_id=None, team_id="TGONE") is None
    assert durable_store.history(team="TGONE")[-1]["action"] == "forgotten"
    unknown = runner.invoke(cli, ["workspace", "forget", "TNONE", "--yes"], env=env)
    assert unknown.exit_code == 1 and "ingen data" in unknown.output


def test_klik_db_naming_a_folder_says_to_name_the_file(tmp_path):
    with pytest.raises(ConfigError) as err:
        store_location({"KLIK_DB": str(tmp_path)})
    assert f"KLIK_DB={tmp_path / 'klik.json'}" in str(err.value) and "\n" not in str(err.value)
