"""`/klik rapport` (what KLIK needs to hear from the team) and `/klik klik-opdateret OPGAVE`."""

from __future__ import annotations

from slack_bolt import App

from bot.report import mark_klik_updated, report_rows, summary, when_text
from handlers import render
from handlers.registry import CommandContext, Reply, commands

REPORT_MORE = "klik_report_more"


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("rapport", "report", usage="",
                 summary="Rapport til KLIK: status, trin, ansvarlige og underskrifter, og hvilke opgaver "
                         "der skal opdateres i KLIK (hele rapporten: `klik report --format xlsx`)")
    def report(ctx: CommandContext) -> Reply:
        return report_reply(ctx)

    @reg.button(REPORT_MORE)
    def report_more(ctx: CommandContext) -> Reply:
        return report_reply(ctx, offset=int(ctx.args[0]))

    @reg.command("klik-opdateret", "klik-updated", usage="OPGAVE",
                 summary="Markér at opgavens status nu også er opdateret i KLIK")
    def klik_updated(ctx: CommandContext) -> Reply:
        task = ctx.task(ctx.text)
        mark_klik_updated(ctx.store, team=ctx.team, task=task, user=ctx.user, command=ctx.command,
                          now=ctx.now())
        return Reply.announce(f"🗂️ {render.user(ctx.user)} har opdateret *{render.task_label(task)}* i KLIK.")


def report_reply(ctx: CommandContext, *, offset: int = 0) -> Reply:
    rows = report_rows(ctx.kb, ctx.store, ctx.team)
    counts = summary(rows)
    behind = [r for r in rows if r.update_klik]
    head = (f"*Rapport til KLIK*: {counts['tasks']} opgaver, {counts['done']} fuldført, "
            f"{counts['started']} påbegyndt. *{counts['update_klik']} skal opdateres i KLIK* (klik-bot ved "
            "mere, end holdet sidst har markeret som opdateret i KLIK).")
    lines = []
    for r in behind:
        who = r.ansvarlig or r.udfører
        lines.append(f"• *{render.escape(r.task)}* {render.escape(render.clip(r.title, 70))} – "
                     f"{r.status.label()}, "
                     f"trin {render.escape(r.steps)}; sidst opdateret i KLIK: {when_text(r.klik_updated)}"
                     + (f" · {render.user(who)}" if who else ""))
    page, left = render.page_of(lines, offset=offset)
    blocks = [render.section(head), *render.bullet_lines(page)]
    if left:
        blocks.append(render.more_button(left, action_id=REPORT_MORE, value=str(offset + len(page))))
    step_hint = ("Når en opgave er opdateret i KLIK: `/klik klik-opdateret OPGAVE` (eller marker trinnet, "
                 "der siger at KLIK skal opdateres, som udført).")
    blocks.append(render.context(f"{step_hint} Hele rapporten som regneark: `klik report --format xlsx "
                                 "--output rapport.xlsx` (også csv og md)."))
    return Reply(text=f"Rapport til KLIK: {counts['update_klik']} opgaver skal opdateres i KLIK",
                 blocks=render.limit_blocks(blocks, hint="Se `klik report`."))

