"""The status of a checklist item ('er ruten bestilt?')."""

from __future__ import annotations

from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.messages import text
from knowledge.wording import quote


def status(ctx: Context) -> list[Candidate]:
    """'er basis konfiguration gennemført?', 'er ruten bestilt?': a checklist item's status."""
    index, q = ctx.index, ctx.q
    if not index.checklist or (q.has("consequence") and q.has("if")):
        return []  # 'hvad sker der, hvis X ikke godkendes?' asks what follows, not X's status
    hits: dict[int, set[int]] = {}
    for tok in q.content():
        if tok.concepts:
            continue  # 'gøre' matching 'Gør det muligt ...' names no item
        for k in tok.keys:
            for cid in index.checklist_keys.get(k, ()):
                if not q.tasks or index.checklist[cid].task in q.tasks:
                    hits.setdefault(cid, set()).add(tok.pos)
    if not hits:
        return []
    handled = q.concept_positions("status", "what", "who")
    best = max(q.coverage(h | handled) for h in hits.values())
    chosen = [c for c, h in hits.items() if q.coverage(h | handled) >= best - 0.01][:4]
    lines = []
    for cid in chosen:
        entry = index.checklist[cid]
        shown = quote(entry.status, ctx.lang) if entry.status else text("no_status", ctx.lang)
        if entry.substep:
            lines.append(text("checklist_substep", ctx.lang, item=entry.item.number, sub=entry.substep.number,
                              text=entry.text, status=shown))
        else:
            lines.append(text("checklist_item", ctx.lang, item=entry.item.number, text=entry.text,
                              status=shown))
    explained = set().union(*(hits[c] for c in chosen)) | handled
    tasks = list(dict.fromkeys(index.checklist[c].task for c in chosen))
    prior = 1.0 if q.has("status") else 0.8
    return [Candidate("status", "\n".join(lines), tasks, explained, prior=prior)]
