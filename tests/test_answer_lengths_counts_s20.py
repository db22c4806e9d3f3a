"""Lengths told as fractions ('halvanden time', 'en halv dag'), a 'hvor længe'/'hvor hurtigt' question
answered only by a length (not a date or an hour of the day), and a count whose noun stands past an
adjective or two ('50 tilfældigt udvalgte kursister'). Tasks here are written for these tests."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASK = """## HB 2 Indførelse af Havnebooking (B1)

**Master-opgave ID** 9871

**Opgavetitel** HB 2 Indførelse af Havnebooking (B1)

**Projekt** Havnebooking

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Havnebooking - Bølge 1

**Mål** Havnefogederne kan bruge Havnebooking.

**Beskrivelse** Havnefogederne gennemgår et introduktionskursus, som tager cirka halvanden time.

Opmålingen af en bådplads tager normalt en halv dag.

Lejekontrakten gælder i tre år. Rabatten gives, hvis kontrakten underskrives inden 1. maj 2027.

**Metode og fremgangsmåde** 1. Opret bådpladserne
2. Kontrollér 40 tilfældigt udvalgte bådpladser efter oprettelsen
3. Send kvitteringen

**Resultat** Havnebooking er i brug.
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(TASK))


def test_a_fraction_is_a_length_of_time():
    assert holds(Expect.TIME, "Kurset tager cirka halvanden time.", "Hvor lang tid tager kurset?")
    assert holds(Expect.TIME, "Opmålingen tager normalt en halv dag.", "Hvor lang tid tager opmålingen?")
    a = answer(_kb(), "Hvor lang tid tager introduktionskurset?")
    assert a.found and "halvanden time" in a.answer and a.sources == ["9871"]


def test_how_long_is_not_answered_by_a_date_or_an_hour():
    question = "Hvor længe gælder lejekontrakten?"
    assert not holds(Expect.TIME, "Rabatten gives, hvis kontrakten underskrives inden 1. maj 2027.", question)
    assert not holds(Expect.TIME, "Supporten er åben mandag-torsdag kl. 8-16.",
                     "Hvor hurtigt svarer supporten?")
    a = answer(_kb(), question)
    assert a.found and "tre år" in a.answer and "1. maj" not in a.answer


def test_a_count_past_adjectives_counts_its_noun():
    question = "Hvor mange bådpladser skal vi kontrollere efter oprettelsen?"
    assert holds(Expect.COUNT, "Kontrollér 40 tilfældigt udvalgte bådpladser efter oprettelsen", question)
    # a preposition ends the count's phrase: 'tre roller til brugere' counts no brugere
    assert not holds(Expect.COUNT, "Kommunen tildeler tre roller til brugere",
                     "Hvor mange brugere skal vi oprette?")
    a = answer(_kb(), question)
    assert a.found and "40" in a.answer


def test_how_long_is_answered_by_an_end():
    # 'indtil 1. august' says how long something goes on; a bare date does not
    question = "Hvor længe kører det gamle system parallelt?"
    assert holds(Expect.TIME, "Det gamle system kører parallelt indtil 1. august 2027.", question)
    assert not holds(Expect.TIME, "Det gamle system lukkes 1. august 2027.", question)


def test_how_quickly_is_answered_by_a_deadline_not_an_hour():
    question = "Hvor hurtigt skal supporten svare?"
    assert holds(Expect.TIME, "Supporten skal svare senest 2 arbejdsdage efter henvendelsen.", question)
    assert not holds(Expect.TIME, "Supporten er åben mandag-torsdag kl. 8-16.", question)


def test_where_one_makes_is_a_place_question():
    # 'laver' is the verb 'lave', not the measure adjective 'lav'
    from knowledge.qa.types import expected
    assert expected("hvor laver man aftalerne?") is Expect.PLACE
    assert expected("hvor lavt maa niveauet vaere?") is not Expect.PLACE


def test_people_of_any_kind_count_as_persons():
    question = "Hvor mange personer kan deltage i en workshop?"
    assert holds(Expect.COUNT, "Der er plads til 10 deltagere pr. workshop.", question)
    assert not holds(Expect.COUNT, "Workshoppen varer tre timer.", question)
