"""The method steps of a task: one by number, the last, or all."""

from __future__ import annotations

from knowledge.fold import key, words
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
