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
from knowledge.wording import number_list

STEP_BUTTON = "klik_step_done"
LIST_MORE = "klik_list_more"
HISTORY_LIMIT = 25
MAX_STEP_BLOCKS = 30  # more steps than this are listed compactly (Slack allows 50 blocks)
STATUS_ICON = {prog.Status.NOT_STARTED: "⚪", prog.Status.STARTED: "🟡", prog.Status.DONE: "✅"}


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("status", usage="OPGAVE",
                 summary="Alt om en opgave: trin, frister, ansvarlige og underskrifter")
    def status(ctx: CommandContext) -> Reply:
        return status_reply(ctx, ctx.task(ctx.text))

    @reg.command("list", "liste", usage="[open|mine|PROJEKT|BØLGE]",
                 summary="Opgaverne med status; filtrér på åbne, dine, et projekt eller en bølge")
    def list_(ctx: CommandContext) -> Reply:
        return list_reply(ctx, ctx.text)

    @reg.button(LIST_MORE)
    def list_more(ctx: CommandContext) -> Reply:
        offset, _, which = ctx.text.partition(" ")
        return list_reply(ctx, which, offset=int(offset))

    @reg.command("history", "historik", usage="OPGAVE", summary="Hvem gjorde hvad og hvornår på en opgave")
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
            note = f"✅ {render.user(ctx.user)} markerede trin {step} som udført."
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
    blocks.append(render.fields([
        ("Status", f"{STATUS_ICON[progress.status]} {progress.status.label()}"),
        ("Projekt", render.escape(task.project or "–")),
        ("Bølge", render.escape(", ".join(task.waves) or "–")),
        ("Prioritet", render.escape(task.priority or "–")),
        ("Ansvarlig", people.get("ansvarlig", f"ingen endnu – `/klik assign {ref} ansvarlig @navn`")),
        ("Udfører", people.get("udfører", f"ingen endnu – `/klik assign {ref} udfører @navn`")),
    ]))
    finished = progress.status == prog.Status.DONE
    blocks.append(render.section(deadline_line(ctx, task, today, finished=finished)))
    blocks += step_blocks(task, progress)
    if task.checklist:
        lines = [f"{'✅' if _done(i.status) else '⬜'} {i.number}. {render.escape(i.title)}"
                 + (f" – {render.escape(i.status)}" if i.status else "") for i in task.checklist]
        blocks.append(render.section("*Tjekliste fra KOMBIT*\n" + "\n".join(lines)))
    blocks += signature_blocks(ctx, task, progress)
    blocks.append(render.actions(*modal_buttons(task)))
    blocks.append(render.context(footer(task, progress, ref=ref)))
    done = len(prog.done_steps(task, progress))
    text = (f"{render.task_name(task.id, task.title)}: {progress.status.label()}, "
            f"{done} af {len(task.method_steps)} trin udført")
    return Reply(text=render.escape(text),
                 blocks=render.limit_blocks(blocks, hint=f"Se resten med `/klik history {ref}`."))


def modal_buttons(task: Task) -> list[dict]:
    """Buttons that open the assign, snooze and signature modals for this task (handlers/modals.py)."""
    buttons = [render.button("Tildel …", action_id=actions.OPEN_ASSIGN, value=task.id),
               render.button("Udsæt påmindelser …", action_id=actions.OPEN_SNOOZE, value=task.id)]
    if task.signatures:
        buttons.append(render.button("Underskrift …", action_id=actions.OPEN_SIGNATURE, value=task.id))
    return buttons


def footer(task: Task, progress: prog.Progress, *, ref: str) -> str:
    """Commands worth copying: mark the next open step, undo the last done one, the history."""
    hints = []
    if open_steps := prog.open_steps(task, progress):
        hints.append(f"markér næste trin: `/klik done {ref} {open_steps[0]}`")
    if done_steps := prog.done_steps(task, progress):
        hints.append(f"fortryd: `/klik undo {ref} {done_steps[-1]}`")
    hints.append(f"historik: `/klik history {ref}`")
    text = " · ".join(hints)
    return text[0].upper() + text[1:]


