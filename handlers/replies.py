"""What every feature that answers shares: where a reply goes, what an error says, the help."""

from __future__ import annotations

from typing import Any

from handlers import render
from handlers.registry import Registry, Reply
from knowledge.errors import KlikError, UnknownTask
from knowledge.qa.messages import text as message


def help_reply(reg: Registry, lang: str = "da") -> Reply:
    """Every subcommand with its words, generated from the registry so it cannot go stale."""
    lines = []
    for sub in reg.subcommands:
        usage = f"/klik {sub.names[0]} {sub.usage}".strip()
        alias = message("help_or", lang, names=", ".join(sub.names[1:3])) if len(sub.names) > 1 else ""
        lines.append(message("help_line", lang, usage=usage, summary=sub.describe(lang), alias=alias))
    blocks = [render.section(message("help_heading", lang)), *render.bullet_lines(lines)]
    if reg.question is not None:
        blocks.append(render.context(message("help_questions", lang)))
    return Reply(text=message("help_text", lang, names=", ".join(s.names[0] for s in reg.subcommands)),
                 blocks=render.limit_blocks(blocks, hint=""))


def reply_target(event: dict[str, Any]) -> tuple[str, str | None]:
    """Where an answer to `event` goes: a mention in a channel is answered in its thread; a DM in
    the DM (in its thread if the user wrote in one)."""
    if event.get("channel_type") == "im":
        return event["channel"], event.get("thread_ts")
    return event["channel"], event.get("thread_ts") or event.get("ts")


def error_text(error: Exception, lang: str = "da") -> str:
    if isinstance(error, UnknownTask) and not error.suggestions:
        return render.escape(error.text(lang)) + message("error_see_list", lang)
    if isinstance(error, KlikError):
        return render.escape(error.text(lang))
    return message("error_apology", lang)
