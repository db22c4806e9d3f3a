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
