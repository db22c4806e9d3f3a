"""Moved to bot/runtime/server.py; kept so existing imports keep working."""

from bot.runtime.server import PATH, SlackHTTPServer

__all__ = ["PATH", "SlackHTTPServer"]
