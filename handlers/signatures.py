"""`/klik received|signed TASK`, `/klik snooze TASK 3d`, and the reminders' "Underskrevet"/"Udsæt" buttons."""

from __future__ import annotations

from datetime import date

from slack_bolt import App

from bot.deadlines import deadline_text, is_working_day, window_for
from bot.golive import golive_dates
from bot.reminders import SIGNED_ACTION, SNOOZE_ACTION
from bot.signatures import (
    RECEIVED,
    SIGNED,
    Mark,
    SignatureState,
    get_signatures,
    mark_signature,
    pick_signature,
    signature_marks,
    unmark_signature,
)
from bot.snooze import snooze
from handlers import render
from handlers.registry import CommandContext, Reply, commands
from knowledge.dates import WEEKDAYS_DA, format_date
from knowledge.errors import KlikError
from knowledge.models import Task
from knowledge.qa.messages import text as message

UNDO_WORDS = {"received": "fortryd-modtaget", "signed": "fortryd-underskrevet"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("modtaget", "received", usage="OPGAVE [NR|DOKUMENT]",
                 summary="help_received")
    def received(ctx: CommandContext) -> Reply:
        return mark_reply(ctx, "received")

    @reg.command("underskrevet", "signed", usage="OPGAVE [NR|DOKUMENT]",
                 summary="help_signed")
    def signed(ctx: CommandContext) -> Reply:
        return mark_reply(ctx, "signed")

    @reg.command(UNDO_WORDS["received"], "unreceive", usage="OPGAVE [NR|DOKUMENT]",
                 summary="help_unreceive")
    def unreceive(ctx: CommandContext) -> Reply:
        return unmark_reply(ctx, "received")

    @reg.command(UNDO_WORDS["signed"], "unsign", usage="OPGAVE [NR|DOKUMENT]",
                 summary="help_unsign")
    def unsign(ctx: CommandContext) -> Reply:
        return unmark_reply(ctx, "signed")

    @reg.command("udsæt", "snooze", usage="OPGAVE [3d|1u]",
                 summary="help_snooze")
    def snooze_(ctx: CommandContext) -> Reply:
        return snooze_reply(ctx)

    @reg.button(SIGNED_ACTION)
    def signed_button(ctx: CommandContext) -> Reply:
        reply = mark_reply(ctx, "signed")
        return Reply(text=reply.text, blocks=reply.blocks)  # replaces the reminder where it was

    @reg.button(SNOOZE_ACTION)
    def snooze_button(ctx: CommandContext) -> Reply:
        reply = snooze_reply(ctx)
        return Reply(text=reply.text, blocks=reply.blocks)


def split_task(ctx: CommandContext) -> tuple[Task, list[str]]:
    """The longest leading words that name a task ('eFaktura 8b 2' -> eFaktura 8b, ['2'])."""
    words = ctx.args
    if not words:
        raise KlikError(message("command_which_task", ctx.lang, word=ctx.word or "signed"))
    found = ctx.task_prefixes(words)
    if found:
        k, task = found[-1]
        return task, words[k:]
    return ctx.task(" ".join(words)), []


def mark_reply(ctx: CommandContext, mark: str) -> Reply:
    task, rest = split_task(ctx)
    number = pick_signature(task, " ".join(rest), word=ctx.word or mark)
    before = get_signatures(ctx.store, ctx.team, task)[number - 1]
    lang = ctx.lang
    name = message("sigcmd_document_of", lang, document=render.escape(before.document),
                   task=render.task_label(task))
    if before.state == SIGNED:
        return _private(message("sigcmd_already_signed", lang, name=name, by=_by(before, "signed", lang)))
    if mark == "received" and before.state == RECEIVED:
        return _private(message("sigcmd_already_received", lang, name=name, by=_by(before, "received", lang)))
    after = mark_signature(ctx.store, team=ctx.team, task=task, which=str(number), mark=mark, user=ctx.user,
                           command=ctx.command)
    ref = render.escape(render.task_ref(task.id))
    undo = message("sigcmd_undo", lang, command=_undo_command(task, number, mark))
    if mark == "received":
        to = (message("sigcmd_sent_to", lang, recipient=render.escape(after.recipient))
              if after.recipient else "")
        return Reply.announce(message("sigcmd_received", lang, user=render.user(ctx.user), name=name,
                                      signer=render.escape(after.signer), to=to,
                                      deadline=_deadline(ctx, task), ref=ref, undo=undo))
    text = message("sigcmd_signed", lang, user=render.user(ctx.user), name=name)
    step = task.signatures[number - 1].done_step()
    if step is not None and task.step(step) and before.signed_at is None:
        text += message("sigcmd_mark_step_too", lang, step=step, ref=ref)
    return Reply.announce(f"{text} {undo}")


def unmark_reply(ctx: CommandContext, mark: Mark) -> Reply:
    task, rest = split_task(ctx)
    after = unmark_signature(ctx.store, team=ctx.team, task=task, which=" ".join(rest), mark=mark,
                             user=ctx.user, command=ctx.command, word=ctx.word or UNDO_WORDS[mark])
    lang = ctx.lang
    text = message("sigcmd_unmarked", lang, user=render.user(ctx.user),
                   what=message(f"sigcmd_mark_{mark}", lang),
                   document=render.escape(after.document), task=render.task_label(task),
                   state=after.state.label(lang))
    if after.state == SIGNED:
        return Reply.announce(f"{text} {_still_signed(ctx, task, after)}")
    if mark == "received" and after.state == RECEIVED:
        text += " " + _held_by_step(task, task.signatures[after.number - 1].received_step, lang)
    return Reply.announce(f"{text} {message('sigcmd_reminders_again', lang)}")


def _still_signed(ctx: CommandContext, task: Task, state: SignatureState) -> str:
    """Why a signature is still signed after a mark was taken back: the other mark, or its step."""
    if signature_marks(ctx.store, ctx.team, task.id).get(state.number, {}).get("signed_at"):
        undo = _undo_command(task, state.number, "signed")
        return message("sigcmd_still_signed", ctx.lang, undo=undo)
    return _held_by_step(task, task.signatures[state.number - 1].done_step(), ctx.lang)


def _held_by_step(task: Task, step: int | None, lang: str) -> str:
    return message("sigcmd_held_by_step", lang, step=step, ref=render.escape(render.task_ref(task.id)))


def _undo_command(task: Task, number: int, mark: Mark) -> str:
    which = f" {number}" if len(task.signatures) > 1 else ""
    return f"/klik {UNDO_WORDS[mark]} {render.escape(render.task_ref(task.id))}{which}"


def snooze_reply(ctx: CommandContext) -> Reply:
    task, rest = split_task(ctx)
    today = ctx.today()
    paused = snooze(ctx.store, team=ctx.team, task_id=task.id, period=" ".join(rest), today=today,
                    user=ctx.user, command=ctx.command)
    ref = render.escape(render.task_ref(task.id))
    lang = ctx.lang
    if paused is None:
        return Reply.announce(message("sigcmd_resumed", lang, user=render.user(ctx.user),
                                      task=render.task_label(task)))
    n = paused.working_days
    days = message("sigcmd_working_day" if n == 1 else "sigcmd_working_days", lang, n=n)
    span = _day(paused.first_paused, today)
    if paused.last_paused != paused.first_paused:
        first = _day(paused.first_paused, today, month=paused.first_paused.month != paused.last_paused.month)
        span = f"{first}–{_day(paused.last_paused, today)}"
    return Reply.announce(message("sigcmd_snoozed", lang, user=render.user(ctx.user),
                                  task=render.task_label(task),
                                  days=days, today=message("sigcmd_today_and", lang) * is_working_day(today),
                                  span=span, resume=_day(paused.resume_on, today), ref=ref))


def _day(day: date, today: date, *, month: bool = True) -> str:
    """'torsdag 26. november' ('mandag 23.' when the month follows; the year only when not this year)."""
    text = format_date(day)
    if day.year == today.year:
        text = text.rsplit(" ", 1)[0]
    if not month:
        text = text.split(" ", 1)[0]
    return f"{WEEKDAYS_DA[day.weekday()]} {text}"


def _deadline(ctx: CommandContext, task: Task) -> str:
    window = window_for(task, golive_dates(ctx.store, ctx.team))
    if window is None:
        return ""
    return message("sigcmd_deadline", ctx.lang, when=deadline_text(window, ctx.today(), lang=ctx.lang))


def _by(state: SignatureState, what: str, lang: str) -> str:
    at, by = getattr(state, f"{what}_at"), getattr(state, f"{what}_by")
    who = message("sigcmd_by", lang, user=render.user(by)) if by else ""
    return f"{who}{render.when(at)}" if at else message("sigcmd_marked_earlier", lang)


def _private(text: str) -> Reply:
    return Reply(text=text, blocks=[render.section(text)])
