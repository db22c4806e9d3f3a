"""A name's kind as the tasks define it: 'Lanternebogen er det fælles bookingsystem' makes the question's
'bookingsystemet' (or 'the booking system', 'systemet') refer to Lanternebogen, so an answer that says
'... oprettes i Lanternebogen senest 12 dage før go-live' speaks of the system asked about.

The definitions are read once per index from sentences that open with a proper name and say what it is
('<Navn> er (det|den|en|et) [fælles] <noun>'); a name counts as proper only when the tasks also write it
capitalised inside a sentence ('... lægges ind i Lanternebogen'), so 'Aftalen er en forudsætning' defines
nothing."""

from __future__ import annotations

import re

from knowledge.fold import content_keys
from knowledge.index import Index

# '<Name> er [det|den|en|et] [a modifier or two] <noun>', the noun ending its phrase (before a comma, a
# full stop or the clause or preposition that goes on about it): the noun is the name's kind
_DEFINITION = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?P<name>[A-ZÆØÅ][a-zæøå]+[A-ZÆØÅa-zæøå-]*)\s+er\s+(?P<article>(?:det|den|en|et)\s+)?"
    r"(?:[a-zæøå-]+\s+){0,2}?(?P<kind>[a-zæøå][a-zæøå’'-]+)"
    r"(?=\s*,\s*(?:hvor|som|der)\b|\s+(?:hvor|som|der|for|til|i|på|med|hos)\b|\s*(?P<stop>[,.;:]|$))")
# a kind without an article is a definite noun that a clause or a preposition goes on about ('Finnebogen
# er bookingsystemet for ...'), not an adjective nor a participle ('Serviceaftalen er underskrevet.')
_DEFINITE = re.compile(r"(?:en|et|n)$")
# a name written inside a sentence, after a lower-case word or a comma: 'lægges ind i Lanternebogen'
_INSIDE = re.compile(r"[a-zæøå,]\s+([A-ZÆØÅ][a-zæøå]+[A-ZÆØÅa-zæøå-]*)\b")
# a kind is a noun of at least this many letters ('app' is one)
_SHORTEST = 3


def name_kinds(index: Index) -> dict[str, frozenset[str]]:
    """Each defined proper name's key -> the keys of the kinds the tasks say it is, read once per index."""
    return index.kept("name_kinds", None, lambda: _read_name_kinds(index))


def _read_name_kinds(index: Index) -> dict[str, frozenset[str]]:
    passages = index.passages
    texts = [passages.text_of(pid) for pid in range(len(passages))]
    inside = {m[1] for text in texts for m in _INSIDE.finditer(text)}  # one walk, not one per name
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _DEFINITION.finditer(text):
            name, kind = m["name"], m["kind"].replace("’", "").replace("'", "")
            if not _defines_kind(m, kind) or name not in inside:
                continue
            for name_key in content_keys(name):
                found.setdefault(name_key, set()).update(content_keys(kind))
    return {k: frozenset(v) for k, v in found.items() if v}


def _defines_kind(m: re.Match, kind: str) -> bool:
    """Whether the definition's noun is a kind: after an article, or definite with more said of it."""
    return len(kind) >= _SHORTEST and bool(m["article"] or (_DEFINITE.search(kind) and m["stop"] is None))


def names_kind_of_said(index: Index, text: str, keys) -> bool:
    """Whether the question word (its keys) is the kind of a proper name the text says: 'bookingsystemet'
    or 'systemet' for 'Lanternebogen' where a task says 'Lanternebogen er det fælles bookingsystem'."""
    kinds = name_kinds(index)
    if not kinds:
        return False
    defined = [kinds[k] for k in content_keys(text) if k in kinds]
    return any(_same_kind(k, kind) for said in defined for kind in said for k in keys)


def _same_kind(word: str, kind: str) -> bool:
    """The word is the kind itself or its head ('systemet' of 'bookingsystem'); not a compound more
    particular than the kind ('fagsystemet' is no name defined as 'det fælles system')."""
    return word == kind or (len(word) >= 4 and kind.endswith(word))
