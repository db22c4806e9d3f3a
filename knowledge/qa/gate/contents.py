"""Whether an answer to 'hvad er der i X?' says what X holds, not only something done with X."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold
from knowledge.qa.analysis import Question

# 'hvad er der i en kasse?', 'hvad er i kassen?', "what's in a box?": what a thing holds (not a task, a
# step or a wave, whose content is its text: 'hvad er der i trin 2?')
_CONTENTS_ASKED = re.compile(r"^\W*(?:hvad\s+er\s+(?:der\s+)?i|what\s*(?:'s|’s|\s+is)\s+(?:in|inside))\s+"
                             r"(?!(?:trin|step|opgave\w*|tasks?|b(?:oe|ø)lge\w*|wave)\b)")
# what says a thing's contents: a verb of holding ('rummer', 'indeholder', 'består af'), or a count
# after 'med' ('en køllevogn med 40 køller')
_HOLDS = re.compile(r"\b(?:rumme[rst]?|indeholde[rst]?|indeholdt|best(?:å|aa)r\s+af|omfatte[rs]?|"
                    r"inkludere[rs]?|contains?|holds?|includes?|comes?\s+with)\b|"
                    r"\b(?:med|with)\s+(?:\d|(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|one|two|three|"
                    r"four|five|six|seven|eight|nine|ten)\b)", re.I)


def asks_contents(q: Question) -> bool:
    """Whether q asks what a thing holds ('Hvad er der i en batkasse?', "what's in a bat box?")."""
    return not q.yesno and not q.tasks and q.step is None and \
        bool(_CONTENTS_ASKED.match(ascii_fold(q.text.casefold())))


def says_contents(text: str) -> bool:
    """Whether a text says what a thing holds ('1 batkasse rummer 10 bat', 'en vogn med 40 køller')."""
    return bool(_HOLDS.search(text))


def contents_unsaid(q: Question, text: str) -> bool:
    """Whether q asks what a thing holds and the text says nothing of holding ('1. Bestil batkasserne hos
    X' names the box, not what is in it)."""
    return asks_contents(q) and not says_contents(text)
