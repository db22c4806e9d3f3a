"""A question asking when to start a deed is not answered by the deadline by which the deed must be done
('hvornår skal vi gå i gang med at godkende X?' - 'X skal være godkendt senest 30 dage før go-live'),
while a deadline on the start itself, or a question asking the latest start, still is. Tasks and
questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## (HAV 2) Godkendelse af plejeaftaler

**Master-opgave ID** 7702

**Opgavetitel** (HAV 2) Godkendelse af plejeaftaler

**Projekt** Fælles Haveplejeregister

**Startdato (fra Slutdato)** -14

**Slutdato (fra Go-Live)** -40

**Beskrivelse** Plejeaftalerne skal være godkendt af driftschefen senest 20 dage før go-live.
Registreringen af haverne skal være påbegyndt senest 50 dage før go-live.

**Metode og fremgangsmåde** 1. Gennemgå plejeaftalerne
2. Godkend plejeaftalerne
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="hav.txt"))


def test_a_start_asked_is_not_answered_by_the_deadline_of_the_deed(kb):
    got = answer(kb, "Hvornår skal vi gå i gang med at godkende plejeaftalerne?")
    assert "20 dage" not in got.answer


def test_the_deadline_of_the_deed_still_answers_when_it_is_due(kb):
    got = answer(kb, "Hvornår skal plejeaftalerne være godkendt?")
    assert got.found and "20 dage før go-live" in got.answer


def test_a_deadline_on_the_start_answers_a_start(kb):
    got = answer(kb, "Hvornår skal registreringen af haverne starte?")
    assert got.found and "50 dage før go-live" in got.answer
