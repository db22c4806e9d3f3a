"""Words of opposite meaning (opposites.txt): an answer that says the opposite of the question's word,
and not the word itself, is about another event ('hvornår lukker testmiljøet?' is not answered by
'KOMBIT åbner testmiljøet 6 uger før go-live')."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from knowledge.fold import content_keys, key
from knowledge.index import Index, on_build

_FILE = Path(__file__).with_name("opposites.txt")


_SEPARATOR = re.compile(r"\s*<\|?>\s*")


@lru_cache(maxsize=2)
def _pairs(exclusive: bool = False) -> dict[str, frozenset[str]]:
    """Each key of a side -> the keys of the other side: of the '<>' pairs (events), or with `exclusive`
    of the '<|>' pairs (states)."""
    out: dict[str, set[str]] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or not _SEPARATOR.search(line):
            continue
        if exclusive != ("<|>" in line):
            continue  # states that exclude each other settle a yes/no only; they mark no other event
        left, right = ({key(w.strip().casefold()) for w in side.split(",") if w.strip()}
                       for side in _SEPARATOR.split(line, 1))
        for a, b in ((left, right), (right, left)):
            for k in a - b:
                out.setdefault(k, set()).update(b - a)
    return {k: frozenset(v) for k, v in out.items()}


@on_build
def _read_pairs(index: Index) -> None:
    """The pairs are read when the first index is built, not by the first question whose answer they
    judge (as they are called: `_pairs()` and `_pairs(True)` are two keys of the cache)."""
    _pairs()
    _pairs(True)


def contradicts(asked: set[str], text: str) -> bool:
    """Whether the text says the opposite of an asked key and none of the asked key's side."""
    pairs = _pairs()
    said = content_keys(text)
    for k in asked:
        other = pairs.get(k)
        if other and said & other and k not in said and not said & _side(k):
            return True
    return False


def excluded_keys(k: str) -> frozenset[str]:
    """The keys of the state that excludes k's ('skattefri' -> 'skattepligtig', ...); empty if none."""
    return _pairs(True).get(k, frozenset())


# A word and the same word with a negating prefix name states that exclude each other ('lige' - 'ulige',
# 'gyldig' - 'ugyldig', 'paid' - 'unpaid'); the rest must be a word of its own, not a short stem
_NEGATING_PREFIXES = ("u", "un")
_MIN_REST = 4


def prefix_excluded(word: str) -> frozenset[str]:
    """The word with a negating prefix added or, when it has one, taken off, as written (not by key: the
    'betales' of a sentence is no 'betalte' against 'ubetalte'); empty for a word too short to be told
    from another ('uden' is not 'u' + 'den')."""
    w = word.casefold()
    if not w.isalpha() or len(w) < _MIN_REST:
        return frozenset()
    out = {p + w for p in _NEGATING_PREFIXES}
    out |= {w[len(p):] for p in _NEGATING_PREFIXES if w.startswith(p) and len(w) - len(p) >= _MIN_REST}
    return frozenset(out - {w})


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


# The end of a range a question asks without a number ('hvor mange må der højst være?', 'the maximum
# number of ...'): the high end (højst) or the low end (mindst)
_EXTREME_WORDS = {
    "high": ("højst", "maksimalt", "maksimal", "maksimale", "maksimum", "maks", "max", "maximum",
             "at most", "up to"),
    "low": ("mindst", "minimalt", "minimal", "minimale", "minimum", "min", "at least"),
}
_EXTREME_SIDE = {w: side for side, ws in _EXTREME_WORDS.items() for w in ws}
_EXTREME = re.compile(r"\b(" + "|".join(sorted(_EXTREME_SIDE, key=len, reverse=True)) + r")\b", re.I)
# A bound on a number in a text and the words after the number: 'højst være 150 skøjteløbere på'
_BOUNDED = re.compile(r"\b(" + "|".join(_BOUND_WORDS) + r")\s+(?:[a-zæøå]+\s+){0,2}?(\d[\d.,]*)"
                      r"((?:\s+[\wæøåÆØÅ-]+){0,2})", re.I)
_JOINING = frozenset({"og", "eller", "til", "and", "or", "to"})
_PLAIN_COUNT = re.compile(r"\b\d[\d.,]*\s+([\wæøåÆØÅ-]+)")


def contradicts_extreme(question: str, asked: set[str], text: str) -> bool:
    """Whether the question asks one end of a range of a thing ('hvor mange isvagter må der højst være?')
    and the text bounds that thing only from the other end, its bound on this side being another
    thing's ('mindst 2 isvagter ..., og der må højst være 150 skøjteløbere'). `asked`: the keys of the
    question's words (the thing); a bound whose thing the text leaves out ('mindst 4 og højst 6
    senge', 'højst 8') counts as either's."""
    if _BOUND.search(question):
        return False  # a bound with its number ('over 70 år') is contradicts_bound's
    sides = {_EXTREME_SIDE[" ".join(m.group(1).casefold().split())] for m in _EXTREME.finditer(question)}
    if len(sides) != 1:
        return False
    side = sides.pop()
    thing = asked - {key(w) for w in _EXTREME_SIDE}
    other_end = False
    bounded = set()  # where a bound's number stands
    for m in _BOUNDED.finditer(text):
        bounded.add(m.start(2))
        bound_side = _SIDE_OF[" ".join(m.group(1).casefold().split())]
        after = m.group(3).split()
        if not after or after[0].casefold() in _JOINING:
            if bound_side == side:
                return False  # 'højst 8', 'mindst 4 og højst 6 senge': the thing left out may be
                # the asked one
            continue
        of_thing = bool(content_keys(" ".join(after)) & thing)
        if bound_side == side and of_thing:
            return False
        other_end |= bound_side != side and of_thing  # (a bound on this side is another thing's)
    if other_end:  # a number of the thing with no bound ('plads til 20 deltagere') may be the asked end
        if any(m.start() not in bounded and content_keys(m.group(1)) & thing
               for m in _PLAIN_COUNT.finditer(text)):
            return False
    return other_end


# When a thing ends ('hvornår lukker tilmeldingen?') is not said by when it begins ('Tilmeldingen sker fra
# 1. maj'): a start written as 'fra <date or hour>' with no end in the sentence ('til', 'senest', a range)
_END_ASKED = re.compile(r"\b(?:slutter|ender|stopper|udløber|lukker|lukkes|ophører|afsluttes|closes?|ends?|"
                        r"expires?|færdig[et]?|færdiggjort|afsluttet|finished|completed?|done)\b", re.I)
_START_ONLY = re.compile(r"\b(?:fra|from|starting)\s+(?:og\s+med\s+|den\s+|kl\.\s*)?\d|"
                         # 'Installationen begynder på X i uge 9' says when it begins, not when it is done
                         r"\b(?:begynder|begyndes|påbegyndes|starter|startes|går\s+i\s+gang|begins?|starts?)\b",
                         re.I)
_END_SAID = re.compile(r"\b(?:til|indtil|until|by)\s+(?:og\s+med\s+|den\s+|kl\.\s*)?\d|"
                       r"\b(?:senest|inden|før|before)\b|\d\s*[-–]\s*\d|"
                       + _END_ASKED.pattern, re.I)


def contradicts_start(question: str, text: str) -> bool:
    """Whether the question asks when a thing ends (or is done) and the text says only from when it is, or
    that it begins, and no end ('til', 'senest', 'færdig')."""
    return bool(_END_ASKED.search(question) and _START_ONLY.search(text) and not _END_SAID.search(text))
