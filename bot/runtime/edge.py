"""What the Slack layer (handlers/) gives the runtime, found without bot/ importing handlers/.

Data flows one way (handlers -> bot), yet the runtime has to build an app with the handlers'
listeners and post reminders laid out as Block Kit. So the edge hands them in: handlers/edge.py
defines a `SlackEdge` and names it in pyproject.toml's `klik_bot.edge` entry point, which the
runtime loads by name at start-up; tests and other front ends can pass their own `SlackEdge`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

ENTRY_POINT_GROUP = "klik_bot.edge"


@dataclass(frozen=True)
class SlackEdge:
    """`install(app, *, store, knowledge, now)` registers every feature's listeners on a bolt App
    and returns the services they share (an object with `.knowledge()` and `.now()`);
    `reminder_message(reminder)` words and lays out one reminder: (its text, its Block Kit)."""

    install: Callable[..., None]
    reminder_message: Callable[[Any], tuple[str, list[dict]]]




@cache
def load_edge() -> SlackEdge:
    """The installed Slack layer (the `slack` entry point of the `klik_bot.edge` group)."""
    from importlib.metadata import PackageNotFoundError, distribution, entry_points

    try:  # our own distribution's first: reading every installed package's costs ~12 ms a start
        found = [e for e in distribution("klik-bot").entry_points
                 if e.group == ENTRY_POINT_GROUP and e.name == "slack"]
    except PackageNotFoundError:
        found = []
    found = found or entry_points(group=ENTRY_POINT_GROUP, name="slack")
    if not found:
        raise RuntimeError("klik-bot's Slack layer is not installed (no 'klik_bot.edge' entry point); "
                           "reinstall with `pip install -e .`")
    return next(iter(found)).load()
