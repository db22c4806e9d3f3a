"""Structured verdicts read off the tasks: priority, signing, doers, counts, values and fields."""

from __future__ import annotations

from knowledge.fold import key
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import stated
from knowledge.qa.intents import costs
from knowledge.qa.intents.yesno.amounts import _age, _count
from knowledge.qa.intents.yesno.banned_things import banned_thing
from knowledge.qa.intents.yesno.caps import over_cap
from knowledge.qa.intents.yesno.company import alone_denied
from knowledge.qa.intents.yesno.counts import _counts
from knowledge.qa.intents.yesno.doers import _deed
from knowledge.qa.intents.yesno.excluded import _excluded_state
from knowledge.qa.intents.yesno.facts import _fact
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.hours import _hour_limit
from knowledge.qa.intents.yesno.levels import past_level
from knowledge.qa.intents.yesno.narrowing import _unless_narrower, _unless_other_value
from knowledge.qa.intents.yesno.only_parties import _only_parties
from knowledge.qa.intents.yesno.periods import longer_than_allowed
from knowledge.qa.intents.yesno.priority import _optional_thing, _priority, _task_required
from knowledge.qa.intents.yesno.pronouns import _pointing_back
from knowledge.qa.intents.yesno.recipients import _recipient
from knowledge.qa.intents.yesno.regions import _region
from knowledge.qa.intents.yesno.signing import _signature, _signed_state, _signing_subordinate
from knowledge.qa.intents.yesno.skipping import _skip_passage, _skip_priority, _skip_step
from knowledge.qa.intents.yesno.starts import _earliest_start
from knowledge.qa.intents.yesno.supplying import _copula
from knowledge.qa.intents.yesno.task_fields import _role, _task_end, _wave
from knowledge.qa.intents.yesno.values import _value
from knowledge.qa.intents.yesno.words import _CRITICAL, _MAY_WORDS


def yes_no(ctx: Context) -> list[Candidate]:
    """Structured verdicts: a task's priority, whether it has something to sign, and who signs."""
    q = ctx.q
    if not q.yesno:
        return []
    out = []
    if q.has("sign"):  # 'is signing required?': required to sign, not the task's priority
        for t in q.tokens:
            if t.key in _REQUIRED and t.concepts <= {"priority"}:
                t.weight, t.role, t.concepts = 0.0, "stop", frozenset()
        q.concepts = set().union(*(t.concepts for t in q.tokens)) | (q.concepts - {"priority"})
    if q.has("skip"):  # 'kan vi springe X over?': the verdicts below answer whether X is done
        return _skip_step(ctx) or _skip_priority(ctx) or _skip_passage(ctx)
    if q.has("priority") or any(set(t.keys) & _CRITICAL for t in q.tokens):  # 'på kritisk vej?'
        out += _optional_thing(ctx) + _priority(ctx)
    elif any(t.surface.casefold() in _MAY_WORDS for t in q.tokens):  # 'er X frivillig?'
        out += _optional_thing(ctx)
    out += _task_required(ctx)
    if q.has("sign") and not _signing_subordinate(q) and not _signed_state(q) and \
            not set(stated(q.text)) - {"side"} and not _counts(q.text):
        # 'underskrives i uge 10?' asks when, not who signs; 'to underskrifter?' how many (_count)
        out += _signature(ctx)
    out += _wave(ctx) + _role(ctx) + _task_end(ctx)
    read = (_deed(ctx) + (_age(ctx) or _count(ctx)) + _excluded_state(ctx) + _fact(ctx)
            + costs.cost(ctx, verdict_head) + _recipient(ctx) + _copula(ctx) + _only_parties(ctx)
            + _region(ctx) + _earliest_start(ctx) + _hour_limit(ctx) + over_cap(ctx)
            + longer_than_allowed(ctx) + past_level(ctx) + alone_denied(ctx) + banned_thing(ctx))
    valued = _value(ctx) + [_unless_other_value(ctx, c) for c in read]
    return out + [_unless_narrower(ctx, c) for c in valued] + _pointing_back(ctx)


_REQUIRED = frozenset(key(w) for w in ("required", "requires", "require", "påkrævet", "krævet", "kræves",
                                       "nødvendigt", "necessary", "needed"))
