"""A 'Ja' withdrawn when the sentence states another value or says it of only some of what is asked."""

from __future__ import annotations

from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import compared
from knowledge.qa.intents.yesno.counts import _per_one_not_whole
from knowledge.qa.intents.yesno.exemptions import _all_against_some, excepted
from knowledge.qa.intents.yesno.heads import _unsettled
from knowledge.qa.messages import text


def _unless_other_value(ctx: Context, c: Candidate) -> Candidate:
    """A 'Ja' quoting a sentence that states another value of a kind the question puts forward ('er X
    gratis fra 2028?' - '... uden beregning i 2027') does not settle the question."""
    verdict = compared(ctx.q.text, c.text)
    if not c.found or verdict is None or not c.text.startswith(text("yes", ctx.lang)):
        return c
    head = text("yes_no_evidence", ctx.lang, verdict=text("yes", ctx.lang))
    said = c.text[len(head):].strip() if c.text.startswith(head) else c.text
    if verdict[0] and _per_one_not_whole(ctx.q.text, said):
        # '6.000 kr. for hele kommunen?' - '6.000 kr. pr. svømmehal': the value is of each one, so the
        # whole is more: a 'Nej', as the value intent says it
        no = text("yes_no_evidence", ctx.lang, verdict=text("no", ctx.lang))
        return Candidate(c.kind, f"{no} {said}", c.tasks, c.explained, prior=c.prior, found=c.found,
                         suggestions=c.suggestions)
    return c if verdict[0] else _unsettled(ctx, c, said)


def _unless_narrower(ctx: Context, c: Candidate) -> Candidate:
    """A 'Ja' quoting a sentence that says it only of some of what the question asks of all ('til alle
    borgere?' - 'kun til borgere, der ...'), or makes an exception of what the question names, is a
    'Nej'."""
    yes = text("yes_no_evidence", ctx.lang, verdict=text("yes", ctx.lang))
    if not c.found or not c.text.startswith(yes):
        return c
    said = c.text[len(yes):].strip()
    if not (_all_against_some(ctx.q.text, said) or excepted(ctx.q.text, said)):
        return c
    no = text("yes_no_evidence", ctx.lang, verdict=text("no", ctx.lang))
    return Candidate(c.kind, f"{no} {said}", c.tasks, c.explained, prior=c.prior, found=c.found,
                     suggestions=c.suggestions)
