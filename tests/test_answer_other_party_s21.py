"""An honest 'not found' does not quote, as the closest thing, a sentence about another party's thing
('Databehandleraftalen med Carelink underskrives af ældrechefen' for 'hvem underskriver
databehandleraftalen med Nordsoft?'): that would read as the answer. It says the tasks say nothing of
it for the name asked. The question about the party the text has is still answered."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8601\n\n**Opgavetitel** Tilslut Havnekontoret\n\n"
          "**Projekt** Havn\n\n**Beskrivelse** Løsningen leveres af Kajdata ApS. Databehandleraftalen med "
          "Kajdata underskrives af havnechefen senest 30 dage før go-live.\n\n"
          "## T2\n\n**Master-opgave ID** 8602\n\n**Opgavetitel** Uddan havnefogederne\n\n"
          "**Projekt** Havn\n\n"
          "**Beskrivelse** Kurset leveres af Bølgeskolen A/S og varer en dag.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="other-party"))


@pytest.mark.parametrize("question", ["Hvem underskriver databehandleraftalen med Bølgeskolen?",
                                      "Hvornår skal databehandleraftalen med Bølgeskolen underskrives?"])
def test_another_partys_thing_is_not_quoted(kb, question):
    got = answer(kb, question)
    assert not got.found and "havnechef" not in got.answer and "30 dage" not in got.answer, got.answer
    assert "Bølgeskolen" in got.answer, got.answer  # it says for whom the tasks say nothing


def test_the_party_the_text_has_is_answered(kb):
    got = answer(kb, "Hvem underskriver databehandleraftalen med Kajdata?")
    assert got.found and "havnechef" in got.answer, got.answer
