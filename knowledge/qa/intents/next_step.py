"""'Hvad gør vi, når vi har sendt blanketten?', 'hvad kommer efter registreringen?', 'hvad skal være
gjort, før fuldmagten underskrives?': the method step after (or the steps before) the one the question
names by what it does, found by its words."""

from __future__ import annotations

import re
from collections import defaultdict

from knowledge.fold import content_keys
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.messages import text
from knowledge.retrieval import title_keys
from knowledge.wording import join, quote

_FRAMING = frozenset({"method", "what", "which", "who", "when", "task", "step"})
# 'når at' is 'manage to' ('hvis leverandøren ikke når at flytte dem'), no time clause
_AFTER = re.compile(r"\b(når(?!\s+at\b)|efter at|efter|bagefter|after|once|when)\b", re.IGNORECASE)
# 'før trin 3' names a step by number (the steps intent); 'før fuldmagten underskrives' names it by its deed
_BEFORE = re.compile(r"\b(før|inden|forud for|before|prior to)\b(?!\s+(?:trin|step|skridt)\b)", re.IGNORECASE)
# words that ask for a step by its order without a word for 'step' ('hvad kommer efter X?')
_ORDER_WORDS = frozenset("kommer komme næste forrige comes come next".split())
# a deed asked for in a form the glossary leaves without 'method' ('hvad skal være gjort, før …')
_DONE_WORDS = frozenset("gjort gøres done".split())
# 'hvad skal være gjort, før …' asks for every step before; 'hvad kommer før …' for the one before
_MUST = re.compile(r"\b(skal|skulle|må|bør|must|need|needs|have to|has to)\b", re.IGNORECASE)


def _relation(q) -> tuple[str, re.Match[str]] | None:
    """Which way the question looks from the step it names ('after' or 'before'), and where it says so."""
    asks = q.has("method") or q.has("step") or any(
        t.surface.casefold() in _ORDER_WORDS | _DONE_WORDS for t in q.tokens)
    if not asks:
        return None
    found = [(m.start(), side, m) for side, m in (("after", _AFTER.search(q.text)),
                                                  ("before", _BEFORE.search(q.text))) if m]
    if not found:
        return None
    _, side, m = min(found, key=lambda f: f[0])
    return side, m


def next_step(ctx: Context) -> list[Candidate]:
    q, index = ctx.q, ctx.index
    relation = _relation(q)
    if q.step is not None or relation is None or q.has("consequence"):
        return []
    side, said_at = relation
    clause = _clause(q, said_at)
    if not clause:
        return []
    scores = _step_scores(ctx, clause)
    if not scores:
        return []
    total = sum(t.weight for t in clause)
    ranked = sorted(scores.items(), key=lambda s: -s[1])
    best, score = ranked[0]
    # 'når vi har fået kvitteringen for databehandleraftalen': the task's title says the rest
    title = title_keys(index.tasks[index.passage_task[best]].title)
    titled = sum(t.weight * t.match for t in clause if any(k in title for k in t.keys)
                 and not any(index.passage_has(best, k) for k in t.keys))
    if score + titled < 0.5 * total:
        return []  # no step the question clearly says is done
    tied = [pid for pid, s in ranked if s >= score]
    if len({index.passage_task[p] for p in tied}) == 1:
        # steps of one task say the deed alike ('Få fuldmagten underskrevet', 'Scan den underskrevne
        # fuldmagt'): the first is where it is done, the later ones use its result
        best = min(tied, key=lambda p: index.passages[p].number or 0)
    elif len(tied) > 1:
        return _several(ctx, tied, clause, score >= 0.8 * total)
    if _of_another(index, clause, index.passage_task[best]):
        return []
    explained = {t.pos for t in clause} | q.concept_positions("method", "what", "step") | {
        t.pos for t in q.tokens if t.role == "ref" or t.surface.casefold() in _ORDER_WORDS}
    if side == "before":
        return _before(ctx, best, explained)
    return _after(ctx, best, explained)


