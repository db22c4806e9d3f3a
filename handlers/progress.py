"""`/klik done`, `undo`, `start`, `complete` and `assign`: changes to a task's progress."""

from __future__ import annotations

import re

from slack_bolt import App

from bot import progress as prog
from bot.signatures import completion_check
from handlers import actions, render
from handlers.people import presence
from handlers.registry import CommandContext, Reply, commands
from knowledge.errors import KlikError, echo
from knowledge.models import Task
from knowledge.qa.messages import counted
from knowledge.qa.messages import text as message
from knowledge.wording import say, steps_text

MAX_RANGE = 100
MAX_STEPS = 100  # step numbers in one command; a task has a handful
_STEP_PART = re.compile(r"\d{1,4}(?:-\d{1,4})?")
_STEP_WORDS = {"trin", "step", "steps", "og", "and"}
_MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("done", "færdig", "udført", usage="OPGAVE TRIN…",
                 summary="help_done")
    def done(ctx: CommandContext) -> Reply:
        task, steps = task_and_steps(ctx)
        result = prog.mark_steps(ctx.store, team=ctx.team, task=task, steps=steps, user=ctx.user,
                                 command=ctx.command, now=ctx.now())
        return done_reply(ctx, task, result)

    @reg.command("undo", "fortryd", usage="OPGAVE TRIN…",
                 summary="help_undo")
    def undo(ctx: CommandContext) -> Reply:
        task, steps = task_and_steps(ctx, undo=True)
        result = prog.unmark_steps(ctx.store, team=ctx.team, task=task, steps=steps, user=ctx.user,
                                   command=ctx.command, now=ctx.now())
        text = message("progress_undone", ctx.lang, user=render.user(ctx.user),
                     steps=steps_text(result.unmarked, ctx.lang), task=render.task_label(task),
                     count=_count(task, result.progress, ctx.lang))
        if result.reopened:
            text += "\n" + message("progress_reopened", ctx.lang)
        if result.not_done:
            text += "\n" + message("progress_was_not_done", ctx.lang,
                                 steps=steps_text(result.not_done, ctx.lang).capitalize())
        return Reply.announce(text)

    @reg.command("start", "påbegynd", "begin", usage="OPGAVE", summary="help_start")
    def start(ctx: CommandContext) -> Reply:
        return status_change(ctx, prog.Status.STARTED)

    @reg.command("complete", "fuldført", "fuldfør", usage="OPGAVE [alligevel]",
                 summary="help_complete")
    def complete(ctx: CommandContext) -> Reply:
        forced = bool(ctx.args) and ctx.args[-1].casefold() in FORCE_WORDS
        if forced:
            ctx.text = " ".join(ctx.args[:-1])
        return complete_reply(ctx, forced=forced)

    @reg.button(actions.COMPLETE_ANYWAY)
    def complete_anyway(ctx: CommandContext) -> Reply:
        reply = complete_reply(ctx, forced=True)
        return Reply(text=reply.text, blocks=reply.blocks)

    @reg.command("assign", "tildel", usage="OPGAVE ansvarlig|udfører @navn",
                 summary="help_assign")
    def assign(ctx: CommandContext) -> Reply:
        return assign_reply(ctx)


def step_parts(word: str) -> list[str] | None:
    """The step numbers and ranges in one word ('1,2' -> ['1', '2'], 'trin' -> []); None if the
    word is not about steps at all."""
    parts = [p for p in word.split(",") if p and p.casefold() not in _STEP_WORDS]
    return parts if all(_STEP_PART.fullmatch(p) for p in parts) else None


def task_and_steps(ctx: CommandContext, *, undo: bool = False) -> tuple[Task, list[int]]:
    """Split 'eFaktura 7 1 2' into a task and step numbers: the longest task name the knowledge
    base knows that is followed only by step words wins, so a task whose name ends in a number
    still works. Each word is looked at a bounded number of times (linear in the input)."""
    words = ctx.args
    if not words:
        raise KlikError(message("progress_task_and_steps", ctx.lang, word=ctx.word))
    tail = len(words)  # words[tail:] is the longest run of step words at the end
    while tail > 0 and step_parts(words[tail - 1]) is not None:
        tail -= 1
    names = ctx.task_prefixes(words)
    fitting = [(k, task) for k, task in names if tail <= k < len(words)]
    if fitting or names:
        k, task = (fitting or names)[-1]
    else:  # an unknown task: let resolve() say so, with its 'mente du'
        k = max(tail, 1) if tail < len(words) else len(words)
        task = ctx.task(" ".join(words[:k]))
    return task, parse_steps(ctx, task, words[k:], undo=undo)


