"""Reminder words from the planner's data (bot/reminders.py: a kind, a Moment, a reason code and its
facts), filled from the language tables (`da.py`, `en.py`, keys `reminder_*`): the Slack layer
(handlers/reminders.py) and `klik remind` word reminders with these, never the planner."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from knowledge.dates import format_date
from knowledge.qa.messages import counted, text


def kind_label(kind: str, lang: str = "da") -> str:
    """'signature' -> 'underskrift'."""
    return text(f"reminder_kind_{kind}", lang)


def moment_label(moment: str, lang: str = "da") -> str:
    """A deadline Moment's value ('soon') -> 'Frist snart'."""
    return text(f"reminder_moment_{moment}", lang)


def reason(why: str, facts: Mapping[str, Any], lang: str = "da") -> str:
    """A planner reason code and its facts ({'end': date, 'left': 3, ...}) in words."""
    shown = {k: _shown(v, lang) for k, v in facts.items()}
    if "left" in shown:
        shown["days"] = text("reminder_working_day" if shown["left"] == 1 else "reminder_working_days", lang)
    if "approval" in shown:
        shown["signed"] = text("reminder_approved" if shown.pop("approval") else "reminder_signed", lang)
    if why == "signature_every":
        opened = "reminder_why_received" if shown.pop("by_document") else "reminder_why_opened"
        shown["why"] = text(opened, lang, **shown)
    count = facts.get("count")  # a digest's: '1 påmindelse', '2 påmindelser'
    return counted(f"reminder_why_{why}", lang, count if isinstance(count, int) else 0, **shown)


def _shown(value: Any, lang: str) -> Any:
    return format_date(value, lang=lang) if isinstance(value, date) else value
