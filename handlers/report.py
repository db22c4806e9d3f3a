"""`/klik rapport` (what KLIK needs to hear from the team) and `/klik klik-opdateret OPGAVE`."""

from __future__ import annotations

from slack_bolt import App

from bot.report import mark_klik_updated, report_rows, summary, when_text
from handlers import render
from handlers.registry import CommandContext, Reply, commands
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message

REPORT_MORE = "klik_report_more"


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("rapport", "report", usage="",
                 summary="help_report")
    def report(ctx: CommandContext) -> Reply:
        return report_reply(ctx)

    @reg.button(REPORT_MORE)
    def report_more(ctx: CommandContext) -> Reply:
        return report_reply(ctx, offset=int(ctx.args[0]))

    @reg.command("klik-opdateret", "klik-updated", usage="OPGAVE",
                 summary="help_klik_updated")
    def klik_updated(ctx: CommandContext) -> Reply:
        task = ctx.task(ctx.text)
        mark_klik_updated(ctx.store, team=ctx.team, task=task, user=ctx.user, command=ctx.command,
                          now=ctx.now())
        return Reply.announce(message("reportcmd_updated", ctx.lang, user=render.user(ctx.user),
                                      task=render.task_label(task)))


def report_reply(ctx: CommandContext, *, offset: int = 0) -> Reply:
    rows = report_rows(ctx.kb, ctx.store, ctx.team)
    counts = summary(rows)
    behind = [r for r in rows if r.update_klik]
    lang = ctx.lang
    head = counted("reportcmd_head", lang, counts["tasks"], tasks=counts["tasks"], done=counts["done"],
                   started=counts["started"], update=counts["update_klik"])
    lines = []
    for r in behind:
        who = r.ansvarlig or r.udfører
        lines.append(message("reportcmd_line", lang, task=render.escape(r.task),
                             title=render.escape(render.clip(r.title, 70)), status=r.status.label(lang),
                             steps=render.escape(r.steps), updated=when_text(r.klik_updated))
                     + (f" · {render.user(who)}" if who else ""))
    page, left = render.page_of(lines, offset=offset)
    blocks = [render.section(head), *render.bullet_lines(page)]
    if left:
        blocks.append(render.more_button(left, action_id=REPORT_MORE, value=str(offset + len(page))))
    blocks.append(render.context(message("reportcmd_hint", lang)))
    return Reply(text=counted("reportcmd_text", lang, counts["update_klik"], update=counts["update_klik"]),
                 blocks=render.limit_blocks(blocks, hint=message("reportcmd_see", lang)))

