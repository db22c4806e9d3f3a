"""`/klik påmindelser`: how reminders are set up for this workspace and what goes out today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.remind_run import SENT_TABLE, run_pass
from bot.reminders import (
    KIND_DA,
    SIGNED_ACTION,
    SNOOZE_ACTION,
    SNOOZE_BUTTON_DAYS,
    Reminder,
    ReminderSettings,
    local_time,
)
from handlers import render
from handlers.registry import CommandContext, Reply, commands
from knowledge.dates import format_date

if TYPE_CHECKING:  # only a type hint: `klik remind` should not load bolt
    from slack_bolt import App


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("påmindelser", "reminders",
                 summary="Hvornår og til hvem påmindelser sendes, og hvad der sendes i dag")
    def reminders(ctx: CommandContext) -> Reply:
        return reminders_reply(ctx)


def reminders_reply(ctx: CommandContext) -> Reply:
    settings = ReminderSettings.from_env()
    now = local_time(ctx.now())
    where = _place(settings.channel) if settings.channel else "ingen kanal (sæt KLIK_REMINDER_CHANNEL)"
    rules = (f"Påmindelser sendes på danske arbejdsdage fra kl. {settings.at:%H.%M} som DM til opgavens "
             f"ansvarlig og udfører og i {where}: om en manglende underskrift hver {settings.every_days}. "
             f"arbejdsdag fra opgavens vindue åbner, hver dag de sidste {settings.final_days} arbejdsdage "
             "før fristen, og hver dag som OVERSKREDET derefter. Udsæt med `/klik udsæt OPGAVE 3d`.")
    sent = [doc for doc in ctx.store.all(SENT_TABLE).values()
            if doc.get("team") == ctx.team and doc.get("day") == now.date().isoformat()]
    # before the reminder hour, show what the day's first pass will send
    at = max(now, now.replace(hour=settings.at.hour, minute=settings.at.minute, second=0, microsecond=0))
    planned = run_pass(now=at, store=ctx.store, kb=ctx.kb, client=None, dry_run=True, settings=settings,
                       teams=[ctx.team]).planned
    lines = [f"• sendt: opgave {render.escape(d['task'])} ({KIND_DA[d['kind']]}) til {_place(d['channel'])}"
             for d in sent]
    lines += [f"• venter: opgave {render.escape(r.task)} ({KIND_DA[r.kind]}) til {_place(r.channel)}"
              for r in planned]
    today = f"*I dag, {format_date(now.date())}:*"
    blocks = [render.section(rules), render.section(today),
              *render.bullet_lines(lines or ["Ingen påmindelser i dag."])]
    return Reply(text=f"Påmindelser: {len(sent)} sendt, {len(planned)} venter i dag",
                 blocks=render.limit_blocks(blocks, hint="Se `klik remind --dry-run` for hele listen."))


def reminder_blocks(reminder: Reminder) -> list[render.Block]:
    """A reminder as Slack shows it: its text, then "Underskrevet" (signatures) and "Udsæt" buttons.
    Button values are the words after the subcommand, as `/klik signed|snooze` would get them."""
    ref = render.task_ref(reminder.task)
    snooze = render.button(f"Udsæt {SNOOZE_BUTTON_DAYS} arbejdsdage", action_id=SNOOZE_ACTION,
                           value=f"{ref} {SNOOZE_BUTTON_DAYS}d")
    if reminder.signature is None:
        hint = f"Når opgaven er færdig: `/klik complete {render.escape(reminder.task)}`."
        return [render.section(reminder.text), render.actions(snooze), render.context(hint)]
    signed = render.button("Underskrevet", action_id=SIGNED_ACTION, style="primary",
                           value=f"{ref} {reminder.signature}")
    hint = ("Tryk *Underskrevet*, når dokumentet er sendt retur underskrevet "
            f"(eller `/klik signed {render.escape(reminder.task)}`).")
    return [render.section(reminder.text), render.actions(signed, snooze), render.context(hint)]


def _place(channel: str | None) -> str:
    if channel is None:
        return "ingen (ingen ansvarlig og ingen kanal)"
    return render.user(channel) if channel.startswith(("U", "W")) else f"<#{render.escape(channel)}>"
