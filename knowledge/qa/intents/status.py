"""The status of a checklist item ('er ruten bestilt?')."""

from __future__ import annotations

from knowledge.qa.candidate import Candidate, Context
from knowledge.wording import quote


def status(ctx: Context) -> list[Candidate]:
    """'er basis konfiguration gennemført?', 'er ruten bestilt?': a checklist item's status."""
    index, q = ctx.index, ctx.q
    if not index.checklist:
        return []
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
        shown = entry.status or ("ingen status" if ctx.lang == "da" else "no status")
        if entry.substep:
            head = f"{entry.item.number}.{entry.substep.number} {entry.text}"
        else:
            head = f"{'Punkt' if ctx.lang == 'da' else 'Item'} {entry.item.number} «{entry.text}»"
        lines.append(f"{head}: {quote(shown, ctx.lang)}")
    explained = set().union(*(hits[c] for c in chosen)) | handled
    tasks = list(dict.fromkeys(index.checklist[c].task for c in chosen))
    prior = 1.0 if q.has("status") else 0.8
    return [Candidate("status", "\n".join(lines), tasks, explained, prior=prior)]
