"""Whether an answer to a question of a mail's subject line gives one."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold
from knowledge.qa.analysis import Question
from knowledge.qa.types import asks_mail_subject

# a subject given: the words in quotes ('med emnet "X – tilslutning"') or after a label ('Emne: X')
_SUBJECT_GIVEN = re.compile(r"[\"“”«»„]|:\s*\S")


def subject_unsaid(q: Question, text: str) -> bool:
    """'Hvad skal der stå i emnefeltet?' is not answered by '3. Send aftalen til KOMBIT med det angivne
    emne': a mail's subject line is words to write, which the answer quotes or gives after a label."""
    asked = any(asks_mail_subject(ascii_fold(t.casefold())) for t in (q.text, q.asked or "") if t)
    return asked and not _SUBJECT_GIVEN.search(text)
