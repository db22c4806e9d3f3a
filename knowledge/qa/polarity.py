"""Whether the evidence for a yes/no question affirms its claim: the same party in the acting
slot, no price against 'gratis', no 'kun' against 'alle'. Judged on the sentence of the evidence
that matches the question best, so a neighbouring sentence does not decide."""

from __future__ import annotations

import re
from enum import Enum

from knowledge.fold import content_keys
from knowledge.qa.types import ROLE


class Verdict(Enum):
    AGREES = "agrees"  # nothing in the evidence speaks against the claim
    OTHER_PARTY = "other_party"  # the text names another party in the acting slot
    OTHER_VALUE = "other_value"  # a cost against 'gratis', 'kun' against 'alle'
    UNSETTLED = "unsettled"  # the question names who acts; the evidence names nobody, nor them


_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
_CLAUSE = re.compile(r",\s*(?:men|mens|og|så|når|fordi|hvis|da|but|while|and|so|when|because|if)"
                     r"\s+|;\s*|:\s+")
_WORD = re.compile(r"[\wÆØÅæøå-]+")
# The party that acts: 'godkendes af X', 'foretages af X', 'approved by X'.
_BY = re.compile(r"\b(?:af|by)\s+((?:den|det|de|the|en|et|a|an)\s+)?"
                 r"([\wÆØÅæøå-]+(?:\s+(?!af\b|by\b)[\wÆØÅæøå-]+)?)", re.I)
_MODAL = frozenset("skal kan må vil bør skulle kunne burde must can may should will shall does do is are "
                   "er".split())
_FREE = re.compile(r"\b(gratis|free|uden beregning|uden betaling|omkostningsfri\w*|free of charge)\b", re.I)
_COST = re.compile(r"\b(kost\w*|pris\w*|betal\w*|gebyr\w*|kr\.?|kroner|cost\w*|price\w*|pay\w*|paid|fee\w*|"
                   r"charge\w*|dkk)\b|\d[\d.]*\s*(kr|kroner|dkk)\b", re.I)
_ONLY = re.compile(r"\b(kun|alene|udelukkende|only|solely|exclusively)\b", re.I)
_ALL = re.compile(r"\b(alle|enhver|ethvert|altid|samtlige|hver|all|every|any|always|each)\b", re.I)
_CLEFT = re.compile(r"^\W*(?:er|var|is|was)\s+(?:det|it)\s+(.+?),?\s+(?:der|som|who|that)\b", re.I)
# The municipality is who acts when a task says nothing else ('Godkend aftalen').
_US = content_keys("kommune kommunen kommunens vi os municipality we us")
_OTHER_THAN = re.compile(r"\b(andre end|anden end|andet end|other than|anyone but|someone other)\b", re.I)


def judge(question: str, evidence: str) -> tuple[Verdict, str]:
    """The verdict on the evidence and the sentence it rests on."""
    q_keys = content_keys(question)
    sentence = best_sentence(q_keys, evidence)
    part = best_clause(q_keys, sentence)  # 'gratis at deltage, men kommunen betaler selv transport'
    if _FREE.search(question) and not _FREE.search(part) and _COST.search(part):
        return Verdict.OTHER_VALUE, sentence  # 'er kurset gratis?' - 'det koster 2.500 kr.'
    if _COST.search(question) and _FREE.search(part) and not _FREE.search(question):
        return Verdict.OTHER_VALUE, sentence  # 'skal vi betale for X?' - 'X er gratis'
    if _ALL.search(question) and _ONLY.search(part) and not _ONLY.search(question):
        return Verdict.OTHER_VALUE, sentence  # 'gælder det alle sager?' - 'kun sager i kategori 5'
    asked = question_parties(question)
    if asked and _OTHER_THAN.search(question):  # 'må andre end X?': settled by someone else named
        acting = clause_parties(best_clause(q_keys - asked, sentence))
        others = {b for b in acting if not any(_same(a, b) for a in asked)}
        return (Verdict.AGREES if others else Verdict.UNSETTLED), sentence
    if asked:
        clause = best_clause(q_keys - asked, sentence)
        acting = clause_parties(clause)
        if acting and not any(_same(a, b) for a in asked for b in acting):
            return Verdict.OTHER_PARTY, sentence
        said = content_keys(clause)  # '..., så Netcompany kan teste' names no one who approves
        opening = question_parties(question, agents=False)  # '... berørt af X' may name no actor
        named = any(_same(a, b) for a in opening for b in said)
        if not acting and opening and not opening <= _US and not named:
            return Verdict.UNSETTLED, sentence
    return Verdict.AGREES, sentence


def best_sentence(q_keys: set[str], text: str) -> str:
    parts = [s for s in _SENTENCE.split(text.strip()) if s.strip()] or [text]
    return max(parts, key=lambda s: len(q_keys & content_keys(s)))


def best_clause(q_keys: set[str], sentence: str) -> str:
    parts = [c for c in _CLAUSE.split(sentence) if c.strip()] or [sentence]
    return max(parts, key=lambda c: len(q_keys & content_keys(c)))


def question_parties(question: str, *, agents: bool = True) -> set[str]:
    """The keys of the party a yes/no question puts in the acting slot: 'Er det X, der ...',
    'Skal X ...' / 'Opretter X ...' (the words right after the opening verb), '... af X'."""
    if m := _CLEFT.match(question):
        return {k for w in _WORD.findall(m.group(1)) if _is_party(w, start=False) for k in content_keys(w)}
    words = _WORD.findall(question)
    out: set[str] = set()
    if m := _OTHER_THAN.search(question):  # 'må andre end (den) X ...'
        after = [w for w in _WORD.findall(question[m.end():])[:3] if _is_party(w, start=False)]
        return {k for w in after[:1] for k in content_keys(w)}
    for w in words[1:3]:
        if w.casefold() in ("det", "der", "den", "it", "there", "the", "a", "an"):
            continue
        if _is_party(w, start=False):
            out |= content_keys(w)
        break
    for m in _BY.finditer(question) if agents else ():
        out |= {k for w in _WORD.findall(m.group(2)) if _is_party(w, start=False) for k in content_keys(w)}
    return out


def clause_parties(clause: str) -> set[str]:
    """Parties that act in a clause: the agent of a passive ('af X') or the subject before a
    present-tense or modal verb ('Leverandøren opretter ...', 'KOMBIT betaler ...')."""
    out: set[str] = set()
    for m in _BY.finditer(clause):
        out |= {k for w in _WORD.findall(m.group(2)) if _is_party(w, start=False) for k in content_keys(w)}
    words = _WORD.findall(clause)
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 1].casefold()
        if i > 2:
            break
        if _is_party(w, start=i == 0) and (nxt in _MODAL or (nxt.endswith("r") and len(nxt) > 3)):
            out |= content_keys(w)
    return out


def _is_party(word: str, *, start: bool) -> bool:
    if ROLE.search(word.casefold()):
        return True
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True  # KOMBIT, KMD
    return not start and word[:1].isupper() and word[1:].islower() and len(word) >= 3


def _same(asked: str, acting: str) -> bool:
    """'direktøren' asked is 'kommunaldirektøren' acting; 'kommunaldirektøren' asked is not any
    'direktør'."""
    return asked == acting or (len(asked) >= 4 and acting.endswith(asked))


def other_than(question: str) -> bool:
    """'Må andre end X ...?' asks about everyone but X."""
    return bool(_OTHER_THAN.search(question))
