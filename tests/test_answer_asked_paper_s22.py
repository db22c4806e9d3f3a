"""A question about one paper, one party or one case is answered from text about that paper, party or
case: the contract's signer, not the data processing agreement's beside it; no signer for the data
processing agreement with a supplier whose task only signs 'aftalen'; who receives a paper is not the
party the question names; a case a sentence says apart ('Klager om direktøren ...') is not answered by
the general rule; of a sentence saying who does two things, the clause of the asked one; a list of
tasks that mention a word leaves out a task that only denies it."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = (
    "## A\n\n**Master-opgave ID** 5101\n\n**Opgavetitel** Indgå aftale om klagesystem\n\n**Projekt** "
    "Klager\n\n"
    "**Beskrivelse** Systemet købes hos Klagedata ApS. Kontrakten underskrives af borgmesteren "
    "senest 30 dage "
    "før go-live. Databehandleraftalen med Klagedata underskrives af it-chefen. Den underskrevne "
    "databehandleraftale modtages og journaliseres af Sekretariatet.\n\n**Metode og fremgangsmåde** "
    "1. Få kontrakten underskrevet\n"
    "2. Få databehandleraftalen underskrevet\n3. Send aftalerne til Klagedata\n\n"
    "## B\n\n**Master-opgave ID** 5102\n\n**Opgavetitel** Opsæt betaling af gebyrer\n\n**Projekt** Klager\n\n"
    "**Beskrivelse** Gebyrer betales via Betalfix. Aftalen med Betalfix underskrives af kassechefen.\n\n"
    "## C\n\n**Master-opgave ID** 5103\n\n**Opgavetitel** Overfør gamle klagesager\n\n**Projekt** Klager\n\n"
    "**Beskrivelse** De gamle sager hentes fra Arkivhuset A/S. Databehandleraftalen med Arkivhuset "
    "underskrives af arkivchefen.\n\n"
    "## D\n\n**Master-opgave ID** 5104\n\n**Opgavetitel** Organisér klagebehandlingen\n\n**Projekt** "
    "Klager\n\n"
    "**Mål** Klagenævnet behandler klagerne fra go-live.\n\n"
    "**Beskrivelse** Klager over direktionen behandles ikke af nævnet, men af en ekstern jurist. Der "
    "skal ikke "
    "indgås en ny databehandleraftale for nævnet.\n\n"
    "## E\n\n**Master-opgave ID** 5105\n\n**Opgavetitel** Planlæg klageportalen\n\n**Projekt** Klager\n\n"
    "**Beskrivelse** Tidsplanen udarbejdes af projektlederen, og budgettet godkendes af styregruppen.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="asked-paper"))


def test_the_contract_is_not_the_data_processing_agreement_of_its_task(kb):
    got = answer(kb, "Hvem underskriver kontrakten med Klagedata?")
    assert got.found and "borgmester" in got.answer and "it-chef" not in got.answer, got.answer
    got = answer(kb, "Hvem underskriver databehandleraftalen med Klagedata?")
    assert got.found and "it-chef" in got.answer and "borgmester" not in got.answer, got.answer


@pytest.mark.parametrize("question, wrong", [
    ("Hvem underskriver databehandleraftalen med Betalfix?", "kassechef"),  # only 'aftalen' is signed
    ("Hvem underskriver kontrakten med Arkivhuset?", "arkivchef"),  # its data processing agreement is
])
def test_a_paper_the_party_has_not_got_is_not_answered(kb, question, wrong):
    got = answer(kb, question)
    assert not got.found and wrong not in got.answer, got.answer


def test_the_agreement_the_party_has_is_answered(kb):
    got = answer(kb, "Hvem underskriver aftalen med Betalfix?")
    assert got.found and "kassechef" in got.answer, got.answer


def test_who_receives_is_not_the_party_the_question_names(kb):
    got = answer(kb, "Hvem modtager den underskrevne databehandleraftale med Klagedata?")
    assert got.found and "Sekretariatet" in got.answer and "it-chef" not in got.answer, got.answer


def test_a_case_said_apart_is_answered_by_its_own_sentence(kb):
    got = answer(kb, "Hvem behandler klager over direktionen?")
    assert got.found and "ekstern jurist" in got.answer, got.answer


def test_a_task_that_only_denies_the_word_is_not_listed(kb):
    got = answer(kb, "Hvilke opgaver handler om en databehandleraftale?")
    assert got.found and set(got.sources) == {"5101", "5103"}, got.answer


@pytest.mark.parametrize("question, right, other", [
    ("Hvem udarbejder tidsplanen for klageportalen?", "projektleder", "styregrupp"),
    ("Hvem godkender budgettet for klageportalen?", "styregrupp", "projektleder"),
])
def test_of_two_clauses_the_one_that_says_the_asked_deed(kb, question, right, other):
    got = answer(kb, question)
    assert got.found and right in got.answer and other not in got.answer, got.answer
