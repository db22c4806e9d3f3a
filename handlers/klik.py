"""The Slack plumbing for /klik: the slash command, the buttons, the help and the one error handler."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import App, BoltResponse

from handlers.registry import CommandContext, Registry, Reply, commands, split_args
from handlers.replies import error_text, help_reply, reply_target
from knowledge.errors import KlikError
from knowledge.qa.messages import text as message

log = logging.getLogger("klik")


def register(app: App) -> None:
    """The help, and /klik itself: registered before every other listener, because bolt tries the
    listeners in order, each matcher a few calls (a command went past ~20 of them)."""
    reg = commands(app)

    @reg.command("hjælp", "help", summary="help_help")
    def help_(ctx: CommandContext) -> Reply:
        return help_reply(reg)

    @app.command("/klik")
    def klik_command(ack, command: dict[str, Any], client) -> None:
        # The work is fast (a few ms), so the change is stored before Slack gets the ack and the
        # reply rides on the ack itself: an acknowledged change is never lost.
        text = command.get("text", "")
        ctx = CommandContext(services=reg.services, team=command["team_id"], user=command["user_id"],
                             channel=command.get("channel_id"), command=f"/klik {text}".strip(),
                             client=client, trigger_id=command.get("trigger_id"))
        reply = reg.run_text(text, ctx)
        ack(response_type="in_channel" if reply.public else "ephemeral", **reply.message())
        reg.finished(ctx, reply)


def connect(app: App) -> None:
    """Wire the buttons and the error handler; called once all feature modules have registered."""
    reg = commands(app)
    for action_id, func in reg.buttons.items():
        app.action(action_id)(_button_listener(reg, func))

    app.error(_on_error)


def _button_listener(reg: Registry, func):
    def on_click(ack, body: dict[str, Any], action: dict[str, Any], client, respond) -> None:
        value = action.get("value", "")
        label = (action.get("text") or {}).get("text", action["action_id"])
        ctx = CommandContext(services=reg.services, team=_team_of(body), user=body["user"]["id"],
                             channel=(body.get("channel") or {}).get("id"), args=split_args(value),
                             text=value, command=message("button_command", "da", label=label),
                             word=action["action_id"], client=client,
                             trigger_id=body.get("trigger_id"))
        reply = func(ctx)  # stored before the ack, like a slash command
        ack()
        update_in_place(body, reply, client=client, respond=respond)
        reg.finished(ctx, reply)

    on_click.__name__ = f"on_click_{func.__name__}"
    return on_click


def update_in_place(body: dict[str, Any], reply: Reply, *, client, respond) -> None:
    """Replace the message the button sat in: chat.update for a real message (its response_url
    expires after 30 minutes), the response_url for an ephemeral one (chat.update cannot)."""
    container = body.get("container") or {}
    if body.get("message") and not container.get("is_ephemeral"):
        client.chat_update(channel=container["channel_id"], ts=container["message_ts"], **reply.message())
    else:
        respond(replace_original=True, **reply.message())


def _team_of(body: dict[str, Any]) -> str:
    return (body.get("team") or {}).get("id") or body.get("team_id") or body["user"].get("team_id", "")


def _on_error(error: Exception, body: dict[str, Any], request, response, respond, client):
    """KlikError: its message to the user. Anything else: logged, and a short apology."""
    if not isinstance(error, KlikError):
        log.error("unexpected error handling %s", body.get("type") or body.get("command"), exc_info=error)
    text = error_text(error)
    acked = request.context.ack.response is not None
    if body.get("command"):
        if not acked and response is not None:
            return BoltResponse(status=200, headers={"content-type": ["application/json;charset=utf-8"]},
                                body=json.dumps({"response_type": "ephemeral", "text": text}))
        respond(text=text, response_type="ephemeral")
    elif body.get("type") == "block_actions":
        respond(text=text, response_type="ephemeral", replace_original=False)
        if not acked and response is not None:
            return BoltResponse(status=200, body="")
    elif body.get("type") == "event_callback" and body.get("event", {}).get("channel"):
        channel, thread_ts = reply_target(body["event"])
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
    return None
