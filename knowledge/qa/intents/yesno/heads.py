"""The head of a verdict: 'Ja'/'Nej' (or 'Jo') to whether the claim holds, or that nothing settles it."""

from __future__ import annotations

from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _main_clause
from knowledge.qa.intents.yesno.words import _NEGATION
from knowledge.qa.messages import text


def _unsettled(ctx: Context, evidence: Candidate, said: str) -> Candidate:
    """'Det står ikke i opgaven' over the evidence quoted: the text comes close but settles nothing."""
    return Candidate(evidence.kind, f"{text('not_settled', ctx.lang)}\n{said}", evidence.tasks,
                     evidence.explained, prior=evidence.prior, found=False)


def verdict_head(ctx: Context, *, holds_true: bool) -> str:
    """'Ja – opgaven siger:' (or 'Nej', 'Jo') for a claim that holds or not."""
    verdict = text(_verdict(ctx.q, ctx.q.text, holds_true=holds_true), ctx.lang)
    return text("yes_no_evidence", ctx.lang, verdict=verdict)


def _verdict(q, question: str, *, holds_true: bool) -> str:
    """The word a Dane answers with: 'Ja'/'Nej' to whether the claim holds; to 'kan vi springe X over?'
    'Nej' when X is to be done; to a negated question ('er det ikke X, der ...?', 'skal vi ikke ...?')
    'Jo' when the claim holds and 'Nej' when it does not."""
    if q.has("skip"):
        return "no" if holds_true else "yes"
    if _NEGATION.search(_main_clause(question)):
        return "yes_to_negated" if holds_true else "no"
    return "yes" if holds_true else "no"