def _clause(q, said_at: re.Match) -> list:
    """The question's words that say what is done (after the words of the relation), by key or as
    written: a misspelt one ('adreesserne') has its corrected key."""
    done = q.text[said_at.end():]
    done_keys, done_words = content_keys(done), {w.casefold() for w in re.findall(r"[\w-]+", done)}
    return [t for t in q.content() if not t.concepts & _FRAMING and (
        t.surface.casefold() in done_words or any(k in done_keys for k in t.keys))]


def _step_scores(ctx: Context, clause: list) -> dict[int, float]:
    """How much of the clause each step (passage id) of the tasks the question allows says."""
    q, index = ctx.q, ctx.index
    scores: dict[int, float] = defaultdict(float)
    for tok in clause:
        seen: set[int] = set()
        for k in tok.keys:
            for pid in index.postings.get(k, ()):
                is_step = index.passages.field_of(pid) == "step"
                if pid not in seen and is_step and q.allows(index.passage_task[pid]):
                    seen.add(pid)
                    scores[pid] += tok.weight * tok.match
    return scores


def _after(ctx: Context, best: int, explained: set[int]) -> list[Candidate]:
    """The step that follows the one done, or that the task says nothing after its last step."""
    index = ctx.index
    task = index.tasks[index.passage_task[best]]
    done = index.passages[best]
    following = task.step(done.number + 1) if done.number is not None else None
    last = max((s.number for s in task.method_steps), default=None)
    if following is None and done.number is not None and done.number == last:
        # the last step: the task does not say what comes after it (its result is what it leads to)
        said = text("after_last_step", ctx.lang, done=done.number, done_text=done.text.split(". ", 1)[-1])
        return [Candidate("step", said, [index.passage_task[best]], explained, prior=0.97, found=False)]
    if following is None:
        return []
    said = text("next_after", ctx.lang, done=done.number, done_text=done.text.split(". ", 1)[-1],
                number=following.number, step=following.text)
    return [Candidate("step", said, [index.passage_task[best]], explained, prior=0.97)]


def _of_another(index, clause, task: int) -> bool:
    """Whether the step is named by a word of the clause alone while the clause names a thing its task
    never writes: 'efter de har brugt et lokale' is no step that 'bruger' something in a task without
    'lokale' (the deed done to another thing)."""
    return any(t.match > 0 and not any(index.task_has(task, k) for k in t.keys) for t in clause)


def _before(ctx: Context, pid: int, explained: set[int]) -> list[Candidate]:
    """The step before the one named by its deed ('hvad kommer før oprettelsen af lokalerne?'), or every
    step before it when the question asks what must be done first ('hvad skal være gjort, før …')."""
    index = ctx.index
    t = index.passage_task[pid]
    task, named = index.tasks[t], index.passages[pid]
    if named.number is None:
        return []
    named_text = named.text.split(". ", 1)[-1]
    if named.number == 1:
        said = text("step_none_before_first", ctx.lang, task=task.id)
        return [Candidate("step", said, [t], explained, prior=0.97, found=False)]
    earlier = [s for s in task.method_steps if s.number < named.number]
    if not _MUST.search(ctx.q.text):
        earlier = earlier[-1:]
    said = text("before_named_deed", ctx.lang, named=named.number, named_text=named_text)
    said += "\n" + "\n".join(quote(f"{s.number}. {s.text}", ctx.lang) for s in earlier)
    return [Candidate("step", said, [t], explained, prior=0.97)]


def _several(ctx: Context, tied: list[int], clause, said: bool) -> list[Candidate]:
    """The step the question says is done is a step of several tasks ('Log ind i Administrationsmodulet'):
    which task is meant, not the done step itself nor a guess; nothing when the steps say too little
    of the clause to be the one it names."""
    index, q = ctx.index, ctx.q
    owners = list(dict.fromkeys(index.passage_task[p] for p in tied))
    if len(owners) < 2 or not said:
        return []
    ids = [index.tasks[t].id for t in owners]
    explained = {t.pos for t in clause} | q.concept_positions("method", "what")
    return [Candidate("step", text("step_in_several", ctx.lang, tasks=join(ids, ctx.lang)), [], explained,
                      prior=0.97, found=False, suggestions=ids[:3])]
