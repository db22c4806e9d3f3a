"""A mail's subject field: whether a question asks what to write there, and whether a text gives it."""

from __future__ import annotations

import re

from knowledge.fold import key
from knowledge.qa.analysis import Question
from knowledge.qa.analysis.reading import SUBJECT_FIELD as _FIELD

# the mail and the verbs of using and sending it: a subject is asked of a mail the text sends, and the
# sentence that gives the subject ('Skriv "X" i emnefeltet') seldom says them again
_MAIL_FRAME = frozenset(key(w) for w in ("mail", "maile", "mailes", "mailer", "bruge", "bruger", "bruges",
                                         "sende", "sender", "sendes", "send", "skrive", "skriver", "skrives"))
_FRAMING_MAIL = 0.1
# a subject given: the words in quotes ('med emnet "X – tilslutning"') or after a label ('Emnefelt: X')
_SUBJECT_GIVEN = re.compile(r"[\"“”«»„]|:\s*\S")


def asks_subject_field(q: Question) -> bool:
    """'What subject line should the X mail have?', 'hvad skal der stå i emnefeltet ...?'."""
    return not q.yesno and any(t.key == _FIELD and t.role == "word" for t in q.tokens)


def frame_mail_subject(q: Question) -> None:
    """Weigh down the mail and the verbs of sending it in a question of a mail's subject field."""
    if not asks_subject_field(q):
        return
    for t in q.tokens:
        if t.role == "word" and t.key in _MAIL_FRAME:
            t.weight = min(t.weight, _FRAMING_MAIL)


def subject_unsaid(q: Question, text: str) -> bool:
    """'What subject line ...?' is not answered by '3. Send aftalen til KOMBIT med det rigtige emnefelt':
    a subject is words to write, which the answer quotes or gives after a label."""
    return asks_subject_field(q) and not _SUBJECT_GIVEN.search(text)
