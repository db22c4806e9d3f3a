"""`/klik golive [BØLGE DATO]` and `/klik due [DAGE]`: go-live dates and what is due, as Block Kit."""

from __future__ import annotations

from slack_bolt import App

from bot.deadlines import DEFAULT_DUE_DAYS, MAX_DUE_DAYS, DueState, DueTask, due, parse_due_days
from bot.golive import (
    CLEAR_WORDS,
    GoliveRow,
    clear_golive,
    describe_row,
    golive_dates,
    golive_overview,
    read_golive_words,
    row_summary,
    set_golive,
)
from bot.golive_moves import GoliveMoves, MovedTask, golive_moves, move_text, moves_summary
from bot.progress import team_progress
from bot.reminders import ReminderSettings
from handlers import actions, render
from handlers.registry import CommandContext, Reply, commands
from knowledge.dates import format_date

DUE_MORE = "klik_due_more"
_STATE = {DueState.OVERDUE: "🔴", DueState.OPEN: "🟡", DueState.SOON: "⚪"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("golive", "go-live", usage="[BØLGE [DATO]]",
                 summary="Go-live-datoer: vis dem alle eller én, eller sæt en, "
                         "fx `/klik golive \"KY - Bølge 3\" 2027-03-01`")
    def golive(ctx: CommandContext) -> Reply:
        if not ctx.args:
            return overview_reply(ctx)
        before = golive_dates(ctx.store, ctx.team)
        if ctx.args[-1].casefold() in CLEAR_WORDS and len(ctx.args) > 1:
            change = clear_golive(ctx.store, team=ctx.team, name=" ".join(ctx.args[:-1]), user=ctx.user,
                                  command=ctx.command, kb=ctx.kb)
            return _with_moves(ctx, before, Reply.announce(
                f"{render.user(ctx.user)} fjernede go-live for *{render.escape(change.name)}* (var "
                f"{format_date(change.previous)})."))
        rows = golive_overview(ctx.kb, ctx.store, ctx.team)
        name, day = read_golive_words(ctx.args, [r.name for r in rows])
        if day is None:
            return one_reply(next(r for r in rows if r.name == name))
        change = set_golive(ctx.store, team=ctx.team, name=name, day=day, user=ctx.user, command=ctx.command,
                            kb=ctx.kb)
        row = next(r for r in golive_overview(ctx.kb, ctx.store, ctx.team) if r.name == change.name)
        was = f" (før {format_date(change.previous)})" if change.previous not in (None, change.day) else ""
        return _with_moves(ctx, before, Reply.announce(
            f"{render.user(ctx.user)} satte go-live for *{render.escape(change.name)}* til "
            f"*{format_date(change.day)}*{was}: {render.escape(describe_row(row))}. "
            "`/klik due` viser hvad der forfalder."))

    @reg.command("due", "frister", "forfalder", "deadlines", usage="[DAGE]",
                 summary=f"Åbne opgaver i deres vindue, med frist inden for DAGE (standard "
                         f"{DEFAULT_DUE_DAYS}, højst {MAX_DUE_DAYS}) eller overskredet")
    def due_(ctx: CommandContext) -> Reply:
        return due_reply(ctx, parse_due_days(ctx.text))

    @reg.button(DUE_MORE)
    def due_more(ctx: CommandContext) -> Reply:
        days, offset = (int(w) for w in ctx.args[:2])
        return due_reply(ctx, days, offset=offset)


MOVED_LINES = 15  # per group in the go-live message; the rest is counted


def _with_moves(ctx: CommandContext, before: dict, reply: Reply) -> Reply:
    """Add which deadlines the change moved to the reply, and post the full list to the reminder
    channel (after the ack) so the whole team hears which tasks are now overdue or due this week."""
    status = {task: p.status for task, p in team_progress(ctx.store, ctx.team).items()}
    moves = golive_moves(ctx.kb, before=before, after=golive_dates(ctx.store, ctx.team), today=ctx.today(),
                         status=status)
    if not moves.moved:
        return reply
    reply = Reply.announce(f"{reply.text}\n{moves_summary(moves)}")
    channel = ReminderSettings.from_env().channel
    if channel and ctx.client is not None and channel != ctx.channel:
        blocks = moves_blocks(moves, headline=reply.text)
        ctx.later.append(lambda: ctx.client.chat_postMessage(channel=channel, text=reply.text, blocks=blocks))
    else:
        reply.blocks = moves_blocks(moves, headline=reply.text)
    return reply


def moves_blocks(moves: GoliveMoves, *, headline: str) -> list[render.Block]:
    """The go-live message: the change, then the now overdue, due this week, and other moved tasks."""
    groups = [("🔴 Nu overskredet", moves.overdue),
              ("⏰ Frist i denne uge", [m for m in moves.this_week if not m.overdue]),
              ("📅 Øvrige flyttede frister",
               [m for m in moves.moved if not m.overdue and not m.due_this_week])]
    blocks = [render.section(headline)]
    for title, items in groups:
        if not items:
            continue
        lines = [_moved_line(m) for m in items[:MOVED_LINES]]
        if len(items) > MOVED_LINES:
            lines.append(f"…og {len(items) - MOVED_LINES} mere; se `/klik due`.")
        blocks += render.bullet_lines([f"*{title} ({len(items)})*", *lines])
    if moves.finished:
        finished = render.count(moves.finished, "fuldført opgave", "fuldførte opgaver")
        blocks.append(render.context(f"{finished} fik også nye datoer (ikke vist)."))
    return render.limit_blocks(blocks, hint="Se `/klik due`.")


def _moved_line(m: MovedTask) -> str:
    return f"• *{render.escape(m.task)}* {render.escape(render.clip(m.title, 70))}: {move_text(m)}"


def overview_reply(ctx: CommandContext) -> Reply:
    rows = golive_overview(ctx.kb, ctx.store, ctx.team)
    dated, open_ = [r for r in rows if r.day], [r for r in rows if r.day is None]
    blocks = [render.section("*Go-live-datoer*"),
              *render.bullet_lines([_row_line(r) for r in dated] or ["Ingen go-live-dato er sat endnu."])]
    if open_:
        blocks += [render.section("*Kan sættes:*"), *render.bullet_lines([_row_line(r) for r in open_])]
    example = render.escape((open_ or rows)[0].name) if rows else "KY - Bølge 3"
    hints = [f"Sæt: `/klik golive \"{example}\" 2027-03-01`", f"vis én: `/klik golive \"{example}\"`"]
    if dated:
        hints.append(f"fjern: `/klik golive \"{render.escape(dated[0].name)}\" slet`")
    blocks.append(render.actions(render.button("Sæt go-live …", action_id=actions.OPEN_GOLIVE,
                                               value=(open_ or rows)[0].name if rows else "")))
    blocks.append(render.context("En bølges dato går forud for projektets. " + " · ".join(hints)))
    text = "Go-live-datoer: " + ("; ".join(f"{r.name} {format_date(r.day)}" for r in dated) or "ingen sat")
    return Reply(text=text, blocks=render.limit_blocks(blocks, hint="Se `klik golive`."))


def one_reply(row: GoliveRow) -> Reply:
    name = render.escape(row.name)
    text = f"*{name}*: {render.escape(row_summary(row))}"
    if row.day is None:
        text += f" Sæt den: `/klik golive \"{name}\" 2027-03-01`."
    return Reply(text=text, blocks=[render.section(text)])


def _row_line(row: GoliveRow) -> str:
    when = f": {format_date(row.day)}" if row.day else ""
    return f"• *{render.escape(row.name)}*{when} ({render.escape(describe_row(row))})"


def due_reply(ctx: CommandContext, days: int, *, offset: int = 0) -> Reply:
    """What is due, most urgent first, one page at a time (a 'Vis flere' button for the rest)."""
    today = ctx.today()
    found = due(ctx.kb, ctx.store, ctx.team, today, within_days=days)
    if not found:
        hint = ("" if golive_dates(ctx.store, ctx.team)  # every stored date is one of the overview's
                else " Ingen go-live-dato er sat endnu; se `/klik golive`.")
        text = f"Intet forfalder inden for {days} dage, og intet er overskredet.{hint}"
        return Reply(text=text, blocks=[render.section(text)])
    lines, left = render.page_of([_due_line(d) for d in found], offset=offset)
    shown = f"; her {offset + 1}-{offset + len(lines)}, det mest presserende først" if left or offset else ""
    blocks = [render.section(f"*{len(found)} opgave{'r' * (len(found) != 1)} kræver opmærksomhed* "
                             f"(frist inden for {days} dage, vindue åbent eller overskredet{shown})"),
              *render.bullet_lines(lines)]
    if left:
        blocks.append(render.more_button(left, action_id=DUE_MORE, value=f"{days} {offset + len(lines)}"))
    blocks.append(render.context("Se en opgave: `/klik status OPGAVE`"))
    return Reply(text=f"{len(found)} opgaver forfalder eller er overskredet",
                 blocks=render.limit_blocks(blocks, hint="Se `/klik list open`."))


def _due_line(d: DueTask) -> str:
    if d.state is DueState.OVERDUE:
        when = f"*{d.state.label().upper()}* med {-d.days_left} dag{'e' * (d.days_left != -1)}"
    elif d.days_left == 0:
        when = "*frist i dag*"
    else:
        when = f"om {d.days_left} dag{'e' * (d.days_left != 1)}"
        if d.state is DueState.SOON and d.start:
            when += f", starter {format_date(d.start)}"
    return (f"{_STATE[d.state]} *{render.escape(d.task)}* {render.escape(render.clip(d.title, 90))} – "
            f"frist {format_date(d.end)} ({when}) · {d.status.label()}")

