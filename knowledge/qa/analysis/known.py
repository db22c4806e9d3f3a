"""Whether the tasks know a key, another inflection of it, or a verb's deed noun."""

from __future__ import annotations

from knowledge.fold import (
    key,
)
from knowledge.index import Index


def _known_key(index: Index, k: str) -> str | None:
    """The key the tasks have for `k`: itself, or another inflection the stemmer left apart."""
    return k if k in index.postings else next(iter(index.variants(k, limit=1)), None)


def _known(index: Index, k: str) -> bool:
    return k in index.postings or k in index.meta_keys or k in index.fact_subjects


def _known_deed(index: Index, k: str) -> str | None:
    """The key the tasks have for a verb's key `k`: itself, else the noun of its deed ('samler ... op':
    'opsaml' is the tasks' 'Opsamling af …'); None when they have neither."""
    if not k or _known(index, k):
        return k or None
    return next((d for e in DEED_ENDINGS if (d := key(k + e)) in index.postings), None)


# The nouns Danish makes of a verb for its deed ('slynge' -> 'slyngning', 'samle' -> 'samling', 'overføre'
# -> 'overførsel', 'opbevare' -> 'opbevaring'), which the tasks join to the deed's object
DEED_ENDINGS = ("ning", "ing", "else", "sel", "ation")  # ('installation', a loanword's act: morphology)
