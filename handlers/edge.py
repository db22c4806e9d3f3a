"""The Slack layer as the runtime sees it: every feature's listeners and the reminder layout
(registered as the `klik_bot.edge` entry point, so bot/ never imports handlers/)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.runtime.edge import SlackEdge
from handlers.registry import Registry, Services, attach
from handlers.reminders import reminder_message

# Feature modules, each with register(app).
FEATURES = ("handlers.status", "handlers.progress", "handlers.questions", "handlers.deadlines",
            "handlers.signatures", "handlers.reminders", "handlers.home", "handlers.modals",
            "handlers.report", "handlers.knowledge")


def install(app, *, store, knowledge: Callable[[], Any], now: Callable[[], datetime]) -> Services:
    from handlers import klik

    services = Services(store=store, knowledge=knowledge, now=now)
    attach(app, Registry(services))
    klik.register(app)
    for name in FEATURES:
        importlib.import_module(name).register(app)
    klik.connect(app)
    return services


EDGE = SlackEdge(install=install, reminder_message=reminder_message)
