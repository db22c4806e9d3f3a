"""Confident wrong answers (session 36): a task's goal or result sentence says the state the task ends
in, so it answers no Danish hvem/hvad/hvordan question beyond that state, unless it names the doer or a
way; a task's own window does not say when a thing the task is about ends by itself. Tasks written for
these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## STV 5 (Strandvagter) Udpeg vagtledere

**Master-opgave ID** 7861

**Opgavetitel** STV 5 (Strandvagter) Udpeg vagtledere

**Projekt** Strandvagter

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Startdato (fra Slutdato)** -10

**Bølger** Strandvagter - Bølge 1

**Mål** Vagtlederne er udpeget og tilmeldt kurset.

**Beskrivelse** Hver strand har en vagtleder. Kurset holdes i Middelfart.

**Resultat** Vagtplanen er godkendt af driftschefen.

**Anbefalet udfører** Projektleder

## STV 6 (Strandvagter) Evaluer den første sæson

**Master-opgave ID** 7862

**Opgavetitel** STV 6 (Strandvagter) Evaluer den første sæson

**Projekt** Strandvagter

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 90

**Startdato (fra Slutdato)** -20

**Bølger** Strandvagter - Bølge 1

**Mål** Badegæsternes breve besvares med almindelig post.

**Beskrivelse** Sæsonen begynder den 1. juni. Badegæsterne svarer på et spørgeskema om strandene.

**Resultat** Evalueringen er forelagt udvalget.

**Anbefalet udfører** Projektleder
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question", ["hvad skal vagtlederne lave?", "hvem kan se evalueringen?"])
def test_a_goal_or_result_that_only_states_the_end_is_no_answer(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


def test_a_result_that_names_the_doer_answers_who(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvem godkender vagtplanen?")
    assert a.found, a.answer
    assert "driftschefen" in a.answer


def test_a_goal_that_names_a_way_answers_how(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvordan besvares badegæsternes breve?")
    assert a.found, a.answer
    assert "almindelig post" in a.answer


def test_the_goal_answers_a_question_for_the_goal(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvad er målet med at udpege vagtledere?")
    assert a.found, a.answer
    assert "udpeget" in a.answer


def test_a_task_window_does_not_say_when_the_thing_it_is_about_ends(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvornår slutter sæsonen?")
    assert not a.found, a.answer


def test_a_task_window_still_says_when_the_task_ends(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvornår skal evalueringen af sæsonen være færdig?")
    assert a.found, a.answer
    assert "7862" in a.sources


def test_when_is_the_course_in_english_is_no_task_window(kb: KnowledgeBase) -> None:
    a = answer(kb, "When is the course for the lifeguard leaders?")
    assert not a.found or "Middelfart" not in a.answer and "90" not in a.answer, a.answer
