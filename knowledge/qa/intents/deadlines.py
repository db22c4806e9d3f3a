"""Deadlines the task text states ('senest 45 dage før go-live', 'inden for 14 dage efter
modtagelsen'): 'hvornår skal serviceaftalen være godkendt?' is answered by the deadline about it,
not by the task's own start and end."""

from __future__ import annotations

from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.types import Expect
from knowledge.wording import quote


def deadlines(ctx: Context) -> list[Candidate]:
    index, q = ctx.index, ctx.q
    if not index.deadlines or not (q.expects is Expect.TIME or q.has("when")):
        return []
    refs = {t.pos for t in q.tokens if t.role == "ref"}
    framing = q.concept_positions("when", "task", "end", "start") | refs | q.project_pos
    hits: dict[int, set[int]] = {}
    for tok in q.content():
        if tok.pos in framing:
            continue
        for k in tok.keys:
            for did in index.deadline_keys.get(k, ()):
                if q.allows(index.deadlines[did].task):
                    hits.setdefault(did, set()).add(tok.pos)
    if not hits and q.tasks:  # 'hvornår er fristen i 1219?': every deadline the task states
        hits = {did: set() for t in q.tasks for did in index.task_deadlines.get(t, ())}
        if not hits or not q.has("when"):
            return []
    if not hits:
        return []
    best = max(q.coverage(h | framing) for h in hits.values())
    chosen = [d for d, h in hits.items() if q.coverage(h | framing) >= best - 1e-9][:4]
    lines = []
    for did in chosen:
        entry = index.deadlines[did]
        said = index.passages[entry.passage].text if entry.passage is not None else entry.deadline.text
        lines.append(quote(ITEM.sub("", said), ctx.lang))
    tasks = list(dict.fromkeys(index.deadlines[d].task for d in chosen))
    explained = set().union(*(hits[d] for d in chosen)) | framing
    if len(tasks) == 1:  # words naming the task elsewhere ('bilag B til KSD-databehandleraftalen')
        explained |= {tok.pos for tok in q.content() if any(
            tasks[0] in index.task_postings.get(k, ()) for k in tok.keys)}
    prior = 1.0 if hits[chosen[0]] else 0.9
    return [Candidate("deadline", "\n".join(dict.fromkeys(lines)), tasks, explained, prior=prior)]
