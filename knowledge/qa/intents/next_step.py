"""'Hvad gør vi, når vi har sendt blanketten?': the method step after the one the question says is
done, found by its words."""

from __future__ import annotations

import re
from collections import defaultdict

from knowledge.fold import content_keys
from knowledge.qa.candidate import Candidate, Context, title_keys
from knowledge.qa.messages import text
from knowledge.wording import join

_FRAMING = frozenset({"method", "what", "which", "who", "when", "task", "step"})
# 'når at' is 'manage to' ('hvis leverandøren ikke når at flytte dem'), no time clause
_AFTER = re.compile(r"\b(når(?!\s+at\b)|efter at|efter|bagefter|after|once|when)\b", re.IGNORECASE)


def next_step(ctx: Context) -> list[Candidate]:
    q, index = ctx.q, ctx.index
    after = _AFTER.search(q.text)
    if q.step is not None or not q.has("method") or after is None or q.has("consequence"):
        return []
    # the clause's words by key, or as written: a misspelt one ('adreesserne') has its corrected key
    done = q.text[after.end():]
    done_keys, done_words = content_keys(done), {w.casefold() for w in re.findall(r"[\w-]+", done)}
    clause = [t for t in q.content() if not t.concepts & _FRAMING and (
        t.surface.casefold() in done_words or any(k in done_keys for k in t.keys))]
    if not clause:
        return []
    scores: dict[int, float] = defaultdict(float)
    for tok in clause:
        seen: set[int] = set()
        for k in tok.keys:
            for pid in index.postings.get(k, ()):
                is_step = index.passages.field_of(pid) == "step"
                if pid not in seen and is_step and q.allows(index.passage_task[pid]):
                    seen.add(pid)
                    scores[pid] += tok.weight * tok.match
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
    if len(tied) > 1:
        return _several(ctx, tied, clause, score >= 0.8 * total)
    task = index.tasks[index.passage_task[best]]
    done = index.passages[best]
    following = task.step(done.number + 1) if done.number is not None else None
    explained = {t.pos for t in clause} | q.concept_positions("method", "what") | {
        t.pos for t in q.tokens if t.role == "ref"}
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
