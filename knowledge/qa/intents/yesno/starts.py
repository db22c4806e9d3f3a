"""Whether a thing can start at a moment ('kan modulet startes ved go-live?') by the earliest it may."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.earliest import (
    asked_moments,
    before_earliest,
    earliest_moments,
    moment_words,
    says_earliest,
)
from knowledge.qa.intents.yesno.evidence_scope import _allowed
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.titles import title_positions
from knowledge.retrieval import rank_passages


def _earliest_start(ctx: Context) -> list[Candidate]:
    """'Kan indmeldingsmodulet startes ved go-live?' - 'Modulet kan tidligst startes 6 uger efter go-live'
    in the task on the indmeldingsmodul: Nej; '... 2 måneder efter go-live?' - Ja. The sentence is found in
    the task the question's words name, though it says the thing by its last part only ('Modulet') or only
    the deed ('Opstart kan tidligst ske ...' in the task on the coating)."""
    q, index = ctx.q, ctx.index
    typed = q.asked or q.text
    if not q.yesno or not asked_moments(typed) & _earliest_moments(index):
        return []  # ('på papir', 'fra portalen': no task's earliest counts from it, and no retrieval is run)
    # the moment ('samme dag som go-live') is the earliest's to say; the thing and the deed the sentence's
    moment = moment_words(typed)
    words = [t for t in q.content() if t.weight >= 0.5 and "golive" not in t.concepts
             and t.surface.casefold() not in moment]
    if not words:
        return []
    hits = [h for h in rank_passages(index, q, tasks=q.tasks or None, limit=10, min_coverage=0.3)
            if _allowed(ctx, h.task)]
    for task in dict.fromkeys(h.task for h in hits):
        found = [(early, said, saying) for said in _earliest_sentences(index, task)
                 if (saying := _said(words, said)) and (early := before_earliest(typed, said)) is not None]
        if not found or len({early for early, _, _ in found}) > 1:
            continue  # the task's earliest moments disagree on the moment asked: which one, it does not say
        early, said, saying = found[0]
        inside = saying | {t.pos for t in words if any(index.task_has(task, k) for k in t.keys)}
        if sum(t.weight for t in words if t.pos in inside) < 0.7 * sum(t.weight for t in words):
            continue
        explained = inside | title_positions(index, q, task) | q.ref_positions() | q.project_pos | \
            {t.pos for t in q.tokens if t.pos not in {w.pos for w in words}}
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=not early)} {said}", [task], explained,
                          prior=0.95)]
    return []


def _earliest_sentences(index, task: int) -> list[str]:
    """The task's sentences that set an earliest moment."""
    out = []
    for pid in index.task_passage_ids(task):
        said = ITEM.sub("", index.passages[pid].text)
        if says_earliest(said):
            out.append(said)
    return out


def _said(words, said: str) -> set[int]:
    """The positions of the words the sentence says, of the thing or the deed asked of: a word itself, its
    last part ('Modulet' for 'indmeldingsmodulet'), or inside a word of its own ('Opstart' for 'starte')."""
    keys = content_keys(said)
    folded = [w.casefold() for w in re.findall(r"[\wæøå-]+", said)]
    return {t.pos for t in words if any(k in keys or same_thing(k, keys)
                                        or (len(k) >= 5 and any(k in w for w in folded)) for k in t.keys)}


def _earliest_moments(index) -> frozenset[str]:
    """The moments any task's earliest sentence counts from, read once per index (kept on it): a question's
    moment none of them names is settled by none (before_earliest needs the same moment)."""
    found = getattr(index, "_earliest_moments", None)
    if found is None:
        found = frozenset(m for pid in range(len(index.passages))
                          for m in earliest_moments(ITEM.sub("", index.passages.text_of(pid))))
        index._earliest_moments = found
    return found
