"""Yes/no questions: "Ja"/"Nej" with the evidence when the text settles it ('er 433 obligatorisk?',
'skal borgmesteren underskrive serviceaftalen?', 'skal der underskrives noget i 1212?'), and an
honest "det står ikke i opgaven" when it does not."""

from __future__ import annotations

from knowledge.qa.intents.yesno.about import mention_list
from knowledge.qa.intents.yesno.clauses import denied_condition
from knowledge.qa.intents.yesno.counts import counted_as, other_count, stated_counts
from knowledge.qa.intents.yesno.exemptions import excepted
from knowledge.qa.intents.yesno.framing import frame
from knowledge.qa.intents.yesno.heads import verdict_head
from knowledge.qa.intents.yesno.order import reversed_order
from knowledge.qa.intents.yesno.others import passive_other_agent
from knowledge.qa.intents.yesno.settling import settle
from knowledge.qa.intents.yesno.sides import other_side
from knowledge.qa.intents.yesno.unknowns import unsaid_claim_verb, unsaid_short_verb
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
    "unsaid_short_verb",
    "unsaid_claim_verb",
    "verdict_head",
    "yes_no",
]
