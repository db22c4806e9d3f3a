"""A number bounded from one side in the question ('borgere over 70 år') is not answered by a sentence
that bounds the same number from the other side only ('koster 280 kr. for borgere under 70 år'), nor a
time before an event ('dage før bookingen') by one after it ('8 dage efter bookingen'); the same side,
or a sentence saying both, still answers."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.opposites import contradicts_bound, contradicts_side
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8301\n\n**Opgavetitel** Opsæt bestilling af svømmekort\n\n"
          "**Projekt** Svømmekort\n\n**Beskrivelse** Et årskort til svømmehallen koster 600 kr. for børn "
          "under 12 år. Hold med mindst 8 deltagere får rabat. Regningen sendes 5 dage efter købet.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="bounds"))


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("hvad koster det for borgere over 70 år?", "koster 280 kr. for borgere under 70 år", True),
    ("hvad koster det for borgere under 70 år?", "koster 280 kr. for borgere under 70 år", False),
    ("hvad får hold med højst 8 deltagere?", "Hold med mindst 8 deltagere får rabat.", True),
    ("what does it cost for people older than 70?", "for people younger than 70 it costs 280", True),
    ("hvad koster det over 70 år?", "under 70 år 280 kr., over 70 år gratis", False),
    ("hvad koster det over 70 år?", "koster 280 kr. for borgere under 60 år", False),
])
def test_contradicts_bound(question, text, expected):
    assert contradicts_bound(question, text) is expected


def test_the_other_side_is_not_the_answer(kb):
    got = answer(kb, "Hvad koster et årskort til svømmehallen for børn over 12 år?")
    assert not got.found, got.answer


def test_the_same_side_is_the_answer(kb):
    got = answer(kb, "Hvad koster et årskort til svømmehallen for børn under 12 år?")
    assert got.found and "600" in got.answer, got.answer


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("hvor mange dage før bookingen skal man betale?", "fakturaen sendes 8 dage efter bookingen", True),
    ("hvor mange dage efter bookingen sendes fakturaen?", "fakturaen sendes 8 dage efter bookingen", False),
    ("hvad sker der før go-live?", "testen køres før go-live og igen efter go-live", False),
    ("how many days before the booking?", "the invoice is sent 8 days after the booking", True),
])
def test_contradicts_side(question, text, expected):
    assert contradicts_side(question, text) is expected


def test_a_time_after_the_event_is_no_answer_for_before(kb):
    assert not answer(kb, "Hvor mange dage før købet sendes regningen?").found
    got = answer(kb, "Hvor mange dage efter købet sendes regningen?")
    assert got.found and "5 dage" in got.answer, got.answer
