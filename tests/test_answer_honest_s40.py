"""Confident wrong answers on questions the tasks do not fully answer (session 40): a task's window for
how long or until when a thing it is about lasts, a count in the clause of another thing, pay asked of
a sentence without an amount, a time read as saying which one. On the tasks of own question sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

SETS = Path(__file__).parent / "questions"


def _kb(name: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks([t for p in sorted((SETS / name / "tasks").glob("*.txt"))
                                     for t in parse_text(p.read_text(encoding="utf-8"))])


@pytest.fixture(scope="module")
def depot() -> KnowledgeBase:
    return _kb("honest23")


@pytest.fixture(scope="module")
def vinterbad() -> KnowledgeBase:
    return _kb("honest16")


@pytest.fixture(scope="module")
def sommerskole() -> KnowledgeBase:
    return _kb("honest21")


@pytest.fixture(scope="module")
def beholdere() -> KnowledgeBase:
    return _kb("paraphrase14")


def test_season_is_not_the_evaluation(vinterbad: KnowledgeBase) -> None:
    # 'VIB 5 (Vinterbad) Evaluer den første sæson': the project named beside the season does not make
    # the evaluation's window the season's end
    a = answer(vinterbad, "Hvornår slutter sæsonen i vinterbadet?")
    assert not a.found, a.answer


def test_trip_does_not_last_the_task(sommerskole: KnowledgeBase) -> None:
    # 'Bestil bus til udflugter' lasts 10 days; a trip does not
    a = answer(sommerskole, "Hvor lang tid tager en udflugt?")
    assert not a.found, a.answer


def test_count_in_another_clause(vinterbad: KnowledgeBase) -> None:
    # '..., og et klippekort med 10 besøg koster 350 kr.': the 10 visits are the clip card's
    a = answer(vinterbad, "Hvor mange besøg giver et vintermedlemskab?")
    assert not a.found, a.answer


def test_pay_needs_an_amount(depot: KnowledgeBase) -> None:
    a = answer(depot, "Hvad tjener de frivillige fra idrætsforeningerne?")
    assert not a.found, a.answer
    a = answer(depot, "Hvad får instruktørerne i timeløn?")
    assert a.found and "185 kr" in a.answer, a.answer


def test_time_does_not_say_which(beholdere: KnowledgeBase) -> None:
    # 'Beholderne leveres af renovatøren inden for 10 arbejdsdage' names no renovatør
    a = answer(beholdere, "hvilken renovatør leverer beholderne?")
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor lang tid tager registreringen af hjælpemidlerne?", "3 uger"),
    ("Hvor mange aktiviteter kan et barn tilmeldes?", "3"),
    ("Hvem reparerer beskadigede hjælpemidler?", "Rehab Service"),
    ("Hvad koster ridelejren?", "150 kr"),
])
def test_still_answered(depot: KnowledgeBase, question: str, value: str) -> None:
    a = answer(depot, question)
    assert a.found, a.answer
    assert value in a.answer
