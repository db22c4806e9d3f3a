"""The Slack app factory: one bolt App with the Slack layer's listeners (from the edge), built the
same way for `klik serve`, `klik socket`, the local console and the tests.

The App runs with `process_before_response=True`: a slash command or button is answered only after
its change is stored (the reply rides on the HTTP response), so Slack never sees an error for a
change that was made; slow work (answers to mentions and DMs) runs in lazy listeners after the ack.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient

from bot.config import ConfigError, SlackSettings
from bot.delivery import claim_event
from bot.runtime.edge import SlackEdge, load_edge
from bot.store import Store
from bot.store.claims import SharedClaims
from bot.workspaces import same_workspace

log = logging.getLogger("klik")
REPLAY_WINDOW = 5 * 60  # seconds: Slack's own limit on a request's timestamp
_RUNTIMES: weakref.WeakKeyDictionary[App, Runtime] = weakref.WeakKeyDictionary()


class Runtime:
    """What a running app needs besides bolt: the store, the edge, and the services the edge's
    listeners use (`.knowledge()` and `.now()`, read at each use: tests replace the clock)."""

    def __init__(self, *, store: Store, services: Any, edge: SlackEdge):
        self.store, self.services, self.edge = store, services, edge

    def knowledge(self):
        return self.services.knowledge()

    def now(self) -> datetime:
        return self.services.now()


def runtime_of(app: App) -> Runtime:
    return _RUNTIMES[app]


def web_client(settings: SlackSettings) -> WebClient:
    """A Web API client that never repeats a request on its own: a post whose connection dropped
    may already be in the channel, so retrying it blindly would post it twice."""
    return WebClient(token=settings.bot_token or None, base_url=settings.api_url, timeout=10,
                     retry_handlers=[])


def create_app(*, settings: SlackSettings, store: Store, knowledge: Callable[[], Any] | None = None,
               now: Callable[[], datetime] | None = None, edge: SlackEdge | None = None) -> App:
    """Build the app. `knowledge` returns the current KnowledgeBase (default: bot.catalog's, rebuilt
    when imported tasks change); `now` is the clock (tests fix it); `edge` the Slack layer
    (default: the installed one, handlers/)."""
    if knowledge is None:
        from bot.catalog import load_knowledge

        def knowledge():
            return load_knowledge(store)

    edge = edge or load_edge()
    now = now or (lambda: datetime.now(UTC))
    if settings.oauth is not None:  # many workspaces: each request runs on its workspace's token
        from bot.installations import bolt_oauth

        client = web_client(settings)
        app = App(client=client, signing_secret=settings.signing_secret, name="klik-bot", logger=log,
                  process_before_response=True, **bolt_oauth(settings.oauth, store, client=client))
        app.enable_token_revocation_listeners()
        return _install(app, store=store, knowledge=knowledge, now=now, edge=edge)
    try:
        # auth.test at start-up: a wrong token stops `klik serve` here, not at the first request.
        with _quiet(log, "As you gave `client`"):  # bolt also reads SLACK_BOT_TOKEN; same token
            app = App(client=web_client(settings), signing_secret=settings.signing_secret, name="klik-bot",
                      logger=log, process_before_response=True)
    except BoltError as exc:
        code = re.search(r"'error': '([\w.]+)'", str(exc))
        raise ConfigError(f"Slack afviste SLACK_BOT_TOKEN ({code[1] if code else exc}); kopiér "
                          "'Bot User OAuth Token' igen fra OAuth & Permissions og geninstallér "
                          "appen.") from None
    except OSError as exc:
        raise ConfigError(f"Kan ikke nå Slack på {settings.api_url} ({exc}); tjek netværket eller "
                          "SLACK_API_URL.") from None
    return _install(app, store=store, knowledge=knowledge, now=now, edge=edge)


def _install(app: App, *, store: Store, knowledge: Callable[[], Any], now: Callable[[], datetime],
             edge: SlackEdge) -> App:
    app.middleware(same_workspace)  # a request acts only for the workspace bolt authorized
    app.middleware(ReplayGuard(store=store))
    app.middleware(_skip_retried_events(store))
    app.middleware(_respond_never_fails)
    services = edge.install(app, store=store, knowledge=knowledge, now=now)
    _RUNTIMES[app] = Runtime(store=store, services=services, edge=edge)
    return app


def start_reminders(app: App, store: Store, *, interval: float | None = None):
    """The reminder scheduler for a running app: its client, knowledge and clock, and the reminder
    Block Kit from the edge (bot/runtime/scheduler.py itself knows nothing of Slack's layout)."""
    from bot.runtime.scheduler import INTERVAL_SECONDS, start_scheduler

    runtime = runtime_of(app)
    workspaces = None
    if app.oauth_flow is not None:  # many workspaces: each one's reminders on its own token
        from bot.installations import Workspaces

        oauth = app.oauth_flow.settings
        workspaces = Workspaces(store, client_id=oauth.client_id, client_secret=oauth.client_secret,
                                base_client=app.client)
    return start_scheduler(store=store, knowledge=runtime.knowledge, client=app.client, now=runtime.now,
                           render=runtime.edge.reminder_message, interval=interval or INTERVAL_SECONDS,
                           workspaces=workspaces)


@contextlib.contextmanager
def _quiet(logger: logging.Logger, prefix: str):
    """Drop one known, harmless log line while the App is built."""

    def keep(record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(prefix)

    logger.addFilter(keep)
    try:
        yield
    finally:
        logger.removeFilter(keep)


class ReplayGuard:
    """Refuse a slash command or button click whose signature was already seen within Slack's
    5-minute window: someone resending a captured request must not repeat its change. Runs after
    bolt has verified the signature, so only genuine requests are remembered."""

    def __init__(self, window: float = REPLAY_WINDOW, *, store: Store | None = None):
        self.window = window
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        # Signatures outlive the process: a store that several instances share (PostgreSQL)
        # remembers them for all of them (a replay to another instance behind the load balancer is
        # refused there too); the file store keeps them in a file beside the database, so a replay
        # after a restart, or to another process on the same KLIK_DB, is refused as well.
        self._claims = None
        if store is not None and getattr(store.backend, "shared", False):
            self._claims = SharedClaims(store, "replays", keep=window)
        elif store is not None and store.path is not None:
            from bot.runtime.replay import FileReplayLog

            self._claims = FileReplayLog(store.path.with_name(store.path.name + ".replays"), keep=window)

    def __call__(self, req, body: dict, next: Callable[[], None]) -> BoltResponse | None:
        signature = (req.headers.get("x-slack-signature") or [None])[0]
        if req.mode == "http" and signature and body.get("type") != "event_callback":
            if not self._first(signature, time.monotonic()):
                log.warning("afviste en gentaget forespørgsel (samme signatur inden for 5 minutter)")
                return BoltResponse(status=409, body="replayed request")
        next()
        return None

    def _first(self, signature: str, now: float) -> bool:
        if self._claims is not None:
            return self._claims.claim(signature)
        with self._lock:
            if signature in self._seen:
                return False
            self._seen[signature] = now
            if len(self._seen) > 1000:  # forget what Slack would refuse anyway (too old)
                cutoff = now - self.window
                self._seen = {s: t for s, t in self._seen.items() if t >= cutoff}
            return True


class _SafeRespond:
    """`respond()` that reports a response_url it cannot reach instead of raising: the change is
    already stored, so the request must still be acknowledged (a raise became HTTP 500, and then
    the error handler's own respond() raised a second time, with a traceback)."""

    def __init__(self, respond):
        self._respond = respond

    def __call__(self, *args, **kwargs):
        try:
            return self._respond(*args, **kwargs)
        except OSError as exc:  # URLError, a refused or dropped connection, a timeout
            log.warning("kunne ikke svare på response_url (%s); ændringen er gemt", exc)
            return None


def _respond_never_fails(context, next: Callable[[], None]) -> None:
    if context.response_url:
        context["respond"] = _SafeRespond(context.respond)
    next()


def _skip_retried_events(store: Store):
    def skip_retried_events(body: dict, next: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not claim_event(store, event_id, team=body.get("team_id", "")):
            log.info("event %s already handled; ignoring Slack's retry", event_id)
            return BoltResponse(status=200, body="")
        next()
        return None

    return skip_retried_events
