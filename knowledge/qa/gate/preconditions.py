"""Whether a precondition ('Før X kan bruges, skal Y foreligge') is read as what follows a lateness or
as what becomes of a thing."""

from __future__ import annotations

import re

from knowledge.consequences import consequence_like
from knowledge.fold import ascii_fold
from knowledge.passages import ITEM
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import said
from knowledge.qa.types import Expect

# 'Før kommunen kan tilsluttes, skal der foreligge en aftale', 'Inden X kan ..., skal ...', 'Before X can'
_PRECONDITION = re.compile(r"^\W*(?:foer|inden|before)\b[^.;:!?\n]*\b(?:kan|can)\b[^.;:!?\n]*,\s*"
                           r"(?:skal|maa|must|has to|have to)\b")
# a question of a thing coming late ('ikke kommer ind i tide', 'for sent', 'too late', 'in time') or of
# what becomes of a thing ('hvad sker der med diger, der ...', 'what happens to X')
_LATE = re.compile(r"\b(?:i tide|for sent|forsinke\w*|too late|late|in time|delayed)\b")
_BECOMES_OF = re.compile(r"^\W*(?:hvad\s+sker\s+der\s+med|what\s+happens\s+to)\b")


def precondition_for_other(q: Question, text: str) -> bool:
    """'Hvad sker der, hvis aftalen ikke kommer ind i tide?' and 'hvad sker der med diger, der ikke kommer
    med?' are not answered by 'Før kommunen kan tilsluttes, skal der foreligge en aftale': a precondition
    says what is needed before, which answers only what follows when it is never met - not what a delay
    brings, nor what becomes of a thing left out."""
    if not q.has("consequence"):
        return False
    first = ascii_fold(text.strip().split("\n", 1)[0].casefold())
    if not _PRECONDITION.match(first):
        return False
    asked = ascii_fold(q.text.casefold())
    return bool(_LATE.search(asked) or _BECOMES_OF.match(asked))


def asks_what_follows(q: Question) -> bool:
    """'Hvad betyder det, hvis en bane ikke har lys?', 'hvad sker der, hvis X mangler?', 'what if X is
    late?': a question of what follows a condition, which only a sentence saying what follows answers."""
    return q.expects is Expect.ANY and not q.yesno and q.has("what") and q.has("if") and \
        q.has("consequence", "negation")


def lists_no_outcome(q: Question, c: Candidate) -> bool:
    """Whether a what-follows question meets an answer that cannot say what follows: a line of a list of
    facts ('Belysning: mindst 300 lux' says what a lane has, not what its lack brings), a list of tasks
    that name a word, or an item or step of a list that speaks of no outcome ('2. Tjek lyset på hver bane',
    '- placering (adresse eller park)')."""
    if not asks_what_follows(q):
        return False
    if c.kind in ("fact", "list"):
        return True
    text = said(c.text)
    return c.kind == "passage" and bool(ITEM.match(text)) and not consequence_like(text)
