"""A rule that allows a thing only without something ('Kun kælke uden motor', 'Kunstneren skal bruge maling
uden opløsningsmidler'): a question that asks of the thing with it ('må man bruge en motorkælk?', '... maling
med opløsningsmidler?') is denied, not granted, by it."""

from __future__ import annotations

import re

from knowledge.fold import content_keys

# 'uden motor', 'uden en voksen', 'uden at søge tilladelse' (not 'uden for', a place outside, nor the idiom
# 'uden videre')
_WITHOUT = re.compile(r"\buden\s+(?!for\b|videre\b)(?:at\s+)?(?:en|et|nogen|noget|nogle)?\s*"
                      r"([^\W\d_][\wæøå-]{2,})", re.I)
# the question's own 'uden' asks of the thing without it, which the rule grants
_ASKED_WITHOUT = re.compile(r"\b(?:uden|without)\b", re.I)
# only a rule's 'uden' limits what is allowed: 'Kun X uden Y', 'X skal bruges uden Y' (an obligation, not
# 'skal kunne bruges uden Y'), a ban 'X må ikke lejes uden Y'; a plain 'Borgere uden MitID kan bestille en
# blanket' says who may, not that the others may not
_LIMITS = re.compile(r"\b(?:kun|udelukkende|alene)\b|\bskal\b(?!\s+(?:også\s+)?kunne\b)|"
                     r"\b(?:må|kan|kunne)\s+(?:[a-zæøå]+\s+)?ikke\b", re.I)
# ... while a permission or an ability without Y ('Kajakker må lånes uden instruktør', 'Appen skal kunne
# bruges uden net') denies only that Y is needed ('kræver det en instruktør?', 'skal appen have net?'), not
# that the thing may be done with Y ('må man låne en kajak med instruktør?' is Ja)
_ALLOWS = re.compile(r"\b(?:må|kan|kunne|er\s+tilladt)\b", re.I)
_ASKS_NEED = re.compile(r"\b(?:kræver|kræves|krævet|påkrævet|nødvendig\w*|behøver|skal|need|needs|needed|"
                        r"require[sd]?|required|must|ha(?:ve|s)\s+to)\b|"
                        # (whether the thing is there at all: 'er der bopælspligt?' - 'kan lejes uden
                        # bopælspligt' says there is none)
                        r"^\W*(?:er|gælder)\s+der\b|^\W*(?:is|are)\s+there\b", re.I)
# a permission without Y under a condition ('kan lejes uden depositum, hvis man er medlem') says that Y is
# not needed by some, not that there is none: 'er der depositum?' is not settled by it
_CONDITIONED = re.compile(r"\b(?:hvis|når|såfremt|medmindre|forudsat|if|when|unless|provided)\b", re.I)
# a part of a compound shorter than this names too little to be the thing ('is' in 'isbane')
_PART = 4


def without_asked(question: str, claim: str, *, sentence: str = "") -> bool:
    """Whether the claim is a rule that allows its thing only without what the question asks it with (or
    allows it without what the question asks to be needed):
    the word after the rule's 'uden' is a word of the question or a part of one of its compounds
    ('motor' in 'motorkælk'), and the question does not ask 'uden' itself. `sentence` is the whole sentence
    the claim is a clause of (its condition may stand in another clause)."""
    if _ASKED_WITHOUT.search(question):
        return False
    if not _LIMITS.search(claim) and not (_ALLOWS.search(claim) and _ASKS_NEED.search(question)
                                          and not _CONDITIONED.search(sentence or claim)):
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
