"""`/klik done`, `undo`, `start`, `complete` and `assign`: changes to a task's progress."""

from __future__ import annotations

import re

from slack_bolt import App

from bot import progress as prog
from handlers import render
from handlers.registry import CommandContext, Reply, commands
from handlers.status import already_done
from knowledge.errors import KlikError
from knowledge.models import Task

MAX_RANGE = 100
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

    @reg.command("undo", "fortryd", usage="OPGAVE TRIN",
                 summary="Fortryd et trin der blev markeret ved en fejl")
    def undo(ctx: CommandContext) -> Reply:
        task, steps = task_and_steps(ctx)
        if len(steps) != 1:
            raise KlikError(f"Fortryd ét trin ad gangen, fx `/klik undo {render.task_ref(task.id)} "
                            f"{steps[0]}`.")
        p = prog.unmark_step(ctx.store, team=ctx.team, task=task, step=steps[0], user=ctx.user,
                             command=ctx.command, now=ctx.now())
        return Reply.announce(f"↩️ {render.user(ctx.user)} fortrød trin {steps[0]} i "
                              f"*{render.task_label(task)}*. {_count(task, p)}")

    @reg.command("start", "påbegynd", "begin", usage="OPGAVE", summary="Sæt status til påbegyndt")
    def start(ctx: CommandContext) -> Reply:
        return status_change(ctx, "påbegyndt")

    @reg.command("complete", "fuldført", "fuldfør", usage="OPGAVE", summary="Sæt status til fuldført")
    def complete(ctx: CommandContext) -> Reply:
        return status_change(ctx, "fuldført")

    @reg.command("assign", "tildel", usage="OPGAVE ansvarlig|udfører @navn",
                 summary="Gør en person ansvarlig for eller udfører af en opgave")
    def assign(ctx: CommandContext) -> Reply:
        return assign_reply(ctx)


def parse_steps(words: list[str]) -> list[int] | None:
    """'3', '1-3', '1,2' and the words 'trin'/'og' -> step numbers; None if a word is no number."""
    steps: list[int] = []
    for word in words:
        for part in filter(None, word.split(",")):
            if part.casefold() in _STEP_WORDS:
                continue
            m = re.fullmatch(r"(\d{1,4})(?:-(\d{1,4}))?", part)
            if not m:
                return None
            low, high = int(m[1]), int(m[2] or m[1])
            if high < low or high - low >= MAX_RANGE:
                raise KlikError(f"«{part}» er ikke et brugbart trin-interval; skriv fx `1-3`.")
            steps.extend(range(low, high + 1))
    return steps


def task_and_steps(ctx: CommandContext) -> tuple[Task, list[int]]:
    """Split 'eFaktura 7 1 2' into a task and step numbers: the longest task name the knowledge
    base knows wins, so a task whose name ends in a number still works."""
    words = ctx.args
    if not words:
        raise KlikError(f"Skriv opgave og trin, fx `/klik {ctx.word} 433 3`.")
    splits = [k for k in range(len(words) - 1, 0, -1) if parse_steps(words[k:]) is not None]
    for k in splits:
        task = ctx.kb.get(" ".join(words[:k]))
        if task is not None:
            return task, parse_steps(words[k:]) or []
    if splits:  # an unknown task: let resolve() say so, with its 'mente du'
        k = splits[-1]
        return ctx.task(" ".join(words[:k])), parse_steps(words[k:]) or []
    task = ctx.task(" ".join(words))
    has = prog.step_range(task) if task.method_steps else "ingen"
    raise KlikError(f"Skriv hvilke trin, fx `/klik {ctx.word} {render.task_ref(task.id)} 3`; "
                    f"opgaven har trin {has}.")


def done_reply(ctx: CommandContext, task: Task, result: prog.MarkResult) -> Reply:
    p = result.progress
    lines = []
    if result.marked:
        lines.append(f"✅ {render.user(ctx.user)} markerede {_steps(result.marked)} i "
                     f"*{render.task_label(task)}* som udført. {_count(task, p)}")
    lines += [already_done(n, p.steps[n]) for n in result.already]
    if result.started:
        lines.append("Opgaven står nu som påbegyndt.")
    open_steps = [s for s in task.method_steps if s.number not in p.steps]
    if open_steps:
        nxt = open_steps[0]
        lines.append(f"Næste trin: *{nxt.number}.* {render.escape(render.clip(nxt.text, 300))}")
    elif p.status != "fuldført":
        ref = render.escape(render.task_ref(task.id))
        lines.append(f"Alle trin er udført. Skriv `/klik complete {ref}` når opgaven er fuldført.")
    reply = Reply.announce("\n".join(lines))
    reply.public = bool(result.marked)  # only news goes to the channel
    return reply


def status_change(ctx: CommandContext, status: prog.Status) -> Reply:
    task = ctx.task(ctx.text)
    p, changed = prog.set_status(ctx.store, team=ctx.team, task=task, status=status, user=ctx.user,
                                 command=ctx.command, now=ctx.now())
    if not changed:
        return Reply(text=render.escape(f"{task.id} står allerede som {status}."))
    text = f"{render.user(ctx.user)} satte *{render.task_label(task)}* til *{status}*."
    missing = [s.number for s in task.method_steps if s.number not in p.steps]
    if status == "fuldført" and missing:
        text += f" Bemærk: {_steps(missing)} er ikke markeret som udført."
    return Reply.announce(text)


def assign_reply(ctx: CommandContext) -> Reply:
    words = ctx.args
    at = next((i for i, w in enumerate(words) if w.casefold() in prog.ROLE_WORDS), None)
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
    raise KlikError(f"Jeg kan ikke se hvem «{text}» er; skriv personen som @-omtale (vælg navnet på "
                    "listen Slack viser), fx `/klik assign 433 ansvarlig @Mette`, eller `mig`.")


def _steps(numbers: list[int]) -> str:
    return "trin " + _and(numbers)


def _and(numbers: list[int]) -> str:
    items = [str(n) for n in numbers]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _count(task: Task, p: prog.Progress) -> str:
    done = sum(1 for s in task.method_steps if s.number in p.steps)
    return f"({done} af {len(task.method_steps)} trin udført)"