def deadline_line(ctx: CommandContext, task: Task, today, *, finished: bool) -> str:
    window = task_window(ctx, task)
    if window is not None:
        start = f"start {format_date(window.start)} · " if window.start else ""
        end = format_date(window.end) if finished else deadline_text(window, today)
        return f"*Frist:* {start}slut {end} · go-live {format_date(window.golive)}"
    if task.end_offset_days is None:
        return "*Frist:* KOMBIT har ikke angivet en frist for opgaven."
    offsets = f"slut {-task.end_offset_days} dage før go-live"
    if task.start_offset_days is not None:
        offsets += f", start {-task.start_offset_days} dage før slut"
    wave = (task.waves or [task.project or "BØLGE"])[0]
    hint = (f" Sæt go-live for at se datoer: `/klik golive \"{render.escape(wave)}\" ÅÅÅÅ-MM-DD`."
            if ctx.has_command("golive") else "")
    return f"*Frist:* {offsets}.{hint}"


def step_blocks(task: Task, progress: prog.Progress) -> list[dict]:
    """One section per step with a button on each open one; a very long method is listed compactly
    (no buttons) so that every step still fits in Slack's 50 blocks."""
    if not task.method_steps:
        return []
    done = len(prog.done_steps(task, progress))
    blocks = [render.divider(), render.section(f"*Trin* ({done} af {len(task.method_steps)} udført)")]
    lines = []
    for step in task.method_steps:
        mark = progress.steps.get(step.number)
        text = f"*{step.number}.* {render.escape(step.text)}"
        if mark:
            text = f"✅ {text}\n_udført af {render.user(mark.done_by)} {render.when(mark.done_at)}_"
        else:
            text = f"⬜ {text}"
        if len(task.method_steps) > MAX_STEP_BLOCKS:
            lines.append(render.clip(text, 500))
            continue
        button = None if mark else render.button(
            f"Marker trin {step.number} som udført", action_id=STEP_BUTTON,
            value=shlex.join([task.id, str(step.number)]))
        blocks.append(render.section(text, accessory=button))
    if lines:
        ref = render.escape(render.task_ref(task.id))
        blocks += [*render.bullet_lines(lines), render.context(f"Markér et trin: `/klik done {ref} NR`")]
    return blocks


def signature_blocks(ctx: CommandContext, task: Task, progress: prog.Progress) -> list[dict]:
    states = get_signatures(ctx.store, ctx.team, task, progress=progress)
    if not states:
        return []
    lines = []
    for s in states:
        icon = "✅" if s.state == SIGNED else "✍️"
        to = f", sendes til {render.escape(s.recipient)}" if s.recipient else ""
        lines.append(f"{icon} {render.escape(s.document)} – underskrives af {render.escape(s.signer)}{to}: "
                     f"*{s.state.label()}*")
    return [render.section("*Underskrifter*\n" + "\n".join(lines))]


def list_reply(ctx: CommandContext, which: str, *, offset: int = 0) -> Reply:
    """The tasks, soonest end date first, one page at a time with a 'Vis flere' button."""
    progress = prog.team_progress(ctx.store, ctx.team)
    tasks, label = filter_tasks(ctx, which, progress)
    golive = golive_dates(ctx.store, ctx.team)
    windows = {t.id: window_for(t, golive) for t in tasks}
    tasks.sort(key=lambda t: (windows[t.id] is None, windows[t.id].end if windows[t.id] else None, t.id))
    if not tasks:
        return Reply(text=f"Ingen opgaver {label}.", blocks=[render.section(f"Ingen opgaver {label}.")])
    lines = []
    page = tasks[offset:offset + render.PAGE_LINES]
    left = max(0, len(tasks) - offset - len(page))
    for task in page:
        p = progress.get(task.id) or prog.Progress(team=ctx.team, task=task.id)
        done = len(prog.done_steps(task, p))
        parts = [f"{STATUS_ICON[p.status]} {p.status.label()}"]
        if task.method_steps:
            parts.append(f"{done}/{len(task.method_steps)} trin")
        if windows[task.id]:
            parts.append(f"slut {format_date(windows[task.id].end)}")
        lines.append(f"• *{render.escape(task.id)}* {render.escape(render.clip(task.title, 90))} – "
                     + " · ".join(parts))
    heading = f"{render.count(len(tasks), 'opgave', 'opgaver')} {label}"
    shown = f" (her {offset + 1}-{offset + len(page)})" if left or offset else ""
    blocks = [render.section(f"*{heading}*{shown}"), *render.bullet_lines(lines)]
    if left:
        blocks.append(render.more_button(left, action_id=LIST_MORE, value=f"{offset + len(page)} {which}"))
    blocks.append(render.context("Se en opgave: `/klik status OPGAVE` · filtrér: `/klik list open`, "
                                 "`/klik list mine`, et projekt eller en bølge"))
    return Reply(text=heading,
                 blocks=render.limit_blocks(blocks, hint="Brug et filter, fx `/klik list open`."))


