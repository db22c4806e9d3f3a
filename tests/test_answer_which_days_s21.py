"""'Hvilke dage ...?' asks which days (weekdays, dates), not how long a task lasts: the task's own
duration ('Opgave X varer 15 dage') never answers it, while 'hvor mange dage varer X?' still gets it."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8401\n\n**Opgavetitel** RB 2 (Rådgivning) Opsæt tidsbestilling til "
          "rådgivning\n\n**Projekt** Rådgivning\n\n**Opgave varighed (antal dage)** 12\n\n"
          "**Beskrivelse** Rådgiverne tilbyder samtaler mandag og onsdag fra kl. 10 til 14.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="which-days"))


@pytest.mark.parametrize("question", ["Hvilke dage tilbyder rådgiverne tider til rådgivning?",
                                      "Hvilke dage er der tider til rådgivning?",
                                      "Hvilken dag tilbydes tidsbestilling til rådgivning?"])
def test_which_days_is_not_the_tasks_length(kb, question):
    got = answer(kb, question)
    assert "varer 12" not in got.answer and "12 days" not in got.answer, got.answer


def test_how_many_days_is_the_tasks_length(kb):
    got = answer(kb, "Hvor mange dage varer opgave 8401?")
    assert got.found and "12" in got.answer, got.answer
