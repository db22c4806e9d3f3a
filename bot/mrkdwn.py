"""Slack mrkdwn text: escaping and mentions, for every message the bot writes (handlers and reminders)."""

from __future__ import annotations

import binascii


def escape(text: str) -> str:
    """Make user or task text inert in mrkdwn: `<!channel>` or `<@U1>` will not ping anyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user(user_id: str) -> str:
    """A mention of a Slack user id we resolved ourselves (never raw user input)."""
    return f"<@{user_id}>" if user_id.isalnum() else escape(user_id)


def task_ref(task_id: str) -> str:
    """How to type a task in a command: quoted when it has spaces ('"eFaktura 8b"')."""
    return f'"{task_id}"' if " " in task_id else task_id


def local_user_id(name: str) -> str:
    """A Slack-style user id for a console user that spells `name` (U + hex), so a later run can
    show @name again."""
    return "U" + name.encode("utf-8").hex().upper()


def local_user_name(user_id: str) -> str | None:
    """The name inside a console user id; None for a real Slack id."""
    try:
        name = binascii.unhexlify(user_id[1:]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return name if user_id.startswith("U") and name.isprintable() and name.strip() == name else None
