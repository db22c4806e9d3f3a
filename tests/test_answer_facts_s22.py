"""Session 22, stated values: a question that opens with a Danish verb form is Danish; a supplier said as
'X fra Y ApS', a host as 'gemmes hos Y'; a version written after the name; yes/no settled by the value
the task states."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 7711\n\n**Opgavetitel** VB 1 (Aftaler) Aftale om vagtplanlægning\n\n"
          "**Projekt** Vagtplan\n\n**Beskrivelse** Vagterne planlægges i systemet ShiftBase fra Planværk "
          "Syd ApS. Kommunen skal bruge ShiftBase 5.3, og data opbevares hos Hetzner i Nürnberg. "
          "Vagtplanerne gemmes i seks år. Brugerne betaler ikke for appen; licensen betales af "
          "personalekontoret.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="facts-s22"))


@pytest.mark.parametrize("question", ["Betaler brugerne for appen?", "Gemmes vagtplanerne i ti år?",
                                      "Opbevares data i Danmark?"])
def test_a_question_opening_with_a_danish_verb_form_is_danish(question):
    assert detect_lang(question) == "da"


def test_a_danish_yes_no_opening_with_a_verb_form_is_answered_in_danish(kb):
    got = answer(kb, "Betaler brugerne for appen?")
    assert got.lang == "da" and "Nej" in got.answer, got.answer


def test_a_supplier_said_by_fra_and_its_company_form_answers_who_supplies(kb):
    got = answer(kb, "Hvem leverer ShiftBase?")
    assert got.found and "Planværk Syd" in got.answer, got.answer


def test_a_host_said_by_gemmes_or_opbevares_hos_answers_who_hosts(kb):
    got = answer(kb, "Hvem hoster data fra ShiftBase?")
    assert got.found and "Hetzner" in got.answer, got.answer


def test_another_party_named_as_supplier_by_fra_is_a_no(kb):
    got = answer(kb, "Er Hetzner leverandør af ShiftBase?")
    assert got.found and got.answer.startswith("Nej") and "Planværk Syd" in got.answer, got.answer
    got = answer(kb, "Er Planværk Syd leverandør af ShiftBase?")
    assert got.found and got.answer.startswith("Ja"), got.answer


def test_fra_names_no_supplier_at_the_start_of_a_sentence_or_after_a_verb():
    from knowledge.implied import SUPPLIER, implied_keys, suppliers
    assert SUPPLIER not in implied_keys("Data fra CPR hentes hver nat.")
    assert SUPPLIER not in implied_keys("Aftalen modtages fra KOMBIT ApS.")
    assert suppliers("Vi bruger appen PlayCheck fra Tilsynsdata ApS.") == ["Tilsynsdata ApS"]


@pytest.mark.parametrize(("question", "version"), [("Hvilken version af ShiftBase skal vi bruge?", "5.3")])
def test_a_version_written_after_the_name_answers_which_version(kb, question, version):
    got = answer(kb, question)
    assert got.found and version in got.answer, got.answer


def test_the_number_after_the_name_a_version_is_asked_of_is_its_version():
    from knowledge.qa.types import Expect, holds
    app = "Appen kræver Android 12 eller nyere."
    assert holds(Expect.VERSION, app, "Hvilken Android-version kræver appen?")
    assert not holds(Expect.VERSION, app, "Hvilken iOS-version kræver appen?")
    meeting = "Mødet holdes kl. 8.30 i lokale 2."
    assert not holds(Expect.VERSION, meeting, "Hvilken version af Mødebook bruges?")
