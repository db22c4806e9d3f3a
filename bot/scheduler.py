"""Moved to bot/runtime/scheduler.py; kept so existing imports keep working."""

from bot.runtime.scheduler import INTERVAL_SECONDS, Scheduler, start_scheduler

__all__ = ["INTERVAL_SECONDS", "Scheduler", "start_scheduler"]
