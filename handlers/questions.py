"""Questions: `/klik <question>`, an @mention in a channel (answered in its thread), a DM (answered
in the DM), and `/klik search`."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from slack_bolt import App

from handlers import render
from handlers.registry import CommandContext, Registry, Reply, commands, looks_like_arguments
from handlers.replies import error_text, help_reply, reply_target
from knowledge.errors import KlikError
from knowledge.qa.messages import text as message

if TYPE_CHECKING:  # the answer engine loads at the first question (a server warms it at start), not for
    from knowledge.qa.pipeline import Answer  # `klik say "/klik status 433"`

log = logging.getLogger("klik")
# Slack's own markup in a message: <!channel>, <@U123>, <#C123|navn>, <https://…|tekst>.
_SLACK_MARKUP = re.compile(r"<(?:[!@][^>]*|#[A-Z0-9]+(?:\|([^>]*))?|[a-z]+://[^>|]*(?:\|([^>]*))?)>")


def plain_question(text: str) -> str:
    """The question as the person wrote it, without Slack's markup: channel pings and mentions go,
    a channel or link keeps its visible name."""
    plain = " ".join(_SLACK_MARKUP.sub(lambda m: m.group(1) or m.group(2) or " ", text).split())
    return plain.lstrip(",:; ")  # '<@klik>: hjælp' -> 'hjælp'
HELP_WORDS = {"hjælp", "help", "hjaelp", "?"}
# 'klik done 433 5' or '/klik done 433 5' pasted into a DM: the command after it
_KLIK = re.compile(r"^/?klik\s+", re.IGNORECASE)


def register(app: App) -> None:
    reg = commands(app)

    @reg.on_question
    def question(ctx: CommandContext) -> Reply:
        return answer_reply(ctx, ctx.text)

    @reg.command("search", "søg", usage="TEKST",
                 summary="help_search")
    def search(ctx: CommandContext) -> Reply:
        return search_reply(ctx, ctx.text)

    # Answers can take longer than Slack's 3-second ack: acknowledge first, answer in a lazy
    # listener (the app runs with process_before_response=True, see bot/runtime/app.py).
    def on_mention(event: dict[str, Any], body: dict[str, Any], client) -> None:
        try:
            answer_event(reg, event, body, client)
        except Exception as exc:  # lazy listeners bypass @app.error: say it here, in the thread
            if not isinstance(exc, KlikError):
                log.error("unexpected error answering a message", exc_info=exc)
            channel, thread_ts = reply_target(event)
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=error_text(exc))

    def direct_message(event: dict[str, Any]) -> bool:
        # Only what a person writes in their DM with the bot: not edits, joins or bots.
        return event.get("channel_type") == "im" and not event.get("subtype") and not event.get("bot_id")

    app.event("app_mention")(ack=_ack, lazy=[on_mention])
    app.event("message", matchers=[direct_message])(ack=_ack, lazy=[on_mention])


def _ack(ack) -> None:
    ack()


def answer_event(reg: Registry, event: dict[str, Any], body: dict[str, Any], client) -> None:
    """Answer a mention or DM with one message (events are acknowledged before this runs)."""
    text = plain_question(event.get("text") or "")  # without the @mention of the bot itself
    ctx = CommandContext(services=reg.services, team=body.get("team_id") or event.get("team", ""),
                         user=event.get("user", ""), channel=event.get("channel"), text=text,
                         args=text.split(), command=message("question_command", "da", text=text)[:200])
    if not text:
        reply = Reply(text=message("question_hello", ctx.lang))
    elif text.casefold() in HELP_WORDS:
        reply = help_reply(reg)
    elif event.get("channel_type") == "im" and _bare_command(reg, ctx, bare := _KLIK.sub("", text)):
        reply = _run_command(reg, ctx, bare)
    else:
        reply = answer_reply(ctx, text)
    channel, thread_ts = reply_target(event)
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, **reply.message())


def _bare_command(reg: Registry, ctx: CommandContext, text: str) -> bool:
    """'done 433 5', 'status 433' written in a DM without /klik: a subcommand (or a typo of one)
    followed by what a command takes, not a question ('status på 433?')."""
    first, _, rest = text.strip().partition(" ")
    known = reg.lookup(first) is not None or reg.near_command(first) is not None
    return known and looks_like_arguments(rest.strip(), ctx)


def _run_command(reg: Registry, ctx: CommandContext, text: str) -> Reply:
    """Run it as `/klik <text>` would (a typo gets «Mente du `/klik done 433 5`?»)."""
    ctx.command = f"/klik {text}"[:200]
    try:
        return reg.run_text(text, ctx)
    except KlikError as exc:
        return Reply(text=exc.text(ctx.lang))


def answer_reply(ctx: CommandContext, question: str) -> Reply:
    """The answer (about this workspace's own progress, or else from the answer engine; it names its
    source task and any 'did you mean'), plus how to see that task's status or search further."""
    from bot.ask import ask

    asked = ask(ctx.store, ctx.kb, team=ctx.team, question=plain_question(question), user=ctx.user or None,
                now=ctx.now())
    result = asked.answer
    text = answer_mrkdwn(result)
    blocks = [render.section(text)]
    if result.found and result.sources:
        see = render.escape(render.task_ref(result.sources[0]))
        blocks.append(render.context(message("question_see_more", result.lang, ref=see)))
    elif not result.found:
        blocks.append(render.context(message("question_try_search", result.lang)))
    return Reply(text=render.clip(text, 3000), blocks=blocks)


def answer_mrkdwn(answer: Answer) -> str:
    """An answer as Slack mrkdwn: every piece of task or user text escaped, and only our own user
    references as live mentions."""
    if not answer.parts:
        return render.escape(answer.answer)
    return "\n".join("".join(render.escape(p) if isinstance(p, str) else render.user(p.id) for p in line)
                     for line in answer.parts)


def search_reply(ctx: CommandContext, text: str) -> Reply:
    if not text.strip():
        raise KlikError(message("search_what", ctx.lang))
    from knowledge.search import search

    hits = search(ctx.kb, text, limit=10)
    if not hits:
        msg = render.escape(message("search_none", ctx.lang, text=text))
        return Reply(text=msg, blocks=[render.section(msg)])
    lines = [f"• *{render.escape(h.task_id)}* {render.escape(render.clip(h.title, 90))}\n"
             f"   _{render.escape(render.clip(h.snippet, 200))}_" for h in hits]
    count = render.count(len(hits), message("search_task_one", ctx.lang),
                         message("search_task_many", ctx.lang))
    heading = message("search_heading", ctx.lang, count=count, text=render.escape(text))
    blocks = [render.section(f"*{heading}*"), *render.bullet_lines(lines),
              render.context(message("search_see_task", ctx.lang))]
    return Reply(text=heading, blocks=blocks)