def parse_steps(ctx: CommandContext, task: Task, words: list[str], *, undo: bool) -> list[int]:
    """'3', '1-3', '1,2' and the words 'trin'/'og' -> step numbers of `task`, or a KlikError that
    says which word is wrong and what to type instead."""
    if not task.method_steps:
        prog.check_steps(task, [])  # says the task has no numbered steps
    steps: list[int] = []
    for word in words:
        parts = step_parts(word)
        if parts is None:
            raise KlikError(message("progress_not_a_step", ctx.lang, word=echo(word), task=task.id,
                                  steps=prog.step_range(task), example=_example(ctx, task, undo=undo)))
        for part in parts:
            low, _, high = part.partition("-")
            low, high = int(low), int(high or low)
            if high < low or high - low >= MAX_RANGE:
                raise KlikError(message("progress_bad_range", ctx.lang, part=echo(part)))
            steps.extend(range(low, high + 1))
            if len(steps) > MAX_STEPS:
                raise KlikError(message("progress_too_many_steps", ctx.lang, most=MAX_STEPS, task=task.id,
                                      steps=prog.step_range(task), example=_example(ctx, task, undo=undo)))
    if not steps:
        raise KlikError(message("progress_which_steps", ctx.lang, example=_example(ctx, task, undo=undo),
                              steps=prog.step_range(task)))
    return steps


def _example(ctx: CommandContext, task: Task, *, undo: bool) -> str:
    """A command worth copying: the next open step to mark done, the last done step to undo."""
    p = prog.get_progress(ctx.store, ctx.team, task.id)
    if undo:
        candidates = prog.done_steps(task, p)[-1:] or [task.method_steps[-1].number]
    else:
        candidates = prog.open_steps(task, p) or [task.method_steps[0].number]
    return f"`/klik {ctx.word} {render.task_ref(task.id)} {candidates[0]}`"


def done_reply(ctx: CommandContext, task: Task, result: prog.MarkResult) -> Reply:
    p = result.progress
    lines = []
    if result.marked:
        lines.append(message("progress_marked", ctx.lang, user=render.user(ctx.user),
                           steps=steps_text(result.marked, ctx.lang), task=render.task_label(task),
                           count=_count(task, p, ctx.lang)))
    lines += [render.already_done(n, p.steps[n]) for n in result.already]
    if result.started:
        lines.append(message("progress_now_started", ctx.lang))
    open_steps = prog.open_steps(task, p)
    if open_steps:
        nxt = task.step(open_steps[0])
        lines.append(message("progress_next_step", ctx.lang, number=nxt.number,
                           text=render.escape(render.clip(nxt.text, 300))))
    elif p.status != prog.Status.DONE:
        ref = render.escape(render.task_ref(task.id))
        lines.append(message("progress_all_steps_done", ctx.lang, ref=ref))
    reply = Reply.announce("\n".join(lines))
    reply.public = bool(result.marked)  # only news goes to the channel
    return reply


FORCE_WORDS = {"alligevel", "force", "--force", "-f", "anyway"}


