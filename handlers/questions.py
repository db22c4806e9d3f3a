"""Questions: `/klik <question>`, an @mention in a channel (answered in its thread), a DM (answered
in the DM), and `/klik search`."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App

from bot.golive import golive_dates
from handlers import render
from handlers.klik import help_reply, reply_target
from handlers.registry import CommandContext, Registry, Reply, commands
from knowledge.errors import KlikError

_LEADING_MENTION = re.compile(r"^\s*(<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+")
HELP_WORDS = {"hjælp", "help", "hjaelp", "?"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.on_question
    def question(ctx: CommandContext) -> Reply:
        return answer_reply(ctx, ctx.text)

    @reg.command("search", "søg", usage="TEKST",
                 summary="Find opgaver der handler om noget, fx `/klik search blanket`")
    def search(ctx: CommandContext) -> Reply:
        return search_reply(ctx, ctx.text)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client) -> None:
        answer_event(reg, event, body, client)

    @app.event("message")
    def on_direct_message(event: dict[str, Any], body: dict[str, Any], client) -> None:
        # Only what a person writes in their DM with the bot: not edits, joins or bots.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        answer_event(reg, event, body, client)


def answer_event(reg: Registry, event: dict[str, Any], body: dict[str, Any], client) -> None:
    """Answer a mention or DM with one message (events are acknowledged before this runs)."""
    text = _LEADING_MENTION.sub("", event.get("text") or "").strip()
    ctx = CommandContext(services=reg.services, team=body.get("team_id") or event.get("team", ""),
                         user=event.get("user", ""), channel=event.get("channel"), text=text,
                         args=text.split(), command=f"besked: {text}"[:200])
    if not text:
        reply = Reply(text="Hej! Spørg mig om en KLIK-opgave, fx «hvem er forvaltningsansvarlig for "
                           "Prisme?», eller skriv `/klik hjælp` for at se alt hvad jeg kan.")
    elif text.casefold() in HELP_WORDS:
        reply = help_reply(reg)
    else:
        reply = answer_reply(ctx, text)
    channel, thread_ts = reply_target(event)
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, **reply.message())


def answer_reply(ctx: CommandContext, question: str) -> Reply:
    """The answer engine's answer, naming its source task and how to see that task's status."""
    try:
        from knowledge.answer import answer
    except ModuleNotFoundError:
        raise KlikError("Jeg kan ikke svare på spørgsmål endnu (svarmotoren er ikke installeret). "
                        "Prøv `/klik status 433` eller `/klik hjælp`.") from None
    result = answer(ctx.kb, question, golive=golive_dates(ctx.store, ctx.team))
    en = result.lang == "en"
    blocks = [render.section(render.escape(result.answer))]
    notes = []
    if result.found and result.sources:
        names = []
        for task_id in result.sources[:3]:
            task = ctx.kb.get(task_id)
            title = f" {render.clip(task.title, 70)}" if task else ""
            names.append(f"*{render.escape(task_id)}*{render.escape(title)}")
        see = render.escape(render.task_ref(result.sources[0]))
        notes.append(f"{'Source' if en else 'Kilde'}: {', '.join(names)} · "
                     f"{'details' if en else 'se mere'}: `/klik status {see}`")
    if result.suggestions:
        listed = ", ".join(f"`{render.escape(s)}`" for s in result.suggestions[:3])
        notes.append(f"{'Did you mean' if en else 'Mente du'} {listed}?")
    if not result.found:
        notes.append("Try `/klik search WORD` or `/klik list`." if en
                     else "Prøv `/klik search ORD` eller `/klik list`.")
    blocks += [render.context(n) for n in notes]
    return Reply(text=render.escape(render.clip(result.answer, 3000)), blocks=blocks)


def search_reply(ctx: CommandContext, text: str) -> Reply:
    if not text.strip():
        raise KlikError("Skriv hvad du søger efter, fx `/klik search blanket underskrift`.")
    try:
        from knowledge.search import search
    except ModuleNotFoundError:
        raise KlikError("Søgning er ikke klar endnu. Prøv `/klik list`.") from None
    hits = search(ctx.kb, text, limit=10)
    if not hits:
        msg = render.escape(f"Ingen opgaver matcher «{text}». Prøv andre ord eller `/klik list`.")
        return Reply(text=msg, blocks=[render.section(msg)])
    lines = [f"• *{render.escape(h.task_id)}* {render.escape(render.clip(h.title, 90))}\n"
             f"   _{render.escape(render.clip(h.snippet, 200))}_" for h in hits]
    blocks = [render.section(f"*{len(hits)} opgaver om «{render.escape(text)}»*"),
              *render.bullet_lines(lines), render.context("Se en opgave: `/klik status OPGAVE`")]
    return Reply(text=f"{len(hits)} opgaver om «{render.escape(text)}»", blocks=blocks)
