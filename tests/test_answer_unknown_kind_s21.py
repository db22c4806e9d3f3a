"""'Hvilket X ...?' where no task says X at all (an unknown kind of thing asked for) is not answered by a
sentence that shares the question's other words; the honest answer names the word the tasks lack, not
a name from the closest sentence. A kind whose members a name says ('hvilket format ...?': 'som XML')
is still answered."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = ("## T1\n\n**Master-opgave ID** 8201\n\n**Opgavetitel** Overfør medlemslisten til Havneregistret\n\n"
          "**Projekt** Havneregister\n\n**Beskrivelse** Medlemslisten overføres til Havneregistret som en "
          "XML-fil efter leverandøren Kajdata ApS' vejledning. Bådpladserne eksporteres som GeoJSON hver "
          "fredag.\n\n"
          "**Metode og fremgangsmåde** 1. Eksportér medlemslisten som XML\n2. Send filen til Kajdata\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="unknown-kind"))


@pytest.mark.parametrize("word", ["tegnsæt", "tidsstempel"])
def test_a_kind_no_task_names_is_not_answered(kb, word):
    got = answer(kb, f"Hvilket {word} skal XML-filen med medlemslisten have?")
    assert not got.found, got.answer
    assert f"«{word}»" in got.answer.splitlines()[0], got.answer  # the word lacking, not 'svaret for XML'


@pytest.mark.parametrize("kind", ["format", "filformat"])
def test_a_kind_a_name_says_is_answered(kb, kind):
    got = answer(kb, f"Hvilket {kind} skal bådpladserne eksporteres i?")
    assert got.found and "GeoJSON" in got.answer and got.sources == ["8201"], got.answer


CONTACT = ("## T2\n\n**Master-opgave ID** 8202\n\n**Opgavetitel** Aftal opstart med Kajdata\n\n"
           "**Projekt** Havneregister\n\n**Beskrivelse** Kontakt hos Kajdata: Mikkel Ravn, "
           "mikkel.ravn@kajdata.dk, tlf. 20 30 40 50. Mikkel Ravns rolle er at lede opstartsmødet.\n\n")


@pytest.fixture(scope="module")
def contacts() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT + CONTACT, source="owned-noun"))


@pytest.mark.parametrize("noun", ["stilling", "fødselsdato"])
def test_a_persons_attribute_the_text_lacks_is_not_their_contact_line(contacts, noun):
    got = answer(contacts, f"Hvad er Mikkel Ravns {noun} hos Kajdata?")
    assert not got.found, got.answer
    first = got.answer.splitlines()[0]
    assert noun in first and "svaret" not in first, got.answer  # says what is lacking


def test_a_persons_attribute_the_text_has_is_answered(contacts):
    got = answer(contacts, "Hvad er Mikkel Ravns mailadresse?")
    assert got.found and "mikkel.ravn@kajdata.dk" in got.answer, got.answer
