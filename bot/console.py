"""The local console: the very same Slack app, driven from a terminal. It sends the app signed
requests exactly as Slack would, catches what the app answers (the ack body and the calls it makes
to a local stand-in for the Slack Web API) and prints it the way a person sees it in Slack."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from slack_bolt import BoltRequest

from bot import slackrequests as sr
from bot.config import SlackSettings, default_team, local_user
from bot.localslack import Call, LocalSlack
from bot.mrkdwn import local_user_id, local_user_name  # noqa: F401 (the console's users)
from bot.runtime.app import create_app
from bot.store import Store

WAIT = 10.0  # seconds to wait for an answer the app posts after its ack (normally a few ms)


@dataclass
class Shown:
    """One message as the console shows it, with the buttons it offers."""

    text: str
    ephemeral: bool = False
    buttons: list[dict[str, Any]] = field(default_factory=list)
    message: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # "command", "dm" or "button"

    def render(self) -> str:
        who = "klik-bot (kun synlig for dig)" if self.ephemeral else "klik-bot"
        return f"{who}:\n{self.text}"


class Console:
    """`klik say` / `klik chat`: one local user in one workspace, talking to the app in a DM."""

    def __init__(self, store: Store, *, knowledge: Callable[[], Any] | None = None, team: str | None = None,
                 user: str | None = None, now: Callable[[], datetime] | None = None):
        self.store = store
        self.team = team or default_team(store)
        self.user_name = user or local_user()
        self.user = local_user_id(self.user_name)
        self.channel = "D" + self.user[1:12]
        self.secret = secrets.token_hex(16)
        self.fake = LocalSlack(team=self.team).start()
        settings = SlackSettings(bot_token="xoxb-local-console", signing_secret=self.secret,
                                 api_url=self.fake.api_url, port=0, db=store.path)
        try:
            self.app = create_app(settings=settings, store=store, knowledge=knowledge, now=now)
        except BaseException:
            self.fake.stop()
            raise
        self.last: Shown | None = None

    def close(self) -> None:
        self.fake.stop()

    def __enter__(self) -> Console:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- what a user does ---------------------------------------------------------------------

    def send(self, text: str) -> Shown:
        """`/klik ...` is a slash command; anything else is a DM to the bot. A line in brackets,
        e.g. `[Marker trin 3 som udført]`, presses that button in the last message."""
        text = text.strip()
        if text.startswith("[") and self.last is not None and self.last.buttons:
            return self.press(text.strip("[] "))
        if text == "/klik" or text.startswith("/klik "):
            return self.command(text.removeprefix("/klik").strip())
        return self.direct_message(text)

    def command(self, text: str) -> Shown:
        body, ctype = sr.slash_command(as_slack_would_send(text), team=self.team, user=self.user,
                                       channel=self.channel, user_name=self.user_name,
                                       response_url=self.fake.response_url("command"))
        status, answer = self._dispatch(body, ctype)
        if status != 200:
            return self._shown({"text": f"(Slack ville vise en fejl: HTTP {status})"}, "command",
                               ephemeral=True)
        message = json.loads(answer) if answer.strip().startswith("{") else {"text": answer}
        return self._shown(message, "command", ephemeral=message.get("response_type") != "in_channel")

    def direct_message(self, text: str) -> Shown:
        since = len(self.fake.calls)
        event = sr.direct_message(as_slack_would_send(text), user=self.user, channel=self.channel)
        body, ctype = sr.event_callback(event, team=self.team)
        self._dispatch(body, ctype)
        return self._posted(since, "dm", lambda c: c.method == "chat.postMessage"
                            and c.body.get("channel") == self.channel)

    def press(self, label: str) -> Shown:
        """Click the button labelled `label` in the last message shown."""
        assert self.last is not None
        wanted = label.casefold()
        button = next((b for b in self.last.buttons if b["text"]["text"].casefold() == wanted), None)
        if button is None:
            names = ", ".join(f"[{b['text']['text']}]" for b in self.last.buttons)
            return Shown(text=f"Der er ingen knap der hedder [{label}]. Knapperne er: {names}",
                         ephemeral=True)
        since = len(self.fake.calls)
        message = (None if self.last.ephemeral
                   else {"type": "message", "ts": sr.message_ts(), **self.last.message})
        body, ctype = sr.button_click(action_id=button["action_id"], value=button.get("value", ""),
                                      team=self.team, user=self.user, channel=self.channel,
                                      response_url=self.fake.response_url("button"), message=message,
                                      text=button["text"]["text"])
        self._dispatch(body, ctype)
        answers = {"response_url", "chat.update", "views.open"}
        return self._posted(since, "button", lambda c: c.method in answers, ephemeral=self.last.ephemeral)

    # --- plumbing -------------------------------------------------------------------------------

    def _dispatch(self, body: str, content_type: str) -> tuple[int, str]:
        headers = {"content-type": content_type, **sr.sign(self.secret, body)}
        response = self.app.dispatch(BoltRequest(body=body, headers=headers))
        return response.status, response.body if isinstance(response.body, str) else json.dumps(response.body)

    def _posted(self, since: int, source: str, match: Callable[[Call], bool], *,
                ephemeral: bool = False) -> Shown:
        calls = self.fake.wait_for(match, since=since, timeout=WAIT)
        if not calls:
            return Shown(text="(intet svar fra klik-bot)", ephemeral=True, source=source)
        call = calls[0]
        if call.method == "views.open":  # a modal: Slack would open a window to fill in
            view = call.body.get("view") or {}
            view = json.loads(view) if isinstance(view, str) else view
            title = (view.get("title") or {}).get("text", "")
            fields = ", ".join(b["label"]["text"] for b in view.get("blocks", []) if b.get("type") == "input")
            return Shown(text=f"(Slack åbner vinduet «{title}» med {fields or 'indhold'}; det kan ikke "
                              "udfyldes i terminalen. Skriv kommandoen i stedet; `/klik hjælp` viser dem.)",
                         ephemeral=True, source=source)
        is_ephemeral = ephemeral or call.body.get("response_type") == "ephemeral"
        if call.method == "response_url" and call.body.get("replace_original") is False:
            is_ephemeral = True
        return self._shown(call.body, source, ephemeral=is_ephemeral)

    def _shown(self, message: dict[str, Any], source: str, *, ephemeral: bool) -> Shown:
        shown = Shown(text=as_text(message), ephemeral=ephemeral, buttons=buttons_of(message),
                      message={k: message[k] for k in ("text", "blocks") if k in message}, source=source)
        if shown.buttons or source != "button":
            self.last = shown
        return shown


# --- what Slack's client does to what you type, and how it shows messages -----------------------

_TYPED_MENTION = re.compile(r"(?<![\w<@])@([^\W\d][\w.\-]*)")


def as_slack_would_send(text: str) -> str:
    """Slack (with escaping on, as in our manifest) sends a typed @name as <@USERID|name>."""
    return _TYPED_MENTION.sub(lambda m: f"<@{local_user_id(m[1])}|{m[1]}>", text)


_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def mrkdwn_to_text(text: str) -> str:
    """Slack mrkdwn as a reader sees it: mentions as @name, links as 'label (url)', no markup."""

    def link(m: re.Match) -> str:
        target, label = m[1], m[2]
        if target.startswith("@"):
            return "@" + (label or local_user_name(target[1:]) or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^")[0])
        return f"{label} ({target})" if label else target

    text = _LINK.sub(link, text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def buttons_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for block in message.get("blocks") or []:
        if block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
        found += [e for e in block.get("elements", []) if e.get("type") == "button"]
    return found


def as_text(message: dict[str, Any]) -> str:
    """A message (text + Block Kit) as readable text; buttons as [Label]."""
    blocks = message.get("blocks") or []
    if not blocks:
        return mrkdwn_to_text(message.get("text", ""))
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = block["text"]["text"]
            lines += [title, "═" * min(len(title), 72)]
        elif kind == "section":
            if block.get("text"):
                lines.append(mrkdwn_to_text(block["text"]["text"]))
            for f in block.get("fields", []):
                label, _, value = mrkdwn_to_text(f["text"]).partition("\n")
                lines.append(f"{label}: {value}" if value else label)
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "button":
                lines[-1] += f"  [{accessory['text']['text']}]"
        elif kind == "context":
            lines += ["  " + mrkdwn_to_text(e.get("text", "")) for e in block.get("elements", [])]
        elif kind == "divider":
            lines.append("─" * 40)
        elif kind == "actions":
            lines.append("  ".join(f"[{e['text']['text']}]" for e in block.get("elements", [])
                                   if e.get("type") == "button"))
    return "\n".join(lines)
