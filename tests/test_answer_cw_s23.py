"""Confident wrong answers the engine no longer gives: a price of another thing than the one asked, a
yes/no whose sentence has another party do the deed, a coordinate clause's 'men de skal ...', a verb-first
yes/no typed in lower case, where a course is held from a sentence that names no place, a contact 'hos X'
from a sentence about another house, a secret code from a sentence that gives none, and a measure of a
thing beside the one asked about."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

BOOKING = (
    'Skoleklasserne booker forløb i naturskolen gennem TurBook. '
    'Løsningen leveres af Skovdata ApS; kontaktperson er Ebbe Tornvig, telefon 23 45 67 89. '
    'Licensen koster 7.400 kr. '
    'om året for kommuner under 40.000 indbyggere. '
    'Kommunen har i dag 14 bålhytter og 3 shelterpladser. '
    'Alarmen i naturskolen tilsluttes vagtcentralen, og dørkoden er 2580. '
    'En bålhytte koster 2.100 kr. '
    'at istandsætte. '
    'Skovdata udarbejder bookingreglerne, og naturvejlederne godkender forløbene. '
    'Forældrene skal ikke godkende bookingen, men de skal orienteres.'
)

COURSE = (
    'Naturvejlederne deltager i et kursus i TurBook på en halv dag. '
    'Kurset holdes på Engvej 12 i Silkeborg. '
    'Testen af bookingerne gennemføres i testmiljøet. '
    'Naturvejlederne får også en introduktion på 45 minutter og en instruktionsvideo.'
)

MEETING = (
    'Naturvejlederne oplærer lærerne i bookingappen på et møde. '
    'Alle lærere skal have deltaget inden go-live.'
)

EXPORT = f"""## NS 1 (Naturskole) Aftale om bookingsystem til naturskolen

**Master-opgave ID** 9371

**Opgavetitel** NS 1 (Naturskole) Aftale om bookingsystem til naturskolen

**Projekt** Naturskole

**Bølger** Naturskole - Bølge 1

**Slutdato (fra Go-Live)** -60

**Beskrivelse** {BOOKING}

**Metode og fremgangsmåde** 1. Gennemgå licensaftalen
2. Få aftalen underskrevet

**Anbefalet udfører** Naturvejleder

**Anbefalet ansvarlig** Skolechef

## NS 2 (Naturskole) Kursus for naturvejlederne

**Master-opgave ID** 9372

**Opgavetitel** NS 2 (Naturskole) Kursus for naturvejlederne

**Projekt** Naturskole

**Bølger** Naturskole - Bølge 1

**Slutdato (fra Go-Live)** -20

**Beskrivelse** {COURSE}

**Metode og fremgangsmåde** 1. Udpeg naturvejledere i hver skole
2. Tilmeld naturvejlederne kurset

**Anbefalet udfører** Naturvejleder

**Anbefalet ansvarlig** Skolechef

## NS 3 (Naturskole) Oplæring af lærerne

**Master-opgave ID** 9373

**Opgavetitel** NS 3 (Naturskole) Oplæring af lærerne

**Projekt** Naturskole

**Bølger** Naturskole - Bølge 2

**Slutdato (fra Go-Live)** -10

**Beskrivelse** {MEETING}

**Metode og fremgangsmåde** 1. Udpeg superbrugere på hver skole
2. Tilmeld lærerne mødet

**Anbefalet udfører** Naturvejleder

**Anbefalet ansvarlig** Skolechef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="cw-s23"))


@pytest.mark.parametrize("question", [
    "hvad koster en shelterplads?",  # the task has shelterpladser; the sentence prices a bålhytte
    "hvad koster licensen for en kommune med 90.000 indbyggere?",  # a case the sentence leaves out
    "hvad koster en bålhytte med brændeovn?",  # a kind of it no task speaks of
])
def test_a_price_of_another_thing_is_not_the_price_asked(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize(("question", "value"), [
    ("hvad koster licensen til TurBook?", "7.400"),  # the product is priced as its licence
    ("hvad koster det at istandsætte en bålhytte?", "2.100"),  # 'at istandsætte' is no thing priced
    ("hvad koster licensen for en kommune med 30.000 indbyggere?", None),
])
def test_the_price_of_what_is_asked_is_still_given(kb, question, value):
    got = answer(kb, question)
    if value is None:  # a number the sentence does not write is left to the reader: no guess
        assert not got.found or "7.400" in got.answer, got.answer
        return
    assert got.found and value in got.answer, got.answer


@pytest.mark.parametrize("question", ["Udarbejder Skovdata bookingreglerne?",
                                      "udarbejder Skovdata bookingreglerne?",
                                      "Godkender naturvejlederne forløbene?"])
def test_the_party_that_does_it_is_a_yes(kb, question):
    got = answer(kb, question)
    assert got.found and got.answer.startswith("Ja"), got.answer


def test_a_lower_case_verb_first_question_with_a_name_is_a_yes_no():
    from knowledge.qa.types import is_yes_no_named
    assert is_yes_no_named("behandler Skovdata klager over forløbene?")
    assert not is_yes_no_named("telefonnummer Skovdata?")
    assert not is_yes_no_named("hvem godkender Skovdata forløbene?")


def test_the_clause_after_men_is_its_own_claim(kb):
    yes = answer(kb, "skal forældrene orienteres om bookingen?")
    assert yes.found and yes.answer.startswith("Ja"), yes.answer
    no = answer(kb, "skal forældrene godkende bookingen?")
    assert no.found and no.answer.startswith("Nej"), no.answer


def test_where_a_course_is_held_needs_a_place(kb):
    held = answer(kb, "hvor holdes kurset for naturvejlederne?")
    assert held.found and "Engvej 12" in held.answer, held.answer
    meeting = answer(kb, "hvor foregår mødet for lærerne?")  # the task names no place for it
    assert not meeting.found, meeting.answer


def test_a_test_may_take_place_in_a_system(kb):
    got = answer(kb, "hvor foregår testen af bookingerne?")
    assert got.found and "testmiljøet" in got.answer, got.answer


def test_a_contact_at_a_house_is_one_the_sentence_places_there(kb):
    other = answer(kb, "hvem er kontaktperson hos KOMBIT for Naturskole?")
    assert not other.found, other.answer
    own = answer(kb, "hvem er kontaktperson hos Skovdata?")
    assert own.found and "Ebbe Tornvig" in own.answer, own.answer


def test_a_measure_belongs_to_the_thing_it_is_written_with(kb):
    beside = answer(kb, "hvor mange minutter varer instruktionsvideoen?")
    assert not beside.found, beside.answer
    own = answer(kb, "hvor mange minutter varer introduktionen?")
    assert own.found and "45 minutter" in own.answer, own.answer
    span = answer(kb, "hvor lang tid tager instruktionsvideoen?")
    assert not span.found, span.answer


def test_a_code_that_opens_something_is_a_secret_the_sentence_must_give(kb):
    got = answer(kb, "hvad er alarmkoden?")
    assert not got.found, got.answer
    door = answer(kb, "hvad er dørkoden til naturskolen?")
    assert door.found and "2580" in door.answer, door.answer
