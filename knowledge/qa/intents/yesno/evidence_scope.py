"""The passages and positions a verdict may rest on: the tasks asked of and the words a sentence says."""

from __future__ import annotations

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Context, scope
from knowledge.retrieval import Hit, rank_passages

_FEW_TASKS = 12  # a project this small is read through for its one sentence on an age


def _project_passages(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """The passages of the small project the question names ('kan en 19-årig få fritidspas?'), after the
    ranked hits: its words may be only the project's name and the age."""
    tasks = ctx.q.project_tasks
    if tasks is None or len(tasks) > _FEW_TASKS:
        return []
    seen = {h.pid for h in hits}
    return [Hit(pid, t, 0.0, set(), 0.0) for t in sorted(tasks) for pid in ctx.index.task_passage_ids(t)
            if pid not in seen]


def _allowed_hits(q, index, *, skip: set[int] = frozenset(), limit: int, min_coverage: float) -> list[Hit]:
    """The passages of the tasks the question allows (`q.allows` holds for each: a named task's are looked
    for within it, with no task, project or wave named every task is allowed): those of a project (wave) it
    names are looked for without the project's name, which their sentences need not repeat ('Panelet skal
    have mindst 500 deltagere' for 'er det nok med 300 deltagere i borgerpanelet?')."""
    if q.tasks or (q.project_tasks is None and q.wave_tasks is None):
        return rank_passages(index, q, tasks=q.tasks or None, skip=skip, limit=limit,
                             min_coverage=min_coverage)
    return [h for h in rank_passages(index, q, skip=set(skip) | q.project_pos, limit=2 * limit,
                                     min_coverage=min_coverage) if q.allows(h.task)][:limit]


def _inside(ctx: Context, tokens, hit, said: str) -> set[int]:
    """The positions of the tokens a sentence says, itself or as the head of a compound ('blanket' for
    'tilmeldingsblanketten') in a task that says the whole word too."""
    said_keys = content_keys(said)
    # a name ('Digital Post') the task has is what the sentence is about
    return {t.pos for t in tokens if t.pos in hit.explained or any(
        k in said_keys or ((same_thing(k, said_keys) or t.surface[:1].isupper())
                           and ctx.index.task_has(hit.task, k)) for k in t.keys)}


def _scoped_passages(ctx: Context, hits: list[Hit], handled: set[int]) -> list[Hit]:
    """The other passages of the one task the question's words name (by its title, say), after the
    ranked hits: 'blanketten sendes til ...' in the task on the tilmeldingsblanket."""
    tasks, _ = scope(ctx, handled)
    if len(tasks) != 1:
        return []
    seen = {h.pid for h in hits}
    return [Hit(pid, tasks[0], 0.0, set(), 0.0) for pid in ctx.index.task_passage_ids(tasks[0])
            if pid not in seen]


def _lead_task_passages(ctx: Context, hits: list[Hit], handled: set[int], *, settles) -> list[Hit]:
    """The other passages of the task whose sentence says every other word of the question ('Reglementet
    gælder for alle kommunens værksteder:' before its list 'Alder: fra 12 år ...'), credited with the words
    that sentence says: a rule's list item never repeats what the rule is about. Of several such tasks, the
    one task with a passage that `settles` the question (a text's test), else none."""
    words = {t.pos for t in ctx.q.content()} - handled - ctx.q.project_pos - ctx.q.ref_positions()
    leads = {}
    for h in hits:
        if words and words <= h.explained:
            leads.setdefault(h.task, []).append(h)
    items = [lead_items(ctx, task_leads, hits) for task_leads in leads.values()]
    settling = [found for found in items if any(settles(ctx.index.passages[h.pid].text) for h in found)]
    # the words said in several tasks that settle it: whose rule is asked of, the question does not say
    return settling[0] if len(settling) == 1 else []


def lead_items(ctx: Context, leads: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The list items of each of the lead hits (`_items_of`), each passage once."""
    found = {}
    for lead in leads:
        for item in _items_of(ctx, lead, hits):
            found.setdefault(item.pid, item)
    return list(found.values())


def _items_of(ctx: Context, lead: Hit, hits: list[Hit]) -> list[Hit]:
    """The other passages of the lead hit's task, credited with the words the lead sentence says: a rule's
    list item ('Ingen brug af værkstedet efter kl. 22') never repeats what the rules are for."""
    seen, passages = {h.pid for h in hits}, ctx.index.passages
    ids = list(ctx.index.task_passage_ids(lead.task))
    text = ITEM.sub("", passages[lead.pid].text)
    # a label fact ('Hold: højst 9 klatrere') stands for its list item
    at = next((pid for pid in ids if passages[pid].field != "fact" and ITEM.match(passages[pid].text)
               and ITEM.sub("", passages[pid].text) == text), lead.pid)
    field = passages[at].field
    # only the items of its own list (right under it, or beside it when it is one): never the task's other
    # sentences, whose 'indtil kl. 12' or 'fra 18 år' is of another thing
    block, k = set(), ids.index(at)
    if ITEM.match(passages[at].text):
        while k > 0 and passages[ids[k - 1]].field == field and ITEM.match(passages[ids[k - 1]].text):
            k -= 1
    else:
        k += 1
    while k < len(ids) and passages[ids[k]].field == field and ITEM.match(passages[ids[k]].text):
        block.add(ITEM.sub("", passages[ids[k]].text))
        k += 1
    return [Hit(pid, lead.task, 0.0, set(lead.explained), 0.0) for pid in ids
            if pid not in seen and pid != lead.pid and ITEM.sub("", passages[pid].text) in block]


def _allowed(ctx: Context, task: int) -> bool:
    """A task the question may be answered from: one it allows, or one whose title names the project the
    question names ('serviceaftalerne for KSD' in the task 'Godkend serviceaftaler for KSD')."""
    q = ctx.q
    if q.allows(task) or q.tasks or not q.project_pos:
        return q.allows(task)
    title = content_keys(ctx.task(task).title)
    return all(set(q.tokens[p].keys) & title for p in q.project_pos)
