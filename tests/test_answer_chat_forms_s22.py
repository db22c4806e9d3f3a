"""Questions as people type them in Slack: numbers with or without thousands separators, 'max', 'ialt',
'ift.', a time counted from go-live ('hvor mange dage før go-live ...?'), a capacity ('hvor mange er der
plads til?'), and a task's recommended roles asked by the field's own words."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.grouping import as_the_tasks_write
from knowledge.qa.pipeline import answer

DESCRIPTION = (
    "Varmestuen har plads til højst 18 gæster pr. "
    "aften. "
    "Køretøjer over 2.400 kg må ikke parkere i gården. "
    "Kommunen råder over i alt 310 overnatningspladser. "
    "Tilskuddet udgør højst 46.500 kr. "
    "om året. "
    "Rengøringen udføres af Renholdt ApS. "
    "Den gamle nøgleboks fjernes senest 10 dage efter go-live."
)

EXPORT = f"""## VG 1 (Adgang) Adgang til varmestuen

**Master-opgave ID** 8731

**Opgavetitel** VG 1 (Adgang) Adgang til varmestuen

**Projekt** Varmestuer

**Bølger** Varmestuer - Bølge 1

**Slutdato (fra Go-Live)** -45

**Beskrivelse** {DESCRIPTION}

**Metode og fremgangsmåde** 1. Aftal åbningstider
2. Opsæt adgangskontrol

**Anbefalet udfører** Driftsleder

**Anbefalet ansvarlig** Socialchef

## VG 2 (Drift) Natlig opsyn med varmestuen

**Master-opgave ID** 8732

**Opgavetitel** VG 2 (Drift) Natligt opsyn i varmestuen

**Projekt** Varmestuer

**Bølger** Varmestuer - Bølge 1

**Slutdato (fra Go-Live)** 20

**Beskrivelse** Det natlige opsyn udføres af Vagtselskabet Nord, som sender en rapport hver morgen.

**Anbefalet udfører** Vagtkoordinator

**Anbefalet ansvarlig** Afdelingsleder for udsatte borgere
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="chat-forms"))


@pytest.mark.parametrize(("asked", "written"), [("over 2400 kg", "over 2.400 kg"),
                                                ("er det 46500 kr", "er det 46.500 kr"),
                                                ("i 2027", "i 2027"),
                                                ("kl. 8.30 den 12.04.2027", "kl. 8.30 den 12.04.2027")])
def test_numbers_are_written_as_the_tasks_write_them(kb, asked, written):
    assert as_the_tasks_write(asked, index_for(kb)) == written


def test_a_grouped_number_is_joined_when_the_tasks_write_it_plain():
    kb = KnowledgeBase.from_tasks(parse_text(EXPORT.replace("2.400 kg", "2400 kg"), source="plain"))
    assert as_the_tasks_write("over 2.400 kg", index_for(kb)) == "over 2400 kg"


def test_a_number_typed_without_its_separator_is_found(kb):
    got = answer(kb, "hvad må køretøjer over 2400 kg i gården?")
    assert got.found and "2.400 kg" in got.answer and "8731" in got.sources, got.answer


@pytest.mark.parametrize("question", ["hvor mange overnatningspladser er der ialt?",
                                      "hvad er tilskuddet max om året?"])
def test_chat_spellings_of_small_words(kb, question):
    got = answer(kb, question)
    assert got.found and "8731" in got.sources, got.answer
    assert "310" in got.answer or "46.500" in got.answer


def test_a_capacity_is_answered_by_its_bound(kb):
    got = answer(kb, "hvor mange gæster er der plads til pr. aften i varmestuen?")
    assert got.found and "18" in got.answer, got.answer


@pytest.mark.parametrize("question", ["hvor mange dage før go-live skal 8731 være færdig?",
                                      "hvornår skal 8731 være færdig ift. go-live?",
                                      "hvornår skal 8731 være færdig i forhold til go-live?",
                                      "how many days before go-live must 8731 be finished?",
                                      "when must 8731 be done relative to go-live?"])
def test_a_time_counted_from_go_live_is_the_tasks_offset(kb, question):
    got = answer(kb, question)
    assert got.found and "45" in got.answer, got.answer


def test_what_must_be_ready_before_go_live_is_no_time(kb):
    got = answer(kb, "hvad skal være klar før go-live i 8731?")
    assert "45 dage" not in got.answer, got.answer


def test_a_thing_inside_the_task_counted_from_go_live_is_its_own_time(kb):
    got = answer(kb, "hvor mange dage efter go-live fjernes nøgleboksen?")
    assert "45" not in got.answer, got.answer
    assert got.found and "10 dage efter go-live" in got.answer, got.answer


def test_a_time_counted_from_go_live_gets_the_date_when_go_live_is_set(kb):
    got = answer(kb, "hvornår skal 8731 være færdig ift. go-live?",
                 golive={"Varmestuer - Bølge 1": date(2027, 5, 1)})
    assert got.found and "17. marts 2027" in got.answer, got.answer


def test_go_live_itself_is_still_asked_as_go_live(kb):
    got = answer(kb, "hvornår er go-live for 8731?")
    assert not got.found and "45" not in got.answer, got.answer


def test_the_recommended_executor_is_the_field_not_the_text(kb):
    got = answer(kb, "hvem er anbefalet udfører på natligt opsyn i varmestuen?")
    assert got.found and "Vagtkoordinator" in got.answer and "Vagtselskabet" not in got.answer, got.answer


def test_responsible_for_what_the_task_is_about_is_its_field(kb):
    got = answer(kb, "hvem er ansvarlig for det natlige opsyn?")
    assert got.found and "Afdelingsleder for udsatte borgere" in got.answer, got.answer


def test_who_carries_out_a_thing_is_still_the_text(kb):
    got = answer(kb, "hvem udfører rengøringen?")
    assert got.found and "Renholdt" in got.answer, got.answer
