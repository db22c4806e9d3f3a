"""What happens if a task is not done: the task's own 'Hvis ... ikke ...' sentence."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, key
from knowledge.qa.candidate import Candidate, Context, scope, which_task
from knowledge.retrieval import rank_tasks
from knowledge.wording import join, quote, say


def consequence(ctx: Context) -> list[Candidate]:
    """'hvad sker der hvis opgaven ikke gennemføres?': the task's own 'Hvis ... ikke ...' sentence."""
    index, q = ctx.index, ctx.q
    if not (q.has("consequence") or (q.has("if") and q.has("negation"))):
        return []
    handled = q.concept_positions("consequence", "if", "negation", "status", "task", "what")
    tasks, via = scope(ctx, handled)
    if not tasks:
        tasks, via = _closest(ctx, handled)
        if not tasks:
            return [which_task(ctx, "consequence", "hvad sker der hvis {id} ikke gennemføres?")]
    pids = [p for t in tasks for p in index.consequences.get(t, [])]
    if len(pids) > 1:  # the consequence of what the question names ('... hvis bilaget ikke underskrives')
        pids = _best_passages(ctx, pids, handled)
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
    prior = 0.95 if via else 1.0
    unsaid = via - _said(ctx, pids, owners) - q.project_pos
    if not q.tasks and any(q.tokens[p].weight >= 0.7 for p in unsaid) and \
            not all(_about_the_task(index.passages[p].text) for p in pids):
        # 'Hvis adgangen ikke er godkendt, ...' is about what it names, not about every word of its
        # task; 'Hvis opgaven ikke løses, ...' is about all the task is about
        prior *= 0.6
    # the words of the question the sentence (or its task's title) says are accounted for by it
    return [Candidate("consequence", text, owners, handled | via | _said(ctx, pids, owners), prior=prior)]


# 'risikoen ved ikke at X', 'konsekvensen af at X': words that ask what follows
_ASKS = re.compile(r"^(risiko\w*|risici|konsekvens\w*|risks?)$", re.I)


def frame(q) -> None:
    """'Hvad er risikoen ved ikke at X?' asks what happens if X is not done, as 'konsekvensen' does:
    as 'hvad sker der, hvis ...', only a sentence that tells what follows answers it."""
    for t in q.tokens:
        if _ASKS.match(t.surface):
            t.concepts = t.concepts | {"consequence"}
            t.match = max(t.match, 1.0)
            q.concepts |= {"consequence", "if"}


# Words of an if-clause that name nothing but the task itself ('Hvis opgaven ikke løses i tide').
_TASK_ITSELF = frozenset(key(w) for w in (
    "hvis if opgave opgaven opgaverne task det dette it this ikke not bliver blive er is løst løses løse "
    "gennemført gennemføres gennemføre udført udføres udføre fuldført fuldføres done completed solved "
    "tide time rettidigt inden fristen deadline".split()))


def _about_the_task(text: str) -> bool:
    condition = text.split(",", 1)[0]
    return not content_keys(condition) - _TASK_ITSELF


def _said(ctx: Context, pids: list[int], owners: list[int]) -> set[int]:
    """Question words the consequence sentence or its task's title says: 'hvis vi ikke har en
    superadministrator' is not answered by 'Hvis adgangen ikke er godkendt' in a task about something
    else, while 'Hvis opgaven ikke løses' is about everything the title says."""
    q, index = ctx.q, ctx.index
    titles = set().union(*(content_keys(index.tasks[t].title) for t in owners))
    return {t.pos for t in q.content() if any(k in titles or any(index.passage_has(p, k) for p in pids)
                                              for k in t.keys)}


def _closest(ctx: Context, handled: set[int]) -> tuple[list[int], set[int]]:
    """The one task with a consequence sentence that holds most of the question's other words."""
    q, index = ctx.q, ctx.index
    rest = {t.pos for t in q.content()} - handled - q.project_pos
    if not rest:
        owners = [t for t in index.consequences if q.allows(t)]
        return (owners, set(q.project_pos)) if len(owners) == 1 else ([], set())
    ranked = [r for r in rank_tasks(index, q, rest) if r[0] in index.consequences and q.allows(r[0])]
    if ranked and ranked[0][1] >= 0.5 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return [ranked[0][0]], ranked[0][2] | q.project_pos
    return [], set()


def _best_passages(ctx: Context, pids: list[int], handled: set[int]) -> list[int]:
    q, index = ctx.q, ctx.index
    words = [t for t in q.content() if t.pos not in handled]
    scored = [(sum(t.weight for t in words if any(index.passage_has(p, k) for k in t.keys)), p) for p in pids]
    best = max(score for score, _ in scored)
    return [p for score, p in scored if score >= best] if best > 0 else pids
