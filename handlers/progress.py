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
from knowledge.wording import steps_text

MAX_RANGE = 100
MAX_STEPS = 100  # step numbers in one command; a task has a handful
_STEP_PART = re.compile(r"\d{1,4}(?:-\d{1,4})?")
_STEP_WORDS = {"trin", "step", "steps", "og", "and"}
_MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")


def register(app: App) -> None:
    reg = commands(app)

    @reg.command("done", "færdig", "udført", usage="OPGAVE TRIN…",
                 summary="Markér trin som udført, fx `/klik done 433 1 2` eller `433 1-3`")
    def done(ctx: CommandContext) -> Reply:
        task, steps = task_and_steps(ctx)
        result = prog.mark_steps(ctx.store, team=ctx.team, task=task, steps=steps, user=ctx.user,
                                 command=ctx.command, now=ctx.now())
        return done_reply(ctx, task, result)

    @reg.command("undo", "fortryd", usage="OPGAVE TRIN…",
                 summary="Fortryd trin der blev markeret ved en fejl, fx `/klik undo 433 2` eller `433 2-4`")
    def undo(ctx: CommandContext) -> Reply:
        task, steps = task_and_steps(ctx, undo=True)
        result = prog.unmark_steps(ctx.store, team=ctx.team, task=task, steps=steps, user=ctx.user,
                                   command=ctx.command, now=ctx.now())
        text = (f"↩️ {render.user(ctx.user)} fortrød {steps_text(result.unmarked, 'da')} i "
                f"*{render.task_label(task)}*. {_count(task, result.progress)}")
        if result.reopened:
            text += "\nOpgaven var fuldført og står nu som påbegyndt igen."
        if result.not_done:
            text += f"\n{steps_text(result.not_done, 'da').capitalize()} var ikke markeret som udført."
        return Reply.announce(text)

    @reg.command("start", "påbegynd", "begin", usage="OPGAVE", summary="Sæt status til påbegyndt")
    def start(ctx: CommandContext) -> Reply:
        return status_change(ctx, prog.Status.STARTED)

    @reg.command("complete", "fuldført", "fuldfør", usage="OPGAVE [alligevel]",
                 summary="Sæt status til fuldført; med åbne trin eller en manglende underskrift spørger jeg "
                         "først (`alligevel` springer over)")
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
                 summary="Gør en person ansvarlig for eller udfører af en opgave")
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
        raise KlikError(f"Skriv opgave og trin, fx `/klik {ctx.word} 433 3`.")
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
            raise KlikError(f"{echo(word)} er ikke et trinnummer; opgave {task.id} har trin "
                            f"{prog.step_range(task)}. Skriv fx {_example(ctx, task, undo=undo)}.")
        for part in parts:
            low, _, high = part.partition("-")
            low, high = int(low), int(high or low)
            if high < low or high - low >= MAX_RANGE:
                raise KlikError(f"{echo(part)} er ikke et brugbart trin-interval; skriv fx `1-3`.")
            steps.extend(range(low, high + 1))
            if len(steps) > MAX_STEPS:
                raise KlikError(f"Højst {MAX_STEPS} trin ad gangen; opgave {task.id} har trin "
                                f"{prog.step_range(task)}. Skriv fx {_example(ctx, task, undo=undo)}.")
    if not steps:
        raise KlikError(f"Skriv hvilke trin, fx {_example(ctx, task, undo=undo)}; "
                        f"opgaven har trin {prog.step_range(task)}.")
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
        lines.append(f"✅ {render.user(ctx.user)} markerede {steps_text(result.marked, 'da')} i "
                     f"*{render.task_label(task)}* som udført. {_count(task, p)}")
    lines += [render.already_done(n, p.steps[n]) for n in result.already]
    if result.started:
        lines.append("Opgaven står nu som påbegyndt.")
    open_steps = prog.open_steps(task, p)
    if open_steps:
        nxt = task.step(open_steps[0])
        lines.append(f"Næste trin: *{nxt.number}.* {render.escape(render.clip(nxt.text, 300))}")
    elif p.status != prog.Status.DONE:
        ref = render.escape(render.task_ref(task.id))
        lines.append(f"Alle trin er udført. Skriv `/klik complete {ref}` når opgaven er fuldført.")
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
        why.append(f"{render.escape(', '.join(check.unsigned))} er ikke underskrevet og returneret")
    if check.open_steps:
        why.append(f"{steps_text(check.open_steps, 'da')} er ikke markeret som udført")
    text = (f"*{render.task_label(task)}* er ikke klar: {' og '.join(why)}. Fuldført stopper også "
            "påmindelserne. Vil du fuldføre den alligevel?")
    button = render.button("Fuldfør alligevel", action_id=actions.COMPLETE_ANYWAY, value=ref, style="danger")
    hint = f"Eller skriv `/klik complete {render.escape(ref)} alligevel`."
    return Reply(text=f"{task.id} er ikke klar til fuldført: " + " og ".join(why),
                 blocks=[render.section(text), render.actions(button), render.context(hint)])


