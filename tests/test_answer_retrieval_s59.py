# ruff: noqa: E501
"""Passages the question's words did not reach (s59): a sentence whose object is a pronoun ('Sejlmager
Service lægger det ind i Vindbogen inden for 6 dage efter modtagelsen') is read with the sentence before,
which names what the pronoun stands for, as a sentence that opens with a pronoun is. Guards: 'den'/'det'
as an article ('sender den nye plan'), and a sentence that names its own thing."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## DRGE 1 – Aftale om adgang til Vindbogen

**Master-opgave ID** 7101

**Opgavetitel** DRGE 1 – Aftale om adgang til Vindbogen

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Vindbogen er bookingsystemet for kommunernes dragepladser. Kommunen skal indgå aftalen med KOMBIT.

## DRGE 2 – Drageflyvningsreglementet

**Master-opgave ID** 7102

**Opgavetitel** DRGE 2 – Drageflyvningsreglementet

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen skriver et reglement for drageflyvning på de kommunale pladser. Reglementet vedtages af kultur- og naturudvalget og sendes til Sejlmager Service senest 6 uger før go-live. Sejlmager Service lægger det ind i Vindbogen inden for 7 dage efter modtagelsen.

**Resultat** Reglementet står i Vindbogen.

## DRGE 3 – Pladsoversigten

**Master-opgave ID** 7103

**Opgavetitel** DRGE 3 – Pladsoversigten

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen laver en oversigt over alle dragepladser. Oversigten godkendes af chefen for Park og Natur og sendes til Trådrulle Data senest 9 arbejdsdage før go-live. Trådrulle Data offentliggør dem på Vindkortet inden for 11 dage efter modtagelsen.

## DRGE 4 – Vinterplanen

**Master-opgave ID** 7104

**Opgavetitel** DRGE 4 – Vinterplanen

**Projekt** Fælles Dragepladser

**Prioritet** Valgfri

**Beskrivelse** Haleknude Service sender den nye vinterplan til kommunerne hvert år i oktober. Kommunen laver en plan for snerydning på pladserne.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


@pytest.mark.parametrize("question, expected, source", [
    ("hvor hurtigt skal reglementet ligge i Vindbogen efter modtagelsen?", "7 dage", "7102"),
    ("how fast must the regulations be in Vindbogen after they are received?", "7 dage", "7102"),
    # (a control: the sentence says the thing's name itself)
    ("hvor hurtigt bliver pladsoversigten offentliggjort?", "11 dage", "7103"),
])
def test_an_object_pronoun_is_read_with_the_sentence_before(kb, question, expected, source):
    got = answer(kb, question)
    assert got.found and expected in got.answer and source in got.sources


@pytest.mark.parametrize("question, other", [
    # (a control) 'den nye vinterplan' is an article and its noun: the sentence names its own thing, and the plan the
    # sentence after it is about is not the one Haleknude Service sends
    ("hvornår sender vi planen for snerydning?", "oktober"),
])
def test_an_article_is_no_pronoun(kb, question, other):
    got = answer(kb, question)
    assert not got.found or other not in got.answer
