"""A claim of a thing the question names only by a pronoun, settled by the sentence it points back to."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.passages import ITEM
from knowledge.qa.agents import same_thing
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.evidence_scope import _allowed
from knowledge.qa.intents.yesno.words import _NEGATION, _POINTS_BACK
from knowledge.retrieval import rank_passages
from knowledge.wording import quote, say

# A sentence that ends on its modal's verb, with no object: what it is done to or at is the thing the
# sentence before names ('Oplæringen holdes som et webinar. Alle køkkenledere skal deltage.')
_ENDS_ON_VERB = re.compile(r"^[^,;:]{0,60}?\b(?:skal|kan|må|bør|must|can|may|should)\s+"
                           r"(?:(?:ikke|også|selv|altid|not|also|always)\s+)?[a-zæøå]{3,}e\s*[.!]?\s*$", re.I)


def _pointing_back(ctx: Context) -> list[Candidate]:
    """The sentence that says the question's claim of a thing it names only by a pronoun, with the
    sentence before it (in the same field of the task) naming that thing: evidence to be settled like
    any sentence ('Listen sendes til Movia. Den må ikke sendes med almindelig e-mail.')."""
    q, index = ctx.q, ctx.index
    best: Candidate | None = None
    for hit in rank_passages(index, q, tasks=q.tasks or None, limit=10, min_coverage=0.3):
        said = ITEM.sub("", index.passages[hit.pid].text)
        start = index.task_span[hit.task][0]
        if not _allowed(ctx, hit.task) or not (_POINTS_BACK.match(said) or _ENDS_ON_VERB.search(said)) \
                or hit.pid == start or \
                index.passages[hit.pid - 1].field != index.passages[hit.pid].field:
            continue
        before = content_keys(index.passages[hit.pid - 1].text)
        named = {t.pos for t in q.content() if t.pos not in hit.explained and t.role == "word" and (
            set(t.keys) & before or any(same_thing(k, before) for k in t.keys))}
        if not named:
            continue
        told = ITEM.sub("", index.passages[hit.pid - 1].text)
        if not _POINTS_BACK.match(said):  # 'Alle køkkenledere skal deltage.': in what, the one before says
            if _NEGATION.search(told):
                continue  # (its negation would be read as the claim's)
            said = f"{told} {said}"
        cand = Candidate("passage", say("says", ctx.lang) + quote(said, ctx.lang), [hit.task],
                         hit.explained | named | q.project_pos | q.ref_positions(), prior=0.9)
        if best is None or cand.score(q) > best.score(q):
            best = cand
    return [best] if best else []
