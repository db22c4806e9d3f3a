"""Order: whether the text puts the two things the question orders the other way round."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.qa.intents.yesno.clauses import _first_line

# 'før', 'inden', 'efter': the order of two things a question or a sentence puts
_ORDER = re.compile(r"\b(før|inden|forud for|efter|before|prior to|after)\b", re.I)


def reversed_order(question: str, said: str) -> bool:
    """Whether the text puts the two things the question orders the other way round: 'må
    integrationen sættes i produktion, før aftalen er underskrevet?' - 'Aftalen skal underskrives, før
    integrationen kan sættes i produktion'."""
    asked, stated = _ordered(question), _ordered(said)
    if asked is None or stated is None:
        return False
    (first_q, then_q), (first_s, then_s) = asked, stated
    straight = len(first_q & first_s) + len(then_q & then_s)
    crossed = len(first_q & then_s) + len(then_q & first_s)
    return crossed >= 2 and crossed > straight and bool(first_q & then_s) and bool(then_q & first_s)


def _ordered(text: str) -> tuple[set[str], set[str]] | None:
    """The keys of what comes first and of what comes then, around one 'før/efter' of a sentence."""
    line = _first_line(text)
    found = list(_ORDER.finditer(line))
    if len(found) != 1 or found[0].start() == 0:
        return None
    m = found[0]
    main, sub = content_keys(line[:m.start()]), content_keys(line[m.end():])
    if not main or not sub:
        return None
    # 'X, før Y': X comes first; 'X, efter Y': Y comes first
    return (main, sub) if m.group(1).casefold() in ("før", "inden", "forud for", "before", "prior to") \
        else (sub, main)
