"""Confident wrong answers on questions the tasks do not fully answer (session 41): a weight asked by its
verb is a measure, not a price; a low one is not priced by a high one; a 'who is X' whose role no task
has. On honest24's tasks (a school fruit scheme, a local archive's photographs)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import content_keys
from knowledge.parse import parse_text
from knowledge.qa.opposites import contradicts
from knowledge.qa.pipeline import answer

SETS = Path(__file__).parent / "questions"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([t for p in sorted((SETS / "honest24" / "tasks").glob("*.txt"))
                                     for t in parse_text(p.read_text(encoding="utf-8"))])


@pytest.mark.parametrize("question", [
    # 'Scanneren Epson V850 er købt for 9.800 kr.': a price, no weight
    "Hvad vejer scanneren Epson V850?",
    "What does the scanner weigh?",
    # 'en kopi i høj opløsning for 75 kr.' prices the high-resolution copy only
    "Hvad koster en kopi i lav opløsning?",
    # no task has a principal: the school secretary at the school is another role's holder
    "Who is the principal of Østre Skole?",
])
def test_not_answered(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor mange fotografier har lokalarkivet?", "18.000"),
    ("Hvad koster en kopi i høj opløsning?", "75 kr"),
    ("Hvilken leverandør leverer frugten til skolerne?", "Grøntkassen"),
    ("Hvem står for udbuddet af frugtordningen?", "Mette Dahl"),
    ("Hvad er Birgitte Juuls telefonnummer?", "97 18 22 05"),
])
def test_still_answered(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found, a.answer
    assert value in a.answer



def test_high_and_low_are_opposites() -> None:
    text = "Borgere kan bestille en kopi i høj opløsning for 75 kr."
    assert contradicts(content_keys("kopi lav opløsning"), text)
    assert not contradicts(content_keys("kopi høj opløsning"), text)