def status_change(ctx: CommandContext, status: prog.Status) -> Reply:
    task = ctx.task(ctx.text)
    p, changed = prog.set_status(ctx.store, team=ctx.team, task=task, status=status, user=ctx.user,
                                 command=ctx.command, now=ctx.now())
    if not changed:
        return Reply(text=render.escape(f"{task.id} står allerede som {status.label()}."))
    text = f"{render.user(ctx.user)} satte *{render.task_label(task)}* til *{status.label()}*."
    missing = prog.open_steps(task, p)
    if status == prog.Status.DONE and missing:
        text += f" Bemærk: {steps_text(missing, 'da')} er ikke markeret som udført."
    return Reply.announce(text)


def assign_reply(ctx: CommandContext) -> Reply:
    words = ctx.args
    at = next((i for i, w in enumerate(words) if w.casefold() in prog.ROLE_WORDS), None)
    named = ctx.task_prefixes(words) if words else []
    if at is None and (not words or (named and named[-1][0] == len(words))):
        # only a task, or nothing: let them pick role and person in a window
        reg = ctx.services.registry
        if reg is not None and reg.open_modal("assign", ctx, named[-1][1].id if named else ""):
            return Reply(text="Vælg rolle og person i vinduet.")
    if at is None or at == 0:
        raise KlikError("Skriv opgave, rolle og person, fx `/klik assign 433 ansvarlig @Mette` "
                        "(rollen er ansvarlig eller udfører).")
    task = ctx.task(" ".join(words[:at]))
    role = prog.parse_role(words[at])
    if not words[at + 1:]:
        ref = render.task_ref(task.id)
        raise KlikError(f"Skriv hvem der skal være {role}, fx `/klik assign {ref} {role} @Mette` "
                        f"eller `/klik assign {ref} {role} mig`.")
    assignee = parse_user(" ".join(words[at + 1:]), me=ctx.user)
    found = presence(ctx.client, ctx.store, ctx.team, assignee)
    if found == "deactivated":
        raise KlikError(f"{render.user(assignee)} er deaktiveret i Slack og kan ikke få opgaver. "
                        "Vælg en, der er i arbejdsrummet.")
    if found == "unknown":
        raise KlikError(f"Jeg kan ikke finde {render.user(assignee)} i arbejdsrummet. Vælg personen på "
                        "listen Slack viser, når du skriver @.")
    _, previous = prog.assign(ctx.store, team=ctx.team, task=task, role=role, assignee=assignee,
                              user=ctx.user, command=ctx.command, now=ctx.now())
    text = f"{render.user(assignee)} er nu {role} for *{render.task_label(task)}*"
    if previous and previous != assignee:
        text += f" (før: {render.user(previous)})"
    return Reply.announce(text + f" – sat af {render.user(ctx.user)}.")


def parse_user(text: str, *, me: str) -> str:
    """A Slack user id from '<@U123|mette>' (how Slack sends an @-mention), 'U123', or 'mig'/'me'."""
    text = text.strip()
    if text.casefold() in {"mig", "me", "selv"}:
        return me
    m = _MENTION.match(text)
    if m:
        return m[1]
    if _USER_ID.match(text):
        return text
    raise KlikError(f"Jeg kan ikke se hvem {echo(text)} er; skriv personen som @-omtale (vælg navnet på "
                    "listen Slack viser), fx `/klik assign 433 ansvarlig @Mette`, eller `mig`.")


def _count(task: Task, p: prog.Progress) -> str:
    done = len(prog.done_steps(task, p))
    return f"({done} af {len(task.method_steps)} trin udført)"
