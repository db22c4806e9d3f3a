"""Fact questions (session 44): a count written in thousands ('ca. 12.500 besøgende') is one count of
the noun after it; a count, time or place is the value of the deed its clause says, not of another deed
the question asks about. On tasks written here."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.gate.doings import asked_doing
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds, is_number

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(MUS 3) Nyt kassesystem på byens museum"),
    ("*Projekt", "Museum Østby"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-10"),
    ("Mål", "Gæsterne kan købe billet ved indgangen og på nettet."),
    ("*Beskrivelse", "<p>Museet får et nyt kassesystem.</p>"
                     "<ul><li>Bookingsystem - KlasseBook</li><li>Skoleklasser pr. år - 300</li>"
                     "<li>Billetpris - 120 kr.</li></ul><p>Lærerne sender skolebookinger på nettet.</p>"
                     "<p>Museet har ca. 48.000 gæster om året, og butikken sælger 1.200 plakater. "
                     "Samlingen rummer 2.350.000 genstande. Entréen koster 1.250 kr. for et årskort. "
                     "Hver skoleklasse må højst medbringe 2 kubikmeter bagage.</p>"),
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


@pytest.mark.parametrize(("question", "value"), [
    ("Hvilket system bruges til skolebookinger?", "KlasseBook"),  # the head of the compound, 'booking'
    ("Hvilket bookingsystem har museet?", "KlasseBook"),
])
def test_system_labelled_by_the_head_of_a_compound(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


def test_compound_head_needs_the_whole_compound_in_the_task() -> None:
    a = answer(_kb(), "Hvilket system bruges til hundebookinger?")  # no 'hundebookinger' here
    assert not a.found, a.answer


def test_a_measure_in_cubic_metres_is_how_much() -> None:
    a = answer(_kb(), "Hvor meget må en skoleklasse højst medbringe?")
    assert a.found and "2 kubikmeter" in a.answer, a.answer


def test_thousands_are_one_number_not_a_decimal_or_a_price() -> None:
    assert is_number("12.500") and is_number("2.350.000")
    assert not is_number("2.5") and not is_number("12.50")
    q = "hvor mange gæster kommer der?"
    assert holds(Expect.COUNT, "Der kommer 12.500 gæster.", q)
    assert not holds(Expect.COUNT, "Et årskort koster 1.250 kr.", q)  # a price counts no guests


_FENCES = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(HUND 2) Indhegning af hundeskove"),
    ("*Projekt", "Hundeskove Nordby"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-10"),
    ("Mål", "Hundeejere har sikre hundeskove."),
    ("*Beskrivelse", "<p>Kommunen har 14 hundeskove. Der skal altid være mindst 2 affaldsspande i hver "
                     "hundeskov. Hegnet leveres af Trådhegn A/S, og fakturaen sendes 30 dage efter "
                     "leveringen. Skiltene opsættes ved indgangene. Hver indhegning koster 42.000 kr.</p>"),
    ("Metode og fremgangsmåde", "1) Indhegn de første 5 hundeskove 2) Opsæt skilte"),
    ("Resultat", "Hundeskovene er indhegnet."),
    ("Anbefalet udfører", "Parkmedarbejder"),
    ("Anbefalet ansvarlig", "Park- og vejchef"),
]) + "\n"


@cache
def _fences() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_FENCES)])


@pytest.mark.parametrize("question", [
    "Hvornår skal hegnet leveres?",  # 30 days after delivery is when the invoice is sent
])
def test_value_of_another_deed_is_no_answer(question: str) -> None:
    a = answer(_fences(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvornår sendes fakturaen?", "30 dage"),
    ("Hvornår skal fakturaen sendes?", "30 dage"),
    ("Hvor opsættes skiltene?", "indgangene"),
    ("Hvor mange affaldsspande skal der være i en hundeskov?", "2"),
    ("Hvad koster en indhegning?", "42.000"),
    ("Hvor mange hundeskove har kommunen?", "14"),
])
def test_value_of_the_deed_asked(question: str, value: str) -> None:
    a = answer(_fences(), question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize(("question", "verb"), [
    ("Hvornår skal fakturaen for et hegn være betalt?", "betalt"),
    ("Hvor mange skilte må der højst opsættes?", "opsættes"),
    ("Hvornår skal vi opsætte skiltene?", "opsætte"),
    ("Hvor leveres hegnet?", "leveres"),
    ("Hvor mange hundeskove har kommunen?", None),  # no modal, no passive: no deed of its own
    ("Hvor mange affaldsspande skal der være?", None),  # 'være' asks no deed
])
def test_asked_doing(question: str, verb: str | None) -> None:
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    kb = KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_FENCES), *parse_text(_EXPORT)])
    t = asked_doing(analyse(index_for(kb), question))
    assert (t.surface if t else None) == verb
