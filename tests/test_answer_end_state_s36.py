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


@pytest.mark.parametrize(("question", "said"), [
    ("hvem godkender vagtplanen?", "driftschefen"),  # the result names the doer
    ("hvordan besvares badegæsternes breve?", "almindelig post"),  # the goal names a way
    ("hvad er målet med at udpege vagtledere?", "udpeget"),  # the goal asked for
])
def test_a_goal_or_result_that_says_more_answers(kb: KnowledgeBase, question: str, said: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert said in a.answer


def test_a_task_window_does_not_say_when_the_thing_it_is_about_ends(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvornår slutter sæsonen?")
    assert not a.found, a.answer


def test_a_task_window_still_says_when_the_task_ends(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvornår skal evalueringen af sæsonen være færdig?")
    assert a.found and "7862" in a.sources, a.answer
