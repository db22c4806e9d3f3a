"""A time question about a thing a task names without a time ('hvornår er webinaret?') is not
answered by another deadline of the task or by the task's own end; one about the task as a whole,
or about what a deadline is for, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

SETS = Path(__file__).parent / "questions"
FILES = [SETS / "when2" / "tasks" / "tsv-affaldsregister.tsv.txt",
         SETS / "when2" / "tasks" / "md-hjemmeplejeplan.md.txt",
         SETS / "kinds3" / "tasks" / "md-jobcenterplan-crlf.md.txt"]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase([t for f in FILES for t in parse_text(f.read_text(encoding="utf-8"))])


@pytest.mark.parametrize("question", [
    "Hvornår er der webinar om tilslutningsaftalen til Affaldsregistret?",
    "Hvornår ligger webinaret om tilslutningsaftalen til Affaldsregistret?",
    "hvornår bliver webinarerne om Jobcenterplan holdt?",
])
def test_a_thing_the_task_names_without_a_time_gets_no_time(kb, question):
    got = answer(kb, question)
    assert not got.found
    assert "100 dage" not in got.answer and "(Slutdato" not in got.answer and "kurset før" not in got.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Hvornår skal tilslutningsaftalen til Affaldsregistret sendes til KOMBIT?", "100 dage"),
    ("Hvornår skal AFR 1 være afsluttet?", "90 dage"),
    ("Hvornår skal testplanen til omsorgssystemet være sendt?", "8 uger"),
])
def test_the_thing_a_deadline_is_about_and_the_task_itself_keep_their_time(kb, question, said):
    got = answer(kb, question)
    assert got.found and said in got.answer


@pytest.mark.parametrize("question", [
    "Har databeskyttelsesrådgiverens godkendelse af aftalen i Hjemmeplejeplan en frist?",
    "Er der en deadline for databeskyttelsesrådgiverens godkendelse af aftalen om Hjemmeplejeplan?",
])
def test_is_there_a_deadline_is_settled_by_the_deadline_not_by_who_approves(kb, question):
    got = answer(kb, question)
    assert got.found and got.answer.startswith("Ja") and "60 dage" in got.answer
