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
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message

DUE_MORE = "klik_due_more"
_STATE = {DueState.OVERDUE: "🔴", DueState.OPEN: "🟡", DueState.SOON: "⚪"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("golive", "go-live", usage="[BØLGE [DATO]]",
                 summary="help_golive")
    def golive(ctx: CommandContext) -> Reply:
        if not ctx.args:
            return overview_reply(ctx)
        before = golive_dates(ctx.store, ctx.team)
        if ctx.args[-1].casefold() in CLEAR_WORDS and len(ctx.args) > 1:
            change = clear_golive(ctx.store, team=ctx.team, name=" ".join(ctx.args[:-1]), user=ctx.user,
                                  command=ctx.command, kb=ctx.kb)
            return _with_moves(ctx, before, Reply.announce(message(
                "golivecmd_cleared", ctx.lang, user=render.user(ctx.user), name=render.escape(change.name),
                was=format_date(change.previous, lang=ctx.lang))))
        rows = golive_overview(ctx.kb, ctx.store, ctx.team)
        name, day = read_golive_words(ctx.args, [r.name for r in rows])
        if day is None:
            return one_reply(next(r for r in rows if r.name == name), ctx.lang)
        change = set_golive(ctx.store, team=ctx.team, name=name, day=day, user=ctx.user, command=ctx.command,
                            kb=ctx.kb)
        row = next(r for r in golive_overview(ctx.kb, ctx.store, ctx.team) if r.name == change.name)
        was = (message("golivecmd_was", ctx.lang, day=format_date(change.previous, lang=ctx.lang))
               if change.previous not in (None, change.day) else "")
        return _with_moves(ctx, before, Reply.announce(message(
            "golivecmd_set", ctx.lang, user=render.user(ctx.user), name=render.escape(change.name),
            day=format_date(change.day, lang=ctx.lang), was=was, row=render.escape(describe_row(row)))))

    @reg.command("due", "frister", "forfalder", "deadlines", usage="[DAGE]",
                 summary="help_due", summary_values={"default": DEFAULT_DUE_DAYS, "most": MAX_DUE_DAYS})
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
        blocks = moves_blocks(moves, headline=reply.text, lang=ctx.lang)
        ctx.later.append(lambda: ctx.client.chat_postMessage(channel=channel, text=reply.text, blocks=blocks))
    else:
        reply.blocks = moves_blocks(moves, headline=reply.text, lang=ctx.lang)
    return reply


def moves_blocks(moves: GoliveMoves, *, headline: str, lang: str = "da") -> list[render.Block]:
    """The go-live message: the change, then the now overdue, due this week, and other moved tasks."""
    groups = [(message("golivecmd_now_overdue", lang), moves.overdue),
              (message("golivecmd_due_this_week", lang), [m for m in moves.this_week if not m.overdue]),
              (message("golivecmd_other_moved", lang),
               [m for m in moves.moved if not m.overdue and not m.due_this_week])]
    blocks = [render.section(headline)]
    for title, items in groups:
        if not items:
            continue
        lines = [_moved_line(m) for m in items[:MOVED_LINES]]
        if len(items) > MOVED_LINES:
            lines.append(message("golivecmd_more", lang, n=len(items) - MOVED_LINES))
        blocks += render.bullet_lines([message("golivecmd_group", lang, title=title, n=len(items)), *lines])
    if moves.finished:
        finished = render.count(moves.finished, message("golivecmd_finished_one", lang),
                                message("golivecmd_finished_many", lang))
        blocks.append(render.context(message("golivecmd_finished_moved", lang, finished=finished)))
    return render.limit_blocks(blocks, hint=message("golivecmd_see_due", lang))


def _moved_line(m: MovedTask) -> str:
    return f"• *{render.escape(m.task)}* {render.escape(render.clip(m.title, 70))}: {move_text(m)}"


def overview_reply(ctx: CommandContext) -> Reply:
    rows = golive_overview(ctx.kb, ctx.store, ctx.team)
    dated, open_ = [r for r in rows if r.day], [r for r in rows if r.day is None]
    lang = ctx.lang
    blocks = [render.section(message("golivecmd_heading", lang)),
              *render.bullet_lines([_row_line(r, lang) for r in dated]
                                   or [message("golivecmd_none_set", lang)])]
    if open_:
        blocks += [render.section(message("golivecmd_can_be_set", lang)),
                   *render.bullet_lines([_row_line(r, lang) for r in open_])]
    example = render.escape((open_ or rows)[0].name) if rows else "KY - Bølge 3"
    hints = [message("golivecmd_hint_set", lang, name=example),
             message("golivecmd_hint_show", lang, name=example)]
    if dated:
        hints.append(message("golivecmd_hint_clear", lang, name=render.escape(dated[0].name)))
    blocks.append(render.actions(render.button(message("golivecmd_button_set", lang),
                                               action_id=actions.OPEN_GOLIVE,
                                               value=(open_ or rows)[0].name if rows else "")))
    blocks.append(render.context(message("golivecmd_wave_first", lang, hints=" · ".join(hints))))
    dates = "; ".join(f"{r.name} {format_date(r.day, lang=lang)}" for r in dated)
    text = message("golivecmd_text", lang, dates=dates or message("golivecmd_text_none", lang))
    return Reply(text=text, blocks=render.limit_blocks(blocks, hint=message("golivecmd_see_golive", lang)))


def one_reply(row: GoliveRow, lang: str = "da") -> Reply:
    name = render.escape(row.name)
    text = f"*{name}*: {render.escape(row_summary(row))}"
    if row.day is None:
        text += message("golivecmd_set_it", lang, name=name)
    return Reply(text=text, blocks=[render.section(text)])


def _row_line(row: GoliveRow, lang: str) -> str:
    when = f": {format_date(row.day, lang=lang)}" if row.day else ""
    return f"• *{render.escape(row.name)}*{when} ({render.escape(describe_row(row))})"


def due_reply(ctx: CommandContext, days: int, *, offset: int = 0) -> Reply:
    """What is due, most urgent first, one page at a time (a 'Vis flere' button for the rest)."""
    today, lang = ctx.today(), ctx.lang
    found = due(ctx.kb, ctx.store, ctx.team, today, within_days=days)
    if not found:
        hint = ("" if golive_dates(ctx.store, ctx.team)  # every stored date is one of the overview's
                else message("duecmd_no_golive", lang))
        text = counted("duecmd_nothing", lang, days, days=days, hint=hint)
        return Reply(text=text, blocks=[render.section(text)])
    lines, left = render.page_of([_due_line(d, lang) for d in found], offset=offset)
    shown = (message("duecmd_here", lang, first=offset + 1, last=offset + len(lines))
             if left or offset else "")
    heading = message("duecmd_heading_one" if len(found) == 1 else "duecmd_heading", lang, n=len(found),
                      within=counted("duecmd_days", lang, days, days=days), shown=shown)
    blocks = [render.section(heading), *render.bullet_lines(lines)]
    if left:
        blocks.append(render.more_button(left, action_id=DUE_MORE, value=f"{days} {offset + len(lines)}"))
    blocks.append(render.context(message("duecmd_see_task", lang)))
    return Reply(text=counted("duecmd_text", lang, len(found), n=len(found)),
                 blocks=render.limit_blocks(blocks, hint=message("duecmd_see_open", lang)))


def _due_line(d: DueTask, lang: str = "da") -> str:
    if d.state is DueState.OVERDUE:
        late = -d.days_left
        when = message("duecmd_overdue_1" if late == 1 else "duecmd_overdue", lang,
                       state=d.state.label(lang).upper(), n=late)
    elif d.days_left == 0:
        when = message("duecmd_today", lang)
    else:
        when = message("duecmd_in_1" if d.days_left == 1 else "duecmd_in", lang, n=d.days_left)
        if d.state is DueState.SOON and d.start:
            when += message("duecmd_starts", lang, day=format_date(d.start, lang=lang))
    return message("duecmd_line", lang, icon=_STATE[d.state], task=render.escape(d.task),
                   title=render.escape(render.clip(d.title, 90)), end=format_date(d.end, lang=lang),
                   when=when, status=d.status.label(lang))

