"""What happens if a task is not done: the task's own 'Hvis ... ikke ...' sentence."""

from __future__ import annotations

from knowledge.qa.candidate import Candidate, Context, implied, scope, which_task
from knowledge.wording import join, quote, say


def consequence(ctx: Context) -> list[Candidate]:
    """'hvad sker der hvis opgaven ikke gennemføres?': the task's own 'Hvis ... ikke ...' sentence."""
    index, q = ctx.index, ctx.q
    if not (q.has("consequence") or (q.has("if") and q.has("negation"))):
        return []
    handled = q.concept_positions("consequence", "if", "negation", "status", "task", "what")
    tasks, via = scope(ctx, handled)
    if not tasks:
        tasks = [t for t in index.consequences]
        if len(tasks) > 3:
            return [which_task(ctx, "consequence", "hvad sker der hvis {id} ikke gennemføres?")]
    pids = [p for t in tasks for p in index.consequences.get(t, [])]
    if not pids:
        if not q.tasks:
            return []
        names = join([index.tasks[t].id for t in tasks], ctx.lang)
        text = (f"Opgave {names} siger ikke, hvad der sker, hvis den ikke gennemføres." if ctx.lang == "da"
                else f"Task {names} does not say what happens if it is not done.")
        return [Candidate("consequence", text, [], handled, found=False, prior=0.7,
                          suggestions=[index.tasks[t].id for t in index.consequences][:3])]
    lines = [quote(index.passages[p].text, ctx.lang) for p in pids]
    owners = list(dict.fromkeys(index.passage_task[p] for p in pids))
    if len(owners) > 1:
        lines = [f"{index.tasks[index.passage_task[p]].id}: {line}"
                 for p, line in zip(pids, lines, strict=True)]
    text = ("" if ctx.lang == "da" else say("says", "en")) + "\n".join(lines)
    return [Candidate("consequence", text, owners, handled | via, prior=implied(q) if via else 1.0)]
