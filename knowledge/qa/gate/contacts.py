"""Whether an answer to whom one asks or contacts says anyone to turn to."""

from __future__ import annotations

from knowledge.qa.analysis import Question
from knowledge.qa.contacts import ASKER_TURNS, turns_to


def contact_unsaid(q: Question, text: str) -> bool:
    """'Hvem kan jeg spørge om accepttesten?' is not answered by 'Udkaldsmodulet sender udkald til
    chauffører og entreprenører': who does some deed in the task is not whom one turns to with questions;
    an answer that says no one to turn to (no contact, questions, phone or mail) names no contact."""
    if not (ASKER_TURNS.match(q.asked or q.text) or ASKER_TURNS.match(q.text)):
        return False
    return not turns_to(text)
