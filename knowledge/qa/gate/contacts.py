"""Whether an answer to whom one asks or contacts says anyone to turn to."""

from __future__ import annotations

import re

from knowledge.qa.analysis import Question
from knowledge.qa.contacts import ASKER_TURNS, turns_to


def contact_unsaid(q: Question, text: str) -> bool:
    """'Hvem kan jeg spørge om accepttesten?' is not answered by 'Udkaldsmodulet sender udkald til
    chauffører og entreprenører': who does some deed in the task is not whom one turns to with questions;
    an answer that says no one to turn to (no contact, questions, phone or mail) names no contact."""
    if not (ASKER_TURNS.match(q.asked or q.text) or ASKER_TURNS.match(q.text)):
        return False
    return not turns_to(text)


# 'hvordan kontakter jeg X?', 'hvordan får vi fat i X?', 'how do I contact X?': the way to reach X is asked
_HOW_REACH = re.compile(r"^\W*(?:hvordan\s+(?:kan\s+|skal\s+)?(?:jeg|vi|man)?\s*(?:kontakte[rs]?|"
                        r"får?\s+(?:jeg\s+|vi\s+|man\s+)?fat\s+i|fange[rs]?)|"
                        r"how\s+(?:do|can|should)\s+(?:i|we)\s+(?:contact|reach|get\s+hold\s+of))\b",
                        re.IGNORECASE)


def reach_unsaid(q: Question, text: str) -> bool:
    """'Hvordan kontakter jeg Vilhelm Enebærhøj?' is not answered by 'Historikeren Vilhelm Enebærhøj fra
    Egnsarkivet holder talen': a sentence that names the person says no way to reach them unless it gives a
    phone, a mail or where questions go."""
    return bool(_HOW_REACH.match(q.text)) and not turns_to(text)
