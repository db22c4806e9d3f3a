"""Session 22, stated values: a question that opens with a Danish verb form is Danish; a supplier said as
'X fra Y ApS', a host as 'gemmes hos Y'; a version written after the name; yes/no settled by the value
the task states."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 7711\n\n**Opgavetitel** VB 1 (Aftaler) Aftale om vagtplanlægning\n\n"
          "**Projekt** Vagtplan\n\n**Beskrivelse** Vagterne planlægges i systemet ShiftBase fra Planværk "
          "Syd ApS. Kommunen skal bruge ShiftBase 5.3, og data opbevares hos Hetzner i Nürnberg. "
          "Vagtplanerne gemmes i seks år. Brugerne betaler ikke for appen; licensen betales af "
          "personalekontoret.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="facts-s22"))


@pytest.mark.parametrize("question", ["Betaler brugerne for appen?", "Gemmes vagtplanerne i ti år?",
                                      "Opbevares data i Danmark?"])
def test_a_question_opening_with_a_danish_verb_form_is_danish(question):
    assert detect_lang(question) == "da"


def test_a_danish_yes_no_opening_with_a_verb_form_is_answered_in_danish(kb):
    got = answer(kb, "Betaler brugerne for appen?")
    assert got.lang == "da" and "Nej" in got.answer, got.answer
