"""A state the question names against the one the sentence says ('skattefrit' - 'skattepligtigt')."""

from __future__ import annotations

from knowledge.fold import content_keys, key
from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits, _inside, _scoped_passages
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.words import _AND_CLAUSE, _NEGATION, _WORD
from knowledge.qa.opposites import excluded_keys, prefix_excluded
from knowledge.qa.titles import title_positions


def _says_excluded(text: str, other: frozenset[str], prefixed: set[str]) -> bool:
    """Whether a text says a state that excludes the asked word: a key of its opposite ('<|>'), or the
    word with a negating prefix as written (casefolded)."""
    return bool(content_keys(text) & other or {w.casefold() for w in _WORD.findall(text)} & prefixed)


def _excluded_state(ctx: Context) -> list[Candidate]:
    """'Er tillægget skattefrit?' - 'Tillægget er skattepligtigt': the sentence that says the rest of the
    question with the state that excludes one of its words (opposites.txt, '<|>', or the word with a
    negating prefix: 'lige' - 'ulige'), and not the word itself, is a 'Nej'."""
    q, index = ctx.q, ctx.index
    for t in q.content():
        other = frozenset().union(*(excluded_keys(k) for k in t.keys))
        # (only a form some task writes: a word's every prefixed form would cost each question a search)
        prefixed = {f for f in prefix_excluded(t.surface) if index.df(key(f))}
        if not other and not prefixed:
            continue
        hits = _allowed_hits(q, index, skip={t.pos}, limit=10, min_coverage=0.5)
        scoped = _scoped_passages(ctx, hits, {t.pos} | q.ref_positions())
        for hit in hits + scoped:
            said = ITEM.sub("", index.passages[hit.pid].text)
            said_keys = content_keys(said)
            if not _says_excluded(said, other, prefixed) or said_keys & set(t.keys):
                continue
            claim = next((c for c in _AND_CLAUSE.split(said) if _says_excluded(c, other, prefixed)), said)
            if _NEGATION.search(claim):
                return []  # 'X er ikke skattepligtigt' is no answer to 'er X skattefrit?' to read off
            t.match = max(t.match, 1.0)  # the word the tasks lack is understood: its opposite is said
            explained = hit.explained | {t.pos} | q.ref_positions()
            if hit in scoped:  # a sentence of the task named: the words it says, and the naming
                explained |= _inside(ctx, q.content(), hit, said) | title_positions(index, q, hit.task)
            head = verdict_head(ctx, holds_true=False)
            return [Candidate("yesno", f"{head} {said}", [hit.task], explained, prior=0.95)]
    return []
