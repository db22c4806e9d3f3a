"""Yes/no and consequence questions of the s44 round, on an export written for this test: a count of
years said of another thing settles nothing; a short claim verb ('se') must be said; a negation of
another coordinated part denies nothing of the first; a name that tells which thing the consequence
sentence says ('aftalen med X'); a thing said as lacking ('En manglende rapport ... medfører')."""
# ruff: noqa: E501 - the export's paragraphs are one line each, as KLIK writes them

from __future__ import annotations

import pytest
from verdicts import assert_settled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## BIB 01 (Aftale) Aftale om selvbetjeningsautomater (B1)

**Master-opgave ID** 44101

**Opgavetitel** BIB 01 (Aftale) Aftale om selvbetjeningsautomater (B1)

**Projekt** Biblioteksautomater

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Biblioteksautomater - Bølge 1

**Mål** Lånerne låner og afleverer selv.

**Beskrivelse** Aftalen med LånTek ApS underskrives af kulturdirektøren. Aftalen løber i 5 år.

Lånerdata gemmes i 2 år. Låneren kan se sine egne lån i appen, mens bibliotekaren kan se alle lån. Appen er frivillig for låneren og koster ikke noget.

Kulturafdelingen skriver vejledningen, og bibliotekschefen godkender den. Hvis aftalen ikke er underskrevet inden go-live, kan automaterne ikke tændes. En manglende servicerapport fra leverandøren medfører, at betalingen holdes tilbage.

**Resultat** Automaterne er i drift.

**Anbefalet ansvarlig** Bibliotekschef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="s44"))


def test_years_of_another_thing_settle_nothing(kb: KnowledgeBase) -> None:
    a = answer(kb, "Løber aftalen med LånTek i 2 år?").answer
    assert "Lånerdata" not in a, a  # the storage time is not the agreement's
    assert_settled(kb, "Gemmes lånerdata i 4 år?", "Nej", "2 år")


def test_short_claim_verb_must_be_said(kb: KnowledgeBase) -> None:
    assert not answer(kb, "Kan låneren se alle lån?").answer.startswith("Ja")
    # (the 'mens' clause's own subject is left open: not settled, but never a 'Nej')
    assert not answer(kb, "Kan bibliotekaren se alle lån?").answer.startswith("Nej")


def test_negation_of_another_part_denies_nothing(kb: KnowledgeBase) -> None:
    assert not answer(kb, "Er appen frivillig for låneren?").answer.startswith("Nej")
    assert_settled(kb, "Koster appen noget for låneren?", "Nej", "koster ikke noget")


def test_consequence_of_the_thing_a_name_tells(kb: KnowledgeBase) -> None:
    for question in ("Hvad sker der, hvis aftalen med LånTek ikke er underskrevet inden go-live?",
                     "What happens if the LånTek agreement is not signed before go-live?"):
        a = answer(kb, question)
        assert a.found and "automaterne ikke tændes" in a.answer, (question, a.answer)


def test_consequence_of_a_thing_said_as_lacking(kb: KnowledgeBase) -> None:
    a = answer(kb, "Hvad sker der, hvis leverandøren ikke afleverer servicerapporten?")
    assert a.found and "betalingen holdes tilbage" in a.answer, a.answer
    a = answer(kb, "Hvad sker der, hvis leverandøren ikke afleverer fakturaen?")
    assert "betalingen holdes tilbage" not in a.answer or not a.found, a.answer

