"""Confident wrong answers of near-miss questions (session 39): a time of what happens under a 'hvis'-
clause for the day the clause names, a who-answer that does not say the verb asked, a task's own field
read as a place. On the tasks of tests/questions/honest22."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

# the dev set's own tasks: 'leder' and 'valget' must be words the tasks know for the rules to be reached
TASKS = Path(__file__).parent / "questions" / "honest22" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([t for p in sorted(TASKS.glob("*.txt"))
                                     for t in parse_text(p.read_text(encoding="utf-8"))])


@pytest.mark.parametrize(("question", "value"), [
    ("Hvem godkender listen over testansvarlige?", "skolechef"),
    ("Hvornår skal forældrene give samtykke?", "14 dage"),
    ("Hvad sker der hvis en elev er syg på testdagen?", "2 uger"),
    ("Hvad koster kurset?", "3.200"),
    ("Hvem installerer it-rygsækken?", "IT-support"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "Hvornår er testdagen?",  # '2 uger' is when the retest is, under 'Hvis ... på testdagen'
    "Hvem leder Center for Læsning?",  # the sentence names the centre, not who leads it
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


def test_task_field_is_no_place(kb: KnowledgeBase) -> None:
    # 'Resultat: Tidsplanen er godkendt' is ÆRV 1's field, not where the election's result is published
    a = answer(kb, "Hvor offentliggøres resultatet af valget?")
    assert not a.found, a.answer