def filter_tasks(ctx: CommandContext, which: str,
                 progress: dict[str, prog.Progress]) -> tuple[list[Task], str]:
    """The tasks `/klik list <which>` means, and how to name that selection."""
    word = which.strip()
    tasks = list(ctx.kb.tasks)
    if not word:
        return tasks, "i alt"
    key = golive_key(word)
    if key in {"open", "åbne", "aabne", "åben"}:
        return [t for t in tasks if t.id not in progress or progress[t.id].status != prog.Status.DONE], \
            "som ikke er fuldført"
    if key in {"mine", "mine opgaver", "my", "me"}:
        return [t for t in tasks if t.id in progress and ctx.user in progress[t.id].assignees.values()], \
            "hvor du er ansvarlig eller udfører"
    chosen = [t for t in tasks if key in {golive_key(n) for n in [*t.waves, t.project or ""]}]
    if chosen:
        return chosen, f"i {render.escape(word)}"
    names = sorted({n for t in tasks for n in [t.project, *t.waves] if n})
    raise KlikError(f"Jeg kender ikke {echo(word)} som filter. Skriv `open`, `mine`, et projekt eller "
                    "en bølge: " + ", ".join(names[:12]) + ".")


def history_reply(ctx: CommandContext, task: Task) -> Reply:
    entries = prog.history(ctx.store, team=ctx.team, task_id=task.id)
    if not entries:
        text = render.escape(f"Ingen har ændret noget på {task.id} endnu. "
                             f"Start med `/klik done {render.task_ref(task.id)} 1`.")
        return Reply(text=text, blocks=[render.section(text)])
    shown = entries[-HISTORY_LIMIT:]
    lines = [f"• {render.when(e.at)} · {render.user(e.user)} {describe(e)}" for e in reversed(shown)]
    more = f" (de seneste {len(shown)} af {len(entries)})" if len(entries) > len(shown) else ""
    blocks = [render.section(f"*Historik for {render.escape(task.id)}*{more}"), *render.bullet_lines(lines)]
    return Reply(text=f"Historik for {render.escape(task.id)}", blocks=render.limit_blocks(blocks, hint=""))


def describe(entry: prog.AuditEntry) -> str:
    """One audit entry as a Danish phrase, e.g. 'markerede trin 1, 2 som udført'."""
    d = entry.details
    if entry.action == "done":
        extra = " (opgaven blev påbegyndt)" if d.get("status") else ""
        return f"markerede trin {number_list(d.get('steps') or ['?'])} som udført{extra}"
    if entry.action == "undo":  # older entries name one 'step'
        return f"fortrød trin {number_list(d.get('steps') or [d.get('step', '?')])}"
    if entry.action == "status":
        return f"satte status til {prog.status_label(d.get('to'))}"
    if entry.action == "assign":
        return f"gjorde {render.user(d.get('assignee', '?'))} til {d.get('role')}"
    document = render.escape(str(d.get("document", "dokumentet")))
    if entry.action in ("signature_received", "signature_signed"):
        what = "modtaget" if entry.action == "signature_received" else "underskrevet og returneret"
        return f"markerede {document} som {what}"
    if entry.action in ("signature_unreceived", "signature_unsigned"):
        what = "modtaget" if entry.action == "signature_unreceived" else "underskrevet"
        return f"fortrød «{what}» for {document}"
    if entry.action == "snooze":
        if not d.get("resume_on"):
            return "genoptog påmindelserne"
        return f"udsatte påmindelserne til {format_date(date.fromisoformat(d['resume_on']))}"
    command = f" (`{render.escape(entry.command)}`)" if entry.command else ""
    return f"{render.escape(entry.action)}{command}"


def _done(status: str | None) -> bool:
    return bool(status) and status.casefold().startswith(("gennemført", "fuldført", "done"))
