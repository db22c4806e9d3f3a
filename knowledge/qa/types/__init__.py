"""Expected answer types: what kind of value a question asks for ("hvem" a party, "hvornår" a time,
"hvor mange" a count, a mail, phone, CVR, price or password) and whether a text holds one."""

from knowledge.qa.types.asked import asked_value, asks_for_tasks, cues, expected, joined_values, names_value
from knowledge.qa.types.counts import ROLE_HELD
from knowledge.qa.types.holds import holds, judged_once
from knowledge.qa.types.kinds import PLAIN, Expect
from knowledge.qa.types.labels import label_gives
from knowledge.qa.types.parties import COPULA_ADVERBS, PRICE_VERB, subject_does_asked
from knowledge.qa.types.times import GOLIVE_ANCHOR, GOLIVE_ANCHOR_WORDS, LIMIT_ASKED
from knowledge.qa.types.values import AMOUNT, found_values, is_number
from knowledge.qa.types.yesno import YES_NO, is_yes_no, is_yes_no_named
from knowledge.roles import names_role  # where the answer intents and the gate look for it

__all__ = [
    "names_role",
    "Expect",
    "PLAIN",
    "YES_NO",
    "is_yes_no_named",
    "is_yes_no",
    "expected",
    "names_value",
    "cues",
    "asked_value",
    "joined_values",
    "asks_for_tasks",
    "AMOUNT",
    "is_number",
    "found_values",
    "label_gives",
    "PRICE_VERB",
    "COPULA_ADVERBS",
    "ROLE_HELD",
    "LIMIT_ASKED",
    "GOLIVE_ANCHOR_WORDS",
    "GOLIVE_ANCHOR",
    "judged_once",
    "holds",
    "subject_does_asked",
]
