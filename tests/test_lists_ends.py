"""Lists across tasks by a deadline the text does not state: 'hvilke opgaver har frist efter go-live?'
reads the tasks' own ends when no text deadline says so, and a deadline sentence elsewhere never
answers it with the wrong side of go-live; 'kun anbefalede' is the priority Anbefalet."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(ident: int, priority: str, end: int, text: str) -> str:
    return (f"## T{ident}\n\n**Master-opgave ID** {ident}\n\n**Opgavetitel** Opgave nummer {ident}\n\n"
            f"**Projekt** Affald\n\n**Prioritet** {priority}\n\n**Slutdato (fra Go-Live)** {end}\n\n"
            f"**Beskrivelse** {text}\n\n")


EXPORT = (_task(7901, "Obligatorisk", -40, "Aftalen skal være modtaget senest 40 dage før go-live.")
          + _task(7902, "Anbefalet", -10, "Kurset holdes inden go-live.")
          + _task(7903, "Valgfri", 20, "Kommunen afprøver faktureringen."))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="lists-ends"))


@pytest.mark.parametrize("question", ["Hvilke opgaver har frist efter go-live?",
                                      "Which tasks have a deadline after go-live?"])
def test_the_tasks_own_ends_when_no_text_says(kb, question):
    got = answer(kb, question)
    assert got.found and got.sources == ["7903"], got.answer
    assert "7901" not in got.answer


@pytest.mark.parametrize("question", ["Which tasks are only recommended?",
                                      "Hvilke opgaver er kun anbefalede?"])
def test_only_recommended(kb, question):
    got = answer(kb, question)
    assert got.found and got.sources == ["7902"], got.answer


PHASES = (
    "## P1\n\n**Master-opgave ID** 7911\n\n**Opgavetitel** AF 02 Første opgave\n\n**Projekt** Affald\n\n"
    "**Fase** Fase 2.1: Planlægning\n\n**Beskrivelse** Kommunen skal først læse vejledningen.\n\n"
    "## P2\n\n**Master-opgave ID** 7912\n\n**Opgavetitel** AF 03 Anden opgave\n\n**Projekt** Affald\n\n"
    "**Fase** Fase 2.2: Klargøring\n\n**Beskrivelse** Kommunen tester løsningen.\n\n"
    "## P3\n\n**Master-opgave ID** 7913\n\n**Opgavetitel** AF 12 Tredje opgave\n\n**Projekt** Affald\n\n"
    "**Fase** Fase 1: Forberedelse\n\n**Beskrivelse** Kommunen udpeger 2 kontaktpersoner.\n\n")


@pytest.fixture(scope="module")
def phases() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(PHASES, source="lists-phases"))


@pytest.mark.parametrize(("question", "ids"), [
    ("Hvilke opgaver hører til fase 2.2?", ["7912"]),
    ("Which tasks are in phase 2?", ["7911", "7912"]),
    ("Hvilke opgaver ligger i fase 1?", ["7913"]),
])
def test_a_phase_named_by_its_number(phases, question, ids):
    got = answer(phases, question)
    assert got.found and sorted(got.sources) == ids, got.answer


def test_a_phase_no_task_has_and_an_order_are_no_list(phases):
    assert not answer(phases, "Hvilke opgaver er i fase 7?").found
    assert not answer(phases, "Hvilke opgaver skal løses først?").found


def test_two_waves_or_two_projects_take_the_tasks_of_either():
    export = "".join(
        f"## W{n}\n\n**Master-opgave ID** {7920 + n}\n\n**Opgavetitel** RU {n} Opgave {n}\n\n"
        f"**Projekt** {'Ruter' if n % 2 else 'Veje'}\n\n**Bølger** Ruter - Bølge {n}\n\n"
        f"**Beskrivelse** Tekst {n}.\n\n"
        for n in (1, 2, 3, 4))
    kb = KnowledgeBase.from_tasks(parse_text(export, source="lists-waves"))
    got = answer(kb, "Hvilke opgaver er i bølge 2 og 3?")
    assert got.found and sorted(got.sources) == ["7922", "7923"], got.answer
    got = answer(kb, "Hvilke opgaver hører til Ruter og Veje?")
    assert got.found and len(got.sources) == 4, got.answer


def test_which_agreements_a_signer_signs_takes_compounds_of_the_kind():
    export = (
        "## A1\n\n**Master-opgave ID** 7931\n\n**Opgavetitel** Tilslutningsaftale\n\n**Projekt** Ruter\n\n"
        "**Beskrivelse** Tilslutningsaftalen underskrives af kommunaldirektøren og sendes til KOMBIT.\n\n"
        "## A2\n\n**Master-opgave ID** 7932\n\n**Opgavetitel** Bilag til databehandleraftalen\n\n"
        "**Projekt** Veje\n\n**Beskrivelse** Bilaget til databehandleraftalen underskrives af "
        "kommunaldirektøren.\n\n")
    kb = KnowledgeBase.from_tasks(parse_text(export, source="lists-agreements"))
    got = answer(kb, "Hvilke aftaler skal kommunaldirektøren underskrive?")
    assert got.found and sorted(got.sources) == ["7931", "7932"], got.answer


SIGNING = (
    "## S1\n\n**Master-opgave ID** 7941\n\n**Opgavetitel** Tiltræd aftalen\n\n**Projekt** Tolk\n\n"
    "**Varighed** 10\n\n**Beskrivelse** Indkøbschefen underskriver erklæringen, som sendes til KOMBIT. "
    "Opret højst 10 bestillere.\n\n"
    "## S2\n\n**Master-opgave ID** 7942\n\n**Opgavetitel** Test flowet\n\n**Projekt** Tolk\n\n"
    "**Beskrivelse** Kommunen tester fakturaflowet.\n\n")


@pytest.fixture(scope="module")
def signing() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(SIGNING, source="lists-signing"))


def test_who_signs_is_the_signer_not_the_recipient(signing):
    got = answer(signing, "Hvilke opgaver skal indkøbschefen underskrive?")
    assert got.found and got.sources == ["7941"], got.answer
    assert not answer(signing, "Hvilke opgaver skal KOMBIT underskrive?").found
    got = answer(signing, "Hvilke opgaver kræver underskrift?")
    assert got.found and got.sources == ["7941"], got.answer


def test_a_bare_number_is_nothing_the_tasks_mention(signing):
    assert not answer(signing, "Hvilke opgaver har en varighed på 10 dage?").found
