"""A sentence that only says an answer is shown, told or known: 'Falkoneren viser, hvordan fuglene fodres'
names the deed asked ('hvad fodres falkene med?') inside a question it embeds, so it says that someone
shows it, not what it is."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.qa.analysis import Question
from knowledge.qa.gate.reading import _sentences
from knowledge.qa.gate.words import _says_asked
from knowledge.qa.types import Expect

# An embedded question: a question word after a comma or a verb of telling, showing or knowing ('viser,
# hvordan ...', 'ved, hvad ...'), to the sentence's end or the next comma. Not a relative 'hvor'
# or 'hvem' ('Bogen, hvor skolerne booker ture'), whose clause states a fact; nor one a colon or a list
# follows ('Skriv, hvad der mangler: X'), whose value is then given.
_EMBEDDED = re.compile(r"(?:,|\b(?:viser|vise|fortæller|fortælle|forklarer|forklare|ved|vide|lærer|lære|"
                       r"beskriver|beskrive|shows?|tells?|explains?|knows?))\s+"
                       r"(?P<clause>(?:hvordan|hvad|hvilke|hvilken|hvilket|hvornår|hvorfor|"
                       r"hvor\s+(?:mange|meget|længe|tit|ofte)|how|what|which|when|why)\b[^.;:!?\n,]*)"
                       r"(?:[.!?]?\s*$|,)", re.I)
# the answer types whose value a telling sentence may name beside its embedded question: who shows it
_DOER_ASKED = frozenset({Expect.PARTY, Expect.NAME})


def only_told(q: Question, text: str) -> bool:
    """'Hvad fodres falkene med?' is not answered by 'Falkoneren viser, hvordan fuglene fodres': every
    question word the sentence says stands only in a question it embeds at its end, so the sentence says
    that the asked thing is shown or known, not what it is (what a Danish question asks of who does the
    telling, or whether, is not this)."""
    if q.yesno or q.expects in _DOER_ASKED:
        return False
    asked = [set(t.keys) for t in q.tokens
             if t.role == "word" and t.weight > 0.1 and t.pos not in q.project_pos]
    if not asked:
        return False
    for sentence in _sentences(text.strip()):
        m = _EMBEDDED.search(sentence)
        if m is None:
            continue
        # (what follows the embedded question's comma is the sentence's own again: 'Borgerne kan se, hvilke
        # veje der er saltet, på kommunens kort, som opdateres hver halve time')
        inside = content_keys(m["clause"])
        outside = content_keys(sentence[:m.start("clause")] + " " + sentence[m.end("clause"):])
        if any(_says_asked(inside, keys) for keys in asked) and \
                not any(_says_asked(outside, keys) for keys in asked):
            return True
    return False
