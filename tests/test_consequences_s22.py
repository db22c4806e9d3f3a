"""Consequences (session 22): a relative clause of failing followed by what the party gets or loses
('Brugere, der ikke har X, får ikke adgang'), a condition of a found difference or error ('Hvis
kontrollen viser afvigelser, …'), and a sentence after one that ends in a word merely ending like an
abbreviation ('underskrift.' is not 'ift.'), which is a sentence of its own."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.consequences import is_consequence
from knowledge.parse import parse_text
from knowledge.passages import sentences
from knowledge.qa.pipeline import answer


@pytest.mark.parametrize("text", [
    "Sagsbehandlere, der ikke har bestået prøven, får ikke rettigheder i systemet.",
    "Hvis kontrollen viser afvigelser på mere end 2 %, skal udbetalingen standses.",
    "Hvis testen finder fejl i beløbene, skal kørslen gentages.",
    "Indeholder filen fejl, afvises den af systemet.",
    "Ubetalte regninger sendes til inkasso, når beløbet ikke er betalt 14 dage efter rykkeren.",
    "Så længe fuldmagten ikke er givet, kan leverandøren ikke hente data.",
    "Konsekvensen af en manglende tilmelding er, at kommunen venter et halvt år.",
    "Ved overskridelse af fristen opkræves et gebyr.",
    "Ved for sen indsendelse flyttes kommunen til næste hold.",
    "En forsinket tilmelding kan udskyde idriftsættelsen.",
    "If the deadline is missed, the municipality joins the next wave.",
])
def test_said_as_a_consequence(text):
    assert is_consequence(text)


@pytest.mark.parametrize("text", [
    "Brugerne får adgang, når kurset er gennemført.",
    "Hvis kontrollen er færdig, sendes rapporten til chefen.",
    "Kommunen retter fejl, når de findes.",
    "Opgaven er løst, når der ikke er flere fejl.",
    "Så længe projektet kører, holdes der møder hver uge.",
    "Ved overgangen til drift skal supporten kontaktes.",
])
def test_not_a_consequence(text):
    assert not is_consequence(text)


@pytest.mark.parametrize("text,parts", [
    ("Opgaven kræver ingen underskrift. Mangler listen, kan vi ikke.", 2),
    ("Systemet er i drift. Næste skridt er test.", 2),
    ("Brug fx. Word. Se (jf. bilag 2) nedenfor.", 2),
    ("Det koster ca. 200 kr. pr. bruger.", 1),
    ("Leverandøren er Firma A/S, CVR-nr. 12345678. Support har åbent.", 2),
])
def test_sentences_split_after_words_that_end_like_abbreviations(text, parts):
    assert len(sentences(text)) == parts


EXPORT = ("## VX 1\n\n**Master-opgave ID** 8851\n\n**Opgavetitel** VX 1 (Vejafgift) Opsæt satser\n\n"
          "**Projekt** Vejafgift\n\n**Beskrivelse** Satserne vedtages politisk; "
          "opgaven kræver ingen underskrift. "
          "Mangler satserne ved go-live, kan borgerne ikke opkræves for første kvartal.\n\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="cons-s22"))


def test_consequence_after_a_sentence_ending_in_underskrift(kb):
    got = answer(kb, "hvad sker der hvis satserne ikke er opsat ved go-live?")
    assert got.found and got.sources == ["8851"] and "første kvartal" in got.answer, got.answer
    assert "vedtages politisk" not in got.answer

