"""`/klik påmindelser`: how reminders are set up for this workspace and what goes out today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.remind_run import SENT_TABLE, run_pass
from bot.reminder_prefs import parse_preference, preference, set_preference
from bot.reminder_wording import kind_label
from bot.reminders import (
    DIGEST_SHOWN,
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

    @reg.command("påmindelser", "reminders", usage="[mig samlet|hver|fra]",
                 summary="Hvornår og til hvem påmindelser sendes, og hvad der sendes i dag; "
                         "`mig samlet|hver|fra` vælger én samlet DM om dagen, én pr. påmindelse, "
                         "eller ingen")
    def reminders(ctx: CommandContext) -> Reply:
        if ctx.args and ctx.args[0].casefold() in _ME:
            return preference_reply(ctx, ctx.args[1:])
        return reminders_reply(ctx)


_ME = {"mig", "me", "mine", "my"}
MODE_DA = {"digest": "én samlet besked om dagen med alt, der forfalder (det mest presserende først)",
           "each": "én besked pr. påmindelse", "off": "ingen påmindelser som DM (kanalen får dem stadig)"}


def preference_reply(ctx: CommandContext, words: list[str]) -> Reply:
    """`/klik påmindelser mig [samlet|hver|fra]`: show or change how this person gets reminders."""
    if not words:
        mode = preference(ctx.store, ctx.team, ctx.user)
        text = (f"Dine påmindelser lige nu: {MODE_DA[mode]}. Skift med `/klik påmindelser mig samlet`, "
                "`… mig hver` eller `… mig fra`.")
        return Reply(text=text, blocks=[render.section(text)])
    mode = parse_preference(" ".join(words))
    set_preference(ctx.store, team=ctx.team, user=ctx.user, mode=mode)
    text = f"Dine påmindelser fremover: {MODE_DA[mode]}."
    return Reply(text=text, blocks=[render.section(text)])


def reminders_reply(ctx: CommandContext) -> Reply:
    settings = ReminderSettings.from_env()
    now = local_time(ctx.now())
    where = _place(settings.channel) if settings.channel else "ingen kanal (sæt KLIK_REMINDER_CHANNEL)"
    rules = (f"Påmindelser sendes på danske arbejdsdage fra kl. {settings.at:%H.%M} som DM til opgavens "
             f"ansvarlig og udfører (samlet i én besked om dagen pr. person; vælg selv med "
             f"`/klik påmindelser mig samlet|hver|fra`) og i {where}: om en manglende underskrift hver "
             f"{settings.every_days}. "
             f"arbejdsdag fra opgavens vindue åbner, hver dag de sidste {settings.final_days} arbejdsdage "
             "før fristen, og hver dag som OVERSKREDET derefter. Udsæt med `/klik udsæt OPGAVE 3d`.")
    sent = [doc for doc in ctx.store.all(SENT_TABLE).values()
            if doc.get("team") == ctx.team and doc.get("day") == now.date().isoformat()]
    # before the reminder hour, show what the day's first pass will send
    at = max(now, now.replace(hour=settings.at.hour, minute=settings.at.minute, second=0, microsecond=0))
    planned = run_pass(now=at, store=ctx.store, kb=ctx.kb, client=None, dry_run=True, settings=settings,
                       teams=[ctx.team]).planned
    lines = [f"• sendt: opgave {render.escape(d['task'])} ({kind_label(d['kind'])}) "
             f"til {_place(d['channel'])}"
             for d in sent]
    lines += [f"• venter: opgave {render.escape(i.task)} ({kind_label(i.kind)}) til {_place(i.channel)}"
              + (f" (i en samlet besked med {len(r.items)})" if r.items else "")
              for r in planned for i in (r.items or [r])]
    today = f"*I dag, {format_date(now.date())}:*"
    shown, left = render.page_of(lines, offset=0)
    if left:
        shown.append(f"…og {left} mere; hele listen: `klik remind --dry-run`.")
    blocks = [render.section(rules), render.section(today),
              *render.bullet_lines(shown or ["Ingen påmindelser i dag."])]
    return Reply(text=f"Påmindelser: {len(sent)} sendt, {len(planned)} venter i dag",
                 blocks=render.limit_blocks(blocks, hint="Se `klik remind --dry-run` for hele listen."))


def reminder_blocks(reminder: Reminder) -> list[render.Block]:
    """A reminder as Slack shows it: its text, then "Underskrevet" (signatures) and "Udsæt" buttons.
    Button values are the words after the subcommand, as `/klik signed|snooze` would get them."""
    if reminder.items:
        return digest_blocks(reminder)
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


def digest_blocks(digest: Reminder) -> list[render.Block]:
    """A digest: a heading, then one line per item (most urgent first) with its button, within
    Slack's 50 blocks: past DIGEST_SHOWN the rest is counted, and the Home tab lists them all."""
    items = digest.items
    heading = digest.text.split("\n", 1)[0]
    blocks = [render.section(heading)]
    for item in items[:DIGEST_SHOWN]:
        who = f" → {render.user(item.recipient)}" if digest.recipient is None and item.recipient else ""
        blocks.append(render.section(item.headline + who, accessory=_item_button(item)))
    if len(items) > DIGEST_SHOWN:
        blocks.append(render.context(f"…og {len(items) - DIGEST_SHOWN} påmindelser mere. Se dem alle "
                                     "under *Hjem* hos klik-bot eller med `/klik due`."))
    blocks.append(render.context("Vil du hellere have én besked pr. påmindelse eller ingen? "
                                 "`/klik påmindelser mig hver` / `… mig fra`."))
    return blocks


def _item_button(item: Reminder) -> render.Block:
    ref = render.task_ref(item.task)
    if item.signature is not None:
        return render.button("Underskrevet", action_id=SIGNED_ACTION, value=f"{ref} {item.signature}")
    return render.button(f"Udsæt {SNOOZE_BUTTON_DAYS} arbejdsdage", action_id=SNOOZE_ACTION,
                         value=f"{ref} {SNOOZE_BUTTON_DAYS}d")
