"""A cheap, exact pre-check before a case-insensitive regex of plain word stems ('underskr|sign|godkend'),
which Python's re scans slowly (it tries every alternative at every position): the text lower-cased
once, each stem looked for with `in`. It never says no where the regex would find a stem, so
`may_find(text, stems) and regex.search(text)` is the regex alone, only faster on the many sentences
that hold none of the stems."""

from __future__ import annotations

import re

# The characters re.IGNORECASE takes for a letter that str.lower() does not turn into it ('ı' and 'İ' are
# 'i', 'ſ' is 's'); every other one lowers to the letter (tests/test_quickcheck.py checks every code point).
_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})
_ODD = re.compile("[ıİſ]")  # rare: translate() is slow, so only a text that holds one is translated


def literal_stems(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The stems of a case-insensitive regex that is only lower-case stems joined by '|'."""
    stems = tuple(pattern.pattern.split("|"))
    if not pattern.flags & re.IGNORECASE or any(not s or re.escape(s) != s or s != s.lower() or s != s.strip()
                                                for s in stems):
        raise ValueError(f"not a case-insensitive alternation of lower-case stems: {pattern.pattern!r}")
    return stems


def may_find(text: str, stems: tuple[str, ...]) -> bool:
    """False only when no stem occurs in `text` in any letter case."""
    folded = text.translate(_FOLD).lower() if _ODD.search(text) else text.lower()
    return any(stem in folded for stem in stems)
