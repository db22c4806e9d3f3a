"""Shared fixtures: the real Slack app in HTTP mode on 127.0.0.1 with a fake Slack Web API, and
requests signed exactly as Slack signs them."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pgtest import durable_store, every_store, pg_url  # noqa: F401  (fixtures: PostgreSQL schema, store per backend)

from bot import slackrequests as sr
from bot.config import SlackSettings
from bot.localslack import LocalSlack
from bot.runtime.app import create_app
from bot.runtime.server import PATH, SlackHTTPServer
from bot.store import Store

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path_factory, monkeypatch):
    """`klik --help` keeps the /klik words in the user's cache folder: not the real one in tests."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
TOKEN = "xoxb-test-token"


@dataclass
class Response:
    status: int
    text: str

    def json(self) -> dict[str, Any]:
        return json.loads(self.text)


class SlackClientSim:
    """Plays Slack's side: signs and POSTs requests to the app, like Slack's servers do."""

    def __init__(self, *, url: str, fake: LocalSlack, secret: str = SECRET, team: str = "T0TEST"):
        self.url, self.fake, self.secret, self.team = url, fake, secret, team
        self._responses = 0

    def post(self, body: str, content_type: str, *, headers: dict[str, str] | None = None,
             signed: bool = True, timestamp: int | None = None, secret: str | None = None) -> Response:
        all_headers = {"Content-Type": content_type}
        if signed:
            all_headers |= sr.sign(secret or self.secret, body, timestamp=timestamp)
        all_headers |= headers or {}
        req = urllib.request.Request(self.url, data=body.encode(), headers=all_headers, method="POST")
        try:
            # generous: a loaded CI machine may take seconds for a long question; 10 s timed out
            with urllib.request.urlopen(req, timeout=60) as res:
                return Response(res.status, res.read().decode())
        except urllib.error.HTTPError as err:
            return Response(err.code, err.read().decode())

    def response_url(self) -> str:
        self._responses += 1
        return self.fake.response_url(f"r{self._responses}")

    def command(self, text: str, *, user: str = "U0ALICE", channel: str = "C0KLIK",
                team: str | None = None) -> Response:
        """`/klik <text>` typed by `user` in `channel`."""
        body, ctype = sr.slash_command(text, team=team or self.team, user=user, channel=channel,
                                       response_url=self.response_url())
        return self.post(body, ctype)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None,
              team: str | None = None) -> Response:
        body, ctype = sr.event_callback(event, team=team or self.team, event_id=event_id)
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(body, ctype, headers=headers)

    def click(self, action_id: str, value: str, *, user: str = "U0ALICE", channel: str = "C0KLIK",
              message: dict[str, Any] | None = None, team: str | None = None) -> tuple[Response, str]:
        """Click a button; returns the HTTP response and the response_url Slack gave the app."""
        response_url = self.response_url()
        body, ctype = sr.button_click(action_id=action_id, value=value, team=team or self.team, user=user,
                                      channel=channel, response_url=response_url, message=message)
        return self.post(body, ctype), response_url


    def open_home(self, *, user: str = "U0ALICE") -> Response:
        return self.event(sr.home_opened(user=user))

    def home_click(self, action_id: str, value: str, *, user: str = "U0ALICE") -> Response:
        body, ctype = sr.home_button_click(action_id=action_id, value=value, team=self.team, user=user)
        return self.post(body, ctype)

    def shortcut(self, callback_id: str, *, user: str = "U0ALICE") -> Response:
        body, ctype = sr.global_shortcut(callback_id, team=self.team, user=user)
        return self.post(body, ctype)

    def submit(self, view: dict[str, Any], values: dict[str, Any], *, user: str = "U0ALICE") -> Response:
        body, ctype = sr.view_submission(view, values, team=self.team, user=user)
        return self.post(body, ctype)


