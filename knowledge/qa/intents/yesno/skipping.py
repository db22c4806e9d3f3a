"""'Kan vi springe X over?': whether a step, a task or a thing in a task may be left out."""

from __future__ import annotations

import re

from knowledge.fold import keys
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context, scope
from knowledge.qa.intents.yesno.clauses import _claim_clause, _main_clause
from knowledge.qa.intents.yesno.evidence_scope import _allowed, _inside, _scoped_passages
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import (
    _CLASSES,
    _CRITICAL,
    _NEGATION,
    _OPTIONAL,
    _OPTIONAL_CLASSES,
    YES_THRESHOLD,
)
from knowledge.qa.messages import text
from knowledge.qa.titles import title_positions
from knowledge.retrieval import rank_passages


def _skip_passage(ctx: Context) -> list[Candidate]:
    """'Kan vi springe testen over i BOLIG 5?': the sentence of the task that says to do it settles it
    ('Nej'), unless it says the thing is optional or not needed ('Ja')."""
    q, index = ctx.q, ctx.index
    if said_skip := _said_skip(ctx):
        return said_skip
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, limit=5, min_coverage=YES_THRESHOLD)
            if q.allows(h.task) and index.passages[h.pid].field not in ("title", "fact")]
    if not hits:
        return []
    hit = hits[0]
    said = ITEM.sub("", index.passages[hit.pid].text)
    optional = bool(_NEGATION.search(_main_clause(said)) or _OPTIONAL.search(said))
    explained = hit.explained | q.project_pos | {t.pos for t in q.tokens if t.role == "ref"}
    return [Candidate("yesno", f"{verdict_head(ctx, holds_true=not optional)} {said}", [hit.task], explained,
                      prior=0.9)]


# A sentence that itself speaks of leaving a thing out: 'Kommunen kan vælge at springe testen over'
_SAYS_SKIP = re.compile(r"\b(spring\w*\s+(?:\w+\s+){0,4}?over|springes\s+over|undlad\w*|udelad\w*|fravælg\w*|"
                        r"dropp\w*|skip\w*|omit\w*)\b", re.I)


def _said_skip(ctx: Context) -> list[Candidate]:
    """The sentence about the thing that says whether it may be left out or is optional ('kan vælge at
    springe testen over', 'kan vælge at holde et møde': 'Ja'; 'må ikke springes over': 'Nej')."""
    q, index = ctx.q, ctx.index
    refs = q.ref_positions()
    rest = [t for t in q.content() if t.pos not in refs]
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, limit=10, min_coverage=0.3)
            if _allowed(ctx, h.task)]
    for hit in hits + _scoped_passages(ctx, hits, refs):
        said = ITEM.sub("", index.passages[hit.pid].text)
        if not (_SAYS_SKIP.search(said) or _OPTIONAL.search(said)) or not rest:
            continue
        inside = _inside(ctx, rest, hit, said) | title_positions(index, q, hit.task)
        if sum(t.weight for t in rest if t.pos in inside) < YES_THRESHOLD * sum(t.weight for t in rest):
            continue
        allowed = bool(_OPTIONAL.search(said)) or not _NEGATION.search(_claim_clause(q.text, said))
        head = verdict_head(ctx, holds_true=not allowed)
        return [Candidate("yesno", f"{head} {said}", [hit.task], inside | refs, prior=0.95)]
    return []


def _skip_step(ctx: Context) -> list[Candidate]:
    """'Kan vi springe trin 4 over i 2302?': the step itself settles it: 'Ja' when it is marked optional
    ('(Valgfrit) Bed ...'), else 'Nej' (it is one of the steps the task says to take)."""
    q = ctx.q
    if q.step is None or q.step < 1:
        return []
    handled = q.concept_positions("task", "status", "what", "step") | q.ref_positions() | {
        t.pos for t in q.tokens if t.role == "number"}
    tasks, via = scope(ctx, handled)
    if len(tasks) != 1:
        return []
    step = next((s for s in ctx.task(tasks[0]).method_steps if s.number == q.step), None)
    if step is None or any(t.pos not in handled | via for t in q.content()):
        return []
    optional = bool(_OPTIONAL.search(step.text))
    said = f"{verdict_head(ctx, holds_true=not optional)} {step.number}. {step.text}"
    return [Candidate("yesno", said, tasks, handled | via, prior=0.95)]


def _skip_priority(ctx: Context) -> list[Candidate]:
    """'Kan vi springe BP 07 over?': a question about the task itself is settled by its priority on the
    obligatory / optional scale ('Nej' for 'Obligatorisk', 'Ja' for 'Valgfri')."""
    q = ctx.q
    handled = q.concept_positions("task", "status", "what") | {t.pos for t in q.tokens if t.role == "ref"}
    tasks, via = scope(ctx, handled)
    # the question names the task itself (by reference or title), not a thing done in it
    if len(tasks) != 1 or any(t.pos not in handled | q.project_pos | title_positions(ctx.index, q, tasks[0])
                              for t in q.content()):
        return []
    task = ctx.task(tasks[0])
    have = set(keys(task.priority or ""))
    if not have & (_CLASSES | _OPTIONAL_CLASSES):
        return []
    optional = bool(have & _OPTIONAL_CLASSES) and not have & _CRITICAL
    said = text("yes_priority" if optional else "no_priority", ctx.lang, task=task.id, priority=task.priority)
    return [Candidate("yesno", said, tasks, handled | via, prior=1.0)]
