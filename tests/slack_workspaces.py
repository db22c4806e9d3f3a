"""A fake Slack for many workspaces on 127.0.0.1: the OAuth v2 endpoints (oauth.v2.access for a
code and for a refresh token), auth.test per token, and the Web API methods of bot.localslack,
each call recorded with the token it came with. Tokens are Slack-shaped and per workspace; a
revoked or unknown token gets `invalid_auth`, as from Slack."""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from bot.localslack import Call as LocalCall
from bot.localslack import LocalSlack

CLIENT_ID = "1234567890.987654321"
CLIENT_SECRET = "c1i3nt5ecr3t"


@dataclass
class Workspace:
    team: str
    name: str
    installer: str = "U0ADMIN"
    tokens: set[str] = field(default_factory=set)


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    token: str | None
    team: str | None  # the workspace the token belongs to


class SlackWorkspaces(LocalSlack):
    """`authorize(team)` plays the user who clicks Allow: it returns the code Slack would put on the
    redirect. With `rotation=True`, tokens expire after `expires_in` seconds and come with a
    refresh token, like an app with token rotation turned on."""

    def __init__(self, *, rotation: bool = False, expires_in: int = 43200):
        super().__init__()
        self.rotation, self.expires_in = rotation, expires_in
        self.workspaces: dict[str, Workspace] = {}
        self.token_team: dict[str, str] = {}
        self.codes: dict[str, str] = {}
        self.refresh: dict[str, str] = {}
        self.api_calls: list[Call] = []
        self._lock = threading.Lock()
        self._n = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True

    def workspace(self, team: str, name: str | None = None) -> Workspace:
        return self.workspaces.setdefault(team, Workspace(team=team, name=name or f"Kommune {team}"))

    def authorize(self, team: str, *, installer: str = "U0ADMIN") -> str:
        ws = self.workspace(team)
        ws.installer = installer
        code = f"code-{secrets.token_hex(6)}"
        self.codes[code] = team
        return code

    def revoke(self, team: str) -> None:
        """The workspace uninstalled the app: its tokens stop working."""
        with self._lock:
            for token in self.workspace(team).tokens:
                self.token_team.pop(token, None)

    def record_response(self, path: str, body: dict[str, Any]) -> None:
        self.record(LocalCall(method="response_url", body=body, path=path))  # as LocalSlack does

    def calls_for(self, method: str, team: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self.api_calls if c.method == method and (team is None or c.team == team)]

    def _new_token(self, team: str) -> dict[str, Any]:
        token = f"xoxb-{team}-{next(self._n)}-{secrets.token_hex(4)}"
        self.token_team[token] = team
        self.workspace(team).tokens.add(token)
        grant: dict[str, Any] = {"access_token": token}
        if self.rotation:
            refresh = f"xoxe-1-{secrets.token_hex(8)}"
            self.refresh[refresh] = team
            grant |= {"refresh_token": refresh, "expires_in": self.expires_in}
        return grant

    def oauth_access(self, body: dict[str, Any], auth: str | None) -> dict[str, Any]:
        client_id, _, secret = (auth or "").partition(":")
        client_id, secret = client_id or body.get("client_id"), secret or body.get("client_secret")
        if (client_id, secret) != (CLIENT_ID, CLIENT_SECRET):
            return {"ok": False, "error": "invalid_client_id"}
        with self._lock:
            if body.get("grant_type") == "refresh_token":
                team = self.refresh.pop(body.get("refresh_token", ""), None)
                if team is None:
                    return {"ok": False, "error": "invalid_refresh_token"}
                return {"ok": True, "token_type": "bot", "team": {"id": team}, **self._new_token(team)}
            team = self.codes.pop(body.get("code", ""), None)
            if team is None:
                return {"ok": False, "error": "invalid_code"}
            ws = self.workspace(team)
            return {"ok": True, "app_id": "A0KLIK", "token_type": "bot", "scope": "commands,chat:write",
                    "bot_user_id": f"UB{team}", "team": {"id": team, "name": ws.name}, "enterprise": None,
                    "is_enterprise_install": False, "authed_user": {"id": ws.installer},
                    **self._new_token(team)}

    def api(self, method: str, body: dict[str, Any], token: str | None, basic: str | None) -> dict[str, Any]:
        if method == "oauth.v2.access":
            return self.oauth_access(body, basic)
        token = token or body.get("token")
        team = self.token_team.get(token or "")
        with self._lock:
            self.api_calls.append(Call(method=method, body=body, token=token, team=team))
        if team is None:
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {"ok": True, "url": f"https://{team.lower()}.slack.com/", "user": "klik",
                    "team": self.workspaces[team].name, "team_id": team, "user_id": f"UB{team}",
                    "bot_id": f"B{team}", "is_enterprise_install": False}
        return self.answer(method, body)


def _handler(fake: SlackWorkspaces) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            ctype = self.headers.get("Content-Type", "")
            body = json.loads(raw or "{}") if "json" in ctype else dict(parse_qsl(raw))
            auth = self.headers.get("Authorization", "")
            bearer = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None
            basic = base64.b64decode(auth[6:]).decode() if auth.startswith("Basic ") else None
            path = self.path.split("?")[0]
            if path.startswith("/response/"):
                fake.record_response(path, body)
                answer: Any = "ok"
            else:
                answer = fake.api(path.removeprefix("/api/"), body, bearer, basic)
            data = (answer if isinstance(answer, str) else json.dumps(answer)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def wait_until(check, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()
