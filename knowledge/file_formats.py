"""Which passages name a file format: the answer to a question asking for one ('hvilket filformat ...?')."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.index import Index, on_build

FORMATS_FILE = Path(__file__).parent / "file_formats.txt"
# A word that asks for a format ('format', 'filformat', 'udtræksformatet', 'formats'): the name of a
# format says it, as a person's name says 'hvem'.
ASKS_FORMAT = re.compile(r"\w*format(?:et|er|erne|s)?", re.I)


def _names() -> list[str]:
    lines = FORMATS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# A name of four letters or more names its format in lowercase too ('et regneark (xlsx)'); a shorter one
# only as written, as it may be an everyday word or abbreviation in lowercase ('doc', 'zip', 'gml.' for
# 'gammel', 'vejledningen (pdf)' of a guide).
_LOWERCASE_FROM = 4


def _spellings() -> list[str]:
    names = _names()
    return names + [n.lower() for n in names if len(n) >= _LOWERCASE_FROM and n.lower() != n]


# a name as written, not inside another word or code ('CSV' but not 'CSVX', 'PDF/A' whole)
_ALTERNATIVES = "|".join(re.escape(n) for n in sorted(set(_spellings()), key=len, reverse=True))
# a short name in lowercase joined to the word for a file names its format too ('udfyldes som csv-fil'): the
# join says it is no everyday word
_LOWER_FILED = "|".join(re.escape(n.lower()) for n in sorted(set(_names()), key=len, reverse=True)
                        if len(n) < _LOWERCASE_FROM and n.lower() != n)
_NAMED = re.compile(rf"(?<![\w/.-])(?:(?:{_ALTERNATIVES})(?![\w/])"
                    rf"|(?:{_LOWER_FILED})-(?:fil|filer|format)\b)")


def names_format(text: str) -> bool:
    """Whether a text names a file format ('indmeldes som en CSV-fil', 'Format: PDF/A')."""
    return _NAMED.search(text) is not None


@on_build
def format_passages(index: Index) -> frozenset[int]:
    """The passages that name a file format, read once per index, with the index: every passage is read
    (~20 ms at 1,000 tasks), which the first question asking for a format would otherwise wait for."""
    return index.kept("file_formats", None, lambda: frozenset(
        pid for pid in range(len(index.passages)) if names_format(index.passages.text_of(pid))))
