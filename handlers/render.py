"""Block Kit building blocks: escaping for mrkdwn and Slack's size limits, no business rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.deadlines import TZ
from bot.mrkdwn import escape, task_ref, user  # noqa: F401 (part of the rendering toolkit)
from bot.progress import StepMark
from knowledge.dates import format_date
from knowledge.models import Task
from knowledge.qa.messages import text as message

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON = 75
Block = dict[str, Any]


def count(n: int, one: str, many: str) -> str:
    """'1 opgave', '3 opgaver'."""
    return f"{n} {one if n == 1 else many}"


def task_name(task_id: str, title: str, *, limit: int = 90) -> str:
    """'433 SA 06 (Finans) …', without repeating an id the title already starts with
    ('(eFaktura 8b) Serviceaftaler …'). Not escaped: plain text for headers, escape for mrkdwn."""
    shown = clip(title, limit)
    return shown if task_id.casefold() in title[: len(task_id) + 2].casefold() else f"{task_id} {shown}"


def task_label(task: Task) -> str:
    """A task's id and title for mrkdwn text, escaped and clipped."""
    return escape(task_name(task.id, task.title, limit=80))


def when(moment: datetime, lang: str = "da") -> str:
    """'20. november 2026 kl. 10.15' in Danish local time."""
    local = moment.astimezone(TZ)
    return message("render_when", lang, day=format_date(local.date(), lang=lang), time=f"{local:%H.%M}")


def already_done(step: int, mark: StepMark, lang: str = "da") -> str:
    """'Trin 3 var allerede markeret af @Mette 20. november 2026 kl. 10.15.' (done, status)"""
    return message("render_already_done", lang, step=step, user=user(mark.done_by),
                   when=when(mark.done_at, lang))


def clip(text: str, limit: int, *, more: str = "…") -> str:
    """Cut text to `limit` characters, saying so, without splitting an &entity;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(more)]
    space = cut.rfind(" ")
    if space > len(cut) - 20:  # end on a whole word when one is near
        cut = cut[:space]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + more


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER), "emoji": True}}


def section(text: str, *, accessory: Block | None = None) -> Block:
    block: Block = {"type": "section",
                    "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION, more=" …(forkortet)")}}
    if accessory:
        block["accessory"] = accessory
    return block


def fields(pairs: list[tuple[str, str]]) -> Block:
    """Label/value pairs side by side (at most 10 per section, 2,000 characters each)."""
    return {"type": "section",
            "fields": [{"type": "mrkdwn", "text": clip(f"*{label}*\n{value}", 2000)}
                       for label, value in pairs[:10]]}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(text, MAX_SECTION)}]}


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, *, action_id: str, value: str, style: str | None = None) -> Block:
    out: Block = {"type": "button", "text": {"type": "plain_text", "text": clip(text, MAX_BUTTON)},
                  "action_id": action_id, "value": value}
    if style:
        out["style"] = style
    return out


def actions(*buttons: Block) -> Block:
    return {"type": "actions", "elements": list(buttons)}


def limit_blocks(blocks: list[Block], *, hint: str, most: int = MAX_BLOCKS, lang: str = "da") -> list[Block]:
    """Keep a message within Slack's 50 blocks (a Home tab or modal: `most`=100); the last block
    says what was left out and how to see it (`hint`, e.g. "Skriv `/klik list open`")."""
    if len(blocks) <= most:
        return blocks
    kept = blocks[: most - 1]
    return [*kept, context(message("render_blocks_left", lang, n=len(blocks) - len(kept), hint=hint))]


def bullet_lines(lines: list[str], *, per_section: int = MAX_SECTION) -> list[Block]:
    """Many short lines as few sections as possible, each within the section limit."""
    blocks: list[Block] = []
    current = ""
    for line in lines:
        line = clip(line, per_section)
        if current and len(current) + 1 + len(line) > per_section:
            blocks.append(section(current))
            current = ""
        current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(section(current))
    return blocks


PAGE_LINES = 40  # list lines per message page: a few sections, well inside 50 blocks and ~12 KB


def page_of(lines: list[str], *, offset: int, per_page: int = PAGE_LINES) -> tuple[list[str], int]:
    """The lines of one page (from `offset`) and how many come after it."""
    offset = max(0, min(offset, max(len(lines) - 1, 0)))
    shown = lines[offset:offset + per_page]
    return shown, max(0, len(lines) - offset - len(shown))


def more_button(left: int, *, action_id: str, value: str, per_page: int = PAGE_LINES,
                lang: str = "da") -> Block:
    """'Vis flere (40 af 560 tilbage)': the next page replaces the message."""
    return actions(button(message("render_more_button", lang, shown=min(left, per_page), left=left),
                          action_id=action_id, value=value))
