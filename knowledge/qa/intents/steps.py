"""The method steps of a task: one by number, the last, or all."""

from __future__ import annotations

from knowledge.fold import content_keys, key, words
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context, implied, scope, which_task
from knowledge.qa.messages import counted
from knowledge.wording import label, quote, say

_STEP_WORDS = frozenset(key(w) for w in words("trin step steps skridt fremgangsmåde metode method procedure"))


def steps(ctx: Context) -> list[Candidate]:
    """'hvad er trin 3 i 433', 'sidste trin i 433', 'hvordan udføres eFaktura 8b?'"""
    q = ctx.q
    if q.step is None and not q.has("step", "method"):
        return []
    handled = q.concept_positions("step", "method", "what", "which") | {
        t.pos for t in q.tokens if t.role == "number"}
    if q.has("method") and not q.has("who"):
        handled |= q.concept_positions("executor")  # "hvordan udfører vi 433?" asks for the method
    # How sure the question asks for steps: a step number, a word for steps, or just "hvordan".
    explicit = q.step is not None or any(t.key in _STEP_WORDS for t in q.tokens)
    if not explicit and q.has("if") and q.has("negation"):
        return []  # 'hvad gør vi, hvis leverandøren ikke når det?' asks what follows a failure, no method
    prior = 1.0 if q.step is not None else 0.92 if explicit or (q.tasks and not q.has("who")) else 0.75
    tasks, via = scope(ctx, handled)
    prior *= implied(q)
    tasks = [t for t in tasks if ctx.task(t).method_steps]
    if not tasks:
        return [which_task(ctx, "step", "hvad er trin 3 i {id}" if q.step else "fremgangsmåde for {id}")]
    if q.step is None and explicit and q.has("which"):
        picked = _which_step(ctx, tasks, handled | via)
        if picked:
            return picked
    out_lines, found = [], True
    for t in tasks:
        task = ctx.task(t)
        if q.step is None:
            head = f"{label('steps', ctx.lang)} ({say('task', ctx.lang)} {task.id}):"
            out_lines.append(head + "\n" + "\n".join(quote(f"{s.number}. {s.text}", ctx.lang)
                                                     for s in task.method_steps))
            continue
        step = task.method_steps[-1] if q.step == -1 else task.step(q.step)
        if step is None:
            found = False
            count = len(task.method_steps)
            out_lines.append(counted("step_missing", ctx.lang, count,
                                     task=task.id, n=count, step=q.step))
        else:
            out_lines.append(f"{say('step', ctx.lang)} {step.number}: {quote(step.text, ctx.lang)}")
    return [Candidate("step", "\n\n".join(out_lines), tasks, handled | via, found=found,
                      prior=prior if found else 0.6)]


def _which_step(ctx: Context, tasks: list[int], handled: set[int]) -> list[Candidate]:
    """'hvilket trin handler om trafikselskabet?': the one step of the task that says the question's
    other words (by what it says, not by its number); none when no step or several say them alike."""
    q = ctx.q
    framing = handled | q.ref_positions()
    rest = [t for t in q.content() if t.pos not in framing and t.weight > 0.1]
    if len(tasks) != 1 or not rest:
        return []
    task = ctx.task(tasks[0])
    total = sum(t.weight for t in rest)
    said = []
    for step in task.method_steps:
        keys = content_keys(step.text)
        matched = {t.pos for t in rest if any(same_thing(k, keys) for k in t.keys)}
        said.append((sum(t.weight for t in rest if t.pos in matched), step, matched))
    said.sort(key=lambda x: -x[0])
    best, step, matched = said[0]
    if best < 0.5 * total or (len(said) > 1 and said[1][0] >= best):
        return []
    text = f"{say('step', ctx.lang)} {step.number}: {quote(step.text, ctx.lang)}"
    return [Candidate("step", text, tasks, handled | matched | q.ref_positions(), prior=0.95 * implied(q))]
