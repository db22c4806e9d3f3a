"""Words of opposite meaning (opposites.txt): an answer that says the opposite of the question's word,
and not the word itself, is about another event ('hvornår lukker testmiljøet?' is not answered by
'KOMBIT åbner testmiljøet 6 uger før go-live')."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from knowledge.fold import content_keys, key

_FILE = Path(__file__).with_name("opposites.txt")


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    """Each key of a side -> the keys of the other side."""
    out: dict[str, set[str]] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "<>" not in line:
            continue
        left, right = ({key(w.strip().casefold()) for w in side.split(",") if w.strip()}
                       for side in line.split("<>", 1))
        for a, b in ((left, right), (right, left)):
            for k in a - b:
                out.setdefault(k, set()).update(b - a)
    return {k: frozenset(v) for k, v in out.items()}


def contradicts(asked: set[str], text: str) -> bool:
    """Whether the text says the opposite of an asked key and none of the asked key's side."""
    pairs = _pairs()
    said = content_keys(text)
    for k in asked:
        other = pairs.get(k)
        if other and said & other and k not in said and not said & _side(k):
            return True
    return False


def _side(k: str) -> frozenset[str]:
    """The keys of the same side as k (what says the same event in another form)."""
    pairs = _pairs()
    return frozenset(s for o in pairs.get(k, ()) for s in pairs.get(o, ()))


# Bounds on a number, by side: 'borgere over 70 år' is not answered by what 'borgere under 70 år' pay
_BOUNDS = {
    "low": ("over", "mindst", "minimum", "mere end", "flere end", "ældre end", "længere end", "større end",
            "above", "at least", "more than", "older than", "longer than", "greater than"),
    "high": ("under", "højst", "maksimalt", "maks", "mindre end", "færre end", "yngre end", "kortere end",
             "op til", "below", "at most", "less than", "fewer than", "younger than", "shorter than",
             "up to"),
}
_BOUND_WORDS = sorted((w for ws in _BOUNDS.values() for w in ws), key=len, reverse=True)
_BOUND = re.compile(r"\b(" + "|".join(_BOUND_WORDS) + r")\s+(\d[\d.,]*)", re.I)
_SIDE_OF = {w: side for side, ws in _BOUNDS.items() for w in ws}


def _bounds(text: str) -> set[tuple[str, str]]:
    """(side, number) for each bound on a number: 'under 70 år' -> ('high', '70')."""
    return {(_SIDE_OF[" ".join(m.group(1).casefold().split())], m.group(2).rstrip(".,"))
            for m in _BOUND.finditer(text)}


def contradicts_bound(question: str, text: str) -> bool:
    """Whether the text bounds a number the question bounds from the other side only ('koster det for
    borgere over 70 år?' - 'koster 280 kr. for borgere under 70 år')."""
    asked, said = _bounds(question), _bounds(text)
    return any(("high" if side == "low" else "low", n) in said and (side, n) not in said for side, n in asked)


# A side of an event: 'før bookingen' is not answered by what happens 'efter bookingen'
_SIDED = re.compile(r"\b(før|inden|forud for|efter|before|prior to|after)\s+(?:den |det |de |the )?"
                    r"([\wæøå][\wæøå-]{3,})", re.I)


def _sides(text: str) -> set[tuple[bool, str]]:
    """(after?, key of the event) for each 'før/efter X' of a text."""
    return {(m.group(1).casefold() in ("efter", "after"), key(m.group(2).casefold()))
            for m in _SIDED.finditer(text)}


def contradicts_side(question: str, text: str) -> bool:
    """Whether the text places something on the other side of an event than the question asks, and
    never on its side ('hvor mange dage før bookingen ...?' - 'fakturaen 8 dage efter bookingen')."""
    asked, said = _sides(question), _sides(text)
    return any((not after, k) in said and (after, k) not in said for after, k in asked)