def complete_reply(ctx: CommandContext, *, forced: bool) -> Reply:
    """Mark a task fuldført; with open steps or an unsigned document, ask first (a button, or the
    word `alligevel`), because fuldført also stops the task's reminders."""
    task = ctx.task(ctx.text)
    check = completion_check(ctx.store, ctx.team, task)
    if forced or check.clean or prog.get_progress(ctx.store, ctx.team, task.id).status == prog.Status.DONE:
        return status_change(ctx, prog.Status.DONE)
    ref = render.task_ref(task.id)
    why = []
    if check.unsigned:
        why.append(message("progress_unsigned", ctx.lang, documents=render.escape(", ".join(check.unsigned))))
    if check.open_steps:
        why.append(message("progress_steps_open", ctx.lang, steps=steps_text(check.open_steps, ctx.lang)))
    both = f" {say('and', ctx.lang)} ".join(why)
    text = message("progress_not_ready", ctx.lang, task=render.task_label(task), why=both)
    button = render.button(message("progress_complete_anyway", ctx.lang), action_id=actions.COMPLETE_ANYWAY,
                           value=ref, style="danger")
    hint = message("progress_complete_anyway_hint", ctx.lang, ref=render.escape(ref))
    return Reply(text=message("progress_not_ready_text", ctx.lang, task=task.id, why=both),
                 blocks=[render.section(text), render.actions(button), render.context(hint)])


def status_change(ctx: CommandContext, status: prog.Status) -> Reply:
    task = ctx.task(ctx.text)
    p, changed = prog.set_status(ctx.store, team=ctx.team, task=task, status=status, user=ctx.user,
                                 command=ctx.command, now=ctx.now())
    if not changed:
        return Reply(text=render.escape(message("progress_status_already", ctx.lang, task=task.id,
                                              status=status.label(ctx.lang))))
    text = message("progress_status_set", ctx.lang, user=render.user(ctx.user), task=render.task_label(task),
                 status=status.label(ctx.lang))
    missing = prog.open_steps(task, p)
    if status == prog.Status.DONE and missing:
        text += message("progress_note_steps_open", ctx.lang, steps=steps_text(missing, ctx.lang))
    return Reply.announce(text)


def assign_reply(ctx: CommandContext) -> Reply:
    words = ctx.args
    at = next((i for i, w in enumerate(words) if w.casefold() in prog.ROLE_WORDS), None)
    named = ctx.task_prefixes(words) if words else []
    if at is None and (not words or (named and named[-1][0] == len(words))):
        # only a task, or nothing: let them pick role and person in a window
        reg = ctx.services.registry
        if reg is not None and reg.open_modal("assign", ctx, named[-1][1].id if named else ""):
            return Reply(text=message("progress_pick_in_window", ctx.lang))
    if at is None or at == 0:
        raise KlikError(message("progress_assign_usage", ctx.lang))
    task = ctx.task(" ".join(words[:at]))
    role = prog.parse_role(words[at])
    if not words[at + 1:]:
        ref = render.task_ref(task.id)
        raise KlikError(message("progress_assign_who", ctx.lang, role=role, ref=ref))
    assignee = parse_user(" ".join(words[at + 1:]), me=ctx.user, lang=ctx.lang)
    found = presence(ctx.client, ctx.store, ctx.team, assignee)
    if found == "deactivated":
        raise KlikError(message("progress_deactivated", ctx.lang, user=render.user(assignee)))
    if found == "unknown":
        raise KlikError(message("progress_user_not_found", ctx.lang, user=render.user(assignee)))
    _, previous = prog.assign(ctx.store, team=ctx.team, task=task, role=role, assignee=assignee,
                              user=ctx.user, command=ctx.command, now=ctx.now())
    text = message("progress_assigned", ctx.lang, user=render.user(assignee), role=role,
                 task=render.task_label(task))
    if previous and previous != assignee:
        text += message("progress_assigned_before", ctx.lang, user=render.user(previous))
    return Reply.announce(text + message("progress_assigned_by", ctx.lang, user=render.user(ctx.user)))


def parse_user(text: str, *, me: str, lang: str = "da") -> str:
    """A Slack user id from '<@U123|mette>' (how Slack sends an @-mention), 'U123', or 'mig'/'me'."""
    text = text.strip()
    if text.casefold() in {"mig", "me", "selv"}:
        return me
    m = _MENTION.match(text)
    if m:
        return m[1]
    if _USER_ID.match(text):
        return text
    raise KlikError(message("progress_who_is", lang, text=echo(text)))


def _count(task: Task, p: prog.Progress, lang: str) -> str:
    total = len(task.method_steps)
    return counted("progress_count", lang, total, done=len(prog.done_steps(task, p)), total=total)