@dataclass
class SlackHarness:
    """The running app and everything around it."""

    app: Any
    server: SlackHTTPServer
    fake: LocalSlack
    store: Store
    slack: SlackClientSim
    location: Any = None  # the TinyDB file or the PostgreSQL URL the store lives at

    def reopen(self) -> Store:
        """A second, fresh Store on the same data (as another process would open it)."""
        other = Store(self.location)
        self._opened.append(other)
        return other

    def cli_env(self) -> dict[str, str]:
        """Environment for a `klik` CLI process on the same store."""
        if isinstance(self.location, str):
            return {"KLIK_DATABASE_URL": self.location}
        return {"KLIK_DB": str(self.location)}

    def __post_init__(self) -> None:
        self._opened: list[Store] = []


def sample_tasks():
    """The shipped seeds (433, eFaktura 8b) plus 20 small tasks (500-519) for load and escaping."""
    from knowledge.base import load_seeds
    from knowledge.models import MethodStep, Task

    many = [Task(id=str(500 + i), title=f"Testopgave {i} <!channel>", project="KY", waves=["KY - Bølge 3"],
                 method_steps=[MethodStep(number=n, text=f"Trin {n}") for n in (1, 2, 3)]) for i in range(20)]
    return [*load_seeds(), *many]


@pytest.fixture
def slack_tasks():
    """The tasks the app in `slack_app` knows; override this fixture in a module for others."""
    return sample_tasks()


@pytest.fixture
def slack_app(tmp_path, slack_tasks, durable_store) -> Iterator[SlackHarness]:  # noqa: F811
    """The real app (bot.runtime.app.create_app) served over HTTP on 127.0.0.1, talking to a fake Slack
    Web API, with a fresh store (a TinyDB file, and a PostgreSQL schema when there is a test
    server) and the test tasks."""
    from knowledge.base import KnowledgeBase

    with LocalSlack() as fake:
        store = durable_store
        settings = SlackSettings(bot_token=TOKEN, signing_secret=SECRET, api_url=fake.api_url, port=0,
                                 db=store.path)
        kb = KnowledgeBase.from_tasks(slack_tasks)
        app = create_app(settings=settings, store=store, knowledge=lambda: kb)
        server = SlackHTTPServer(app, host="127.0.0.1", port=0)
        server.start_background()
        try:
            sim = SlackClientSim(url=f"http://127.0.0.1:{server.port}{PATH}", fake=fake)
            location = store.path or getattr(store.backend, "url", None)
            harness = SlackHarness(app=app, server=server, fake=fake, store=store, slack=sim,
                                   location=location)
            yield harness
        finally:
            server.stop()
            for other in harness._opened:
                other.backend.close()


@pytest.fixture(scope="module")
def kb(request):
    """The knowledge of the test module's TASKS (a module that builds its knowledge otherwise defines kb)."""
    from knowledge.base import KnowledgeBase

    return KnowledgeBase(tasks=request.module.TASKS)


@pytest.fixture(scope="module")
def index(kb):
    from knowledge.index import index_for

    return index_for(kb)


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    """A fresh KLIK_DB for CLI tests, in workspace T1."""
    path = tmp_path / "db" / "klik.json"
    monkeypatch.setenv("KLIK_DB", str(path))
    monkeypatch.setenv("KLIK_TEAM", "T1")
    return path


@pytest.fixture
def klik(tmp_path, monkeypatch):
    """`klik SUB …` through click on a fresh KLIK_DB, as user mette in workspace T1: returns its output
    and checks the exit code."""
    from click.testing import CliRunner

    from bot.cli import cli, slash

    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_TEAM", "T1")
    monkeypatch.setenv("KLIK_USER", "mette")
    slash._console.cache_clear()

    def run(*args: str, code: int = 0) -> str:
        result = CliRunner().invoke(cli, list(args))
        assert result.exit_code == code, result.output
        return result.output

    yield run
    if slash._console.cache_info().currsize:
        slash._console().close()
    slash._console.cache_clear()
