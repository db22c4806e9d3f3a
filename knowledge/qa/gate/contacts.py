"""Whether an answer to whom one asks or contacts says anyone to turn to."""

from __future__ import annotations

import re

from knowledge.qa.analysis import Question

# 'hvem kan jeg spørge om X?', 'hvem er kontakt(person) for X?', 'who should I ask/contact about X?'
_ASKS_CONTACT = re.compile(r"^\W*(?:hvem\s+(?:kan|skal|bør|må)\s+(?:jeg|vi|man)\s+"
                           r"(?:spørge|kontakte|ringe|skrive|henvende)|hvem\s+er\s+(?:\w+\s+)?kontakt\w*|who\s+(?:can|should|do|shall)\s+"
                           r"(?:i|we)\s+(?:ask|contact|call)|who\s+is\s+(?:the\s+|our\s+)?contact)\b", re.I)
# the words that say where one turns ('Kontakt:', 'Spørgsmål ... rettes til', 'ring til', a mail, a phone
# number) or signs up ('Tilmeld jer hos X')
_TURN_TO = re.compile(r"\b(?:kontakt\w*|spørgsmål\w*|henvend\w*|ring\w*\s+til|skriv\w*\s+til|e-?mail\w*|mail|"
                      r"tlf|telefon\w*|tilmeld\w*|support|helpdesk|contact\w*|questions?|call)\b|@|"
                      r"\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b", re.I)


def contact_unsaid(q: Question, text: str) -> bool:
    """'Hvem kan jeg spørge om accepttesten?' is not answered by 'Udkaldsmodulet sender udkald til
    chauffører og entreprenører': who does some deed in the task is not whom one turns to with questions;
    an answer that says no one to turn to (no contact, questions, phone or mail) names no contact."""
    if not (_ASKS_CONTACT.match(q.asked or q.text) or _ASKS_CONTACT.match(q.text)):
        return False
    return not _TURN_TO.search(text)
