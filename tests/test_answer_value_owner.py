"""Whose value it is (knowledge/qa/gate/, slots.py, types/): a value the text gives answers a
question only when it is the asked attribute of the thing the question names, not of a sibling
('SMS-beskeder' for 'mailbeskeder'), another one of a series ('første kørsel' for 'den endelige
kørsel'), another counted noun ('4 ressourcetyper' for 'ressourcer'), what is counted only after the
asked deed, a name in a relative clause, another document done by the same verb, or a number its
label says is of another kind (a CVR-nr. for a phone), a price per another basis, or a task's end date
for its start date. Tasks here are written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASK = """## PK 3 Opsæt Parkeringsportalen (B1)

**Master-opgave ID** 9771

**Opgavetitel** PK 3 Opsæt Parkeringsportalen (B1)

**Projekt** Parkeringsportalen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Parkeringsportalen - Bølge 1

**Mål** Borgerne kan købe beboerlicenser i Parkeringsportalen.

**Beskrivelse** Parkeringsportalen afløser licenssystemet, ParkPlus, som slukkes 45 dage efter go-live.

Kommunen skal oprette mindst 4 licenstyper: beboer, erhverv, gæst og handicap.

Kommunen opretter 6 testborgere, en for hver zone.

SMS-kvitteringer sendes automatisk 2 timer efter et køb.

Første dataudtræk leveres 5 uger før go-live.

Efter konverteringen kontrollerer kommunen en stikprøve på 40 licenser.

Leverandør af portalen er Parkly ApS, CVR-nr. 41556677. Parklys support har åbent hverdage kl. 9-15.

Konverteringsrapporten godkendes af parkeringschefen. En beboerlicens koster 600 kr. pr. år.

Parkly sender velkomstbrevene ud i uge 9.

Testkørsel 2 planlægges, når resultatet af testkørsel 1 er godkendt.

Spørgsmål om opsætningen: Mads Kjær, projektleder hos Parkly, tlf. 70 11 22 33.

**Metode og fremgangsmåde** 1. Opret licenstyperne
2. Lever dataudtrækket
3. Godkend konverteringsrapporten

**Resultat** Parkeringsportalen er sat op.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize("question", [
    "Hvad er telefonnummeret til Parklys support?",  # only a CVR-nr. stands there
    "Hvornår sendes mailkvitteringer?",  # SMS-kvitteringer are timed
    "Hvornår leveres det endelige dataudtræk?",  # only the first is timed
    "Hvor mange licenser skal kommunen oprette af typen gæst?",  # it creates licenstyper
    "Hvor mange parkeringszoner skal kommunen oprette?",  # it creates testborgere
    "Hvor mange licenser skal konverteres?",  # 40 are checked after the conversion
    "Hvornår slukkes Parkeringsportalen?",  # ParkPlus is switched off
    "Hvem godkender dataudtrækket?",  # the conversion report is approved
    "Hvad koster en beboerlicens pr. måned?",  # the price is per year
    "Hvad koster en beboerlicens pr. bil?",  # nor per car
    "Hvad er startdatoen for opgave 9771?",  # the task has only an end date
    "Hvem er Mads Kjærs stedfortræder?",  # the line names Mads Kjær himself
    "Hvor mange zoner indgår i testkørsel 2?",  # 'testkørsel 1' numbers a run; it counts no zones
])
def test_a_value_of_something_else_is_no_answer(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvad er Parklys CVR-nummer?", "41556677"),
    ("Hvornår sendes SMS-kvitteringer?", "2 timer"),
    ("Hvornår leveres første dataudtræk?", "5 uger"),
    ("Hvor mange licenstyper skal kommunen oprette?", "4"),
    ("Hvor mange testborgere opretter kommunen?", "6"),
    ("Hvor mange licenser kontrollerer kommunen efter konverteringen?", "40"),
    ("Hvornår slukkes ParkPlus?", "45 dage"),
    ("Hvem godkender konverteringsrapporten?", "parkeringschef"),
    ("Hvad koster en beboerlicens om året?", "600 kr"),
    ("Hvad er slutdatoen for opgave 9771?", "20 dage"),
    ("Hvem er projektleder hos Parkly?", "Mads Kjær"),
])
def test_controls_of_the_same_shapes_are_answered(kb, question, value):
    got = answer(kb, question)
    assert got.found and value in got.answer, got.answer


OTHER_TASK = """## PK 5 Opsæt zoneinddelingen i Parkeringsportalen (B1)

**Master-opgave ID** 9775

**Opgavetitel** PK 5 Opsæt zoneinddelingen i Parkeringsportalen (B1)

**Projekt** Parkeringsportalen

**Prioritet** Obligatorisk

**Bølger** Parkeringsportalen - Bølge 1

**Mål** Zonerne er sat op.

**Beskrivelse** Kommunen tegner zonerne ind på kortet i portalen.

**Metode og fremgangsmåde** 1. Tegn zonerne

**Resultat** Zoneinddelingen er sat op.
"""


def test_a_value_of_a_task_that_never_names_the_thing_asked_about_is_no_answer():
    """'Hvornår sender Parkly velkomstbrevene om zoneinddelingen?' names what another task is about (its
    title); the time of the letters stands in a task that never speaks of it."""
    kb = KnowledgeBase.from_tasks(parse_text(TASK) + parse_text(OTHER_TASK))
    assert not answer(kb, "Hvornår sender Parkly velkomstbrevene om zoneinddelingen?").found
    got = answer(kb, "Hvornår sender Parkly velkomstbrevene?")
    assert got.found and "uge 9" in got.answer, got.answer
