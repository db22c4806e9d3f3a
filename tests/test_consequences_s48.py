"""Consequences (session 48): a condition of a thing lacking with the verb first ('Har skolen ingen
vikarer, ...'), a precondition of what one gets ('..., før de får adgang'), and a lack ('Uden aftalen
...') that answers a deed not done to the asked thing ('hvis vagtaftalen ikke er underskrevet?'), not
to another. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.consequences import is_consequence
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


@pytest.mark.parametrize("text", [
    "Har skolen ingen uddannede vikarer, lukker klassen tidligere.",
    "Alle chauffører skal have gennemført kurset, før de får et kørekort til bilerne.",
])
def test_said_as_a_consequence(text):
    assert is_consequence(text)


@pytest.mark.parametrize("text", [
    "Kommunen får adgang før go-live.",
    "Har kommunen spørgsmål, kan den skrive til supporten.",
])
def test_not_a_consequence(text):
    assert not is_consequence(text)


TASKS = """## BRAND 01 Udarbejd beredskabsplan (B1)

**Master-opgave ID** 8801

**Opgavetitel** BRAND 01 Udarbejd beredskabsplan (B1)

**Projekt** Beredskab

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Beredskab - Bølge 1

**Mål** Beredskabsplanen er godkendt.

**Beskrivelse** Beredskabsplanen udarbejdes af beredskabschefen. Hvis planen ikke er godkendt, kan \
vagtcentralen kun sende alarmer til hovedstationen.

**Resultat** Beredskabsplanen er godkendt.

## BRAND 02 Offentliggør beredskabsplanen (B1)

**Master-opgave ID** 8802

**Opgavetitel** BRAND 02 Offentliggør beredskabsplanen (B1)

**Projekt** Beredskab

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 10

**Bølger** Beredskab - Bølge 1

**Mål** Den godkendte beredskabsplan ligger på hjemmesiden.

**Beskrivelse** Læg den godkendte beredskabsplan på kommunens hjemmeside. Hvis siden ikke er opdateret, \
vises den gamle version.

**Resultat** Planen er offentliggjort.

## BRAND 03 Vagtaftale med nabokommunen (B1)

**Master-opgave ID** 8803

**Opgavetitel** BRAND 03 Vagtaftale med nabokommunen (B1)

**Projekt** Beredskab

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Beredskab - Bølge 1

**Mål** Vagtaftalen er underskrevet.

**Beskrivelse** Kommunen indgår en vagtaftale med nabokommunen om nattevagter. Aftalen underskrives af \
beredskabschefen. Uden aftalen må nabokommunens brandfolk ikke rykke ud i kommunen.

**Resultat** Vagtaftalen er underskrevet.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question", [
    "Hvad sker der, hvis vagtaftalen ikke er underskrevet?",
    "Hvad sker der, hvis vagtaftalen ikke er indgået?",  # the old code answered only the first
    "Hvad sker der, hvis kommunen ikke indgår vagtaftalen?",
])
def test_a_lack_answers_the_deed_not_done(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert "rykke ud" in a.answer, a.answer


def test_a_lack_of_another_thing_is_no_answer(kb: KnowledgeBase) -> None:
    a = answer(kb, "Hvad sker der med brandfolk, der ikke er registreret?")
    assert "rykke ud" not in a.answer or not a.found, a.answer
