"""Lists across tasks: by project, wave, priority, STS, or words they share."""

from __future__ import annotations

from knowledge.fold import keys
from knowledge.qa.candidate import LIST_LIMIT, Candidate, Context
from knowledge.retrieval import rank_tasks
from knowledge.wording import bullets, join, task_label


def listing(ctx: Context) -> list[Candidate]:
    """'hvilke opgaver er i bølge 3?', 'which tasks are in KY?', 'hvilke opgaver er obligatoriske?'"""
    index, q = ctx.index, ctx.q
    if q.tasks or not (q.has("which", "list") or (q.wave is not None and not q.has("step"))):
        return []
    handled = q.concept_positions("which", "list", "task", "what", "wave")
    chosen: set[int] | None = None
    reasons: list[tuple[str, str]] = []

    def narrow(tasks, positions, reason):
        nonlocal chosen
        chosen = set(tasks) if chosen is None else chosen & set(tasks)
        handled.update(positions)
        reasons.append(reason)

    for tok in q.content():
        if tok.key in index.projects and tok.pos not in handled:
            tasks = index.projects[tok.key]
            name = index.tasks[tasks[0]].project or tok.surface
            # every word of a project's name is the project ('Digital Post'), not a word to search for
            named = {t.pos for t in q.content() if t.key in set(keys(name))}
            narrow(tasks, {tok.pos} | named, (f"i projekt {name}", f"in project {name}"))
    if q.wave is not None:
        narrow(index.waves.get(q.wave, []), {t.pos for t in q.tokens if t.role == "number"},
               (f"i bølge {q.wave}", f"in wave {q.wave}"))
    if q.has("sts"):
        narrow([i for i, t in enumerate(index.tasks) if t.sts_infrastructure], q.concept_positions("sts"),
               ("der er STS/infrastruktur-opgaver", "that are STS/infrastructure tasks"))
    if q.has("priority"):
        hit = _priority_tasks(ctx)
        if hit is not None:
            narrow(hit[0], hit[1] | q.concept_positions("priority"),
                   (f"med prioritet «{hit[2]}»", f"with priority “{hit[2]}”"))
    if q.has("when") and q.has("task"):  # 'hvilke opgaver har en frist i teksten?'
        narrow(list(index.task_deadlines), q.concept_positions("when"),
               ("med en frist i teksten", "with a deadline in the text"))
    rest = {t.pos for t in q.content()} - handled - q.concept_positions("sign")
    if rest and chosen is None and q.has("task"):  # 'hvilke opgaver nævner X', not 'hvilken rolle'
        ranked = rank_tasks(index, q, rest)
        top = [t for t, s, _ in ranked if s >= 0.999]
        if top:
            named = " ".join(t.surface for t in q.tokens if t.pos in rest)
            narrow(top, rest, (f"der nævner «{named}»", f"that mention “{named}”"))
    if chosen is None and q.has("task") and not rest and not q.has("sign"):
        narrow(range(len(index.tasks)), set(), ("", ""))
    if chosen is None:
        return []
    tasks = sorted(chosen)
    lines = [task_label(index.tasks[t]) for t in tasks]
    why = join([r[ctx.lang == "en"] for r in reasons if r[0]], ctx.lang)
    if not tasks:
        text = f"Ingen opgaver {why}." if ctx.lang == "da" else f"No tasks {why}."
        return [Candidate("list", text, [], handled, found=False, prior=0.9)]
    intro = f"Opgaver {why} ({len(tasks)}):" if ctx.lang == "da" else f"Tasks {why} ({len(tasks)}):"
    intro = intro.replace("  ", " ")
    text = intro + "\n" + bullets(lines, limit=LIST_LIMIT, lang=ctx.lang)
    return [Candidate("list", text, tasks[:LIST_LIMIT], handled)]


def _priority_tasks(ctx: Context) -> tuple[list[int], set[int], str] | None:
    """Tasks whose priority the question names best: 'obligatorisk', 'prioritet 1',
    'obligatorisk på kritisk vej' (all of its words, not just 'obligatorisk')."""
    q = ctx.q
    typed = {k: t.pos for t in q.tokens if t.role in ("word", "number") for k in t.keys}
    typed |= {t.surface: t.pos for t in q.tokens if t.surface.isdigit()}
    best: tuple[float, int, str] | None = None
    for prio in ctx.index.priorities:
        prio_keys = set(prio.split()) - {"prioritet", "pa"}
        hit = prio_keys & typed.keys()
        if hit and (best is None or (len(hit) / len(prio_keys), len(hit)) > best[:2]):
            best = (len(hit) / len(prio_keys), len(hit), prio)
    if best is None:
        return None
    asked = set(best[2].split()) & typed.keys()
    # 'obligatoriske' also takes in 'Obligatorisk på kritisk vej': every priority with all the words
    wider = [p for p in ctx.index.priorities if asked <= set(p.split())]
    tasks = sorted({t for p in wider for t in ctx.index.priorities[p]})
    positions = {typed[k] for k in asked}
    shown = ctx.index.tasks[ctx.index.priorities[best[2]][0]].priority or best[2]
    return tasks, positions, shown
