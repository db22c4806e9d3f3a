"""What every feature that answers shares: where a reply goes, what an error says, the help."""

from __future__ import annotations

from typing import Any

from handlers import render
from handlers.registry import Registry, Reply
from knowledge.errors import KlikError, UnknownTask

APOLOGY = ("Beklager, der gik noget galt hos mig. Prøv igen om lidt; "
           "sker det igen, så sig det til den der driver klik-bot.")


def help_reply(reg: Registry) -> Reply:
    """Every subcommand with its words, generated from the registry so it cannot go stale."""
    lines = []
    for sub in reg.subcommands:
        usage = f"/klik {sub.names[0]} {sub.usage}".strip()
        alias = f" (eller {', '.join(sub.names[1:3])})" if len(sub.names) > 1 else ""
        lines.append(f"• `{usage}` – {sub.summary}{alias}")
    blocks = [render.section("*Det kan du skrive til klik-bot*"), *render.bullet_lines(lines)]
    if reg.question is not None:
        blocks.append(render.context("Alt andet efter `/klik` er et spørgsmål, fx "
                                     "`/klik hvem er forvaltningsansvarlig for Prisme?`. "
                                     "Du kan også skrive til mig i en DM eller nævne @klik i en kanal."))
    return Reply(text="Det kan du skrive til klik-bot: " + ", ".join(s.names[0] for s in reg.subcommands),
                 blocks=render.limit_blocks(blocks, hint=""))


def reply_target(event: dict[str, Any]) -> tuple[str, str | None]:
    """Where an answer to `event` goes: a mention in a channel is answered in its thread; a DM in
    the DM (in its thread if the user wrote in one)."""
    if event.get("channel_type") == "im":
        return event["channel"], event.get("thread_ts")
    return event["channel"], event.get("thread_ts") or event.get("ts")


def error_text(error: Exception) -> str:
    if isinstance(error, UnknownTask) and not error.suggestions:
        return render.escape(str(error)) + " Skriv `/klik list` for at se opgaverne."
    if isinstance(error, KlikError):
        return render.escape(str(error))
    return APOLOGY
