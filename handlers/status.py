"""`/klik status`, `/klik list` and `/klik history`: what a workspace has done, as Block Kit."""

from __future__ import annotations

import shlex
from datetime import date

from slack_bolt import App

from bot import progress as prog
from bot.deadlines import deadline_text, window_for
from bot.golive import golive_dates
from bot.signatures import SIGNED, get_signatures
from handlers import actions, render
from handlers.registry import CommandContext, Reply, commands
from knowledge.dates import Window, format_date, golive_key
from knowledge.errors import KlikError, echo
from knowledge.models import Task
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.wording import number_list

STEP_BUTTON = "klik_step_done"
LIST_MORE = "klik_list_more"
HISTORY_LIMIT = 25
MAX_STEP_BLOCKS = 30  # more steps than this are listed compactly (Slack allows 50 blocks)
STATUS_ICON = {prog.Status.NOT_STARTED: "⚪", prog.Status.STARTED: "🟡", prog.Status.DONE: "✅"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("status", usage="OPGAVE",
                 summary="help_status")
    def status(ctx: CommandContext) -> Reply:
        return status_reply(ctx, ctx.task(ctx.text))

    @reg.command("list", "liste", usage="[open|mine|PROJEKT|BØLGE]",
                 summary="help_list")
    def list_(ctx: CommandContext) -> Reply:
        return list_reply(ctx, ctx.text)

    @reg.button(LIST_MORE)
    def list_more(ctx: CommandContext) -> Reply:
        offset, _, which = ctx.text.partition(" ")
        return list_reply(ctx, which, offset=int(offset))

    @reg.command("history", "historik", usage="OPGAVE", summary="help_history")
    def history(ctx: CommandContext) -> Reply:
        return history_reply(ctx, ctx.task(ctx.text))

    @reg.button(STEP_BUTTON)
    def step_button(ctx: CommandContext) -> Reply:
        # Same code path as `/klik done TASK STEP`; the message becomes the updated status.
        ref, step = ctx.args[0], int(ctx.args[1])
        task = ctx.task(ref)
        result = prog.mark_steps(ctx.store, team=ctx.team, task=task, steps=[step], user=ctx.user,
                                 command=ctx.command, now=ctx.now())
        if result.marked:
            note = message("statuscmd_step_marked", ctx.lang, user=render.user(ctx.user), step=step)
        else:
            note = render.already_done(step, result.progress.steps[step])
        return status_reply(ctx, task, note=note)


def task_window(ctx: CommandContext, task: Task) -> Window | None:
    return window_for(task, golive_dates(ctx.store, ctx.team))


def status_reply(ctx: CommandContext, task: Task, *, note: str | None = None) -> Reply:
    """The full status of one task for this workspace, with a button on each open step."""
    progress = prog.get_progress(ctx.store, ctx.team, task.id)
    today = ctx.today()
    blocks = [render.header(render.task_name(task.id, task.title, limit=render.MAX_HEADER))]
    if note:
        blocks.append(render.context(note))
    ref = render.escape(render.task_ref(task.id))
    people = {role: render.user(uid) for role, uid in progress.assignees.items()}
    lang = ctx.lang
    field = {role: message(f"statuscmd_field_{role}", lang) for role in ("ansvarlig", "udfører")}
    blocks.append(render.fields([
        (message("statuscmd_field_status", lang),
         f"{STATUS_ICON[progress.status]} {progress.status.label(lang)}"),
        (message("statuscmd_field_project", lang), render.escape(task.project or "–")),
        (message("statuscmd_field_wave", lang), render.escape(", ".join(task.waves) or "–")),
        (message("statuscmd_field_priority", lang), render.escape(task.priority or "–")),
        *((field[role], people.get(role, message("statuscmd_nobody", lang, ref=ref, role=role)))
          for role in ("ansvarlig", "udfører")),
    ]))
    finished = progress.status == prog.Status.DONE
    blocks.append(render.section(deadline_line(ctx, task, today, finished=finished)))
    blocks += step_blocks(task, progress, lang)
    if task.checklist:
        lines = [f"{'✅' if _done(i.status) else '⬜'} {i.number}. {render.escape(i.title)}"
                 + (f" – {render.escape(i.status)}" if i.status else "") for i in task.checklist]
        blocks.append(render.section(message("statuscmd_checklist", lang) + "\n" + "\n".join(lines)))
    blocks += signature_blocks(ctx, task, progress)
    blocks.append(render.actions(*modal_buttons(task, lang)))
    blocks.append(render.context(footer(task, progress, ref=ref, lang=lang)))
    total = len(task.method_steps)
    text = counted("statuscmd_text", lang, total, task=render.task_name(task.id, task.title),
                   status=progress.status.label(lang), done=len(prog.done_steps(task, progress)), total=total)
    return Reply(text=render.escape(text),
                 blocks=render.limit_blocks(blocks, hint=message("statuscmd_see_rest", lang, ref=ref)))


def modal_buttons(task: Task, lang: str = "da") -> list[dict]:
    """Buttons that open the assign, snooze and signature modals for this task (handlers/modals.py)."""
    buttons = [render.button(message("statuscmd_button_assign", lang), action_id=actions.OPEN_ASSIGN,
                             value=task.id),
               render.button(message("statuscmd_button_snooze", lang), action_id=actions.OPEN_SNOOZE,
                             value=task.id)]
    if task.signatures:
        buttons.append(render.button(message("statuscmd_button_signature", lang),
                                     action_id=actions.OPEN_SIGNATURE, value=task.id))
    return buttons


def footer(task: Task, progress: prog.Progress, *, ref: str, lang: str = "da") -> str:
    """Commands worth copying: mark the next open step, undo the last done one, the history."""
    hints = []
    if open_steps := prog.open_steps(task, progress):
        hints.append(message("statuscmd_hint_next", lang, ref=ref, step=open_steps[0]))
    if done_steps := prog.done_steps(task, progress):
        hints.append(message("statuscmd_hint_undo", lang, ref=ref, step=done_steps[-1]))
    hints.append(message("statuscmd_hint_history", lang, ref=ref))
    text = " · ".join(hints)
    return text[0].upper() + text[1:]


def deadline_line(ctx: CommandContext, task: Task, today, *, finished: bool) -> str:
    window, lang = task_window(ctx, task), ctx.lang
    if window is not None:
        start = (message("statuscmd_start", lang, day=format_date(window.start, lang=lang))
                 if window.start else "")
        end = format_date(window.end, lang=lang) if finished else deadline_text(window, today, lang=lang)
        if window.golive is None:  # a calendar date from the text: no go-live needed
            return message("statuscmd_deadline_dated", lang, start=start, end=end)
        return message("statuscmd_deadline", lang, start=start, end=end,
                       golive=format_date(window.golive, lang=lang))
    if task.end_offset_days is None:
        return message("statuscmd_no_deadline", lang)
    end = task.end_offset_days  # days from go-live: negative before it, positive after (Slutdato 30)
    offsets = counted("statuscmd_end_offset" if end <= 0 else "statuscmd_end_after", lang, end, days=abs(end))
    if task.start_offset_days is not None:
        offsets += counted("statuscmd_start_offset", lang, task.start_offset_days,
                           days=-task.start_offset_days)
    wave = (task.waves or [task.project or message("statuscmd_wave_placeholder", lang)])[0]
    hint = (message("statuscmd_set_golive", lang, wave=render.escape(wave))
            if ctx.has_command("golive") else "")
    return message("statuscmd_offsets", lang, offsets=offsets, hint=hint)


def step_blocks(task: Task, progress: prog.Progress, lang: str = "da") -> list[dict]:
    """One section per step with a button on each open one; a very long method is listed compactly
    (no buttons) so that every step still fits in Slack's 50 blocks."""
    if not task.method_steps:
        return []
    done = len(prog.done_steps(task, progress))
    blocks = [render.divider(),
              render.section(message("statuscmd_steps", lang, done=done, total=len(task.method_steps)))]
    lines = []
    for step in task.method_steps:
        mark = progress.steps.get(step.number)
        text = f"*{step.number}.* {render.escape(step.text)}"
        if mark:
            done_by = message("statuscmd_done_by", lang, user=render.user(mark.done_by),
                              when=render.when(mark.done_at))
            text = f"✅ {text}\n{done_by}"
        else:
            text = f"⬜ {text}"
        if len(task.method_steps) > MAX_STEP_BLOCKS:
            lines.append(render.clip(text, 500))
            continue
        button = None if mark else render.button(
            message("statuscmd_button_step", lang, step=step.number), action_id=STEP_BUTTON,
            value=shlex.join([task.id, str(step.number)]))
        blocks.append(render.section(text, accessory=button))
    if lines:
        ref = render.escape(render.task_ref(task.id))
        blocks += [*render.bullet_lines(lines),
                   render.context(message("statuscmd_mark_a_step", lang, ref=ref))]
    return blocks


def signature_blocks(ctx: CommandContext, task: Task, progress: prog.Progress) -> list[dict]:
    states = get_signatures(ctx.store, ctx.team, task, progress=progress)
    if not states:
        return []
    lines = []
    for s in states:
        icon = "✅" if s.state == SIGNED else "✍️"
        to = (message("statuscmd_sent_to", ctx.lang, recipient=render.escape(s.recipient))
              if s.recipient else "")
        lines.append(message("statuscmd_signature", ctx.lang, icon=icon, document=render.escape(s.document),
                             signer=render.escape(s.signer), to=to, state=s.state.label(ctx.lang)))
    return [render.section(message("statuscmd_signatures", ctx.lang) + "\n" + "\n".join(lines))]


def list_reply(ctx: CommandContext, which: str, *, offset: int = 0) -> Reply:
    """The tasks, soonest end date first, one page at a time with a 'Vis flere' button."""
    progress = prog.team_progress(ctx.store, ctx.team)
    tasks, label = filter_tasks(ctx, which, progress)
    golive = golive_dates(ctx.store, ctx.team)
    windows = {t.id: window_for(t, golive) for t in tasks}
    tasks.sort(key=lambda t: (windows[t.id] is None, windows[t.id].end if windows[t.id] else None, t.id))
    if not tasks:
        none = message("statuscmd_no_tasks", ctx.lang, label=label)
        return Reply(text=none, blocks=[render.section(none)])
    lines = []
    page = tasks[offset:offset + render.PAGE_LINES]
    left = max(0, len(tasks) - offset - len(page))
    for task in page:
        p = progress.get(task.id) or prog.Progress(team=ctx.team, task=task.id)
        done = len(prog.done_steps(task, p))
        parts = [f"{STATUS_ICON[p.status]} {p.status.label(ctx.lang)}"]
        if task.method_steps:
            total = len(task.method_steps)
            parts.append(counted("statuscmd_list_steps", ctx.lang, total, done=done, total=total))
        if windows[task.id]:
            parts.append(message("statuscmd_list_end", ctx.lang,
                                 day=format_date(windows[task.id].end, lang=ctx.lang)))
        lines.append(f"• *{render.escape(task.id)}* {render.escape(render.clip(task.title, 90))} – "
                     + " · ".join(parts))
    heading = render.count(len(tasks), message("statuscmd_task_one", ctx.lang),
                           message("statuscmd_task_many", ctx.lang)) + f" {label}"
    shown = (message("statuscmd_list_here", ctx.lang, first=offset + 1, last=offset + len(page))
             if left or offset else "")
    blocks = [render.section(f"*{heading}*{shown}"), *render.bullet_lines(lines)]
    if left:
        blocks.append(render.more_button(left, action_id=LIST_MORE, value=f"{offset + len(page)} {which}"))
    blocks.append(render.context(message("statuscmd_list_hint", ctx.lang)))
    return Reply(text=heading,
                 blocks=render.limit_blocks(blocks, hint=message("statuscmd_list_filter", ctx.lang)))


def filter_tasks(ctx: CommandContext, which: str,
                 progress: dict[str, prog.Progress]) -> tuple[list[Task], str]:
    """The tasks `/klik list <which>` means, and how to name that selection."""
    word = which.strip()
    tasks = list(ctx.kb.tasks)
    if not word:
        return tasks, message("statuscmd_filter_all", ctx.lang)
    key = golive_key(word)
    if key in {"open", "åbne", "aabne", "åben"}:
        return [t for t in tasks if t.id not in progress or progress[t.id].status != prog.Status.DONE], \
            message("statuscmd_filter_open", ctx.lang)
    if key in {"mine", "mine opgaver", "my", "me"}:
        return [t for t in tasks if t.id in progress and ctx.user in progress[t.id].assignees.values()], \
            message("statuscmd_filter_mine", ctx.lang)
    chosen = [t for t in tasks if key in {golive_key(n) for n in [*t.waves, t.project or ""]}]
    if chosen:
        return chosen, message("statuscmd_filter_in", ctx.lang, name=render.escape(word))
    names = sorted({n for t in tasks for n in [t.project, *t.waves] if n})
    raise KlikError(message("statuscmd_unknown_filter", ctx.lang, word=echo(word),
                            names=", ".join(names[:12])))


def history_reply(ctx: CommandContext, task: Task) -> Reply:
    entries = prog.history(ctx.store, team=ctx.team, task_id=task.id)
    if not entries:
        text = render.escape(message("statuscmd_no_history", ctx.lang, task=task.id,
                                     ref=render.task_ref(task.id)))
        return Reply(text=text, blocks=[render.section(text)])
    shown = entries[-HISTORY_LIMIT:]
    lines = [f"• {render.when(e.at)} · {render.user(e.user)} {describe(e, ctx.lang)}"
             for e in reversed(shown)]
    more = (message("statuscmd_history_latest", ctx.lang, shown=len(shown), total=len(entries))
            if len(entries) > len(shown) else "")
    heading = message("statuscmd_history", ctx.lang, task=render.escape(task.id))
    blocks = [render.section(f"*{heading}*{more}"), *render.bullet_lines(lines)]
    return Reply(text=heading, blocks=render.limit_blocks(blocks, hint=""))


def describe(entry: prog.AuditEntry, lang: str = "da") -> str:
    """One audit entry as a phrase, e.g. 'markerede trin 1, 2 som udført'."""
    d = entry.details
    if entry.action == "done":
        extra = message("history_done_started", lang) if d.get("status") else ""
        return message("history_done", lang, steps=number_list(d.get("steps") or ["?"], lang), extra=extra)
    if entry.action == "undo":  # older entries name one 'step'
        return message("history_undo", lang, steps=number_list(d.get("steps") or [d.get("step", "?")], lang))
    if entry.action == "status":
        return message("history_status", lang, status=prog.status_label(d.get("to"), lang))
    if entry.action == "assign":
        return message("history_assign", lang, user=render.user(d.get("assignee", "?")), role=d.get("role"))
    document = render.escape(str(d.get("document", message("history_document", lang))))
    if entry.action in ("signature_received", "signature_signed"):
        what = "history_received" if entry.action == "signature_received" else "history_signed_returned"
        return message("history_marked", lang, document=document, what=message(what, lang))
    if entry.action in ("signature_unreceived", "signature_unsigned"):
        what = "history_received" if entry.action == "signature_unreceived" else "history_signed"
        return message("history_unmarked", lang, document=document, what=message(what, lang))
    if entry.action == "snooze":
        if not d.get("resume_on"):
            return message("history_resumed", lang)
        resume = date.fromisoformat(d["resume_on"])
        return message("history_snoozed", lang, day=format_date(resume, lang=lang))
    command = f" (`{render.escape(entry.command)}`)" if entry.command else ""
    return f"{render.escape(entry.action)}{command}"


def _done(status: str | None) -> bool:
    return bool(status) and status.casefold().startswith(("gennemført", "fuldført", "done"))
