"""Near-miss values are not the answer: a contact person of one company asked of another named at the
start of the sentence ('Rampeværks kontaktperson er ...' for 'Voltas kontaktperson'), one end of a range
that bounds another thing ('mindst 3 instruktører ... højst 40 skatere' for the most instructors), and a
task's duration for 'hvor lange er X?' where the task measures X in metres. The tasks and questions are
written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.fold import content_keys
from knowledge.parse import parse_text
from knowledge.qa.opposites import contradicts_extreme
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASKS = """## SKP 1 (Skatepark) Indgå aftale om bygning af skateparken

**Master-opgave ID** 6920

**Projekt** Skatepark

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 30

**Slutdato (fra Go-Live)** -20

**Startdato (fra Slutdato)** -30

**Bølger** Skatepark - Bølge 1

**Beskrivelse** Skateparken bygges af Rampeværk ApS, og strømmen til lyset leveres af Volta.
Rampeværks kontaktperson er Lise Krogh, tlf. 40 50 60 70. Aftalen med Rampeværk underskrives af teknikchefen.
Bowlen er 12 meter bred og 18 meter lang.
Der skal være mindst 3 instruktører i parken, og der må højst være 40 skatere ad gangen.
Hvert hold har mindst 5 og højst 10 deltagere. Lejen af banen koster 9.000 kr. om måneden.
Minirampen har 3 forhindringer. Streetområdet har 11 forhindringer.

**Metode og fremgangsmåde** 1. Indhent tilbud
2. Underskriv aftalen

**Resultat** Aftalen er underskrevet.

**Anbefalet udfører** Fritidskonsulent

**Anbefalet ansvarlig** Fritidschef


## SKP 2 (Skatepark) Opstil ramperne

**Master-opgave ID** 6921

**Projekt** Skatepark

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 15

**Slutdato (fra Go-Live)** -5

**Startdato (fra Slutdato)** -15

**Bølger** Skatepark - Bølge 1

**Mål** Alle ramper er stillet op og godkendt.

**Beskrivelse** Driftsplanen laves af Rampeværk og godkendes af fritidschefen. \
Ramperne stilles op af Rampeværk ud fra kommunens tegning. Ramperne er 2 meter brede og 6
meter lange.

**Metode og fremgangsmåde** 1. Godkend tegningen af ramperne
2. Kontrollér de opstillede ramper

**Resultat** Ramperne er stillet op.

**Anbefalet udfører** Fritidskonsulent

**Anbefalet ansvarlig** Fritidschef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(TASKS))


@pytest.mark.parametrize("question", [
    "Hvad er Voltas kontaktperson?",  # only Rampeværk's contact person is given
    "Hvem er Voltas kontaktperson?",
    "Hvor mange instruktører må der højst være i parken?",  # 'mindst 3 instruktører'; 'højst' is the skaters'
    "Hvem betaler lejen af banen?",  # 'Lejen af banen koster ...' prices it; it names no payer
    "Hvor mange forhindringer er der i alt i skateparken?",  # two parts are counted, no total
])
def test_a_near_miss_value_is_not_the_answer(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer
    assert "30 dage" not in got.answer and "15 dage" not in got.answer


def test_the_asked_values_are_still_answered(kb):
    contact = answer(kb, "Hvad er Rampeværks kontaktperson?")
    assert contact.found and "Lise Krogh" in contact.answer
    skaters = answer(kb, "Hvor mange skatere må der højst være i parken?")
    assert skaters.found and "40" in skaters.answer
    instructors = answer(kb, "Hvor mange instruktører skal der mindst være?")
    assert instructors.found and "3" in instructors.answer
    part = answer(kb, "Hvor mange forhindringer er der i alt på streetområdet?")  # the part asked
    assert part.found and "11" in part.answer
    team = answer(kb, "Hvor mange deltagere må der højst være på et hold?")
    assert team.found and "10" in team.answer
    length = answer(kb, "Hvor lange er bowlen?")  # a length in metres, not the task's 30 days
    assert "30 dage" not in length.answer and (not length.found or "18 meter" in length.answer)
    rampe = answer(kb, "Hvor lange er ramperne i skateparken?")  # measured in metres: not 6921's 15 days
    assert "15 dage" not in rampe.answer and (not rampe.found or "6 meter lange" in rampe.answer)
    ramps = answer(kb, "Hvor lang tid tager det at opstille ramperne?")
    assert ramps.found and "15" in ramps.answer
    duration = answer(kb, "Hvor lang tid varer opgave 6920?")
    assert duration.found and "30" in duration.answer


def test_a_list_of_what_a_party_signs_leaves_out_what_it_only_approves(kb):
    signs = answer(kb, "Hvilke opgaver underskriver fritidschefen?")  # 'godkendes af fritidschefen' only
    assert "6921" not in signs.sources and not signs.found, signs.answer
    signer = answer(kb, "Hvilke opgaver underskriver teknikchefen?")
    assert signer.found and signer.sources == ["6920"], signer.answer
    approves = answer(kb, "Hvilke opgaver godkender fritidschefen?")
    assert approves.found and "6921" in approves.sources, approves.answer


def test_contradicts_extreme_reads_which_thing_a_bound_is_of():
    text = "Der skal være mindst 3 instruktører, og der må højst være 40 skatere ad gangen."
    assert contradicts_extreme("hvor mange instruktører må der højst være?", content_keys("instruktører"),
                               text)
    assert not contradicts_extreme("hvor mange skatere må der højst være?", content_keys("skatere"), text)
    assert not contradicts_extreme("hvor mange instruktører skal der mindst være?",
                                   content_keys("instruktører"), text)
    # a bound whose thing is left out may be the asked thing's
    assert not contradicts_extreme("hvor mange må der højst være?", content_keys("deltagere"),
                                   "mindst 5 og højst 10 deltagere")
    # a number of the thing with no bound may be the asked end
    assert not contradicts_extreme("hvor mange deltagere kan der højst være?", content_keys("deltagere"),
                                   "Kurset har plads til 20 deltagere, og der skal være mindst 8 deltagere.")
    # a question bounding a number of its own is another check's
    assert not contradicts_extreme("koster det mere for over 70 år?", content_keys("instruktører"), text)


def test_a_price_names_no_payer():
    # the glossary reads 'koster' as 'betale'; its subject is the thing priced, not who pays
    said = "Lejen koster 9.000 kr. om måneden, og rengøringen koster 400 kr."
    assert not holds(Expect.PARTY, said, "Hvem betaler for rengøringen?")
    assert holds(Expect.PARTY, "Lejen betales af Skateforeningen.", "Hvem betaler lejen?")
