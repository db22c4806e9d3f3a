"""Fact questions (session 44): a count written in thousands ('ca. 12.500 besøgende') is one count of
the noun after it. On a task written here."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds, is_number

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(MUS 3) Nyt kassesystem på byens museum"),
    ("*Projekt", "Museum Østby"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-10"),
    ("Mål", "Gæsterne kan købe billet ved indgangen og på nettet."),
    ("*Beskrivelse", "<p>Museet får et nyt kassesystem.</p>"
                     "<p>Museet har ca. 48.000 gæster om året, og butikken sælger 1.200 plakater. "
                     "Samlingen rummer 2.350.000 genstande. Entréen koster 1.250 kr. for et årskort.</p>"),
    ("Metode og fremgangsmåde", "1) Installer kassesystemet 2) Oplær personalet"),
    ("Resultat", "Kassesystemet er i drift."),
    ("Anbefalet udfører", "Museumsassistent"),
    ("Anbefalet ansvarlig", "Museumsleder"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT)])  # as a workspace has them


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor mange gæster har museet om året?", "48.000"),
    ("Hvor mange plakater sælger butikken?", "1.200"),
    ("Hvor mange genstande rummer samlingen?", "2.350.000"),
])
def test_count_in_thousands(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


def test_thousands_are_one_number_not_a_decimal_or_a_price() -> None:
    assert is_number("12.500") and is_number("2.350.000")
    assert not is_number("2.5") and not is_number("12.50")
    q = "hvor mange gæster kommer der?"
    assert holds(Expect.COUNT, "Der kommer 12.500 gæster.", q)
    assert not holds(Expect.COUNT, "Et årskort koster 1.250 kr.", q)  # a price counts no guests
