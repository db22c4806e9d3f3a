"""Yes/no questions: "Ja"/"Nej" with the evidence when the text settles it ('er 433 obligatorisk?',
'skal borgmesteren underskrive serviceaftalen?', 'skal der underskrives noget i 1212?'), and an
honest "det står ikke i opgaven" when it does not."""

from __future__ import annotations

from knowledge.qa.intents.yesno.about import mention_list
from knowledge.qa.intents.yesno.clauses import denied_condition
from knowledge.qa.intents.yesno.counts import counted_as, other_count, stated_counts
from knowledge.qa.intents.yesno.exemptions import excepted
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.order import reversed_order
from knowledge.qa.intents.yesno.others import passive_other_agent
from knowledge.qa.intents.yesno.settling import settle
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.verdicts import yes_no
from knowledge.qa.intents.yesno.words import YES_THRESHOLD

__all__ = [
    "YES_THRESHOLD",
    "counted_as",
    "denied_condition",
    "excepted",
    "frame",
    "mention_list",
    "other_count",
    "other_side",
    "passive_other_agent",
    "reversed_order",
    "settle",
    "stated_counts",
    "verdict_head",
    "yes_no",
]


# Words that only frame a yes/no question as one of necessity or permission: 'er det nødvendigt at
# sende X?', 'behøver vi X?', 'har vi lov til at X?', 'is it required to X?' ask whether X is to be
# done, which the sentence saying to do X settles. 'Gælder det (også) for X, at ...' frames X likewise.
_NEED = frozenset("nødvendigt nødvendig nødvendige nødvendigvis behøver behøve behøves nødt pligt forpligtet "
                  "forpligtede påkrævet påkrævede krævet lov tilladt tilladelse muligt ok okay "
                  "necessary required needed need needs allowed permitted".split())
_NEED_IF_FOLLOWED = frozenset("krav gælder".split())  # 'et krav, at X', 'gælder det for X'
# Words asking whether a thing may be left out: 'kan vi springe testen over?', 'må vi undlade X?',
# 'can we skip X?'. The sentence saying to do X answers it with a 'Nej'.
_SKIP = frozenset("springe spring springer springes undlade undlader undlades droppe dropper droppes drop "
                  "slippe slipper skippe skip skipped omit ignorere ignore".split())

# Phrases that work as one preposition: their noun is no word of what the question is about
_PREPOSITION_PHRASES = frozenset({("i", "forbindelse", "med"), ("i", "løbet", "af"), ("i", "henhold", "til"),
                                  ("med", "henblik", "på"), ("ved", "hjælp", "af"), ("på", "grund", "af")})


def frame(q) -> None:
    """Take the words that frame a yes/no question (necessity, permission, leaving out) out of what it
    is about; a question of leaving a thing out is marked 'skip', and in a 'hvad sker der, hvis vi
    springer X over?' the leaving out is a negation."""
    conditional = q.has("if") or q.has("consequence")
    if not (q.yesno or conditional):
        return
    for t in q.tokens:
        word = t.surface.casefold()
        after = q.tokens[t.pos + 1].surface.casefold() if t.pos + 1 < len(q.tokens) else ""
        before = q.tokens[t.pos - 1].surface.casefold() if t.pos else ""
        if q.yesno and (before, word, after) in _PREPOSITION_PHRASES:
            t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
            continue  # 'skal der underskrives en aftale i forbindelse med X?' asks about X
        skip = word in _SKIP
        need = q.yesno and (word in _NEED or (word in _NEED_IF_FOLLOWED and after in ("at", "om", "det",
                                                                                     "dette"))
                            or (word == "brug" and after == "for"))  # 'er der brug for X?': needed
        if not (skip or need):
            continue
        t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
        if skip and q.yesno and not conditional:
            q.concepts.add("skip")
        elif skip:
            t.concepts = frozenset({"negation"})
            q.concepts.add("negation")
