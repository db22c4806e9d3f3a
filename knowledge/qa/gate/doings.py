"""Whether a count, price, time or place is said of the deed the question asks about, not of another."""

from __future__ import annotations

from knowledge.fold import content_keys
from knowledge.qa.analysis import Question, Token
from knowledge.qa.checks import says_deed
from knowledge.qa.gate.clauses import _CLAUSES
from knowledge.qa.types import Expect, holds

# The kinds of value a deed has: how many are done, what it costs, when and where it is done
_DEED_VALUES = frozenset({Expect.COUNT, Expect.PRICE, Expect.TIME, Expect.PLACE, Expect.FREQUENCY})
_MODALS = frozenset("skal skulle kan kunne må måtte bør burde vil ville".split())
_QUESTION_WORDS = frozenset("hvor hvornår".split())


def asked_doing(q: Question) -> Token | None:
    """The verb of a Danish value question: the one after its modal and subject ('hvor mange isvagter
    skal uddannes?', 'hvor længe skal vi gemme X?', 'hvornår skal fakturaen for et lokale være betalt?')
    or a passive right after 'hvor'/'hvornår' ('hvor hostes X?'); none for a corrected or guessed word,
    nor a stop word ('er', 'have', 'ligge'), which asks no deed of its own."""
    toks = q.tokens
    for i, tok in enumerate(toks):
        if tok.surface.casefold() not in _MODALS:
            continue
        for t in toks[i + 1:]:
            if t.weight <= 0 and t.role == "stop":
                continue  # 'vi', 'der', 'højst', 'være'
            if toks[t.pos - 1].surface.casefold() in _NOUN_BEFORE:
                continue  # 'et lokale', 'for borgerne': a noun of the subject or a complement
            if t.surface.casefold() in _ADVERBS:
                continue
            if t.surface.casefold().endswith(_SUBJECT_ENDINGS):
                continue  # 'skal isvagterne uddannes'
            return t if _verb_like(t) else None
        return None
    if len(toks) > 1 and toks[0].key in _QUESTION_WORDS and toks[1].surface.endswith("es"):
        return toks[1] if _verb_like(toks[1]) else None
    return None


# Words a noun follows (an article, a possessive, a preposition), and the endings of a definite or plural
# subject between a modal and its verb ('skal fakturaen ... betales', 'skal isvagterne uddannes')
_NOUN_BEFORE = frozenset("en et den det de hver hvert sin sit sine min mit mine vores jeres deres for på "
                         "af til i om med hos fra under over ved pr".split())
_SUBJECT_ENDINGS = ("en", "et", "ne", "er", "erne")
# Adverbs between a modal and its verb ('må der højst bruges', 'skal senest sendes')
_ADVERBS = frozenset("højst mindst senest tidligst først også altid normalt typisk ca cirka samlet helst "
                     "allerede igen".split())


def _verb_like(t: Token) -> bool:
    return t.role == "word" and t.weight > 0 and t.match == 1 and t.surface.islower() and \
        t.surface.isalpha() and t.surface.endswith(("e", "å", "es", "t", "et"))


def _value_of_another_doing(q: Question, text: str) -> bool:
    """'Hvor mange isvagter skal uddannes?' is not answered by 'Der skal være mindst 2 isvagter på banen',
    nor 'hvornår skal fakturaen være betalt?' by '..., og X sender fakturaen 8 dage efter bookingen': the
    value stands with another deed (or none), so it says nothing of the asked one's. The clauses that give
    a value of the asked kind must say the asked verb in some form (its noun too: 'uddannelsen')."""
    if q.lang != "da" or q.yesno or q.expects not in _DEED_VALUES:
        return False
    verb = asked_doing(q)
    if verb is None:
        return False
    clauses = [c for c in _CLAUSES.split(text) if holds(q.expects, c, q.text)] or [text]
    return not any(says_deed(verb, c) or _in_compound(verb, c) for c in clauses)


def _in_compound(verb: Token, text: str) -> bool:
    """The verb's stem inside a compound of the text ('betal' in 'Egenbetaling: 0 kr.')."""
    return any(len(k) >= 4 and k in s for k in verb.keys for s in content_keys(text))
