"""Confident wrong answers of near-miss questions (session 38): another task's thing named by a word
several tasks use, a compound asked for where the sentence says only its first part, a role's name where
the sentence only names the role. Tasks of the honest21 dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = Path(__file__).parent / "questions" / "honest21" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    tasks = [t for f in sorted(TASKS.glob("*.txt")) for t in parse_text(f.read_text(encoding="utf-8"))]
    return KnowledgeBase.from_tasks(tasks)


@pytest.mark.parametrize(("question", "value"), [
    ("Hvornår slettes samtykket til fotos?", "30 dage"),
    ("Hvornår forelægges evalueringen?", "september"),
    ("Hvornår er tilmeldingsfristen?", "1. maj"),  # the value's own noun: 'Tilmeldingen lukker 1. maj'
    ("Hvad hedder leverandøren af Stemmeboks?", "Civitas"),
    ("Hvem underskriver aftalen med Civitas?", "direktøren for Teknik og Miljø"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "Hvor længe gemmes forslagene?",  # the proposals' task says nothing of keeping; the consent is deleted
    "Hvornår er evalueringsmødet?",  # the evaluation goes to the committee in September, the meeting's day
    "Hvad hedder direktøren for Teknik og Miljø?",  # 'underskrives af direktøren ...' names no director
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
