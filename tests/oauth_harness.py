"""The app in "many workspaces" mode over real HTTP on 127.0.0.1: bolt's OAuth flow against the fake
Slack in tests/slack_workspaces.py, on a TinyDB or PostgreSQL store, plus the browser steps of
"Add to Slack" (install page, state cookie, redirect back)."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from conftest import SECRET, SlackClientSim, sample_tasks
from slack_workspaces import CLIENT_ID, CLIENT_SECRET, SlackWorkspaces

from bot.config import SlackSettings
from bot.installations import OAuthConfig
from bot.runtime.app import create_app
from bot.runtime.server import PATH, SlackHTTPServer
from bot.store import Store

COOKIE = "slack-app-oauth-state"


@dataclass
class Page:
    status: int
    headers: dict[str, str]
    body: str


@dataclass
class Deployment:
    """One running instance of the app in OAuth mode."""

    app: Any
    server: SlackHTTPServer
    fake: SlackWorkspaces
    store: Store

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def get(self, path: str, *, cookie: str | None = None) -> Page:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        res = conn.getresponse()
        page = Page(res.status, {k.lower(): v for k, v in res.getheaders()}, res.read().decode())
        conn.close()
        return page

    def start_install(self) -> tuple[str, str]:
        """Open /slack/install as a browser would: the state in Slack's authorize link, and the
        cookie bolt set to bind that state to this browser."""
        page = self.get("/slack/install")
        assert page.status == 200, page
        link = unescape(re.search(r'href="(https://slack\.com/oauth/v2/authorize[^"]+)"', page.body)[1])
        query = parse_qs(urlparse(link).query)
        assert query["client_id"] == [CLIENT_ID]
        cookie = page.headers["set-cookie"].split(";")[0]
        return query["state"][0], cookie

    def install(self, team: str, *, installer: str = "U0ADMIN") -> Page:
        """The whole "Add to Slack": install page, Allow in Slack, redirect back with code and state."""
        state, cookie = self.start_install()
        code = self.fake.authorize(team, installer=installer)
        return self.get("/slack/oauth_redirect?" + urlencode({"code": code, "state": state}), cookie=cookie)

    def slack(self, team: str) -> SlackClientSim:
        """Slack's side for requests from workspace `team`, signed with the app's signing secret."""
        return SlackClientSim(url=f"{self.base}{PATH}", fake=self.fake, team=team)


@contextmanager
def deployment(store: Store, fake: SlackWorkspaces, *, knowledge=None) -> Iterator[Deployment]:
    from knowledge.base import KnowledgeBase

    kb = KnowledgeBase.from_tasks(sample_tasks())
    settings = SlackSettings(signing_secret=SECRET, api_url=fake.api_url, port=0, db=store.path,
                             oauth=OAuthConfig(client_id=CLIENT_ID, client_secret=CLIENT_SECRET))
    app = create_app(settings=settings, store=store, knowledge=knowledge or (lambda: kb))
    server = SlackHTTPServer(app, host="127.0.0.1", port=0)
    server.start_background()
    try:
        yield Deployment(app=app, server=server, fake=fake, store=store)
    finally:
        server.stop()
