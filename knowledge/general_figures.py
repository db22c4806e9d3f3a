"""Which passages give a figure for municipalities in general: what 'typisk' asks ('hvor mange X har en
kommune typisk?'), said as 'De fleste kommuner har 3-25 X' or 'i gennemsnit'."""

from __future__ import annotations

import re

from knowledge.index import Index, on_build

# the question's word for a typical case
ASKS_TYPICAL = re.compile(r"typisk|typiske", re.IGNORECASE)
# the words of a figure for municipalities in general: 'De fleste kommuner har ...', 'i gennemsnit', 'en
# mellemstor kommune' (knowledge.qa.typical reads them too, to keep such a figure from answering for the
# asker's own municipality)
GENERAL_CUES = r"de\s+fleste|gennemsnit\w*|mellemstor\w*"
# ... as a text says a typical figure without 'typisk'
_SAYS_GENERAL = re.compile(r"\b(?:" + GENERAL_CUES + r"|normalt|sædvanligvis|som\s+regel)\b", re.IGNORECASE)


@on_build
def general_passages(index: Index) -> frozenset[int]:
    """The passages that give a figure for most municipalities or an average, read once per index."""
    return index.kept("general_passages", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if _SAYS_GENERAL.search(index.passages.text_of(pid))))
