"""`/klik påmindelser`: how reminders are set up for this workspace and what goes out today; and a
reminder's message: the planner (bot/reminders.py) gives data, the words come from the language
tables (knowledge/qa/messages, keys `reminder_*`) and are laid out here as mrkdwn and Block Kit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.deadlines import deadline_text
from bot.progress import status_label
from bot.remind_run import SENT_TABLE, run_pass
from bot.reminder_prefs import parse_preference, preference, set_preference
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
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as words
from knowledge.qa.messages.reminders import kind_label, moment_label, reason

if TYPE_CHECKING:  # only a type hint: `klik remind` should not load bolt
    from slack_bolt import App


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("påmindelser", "reminders", usage="[mig samlet|hver|fra]",
                 summary="help_reminders")
    def reminders(ctx: CommandContext) -> Reply:
        if ctx.args and ctx.args[0].casefold() in _ME:
            return preference_reply(ctx, ctx.args[1:])
        return reminders_reply(ctx)


_ME = {"mig", "me", "mine", "my"}


def preference_reply(ctx: CommandContext, words_: list[str], lang: str = "da") -> Reply:
    """`/klik påmindelser mig [samlet|hver|fra]`: show or change how this person gets reminders (the
    words from the language tables; commands answer in Danish, as every /klik subcommand does)."""
    if not words_:
        mode = preference(ctx.store, ctx.team, ctx.user)
        text = words("reminders_mode_now", lang, mode=words(f"reminders_mode_{mode}", lang))
        return Reply(text=text, blocks=[render.section(text)])
    mode = parse_preference(" ".join(words_))
    set_preference(ctx.store, team=ctx.team, user=ctx.user, mode=mode)
    text = words("reminders_mode_set", lang, mode=words(f"reminders_mode_{mode}", lang))
    return Reply(text=text, blocks=[render.section(text)])


def reminders_reply(ctx: CommandContext, lang: str = "da") -> Reply:
    settings = ReminderSettings.from_env()
    now = local_time(ctx.now())
    where = _place(settings.channel, lang) if settings.channel else words("reminders_no_channel", lang)
    rules = words("reminders_rules", lang, at=f"{settings.at:%H.%M}", where=where,
                  every_days=settings.every_days, final_days=settings.final_days)
    sent = [doc for doc in ctx.store.all(SENT_TABLE).values()
            if doc.get("team") == ctx.team and doc.get("day") == now.date().isoformat()]
    # before the reminder hour, show what the day's first pass will send
    at = max(now, now.replace(hour=settings.at.hour, minute=settings.at.minute, second=0, microsecond=0))
    planned = run_pass(now=at, store=ctx.store, kb=ctx.kb, client=None, dry_run=True, settings=settings,
                       teams=[ctx.team]).planned
    lines = [words("reminders_sent", lang, task=render.escape(d["task"]), kind=kind_label(d["kind"], lang),
                   place=_place(d["channel"], lang)) for d in sent]
    lines += [words("reminders_waiting", lang, task=render.escape(i.task), kind=kind_label(i.kind, lang),
                    place=_place(i.channel, lang))
              + (words("reminders_in_digest", lang, count=len(r.items)) if r.items else "")
              for r in planned for i in (r.items or [r])]
    today = words("reminders_today", lang, date=format_date(now.date(), lang=lang))
    shown, left = render.page_of(lines, offset=0)
    if left:
        shown.append(words("reminders_more", lang, left=left))
    blocks = [render.section(rules), render.section(today),
              *render.bullet_lines(shown or [words("reminders_none_today", lang)])]
    return Reply(text=words("reminders_summary", lang, sent=len(sent), waiting=len(planned)),
                 blocks=render.limit_blocks(blocks, hint=words("reminders_see_all", lang)))


def reminder_message(reminder: Reminder, lang: str = "da") -> tuple[str, list[render.Block]]:
    """A reminder as it is posted: (the message's text, its Block Kit)."""
    return reminder_text(reminder, lang), reminder_blocks(reminder, lang)


def reminder_text(reminder: Reminder, lang: str = "da") -> str:
    """A reminder's message (mrkdwn): what is missing, its status and deadline, who, and why now; a
    digest's heading and one line per item."""
    if reminder.items:
        return digest_text(reminder, lang)
    name = _task(reminder, reminder.title, lang)
    sig = reminder.document
    if sig is not None:
        flag = words("reminder_flag_overdue" if reminder.overdue else "reminder_flag_reminder", lang)
        lines = [words("reminder_signature_title", lang, flag=flag, document=render.escape(sig.document),
                       missing=_missing(sig.approval, lang), task=name),
                 words("reminder_signature_status", lang, state=sig.state.label(lang)),
                 words("reminder_approver" if sig.approval else "reminder_signer", lang,
                       signer=render.escape(sig.signer))]
        if sig.recipient:
            lines.append(words("reminder_sent_to", lang, recipient=render.escape(sig.recipient)))
    else:
        moment = moment_label(reminder.moment, lang)
        lines = [words("reminder_deadline_title", lang, moment=moment, task=name),
                 counted("reminder_status_steps" if reminder.steps_total else "reminder_status", lang,
                         reminder.steps_total, status=status_label(reminder.status, lang),
                         done=reminder.steps_done, total=reminder.steps_total)]
    lines += [words("reminder_deadline", lang, when=_when(reminder, lang)), _people(reminder, lang),
              words("reminder_why_now", lang, why=reason(reminder.why, reminder.facts, lang))]
    return "\n".join(lines)


def headline(item: Reminder, lang: str = "da") -> str:
    """One digest line: '🔴 *OVERSKREDET:* Blanket mangler underskrift – opgave 433 … · frist …'."""
    name, when = _task(item, _short(item.title), lang), _when(item, lang)
    sig = item.document
    if sig is not None:
        return words("reminder_line_signature_overdue" if item.overdue else "reminder_line_signature", lang,
                     document=render.escape(sig.document), missing=_missing(sig.approval, lang),
                     task=name, when=when)
    return words("reminder_line_deadline_overdue" if item.overdue else "reminder_line_deadline", lang,
                 moment=moment_label(item.moment, lang), task=name, when=when)


def digest_text(digest: Reminder, lang: str = "da") -> str:
    lines = [_digest_heading(digest, lang)]
    for item in digest.items[:DIGEST_SHOWN]:
        who = f" → {render.user(item.recipient)}" if digest.recipient is None and item.recipient else ""
        lines.append(f"• {headline(item, lang)}{who}")
    if len(digest.items) > DIGEST_SHOWN:
        lines.append(counted("reminder_digest_more", lang, len(digest.items) - DIGEST_SHOWN,
                             more=len(digest.items) - DIGEST_SHOWN))
    return "\n".join(lines)


def _digest_heading(digest: Reminder, lang: str) -> str:
    to = "person" if digest.recipient else "channel"
    heading = words(f"reminder_digest_heading_{to}", lang)
    return words("reminder_digest_top", lang, heading=heading, count=len(digest.items))


def _task(reminder: Reminder, title: str, lang: str) -> str:
    return words("reminder_task", lang, task=render.escape(reminder.task), title=render.escape(title))


def _missing(approval: bool, lang: str) -> str:
    return words("reminder_missing_approval" if approval else "reminder_missing_signature", lang)


def _when(reminder: Reminder, lang: str) -> str:
    return deadline_text(reminder.window, reminder.day, lang=lang)


def _short(title: str, limit: int = 80) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _people(reminder: Reminder, lang: str) -> str:
    named = [words(f"reminder_role_{role}", lang, who=render.user(reminder.assignees[role]))
             for role in ("ansvarlig", "udfører") if reminder.assignees.get(role)]
    return " · ".join(named) or words("reminder_nobody", lang, task=render.escape(reminder.task))


def reminder_blocks(reminder: Reminder, lang: str = "da") -> list[render.Block]:
    """A reminder as Slack shows it: its text, then "Underskrevet" (signatures) and "Udsæt" buttons.
    Button values are the words after the subcommand, as `/klik signed|snooze` would get them."""
    if reminder.items:
        return digest_blocks(reminder, lang)
    ref, task = render.task_ref(reminder.task), render.escape(reminder.task)
    snooze = _snooze_button(ref, lang)
    if reminder.signature is None:
        hint = words("reminder_hint_complete", lang, task=task)
        return [render.section(reminder_text(reminder, lang)), render.actions(snooze), render.context(hint)]
    signed = render.button(words("reminder_button_signed", lang), action_id=SIGNED_ACTION, style="primary",
                           value=f"{ref} {reminder.signature}")
    hint = words("reminder_hint_signed", lang, task=task)
    return [render.section(reminder_text(reminder, lang)), render.actions(signed, snooze),
            render.context(hint)]


def _place(channel: str | None, lang: str = "da") -> str:
    if channel is None:
        return words("reminders_nobody", lang)
    return render.user(channel) if channel.startswith(("U", "W")) else f"<#{render.escape(channel)}>"


def digest_blocks(digest: Reminder, lang: str = "da") -> list[render.Block]:
    """A digest: a heading, then one line per item (most urgent first) with its button, within
    Slack's 50 blocks: past DIGEST_SHOWN the rest is counted, and the Home tab lists them all."""
    items = digest.items
    blocks = [render.section(_digest_heading(digest, lang))]
    for item in items[:DIGEST_SHOWN]:
        who = f" → {render.user(item.recipient)}" if digest.recipient is None and item.recipient else ""
        blocks.append(render.section(headline(item, lang) + who, accessory=_item_button(item, lang)))
    if len(items) > DIGEST_SHOWN:
        more = len(items) - DIGEST_SHOWN
        blocks.append(render.context(counted("reminder_digest_more_home", lang, more, more=more)))
    blocks.append(render.context(words("reminder_digest_prefs", lang)))
    return blocks


def _item_button(item: Reminder, lang: str) -> render.Block:
    ref = render.task_ref(item.task)
    if item.signature is not None:
        return render.button(words("reminder_button_signed", lang), action_id=SIGNED_ACTION,
                             value=f"{ref} {item.signature}")
    return _snooze_button(ref, lang)


def _snooze_button(ref: str, lang: str) -> render.Block:
    label = words("reminder_button_snooze", lang, days=SNOOZE_BUTTON_DAYS)
    return render.button(label, action_id=SNOOZE_ACTION, value=f"{ref} {SNOOZE_BUTTON_DAYS}d")
