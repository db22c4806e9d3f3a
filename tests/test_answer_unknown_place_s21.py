"""A name no task has in any form ('i Odense', 'for Vejle Kommune') is what the question is about: the
tasks' sentences about the rest of it ('Lejeaftalen sendes senest 90 dage før go-live') do not answer
it, and the honest answer names it without quoting them. Without the name the same question is
answered."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8701\n\n**Opgavetitel** Lej skabe til hjemmeplejen\n\n"
          "**Projekt** Nøgleskabe\n\n**Beskrivelse** Kommunen lejer nøgleskabe af Låsexperten ApS. "
          "Lejeaftalen om nøgleskabene sendes til Låsexperten senest 90 dage før go-live.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="unknown-place"))


@pytest.mark.parametrize("place", ["Odense", "Kolding"])
def test_an_unknown_place_is_not_answered_from_the_rest(kb, place):
    got = answer(kb, f"Hvornår skal lejeaftalen om nøgleskabene i {place} sendes?")
    assert not got.found and place in got.answer and "90 dage" not in got.answer, got.answer


def test_without_the_place_it_is_answered(kb):
    got = answer(kb, "Hvornår skal lejeaftalen om nøgleskabene sendes?")
    assert got.found and "90 dage" in got.answer, got.answer
