"""Where a deadline's clause begins and ends in its sentence ('..., og kommunen skal ...', '...; den
skal ...')."""

from __future__ import annotations

import re

_SINCE = re.compile(r"(?:når|efter|fra)\s+(?:at\s+)?(?P<event>[^,]{3,80}?)\s*,|(?:efter|fra)\s+(?P<point>\S+)"
                    r"(?=\s+(?:har|skal)\b)", re.I)
_SUBJECT = re.compile(r"^(?:(?:den|det|de|en|et|jeres|kommunens|alle|samtlige|eventuelle)\s+)?"
                      r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                      # 'Alle åbne sager i det gamle system skal ...': an adjective before the noun
                      r"|(?:[a-zæøå-]{3,}e\s+)?[\w'’-]+\s+(?:af|til|over|for|i|på|med|fra|om)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                      r"(?:skal|må|bør|kan|er|bliver|\w{3,}es|\w{2,}(?:gås|stås|fås)|sker|foregår|finder\s+sted"
                      # 'Brugeroprettelsen har frist 10 dage før go-live': the thing whose deadline it is
                      r"|foreligger|har\s+(?:en\s+)?(?:[\w-]*frist|deadline))\b", re.I)


_ASIDE_FIRST = re.compile(r"^\s*(?:[–—-]\s+[^–—.]{1,60}?\s+[–—-]|\([^()]{1,60}\))\s*")


def _clause_cut(text: str) -> int:
    """Where the last clause of `text` is cut off from what comes before it (before its ', ', ';', ':' or
    ' og '), else 0: 'X skal underskrives senest ved go-live| og gælder i 2 år'."""
    cuts = [c.start() for c in re.finditer(r"[;:,]\s+|\s+og\s+", text)]
    return cuts[-1] if cuts else 0


def _clause_start(text: str) -> int:
    """Where the last clause of `text` begins (after ';', ':', ', og', ', men', ', så', ', mens'), else 0."""
    cuts = [c.end() for c in re.finditer(r"[;:]\s+|,\s+(?:og|men|så|mens)\s+", text)]
    return cuts[-1] if cuts else 0


def stated_text(sentence: str, before: str, end: int) -> str:
    """The words that state a dated deadline (its date or week ends at `end`, `before` is what stands before
    it): from the start of the clause that holds it, or the whole sentence when nothing stands before the
    date ('Senest 1. april 2027 skal oversigten være sendt')."""
    if not before.strip():
        return sentence.rstrip(" .")
    return sentence[_clause_start(before):end].strip(" ,")


def _clause_after(sentence: str, start: int, end: int) -> int:
    """Where the last clause that opens between `start` and `end` begins (', og', ', men', ';'), else 0."""
    cuts = [m.end() for m in re.finditer(r";\s+|,\s+(?:og|men|mens)\s+", sentence[start:end])]
    return start + cuts[-1] if cuts else 0


def _after_semicolon(sentence: str, end: int) -> int:
    """Where the last clause after a semicolon before `end` begins, when it names its own subject ('...;
    testen skal være afsluttet senest ...'; not '...; den skal være returneret senest ...'), else 0."""
    cuts = [m.end() for m in re.finditer(r";\s+", sentence[:end])]
    clause = sentence[cuts[-1]:] if cuts else ""
    if not clause or re.match(r"(?:den|det|de|dem|dette|disse|senest|inden|frist\w*)\b", clause, re.I) \
            or not _SUBJECT.match(clause):
        return 0
    return cuts[-1]


# '..., og når fuldmagten er modtaget, har I 10 dage til at ...': a clause of its own opening with the event
EVENT_CLAUSE = re.compile(r"(?:,\s+(?:og|men)|;)\s+(?=(?:når|efter\s+at|så\s+snart)\s)", re.I)


def _since_clause(sentence: str, end: int) -> str:
    """The part of `sentence` that opens with the event its span (at `end`) counts from: the sentence, or
    its last clause before `end` that opens with 'når'/'efter at' ('X sendes til Y, og når X er modtaget,
    har I 10 dage til at ...': the first clause is no part of that deadline)."""
    if _SINCE.match(sentence):
        return sentence
    opens = [m.end() for m in EVENT_CLAUSE.finditer(sentence, 0, end)]
    return sentence[opens[-1]:] if opens else sentence


def _clause(text: str, start: int) -> str:
    """The sentence part that states the deadline: from the clause that holds it to its anchor."""
    return text[_clause_start(text[:start]):].strip()
