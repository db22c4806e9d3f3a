"""A rule that allows a thing only without something ('Kun kælke uden motor', 'Kunstneren skal bruge maling
uden opløsningsmidler'): a question that asks of the thing with it ('må man bruge en motorkælk?', '... maling
med opløsningsmidler?') is denied, not granted, by it."""

from __future__ import annotations

import re

from knowledge.fold import content_keys

# 'uden motor', 'uden en voksen', 'uden at søge tilladelse' (not 'uden for', a place outside)
_WITHOUT = re.compile(r"\buden\s+(?!for\b)(?:at\s+)?(?:en|et|nogen|noget|nogle)?\s*([^\W\d_][\wæøå-]{2,})",
                      re.I)
# the question's own 'uden' asks of the thing without it, which the rule grants
_ASKED_WITHOUT = re.compile(r"\b(?:uden|without)\b", re.I)
# only a rule's 'uden' limits what is allowed: 'Kun X uden Y', 'X skal/må (kun) ... uden Y' (a plain
# 'Borgere uden MitID kan bestille en blanket' says who may, not that the others may not)
_RULE = re.compile(r"\b(?:kun|udelukkende|alene|skal|må|må\s+kun|er\s+tilladt)\b", re.I)
# a part of a compound shorter than this names too little to be the thing ('is' in 'isbane')
_PART = 4


def without_asked(question: str, claim: str) -> bool:
    """Whether the claim is a rule that allows its thing only without what the question asks it with:
    the word after the rule's 'uden' is a word of the question or a part of one of its compounds
    ('motor' in 'motorkælk'), and the question does not ask 'uden' itself."""
    if _ASKED_WITHOUT.search(question) or not _RULE.search(claim):
        return False
    lacking = {k for m in _WITHOUT.finditer(claim) for k in content_keys(m.group(1))}
    if not lacking:
        return False
    asked = content_keys(question)
    return any(_names(word, lacking) for word in asked)


def _names(word: str, lacking: set[str]) -> bool:
    """Whether a question's key is one of the lacking things or a compound that opens or ends with one."""
    return word in lacking or any(
        len(k) >= _PART and len(word) - len(k) >= _PART - 1 and (word.startswith(k) or word.endswith(k))
        for k in lacking)
