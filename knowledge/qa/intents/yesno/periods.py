"""A length of time the question asks leave for ('kan vi låne hjelmene i en hel måned?', 'må vi leje vognen
en uge?') against the longest the task allows the deed: a period label whose compound names the deed
('Låneperiode: 21 dage', 'Udlånsperiode: 28 dage', 'Lejeperiode: 5 dage') or a bound said with it ('kan
lånes i højst 3 dage ad gangen'). Longer is denied; as long or shorter the sentence does not settle (it
says how long at most, not that the deed is allowed)."""

from __future__ import annotations

from knowledge.passages import ITEM
from knowledge.qa.candidate import Candidate, Context
from knowledge.qa.claimed_values import stated
from knowledge.qa.intents.periods import deed_bounds, deed_keys, period_label
from knowledge.qa.intents.yesno.caps import said_in_task
from knowledge.qa.intents.yesno.evidence_scope import _allowed_hits, _scoped_passages, lead_items
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.widening import widens
from knowledge.qa.intents.yesno.words import _LEAVE_ASKED, _NEGATION
from knowledge.units import unit_of


def _longest(said: str, verb: str) -> float | None:
    """The longest time, in days, the sentence allows the deed, or None when it gives none or several:
    its period label ('Låneperiode: 21 dage', read as the length question's), or a bound said with it."""
    found = set()
    if (label := period_label(said)) and set(label[0]) & deed_keys(verb):
        found |= stated(label[1]).get("duration", set())
    for bound in deed_bounds(said, deed_keys(verb)):  # 'kan lånes i højst 3 dage': right after the verb
        found |= stated(bound).get("duration", set())
    return found.pop() if len(found) == 1 else None


def longer_than_allowed(ctx: Context) -> list[Candidate]:
    """'Kan vi låne hjelmene i en hel måned?' - 'Låneperiode: 21 dage' (under the sentence on the hjelme):
    Nej."""
    q, index = ctx.q, ctx.index
    if not _LEAVE_ASKED.match(q.text) or _NEGATION.search(q.text):
        return []
    asked = stated(q.text).get("duration", set())
    if len(asked) != 1 or set(stated(q.text)) - {"duration"}:
        return []
    days = next(iter(asked))
    span = {t.pos for t in q.tokens if t.surface.isdigit() or unit_of(t.surface.casefold()) is not None
            or t.surface.casefold() in _SPAN_WORDS}
    rest = [t for t in q.content() if t.pos not in span]
    if (verb := _modal_verb(q)) is None:
        return []
    hits = _allowed_hits(q, index, skip=span, limit=10, min_coverage=0.5)
    # the rule's list items under the sentence on the thing, and the sentences of the one task the words name
    for hit in hits + lead_items(ctx, hits, hits) + _scoped_passages(ctx, hits, span):
        said = ITEM.sub("", index.passages[hit.pid].text)
        if (longest := _longest(said, verb.surface)) is None or days <= longest:
            continue
        unsaid = [t for t in rest if t.pos not in hit.explained]
        if (named := said_in_task(ctx, hit.task, said, unsaid)) is None:
            continue  # the longest time of another thing
        if widens(ctx, hit.task, said):
            continue  # 'Sommerferien er undtaget', 'kan forlænges efter aftale': no hard limit
        explained = hit.explained | named | span | q.project_pos | q.ref_positions()
        for p in span:
            q.tokens[p].match = max(q.tokens[p].match, 1.0)  # the asked length the text lacks is understood
        return [Candidate("yesno", f"{verdict_head(ctx, holds_true=False)} {said}", [hit.task], explained,
                          prior=0.95)]
    return []


def _modal_verb(q):
    """The verb after the modal and its subject: 'låne' of 'kan vi låne ...', 'Må skolerne leje ...?'."""
    return next((t for t in q.tokens[2:] if t.surface.islower() and t.surface.endswith("e")
                 and len(t.surface) > 3 and t.role != "ref"), None)


# the words that say a length with its number or unit: 'en hel måned', 'i to uger'
_SPAN_WORDS = frozenset("en et hel helt hele to tre fire fem seks syv otte ni ti".split())
