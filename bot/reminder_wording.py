"""The words of reminders, one table per language; the planner (bot.reminders) decides what is due
and why as data (a kind, a Moment, a reason code and its facts), and the words come from here.

Only Danish is written so far: reminders go to municipal staff in Danish. A new language is one more
table with the same keys (tests/test_reminders_moments.py checks that every table has every key).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bot.deadlines import deadline_text
from bot.mrkdwn import escape
from bot.mrkdwn import user as mention
from bot.progress import Progress, done_steps
from knowledge.dates import Window, format_date
from knowledge.models import Task

DA: dict[str, str] = {
    # kinds of reminder messages (`/klik påmindelser status`, `klik remind`)
    "kind_signature": "underskrift",
    "kind_deadline": "frist",
    "kind_digest": "samlet oversigt",
    # deadline moments, as the flag at the start of a message
    "moment_overdue": "OVERSKREDET",
    "moment_due_today": "Frist i dag",
    "moment_soon": "Frist snart",
    # why a reminder goes today (Reminder.reason)
    "why_signature_overdue": "fristen {end} er overskredet; du mindes om det hver arbejdsdag, indtil den "
                             "er {signed} eller opgaven er fuldført",
    "why_signature_final": "der er {left} {days} til fristen {end}; de sidste {final_days} arbejdsdage "
                           "mindes du hver dag",
    "why_signature_every": "{why}; du mindes hver {every_days}. arbejdsdag, indtil den er {signed}",
    "why_received": "dokumentet blev modtaget {started}",
    "why_opened": "opgavens vindue åbnede {started}",
    "why_deadline_overdue": "fristen {end} er overskredet; du mindes igen om {every} arbejdsdage, hvis "
                            "opgaven ikke er fuldført",
    "why_deadline_due_today": "fristen er {end}, og i dag er sidste arbejdsdag før den",
    "why_deadline_soon": "der er {left} {days} til fristen {end}, og opgaven er ikke fuldført",
    "working_day": "arbejdsdag",
    "working_days": "arbejdsdage",
    "signed": "underskrevet",
    "approved": "godkendt",
    # a digest
    "digest_heading_person": "Dine KLIK-påmindelser i dag",
    "digest_heading_channel": "KLIK-påmindelser i dag",
    "digest_top": "*{heading}: {count}* (det mest presserende først)",
    "digest_more": "…og {more} påmindelser mere.",
    "digest_reason": "{count} påmindelser samlet i én besked",
}

TEXTS: Mapping[str, Mapping[str, str]] = {"da": DA}


def text(key: str, lang: str = "da", **facts: Any) -> str:
    """The wording of `key` in `lang` (Danish when the language has no table), filled with `facts`."""
    return TEXTS.get(lang, DA)[key].format(**facts)


def kind_label(kind: str, lang: str = "da") -> str:
    """'signature' -> 'underskrift'."""
    return text(f"kind_{kind}", lang)


def reason(why: str, facts: Mapping[str, Any], lang: str = "da") -> str:
    """A planner reason code and its facts ({'end': date, 'left': 3, ...}) in words."""
    shown = {k: format_date(v) if isinstance(v, date) else v for k, v in facts.items()}
    if "left" in shown:
        shown["days"] = text("working_day" if shown["left"] == 1 else "working_days", lang)
    if "approval" in shown:
        shown["signed"] = text("approved" if shown.pop("approval") else "signed", lang)
    if why == "signature_every":
        shown["why"] = text("why_received" if shown.pop("by_document") else "why_opened", lang, **shown)
    return text(f"why_{why}", lang, **shown)


# The message bodies (Danish only so far; a second language makes these take `lang` too).

def message_text(task: Task, occasion: Any, window: Window, progress: Progress, today: date) -> str:
    """A reminder's message (mrkdwn): what is missing, its status and deadline, who, and why now."""
    name = f"opgave {escape(task.id)} {escape(task.title)}"
    sig = occasion.signature
    lines = []
    if sig is not None:
        flag = "OVERSKREDET: " if occasion.overdue else "Påmindelse: "
        missing, by = ("godkendelse", "Godkendes") if sig.approval else ("underskrift", "Underskrives")
        lines += [f"*{flag}{escape(sig.document)} mangler {missing}* ({name})",
                  f"Status: {sig.state}", f"{by} af: {escape(sig.signer)}"]
        lines += [f"Sendes til: {escape(sig.recipient)}"] if sig.recipient else []
    else:
        flag = text(f"moment_{occasion.subject}")
        done = len(done_steps(task, progress))
        lines += [f"*{flag}: {name}*",
                  f"Status: {progress.status}" + (f"; {done} af {len(task.method_steps)} trin udført"
                                                  if task.method_steps else "")]
    lines += [f"Frist: {deadline_text(window, today)}", _people(task, progress),
              f"Hvorfor nu: {occasion.reason}."]
    return "\n".join(lines)


def headline(task: Task, occasion: Any, window: Window, today: date) -> str:
    """One digest line: '🔴 OVERSKREDET: Blanket mangler underskrift – opgave 433 … · frist …'."""
    name = f"opgave {escape(task.id)} {escape(_short(task.title))}"
    when = f"frist {deadline_text(window, today)}"
    if occasion.signature is not None:
        flag = "🔴 *OVERSKREDET:* " if occasion.overdue else "✍️ "
        missing = "godkendelse" if occasion.signature.approval else "underskrift"
        return f"{flag}{escape(occasion.signature.document)} mangler {missing} – {name} · {when}"
    icon = "🔴" if occasion.overdue else "⏰"
    return f"{icon} *{text(f'moment_{occasion.subject}')}:* {name} · {when}"


def _short(title: str, limit: int = 80) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _people(task: Task, progress: Progress) -> str:
    named = [f"{role.capitalize()}: {mention(progress.assignees[role])}"
             for role in ("ansvarlig", "udfører") if progress.assignees.get(role)]
    if named:
        return " · ".join(named)
    return f"Ingen ansvarlig er sat; skriv `/klik assign {escape(task.id)} ansvarlig @navn`."
