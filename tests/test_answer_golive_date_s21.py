"""'Hvornår er go-live for X?' asks the date of go-live itself: the deadlines a project's tasks count
from go-live ('senest 8 uger før go-live') are no answer to it: without a go-live date the answer is
an honest not-found. A deadline question still gets its deadline."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = "".join(
    f"## T{n}\n\n**Master-opgave ID** {8500 + n}\n\n**Opgavetitel** Opgave {n} i Sygesikring\n\n"
    f"**Projekt** Sygesikring\n\n**Bølger** Sygesikring - Bølge 1\n\n**Slutdato (fra Go-Live)** -{10 * n}\n\n"
    f"**Beskrivelse** {text}\n\n"
    for n, text in ((1, "Udtrækket skal sendes til KOMBIT senest 8 uger før go-live."),
                    (2, "Tilmeldingen til kurset sker senest 6 uger før go-live."))) + (
    "## T9\n\n**Master-opgave ID** 8509\n\n**Opgavetitel** Opgave i Tandpleje\n\n**Projekt** Tandpleje\n\n"
    "**Beskrivelse** Aftalen sendes senest 4 uger før go-live.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="golive-date"))


@pytest.mark.parametrize("question", ["Hvornår er go-live for Sygesikring?",
                                      "Hvad er go-live-datoen for Sygesikring?",
                                      "When is the go-live date for Sygesikring?"])
def test_no_go_live_date_is_not_the_deadlines(kb, question):
    got = answer(kb, question)
    assert not got.found and "uger før" not in got.answer and "weeks before" not in got.answer, got.answer


def test_a_deadline_before_go_live_is_still_answered(kb):
    got = answer(kb, "Hvornår skal udtrækket sendes til KOMBIT?")
    assert got.found and "8 uger før go-live" in got.answer, got.answer
