"""Demanded or advised: a 'Ja' on a sentence that only advises what the question asks is demanded."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.intents.yesno.clauses import _claim_clause
from knowledge.qa.intents.yesno.conditions import _asked_the_exception
from knowledge.qa.intents.yesno.counts import _counted_in_group, _in_group
from knowledge.qa.intents.yesno.heads import _unsettled, verdict_head
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.words import (
    _ADVISED,
    _ALWAYS,
    _BOUND_NOT,
    _DEMANDED,
    _EXEMPT,
    _NEGATION,
    _NUMBERS,
    _ONLY_IF,
    _VERDICT_HEAD,
)

# The first stretch of time: 'det første år', 'de første tre måneder', 'the first two years'
_FIRST = re.compile(r"\b(?:de|det|den|the|i|in)\s+(?:første|first)\s+(?:(?P<n>\d+|[a-zæøå]+)\s+)??"
                    r"(?P<unit>år|måned(?:er)?|uger?|dage?|years?|months?|weeks?|days?)\b", re.I)


def _first_periods(text: str) -> dict[str, int]:
    """'de første to år' -> {'år': 2}; 'det første år' -> {'år': 1}."""
    out = {}
    for m in _FIRST.finditer(text):
        n = m.group("n")
        count = 1 if n is None else int(n) if n.isdigit() else _NUMBERS.get(n.casefold())
        if count is not None:
            out[key(m.group("unit").casefold().rstrip("s"))] = count
    return out


def _other_first(question: str, said: str) -> bool:
    """Whether the sentence gives the first stretch of a unit another length than the question: 'gratis de
    første to år?' - 'gratis det første år'."""
    said_first = _first_periods(said)
    return any(unit in said_first and said_first[unit] != n for unit, n in _first_periods(question).items())


# A question that asks for a demand in so many words: 'er det et krav ...?', 'is it mandatory ...?', 'must
# we ...?' (a bare Danish 'skal vi ...?' often asks what is advised too: 'skal DPO'en læse bilagene?')
_DEMAND = re.compile(r"\b(?:krav|kræves|påkrævet|obligatorisk\w*|nødt|pligt\w*|forpligte\w*|mandatory|"
                     r"required|requirement|obliged|must|have\s+to|has\s+to)\b", re.I)


def _demand_asked(q) -> bool:
    return bool(_DEMAND.search(q.text) or _DEMAND.search(q.asked or ""))


def _advice_asked(q) -> bool:
    """Whether the question asks for advice: 'bør vi ...?', and an English 'should we ...?', which its
    Danish reading has as 'skal'."""
    return bool(_ADVISED.search(q.text) or _ADVISED.search(q.asked or ""))


def _overturned(ctx: Context, evidence: Candidate) -> Candidate:
    """A verdict's 'Ja' on a sentence that only advises what the question asks is demanded ('er det et
    krav at kontrollere 25?' - 'Kommunen bør kontrollere mindst 25'), that says it only on a condition
    ('altid?' - 'kun, hvis ...'), or that puts it on the other side of the moment the question names
    ('efter 31. december?' - 'frem til 31. december'): a 'Nej'."""
    head = _VERDICT_HEAD.match(evidence.text)
    if head is None or head.group(0).startswith("Jo"):
        return evidence
    question, said = ctx.q.text, evidence.text[head.end():]
    if _asked_the_exception(question, said):  # the verdict read the claim the exception turns
        turned = verdict_head(ctx, holds_true=head.group(0).startswith(("Nej", "No")))
        return Candidate(evidence.kind, f"{turned} {said}", evidence.tasks, evidence.explained,
                         prior=evidence.prior, found=evidence.found, suggestions=evidence.suggestions)
    if (group := _in_group(question, said.strip("“”\""))) is not None:
        # the verdict read the number against the group's bound as a count: the bound says whom the
        # sentence is about ('færre end 20 vandværker' with 12: about them; with 35: about others)
        claim = _BOUND_NOT.sub(" ", _claim_clause(question, said))
        negated = bool(_NEGATION.search(claim) or (_EXEMPT.search(claim) and not _EXEMPT.search(question)))
        if negated and not group:
            return _unsettled(ctx, evidence, said)
        counted = _counted_in_group(question, said) if group else True
        if counted is None:
            return _unsettled(ctx, evidence, said)
        holds_true = group and not negated and counted
        return Candidate(evidence.kind, f"{verdict_head(ctx, holds_true=holds_true)} {said}",
                         evidence.tasks, evidence.explained, prior=evidence.prior, found=evidence.found,
                         suggestions=evidence.suggestions)
    if not head.group(0).startswith(("Ja", "Yes")):
        return evidence
    advised = _demand_asked(ctx.q) and _ADVISED.search(said) and not _advice_asked(ctx.q) \
        and not _DEMANDED.search(said)
    only_if = _ALWAYS.search(question) and not _ALWAYS.search(said) and _ONLY_IF.search(said)
    if (side := other_side(question, said)) is None:
        return _unsettled(ctx, evidence, said)
    if not advised and not only_if and not side and not _other_first(question, said):
        return evidence
    return Candidate(evidence.kind, f"{verdict_head(ctx, holds_true=False)} {said}", evidence.tasks,
                     evidence.explained, prior=evidence.prior, found=evidence.found,
                     suggestions=evidence.suggestions)
