"""Is a Slack payload shaped as Slack sends it? bolt reads `body["event"]`, `body["user"]` and the
like with `.get()` before any listener runs, so a list or a string where Slack puts an object
ended in a traceback and a 500 (HTTP) or an error ack (Socket Mode)."""

from __future__ import annotations

from typing import Any

_OBJECTS = ("event", "user", "team", "channel", "container", "view", "message", "enterprise")
_LISTS = ("actions", "authorizations")


def malformed(body: Any) -> bool:
    """True when `body` cannot be a Slack payload: not an object, or an object where Slack always
    sends one (or null) holding something else."""
    if not isinstance(body, dict):
        return True
    if any(body.get(key) is not None and not isinstance(body[key], dict) for key in _OBJECTS):
        return True
    return any(body.get(key) is not None and not isinstance(body[key], list) for key in _LISTS)
