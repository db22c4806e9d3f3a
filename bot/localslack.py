"""A stand-in for the Slack Web API on 127.0.0.1: answers like Slack and records every call, so the
tests and the local console can run the real app without a Slack account or the internet."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from pydantic import BaseModel

from bot.mrkdwn import local_user_name

BOT_USER = "UKLIKBOT"
BOT_ID = "BKLIKBOT"


class Call(BaseModel):
    """One request the app made: a Web API method (e.g. 'chat.postMessage') or 'response_url'."""

    method: str
    body: dict[str, Any]
    path: str = ""


class LocalSlack:
    """Threaded HTTP server: POST /api/<method> and POST /response/<id> (response_url)."""

    def __init__(self, *, team: str = "T0LOCAL", team_name: str = "Lokalt arbejdsrum"):
        self.team, self.team_name = team, team_name
        self.calls: list[Call] = []
        self.admins: set[str] = set()  # users whose users.info says is_admin
        self.users: dict[str, dict[str, Any]] = {}  # users.info overrides, e.g. {"U1": {"deleted": True}}
        self.missing_users: set[str] = set()  # users.info answers user_not_found for these
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL should be set to."""
        return f"{self.url}/api/"

    def response_url(self, name: str) -> str:
        return f"{self.url}/response/{name}"

    def start(self) -> LocalSlack:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        name="localslack", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalSlack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- what the app did -------------------------------------------------------------------

    def record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def calls_to(self, method: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, match: Callable[[Call], bool], *, count: int = 1, timeout: float = 5.0,
                 since: int = 0) -> list[Call]:
        """Block until `count` calls after index `since` match (or the timeout passes); returns
        the matching calls so far."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [c for c in self.calls[since:] if match(c)]
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    return found
                self._changed.wait(left)

    # --- answers that look like Slack's ------------------------------------------------------

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def answer(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel")
        if method == "auth.test":
            return {"ok": True, "url": "https://klik-lokal.slack.com/", "team": self.team_name,
                    "user": "klik", "team_id": self.team, "user_id": BOT_USER, "bot_id": BOT_ID}
        if method == "chat.postMessage":
            ts = self.next_ts()
            message = {k: body[k] for k in ("text", "blocks", "thread_ts") if k in body}
            return {"ok": True, "channel": channel, "ts": ts,
                    "message": {"type": "message", "user": BOT_USER, "bot_id": BOT_ID, "ts": ts, **message}}
        if method == "chat.update":
            return {"ok": True, "channel": channel, "ts": body.get("ts"), "text": body.get("text", "")}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self.next_ts()}
        if method == "conversations.open":
            users = str(body.get("users", "")).split(",")[0]
            return {"ok": True, "channel": {"id": "D" + users.lstrip("U"), "is_im": True}}
        if method == "users.info":
            user = body.get("user", "")
            if user in self.missing_users:
                return {"ok": False, "error": "user_not_found"}
            # The person at the console runs the local install, so they administer it.
            admin = user in self.admins or local_user_name(user) is not None
            return {"ok": True, "user": {"id": user, "team_id": self.team, "name": user.lower(),
                                         "real_name": user, "deleted": False, "is_bot": False,
                                         "tz": "Europe/Copenhagen", "is_admin": admin,
                                         **self.users.get(user, {})}}
        if method.startswith("views."):
            view = body.get("view")
            view = json.loads(view) if isinstance(view, str) else (view or {})
            return {"ok": True, "view": {"id": "V" + self.next_ts().replace(".", ""), **view}}
        return {"ok": True}


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    text = raw.decode("utf-8")
    if "json" in content_type:
        return json.loads(text) if text.strip() else {}
    body: dict[str, Any] = dict(parse_qsl(text, keep_blank_values=True))
    for key in ("blocks", "attachments", "view", "metadata"):  # the SDK sends these JSON-encoded
        if isinstance(body.get(key), str):
            try:
                body[key] = json.loads(body[key])
            except ValueError:
                pass
    return body


def _handler_for(fake: LocalSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test and console output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = _parse_body(self.rfile.read(length), self.headers.get("Content-Type", ""))
            path = self.path.split("?")[0]
            if path.startswith("/api/"):
                method = path.removeprefix("/api/")
                answer = fake.answer(method, body)
            elif path.startswith("/response/"):
                method, answer = "response_url", None
            else:
                self.send_error(404)
                return
            fake.record(Call(method=method, body=body, path=path))
            payload = json.dumps(answer).encode() if answer is not None else b"ok"
            self.send_response(200)
            self.send_header("Content-Type", "application/json" if answer is not None else "text/plain")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler
