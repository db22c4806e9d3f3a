"""The Slack app factory: one bolt App with the /klik command, questions and buttons, built the
same way for `klik serve`, `klik socket`, the local console and the tests."""

from __future__ import annotations

import contextlib
import importlib
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient

from bot.config import ConfigError, SlackSettings
from bot.delivery import claim_event
from bot.store import Store
from bot.workspaces import same_workspace
from handlers.registry import Registry, Services, attach

# Feature modules, each with register(app).
FEATURES = ("handlers.status", "handlers.progress", "handlers.questions", "handlers.deadlines",
            "handlers.signatures", "handlers.reminders")
log = logging.getLogger("klik")


def create_app(*, settings: SlackSettings, store: Store, knowledge: Callable[[], Any] | None = None,
               now: Callable[[], datetime] | None = None) -> App:
    """Build the app. `knowledge` returns the current KnowledgeBase (default: bot.catalog's, rebuilt
    when imported tasks change); `now` is the clock (tests fix it)."""
    if knowledge is None:
        from bot.catalog import load_knowledge

        def knowledge():
            return load_knowledge(store)

    client = WebClient(token=settings.bot_token or None, base_url=settings.api_url, timeout=10)
    if settings.oauth is not None:  # many workspaces: each request runs on its workspace's token
        from bot.installations import bolt_oauth

        app = App(client=client, signing_secret=settings.signing_secret, name="klik-bot", logger=log,
                  **bolt_oauth(settings.oauth, store, client=client))
        app.enable_token_revocation_listeners()
        return _register(app, store, knowledge, now)
    try:
        # auth.test at start-up: a wrong token stops `klik serve` here, not at the first request.
        with _quiet(log, "As you gave `client`"):  # bolt also reads SLACK_BOT_TOKEN; same token
            app = App(client=client, signing_secret=settings.signing_secret, name="klik-bot", logger=log)
    except BoltError as exc:
        code = re.search(r"'error': '([\w.]+)'", str(exc))
        raise ConfigError(f"Slack afviste SLACK_BOT_TOKEN ({code[1] if code else exc}); kopiér "
                          "'Bot User OAuth Token' igen fra OAuth & Permissions og geninstallér "
                          "appen.") from None
    except OSError as exc:
        raise ConfigError(f"Kan ikke nå Slack på {settings.api_url} ({exc}); tjek netværket eller "
                          "SLACK_API_URL.") from None
    return _register(app, store, knowledge, now)


def _register(app: App, store: Store, knowledge: Callable[[], Any],
              now: Callable[[], datetime] | None) -> App:
    services = Services(store=store, knowledge=knowledge, now=now or (lambda: datetime.now(UTC)))
    attach(app, Registry(services))
    app.middleware(same_workspace)  # a request acts only for the workspace bolt authorized
    app.middleware(_skip_retried_events(store))
    from handlers import klik

    klik.register(app)
    for name in FEATURES:
        importlib.import_module(name).register(app)
    klik.connect(app)
    return app


def start_reminders(app: App, store: Store, *, interval: float | None = None):
    """The reminder scheduler for a running app: its client, knowledge and clock, and the reminder
    Block Kit from handlers.reminders (bot/scheduler.py itself knows nothing of Slack's layout)."""
    from bot.scheduler import INTERVAL_SECONDS, start_scheduler
    from handlers.registry import commands
    from handlers.reminders import reminder_blocks

    services = commands(app).services
    workspaces = None
    if app.oauth_flow is not None:  # many workspaces: each one's reminders on its own token
        from bot.installations import Workspaces

        oauth = app.oauth_flow.settings
        workspaces = Workspaces(store, client_id=oauth.client_id, client_secret=oauth.client_secret,
                                base_client=app.client)
    return start_scheduler(store=store, knowledge=services.knowledge, client=app.client, now=services.now,
                           render=reminder_blocks, interval=interval or INTERVAL_SECONDS,
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


def _skip_retried_events(store: Store):
    def skip_retried_events(body: dict, next: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not claim_event(store, event_id, team=body.get("team_id", "")):
            log.info("event %s already handled; ignoring Slack's retry", event_id)
            return BoltResponse(status=200, body="")
        next()
        return None

    return skip_retried_events
