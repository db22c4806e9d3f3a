"""Moved to bot/runtime/app.py; kept so existing imports keep working."""

from bot.runtime.app import create_app, start_reminders

__all__ = ["create_app", "start_reminders"]
