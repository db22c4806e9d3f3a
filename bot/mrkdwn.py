"""Slack mrkdwn text: escaping and mentions, for every message the bot writes (handlers and reminders)."""

from __future__ import annotations


def escape(text: str) -> str:
    """Make user or task text inert in mrkdwn: `<!channel>` or `<@U1>` will not ping anyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user(user_id: str) -> str:
    """A mention of a Slack user id we resolved ourselves (never raw user input)."""
    return f"<@{user_id}>" if user_id.isalnum() else escape(user_id)


def task_ref(task_id: str) -> str:
    """How to type a task in a command: quoted when it has spaces ('"eFaktura 8b"')."""
    return f'"{task_id}"' if " " in task_id else task_id
