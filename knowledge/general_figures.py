"""Which passages give a figure for municipalities in general: what 'typisk' asks ('hvor mange X har en
kommune typisk?'), said as 'De fleste kommuner har 3-25 X' or 'i gennemsnit'."""

from __future__ import annotations

import re

from knowledge.index import Index, on_build

# the question's word for a typical case
ASKS_TYPICAL = re.compile(r"typisk|typiske", re.IGNORECASE)
# a figure of municipalities in general, as a text says it without 'typisk' (knowledge.qa.typical reads the
# same cues to keep such a figure from answering for the asker's own municipality)
_SAYS_GENERAL = re.compile(r"\b(?:de\s+fleste|(?:i\s+)?gennemsnit\w*|normalt|sædvanligvis|som\s+regel|"
                           r"mellemstor\w*)\b", re.IGNORECASE)


@on_build
def general_passages(index: Index) -> frozenset[int]:
    """The passages that give a figure for most municipalities or an average, read once per index."""
    return index.kept("general_passages", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if _SAYS_GENERAL.search(index.passages.text_of(pid))))
