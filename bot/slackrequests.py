"""Requests shaped and signed exactly as Slack sends them (slash commands, event callbacks, button
clicks), for the local console, the end-to-end tests and the benchmark."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from bot.localslack import BOT_USER

APP_ID = "AKLIKLOCAL"
_ids = itertools.count(1)


def sign(secret: str, body: str, *, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 signature headers: HMAC-SHA256 over 'v0:<timestamp>:<body>'."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def form(fields: dict[str, Any]) -> tuple[str, str]:
    return urlencode(fields), "application/x-www-form-urlencoded"


def slash_command(text: str, *, team: str, user: str, channel: str, response_url: str,
                  command: str = "/klik", user_name: str = "") -> tuple[str, str]:
    """The form-encoded body Slack POSTs for `/klik <text>`."""
    return form({
        "token": "legacy-verification-token", "team_id": team, "team_domain": team.lower(),
        "channel_id": channel, "channel_name": "directmessage" if channel.startswith("D") else "general",
        "user_id": user, "user_name": user_name or user.lower(), "command": command, "text": text,
        "api_app_id": APP_ID, "is_enterprise_install": "false", "response_url": response_url,
        "trigger_id": f"{next(_ids)}.{int(time.time())}.trigger",
    })


def event_callback(event: dict[str, Any], *, team: str, event_id: str | None = None) -> tuple[str, str]:
    """The JSON body Slack POSTs for an Events API event."""
    body = {
        "token": "legacy-verification-token", "team_id": team, "api_app_id": APP_ID,
        "event": {"team": team, **event}, "type": "event_callback",
        "event_id": event_id or f"Ev{secrets.token_hex(5).upper()}", "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER,
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }
    return json.dumps(body, ensure_ascii=False), "application/json"


def message_ts() -> str:
    return f"{int(time.time())}.{next(_ids):06d}"


def mention(text: str, *, user: str, channel: str) -> dict[str, Any]:
    """An app_mention event: '@klik <text>' in a channel."""
    ts = message_ts()
    return {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": ts,
            "channel": channel, "event_ts": ts}


def direct_message(text: str, *, user: str, channel: str) -> dict[str, Any]:
    """A message.im event: a user writes to the bot in their DM with it."""
    ts = message_ts()
    return {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
            "event_ts": ts, "channel_type": "im"}


def button_click(*, action_id: str, value: str, team: str, user: str, channel: str, response_url: str,
                 message: dict[str, Any] | None = None, text: str = "") -> tuple[str, str]:
    """The `payload=` form body Slack POSTs when a user clicks a button. `message` is the message
    the button sits in (None for an ephemeral message, which Slack does not send back)."""
    container: dict[str, Any] = {"type": "message", "channel_id": channel,
                                 "message_ts": (message or {}).get("ts", message_ts()),
                                 "is_ephemeral": message is None}
    payload: dict[str, Any] = {
        "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": APP_ID, "token": "legacy-verification-token", "container": container,
        "trigger_id": f"{next(_ids)}.{int(time.time())}.trigger",
        "team": {"id": team, "domain": team.lower()},
        "enterprise": None, "is_enterprise_install": False, "channel": {"id": channel, "name": "general"},
        "state": {"values": {}}, "response_url": response_url,
        "actions": [{"action_id": action_id, "block_id": "b1", "value": value, "type": "button",
                     "text": {"type": "plain_text", "text": text or value}, "action_ts": message_ts()}],
    }
    if message is not None:
        payload["message"] = message
    return form({"payload": json.dumps(payload, ensure_ascii=False)})


def home_opened(*, user: str) -> dict[str, Any]:
    """The app_home_opened event Slack sends when a user opens the app's Home tab."""
    return {"type": "app_home_opened", "user": user, "channel": "D" + user[1:], "tab": "home",
            "event_ts": message_ts()}


def _interaction(payload: dict[str, Any], *, team: str, user: str) -> tuple[str, str]:
    payload = {"user": {"id": user, "username": user.lower(), "team_id": team}, "api_app_id": APP_ID,
               "token": "legacy-verification-token", "team": {"id": team, "domain": team.lower()},
               "enterprise": None, "is_enterprise_install": False,
               "trigger_id": f"{next(_ids)}.{int(time.time())}.trigger", **payload}
    return form({"payload": json.dumps(payload, ensure_ascii=False)})


def home_button_click(*, action_id: str, value: str, team: str, user: str, view_id: str = "VHOME")\
        -> tuple[str, str]:
    """A click on a button in the Home tab (a view, not a message: no channel, no response_url)."""
    return _interaction({
        "type": "block_actions", "container": {"type": "view", "view_id": view_id},
        "view": {"id": view_id, "type": "home", "blocks": [], "state": {"values": {}}},
        "actions": [{"action_id": action_id, "block_id": "b1", "value": value, "type": "button",
                     "text": {"type": "plain_text", "text": value}, "action_ts": message_ts()}],
    }, team=team, user=user)


def global_shortcut(callback_id: str, *, team: str, user: str) -> tuple[str, str]:
    """The payload Slack sends when a user picks the app's global shortcut (the ⚡ menu)."""
    return _interaction({"type": "shortcut", "callback_id": callback_id, "action_ts": message_ts()},
                        team=team, user=user)


def view_submission(view: dict[str, Any], values: dict[str, dict[str, dict[str, Any]]], *, team: str,
                    user: str) -> tuple[str, str]:
    """A modal's Submit: `values` is state.values as Slack sends it, {block_id: {action_id: value}}
    (a value is e.g. {"type": "users_select", "selected_user": "U1"})."""
    submitted = {**view, "id": view.get("id", "VMODAL"), "team_id": team, "state": {"values": values}}
    return _interaction({"type": "view_submission", "view": submitted}, team=team, user=user)
