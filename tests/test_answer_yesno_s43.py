"""Yes/no questions of the s43 round, on an export written for this test: a definite head that opens
its sentence refers back to the compound the sentence before named ('Aftalen om bookingsystemet ...
Systemet driftes af leverandøren'); a 'før/efter' clause after the signing verb names no signer; a
price of another deed ('gratis ... at låne en nøgle') settles nothing of paying for another thing, and
a paragraph that says the compound by its head ('for systemet') speaks of it; country names in English."""
# ruff: noqa: E501 - the export's paragraphs are one line each, as KLIK writes them

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## HAL 01 (Aftale) Aftale om booking af idrætshaller (B1)

**Master-opgave ID** 43101

**Opgavetitel** HAL 01 (Aftale) Aftale om booking af idrætshaller (B1)

**Projekt** Hallerne

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Hallerne - Bølge 1

**Mål** Foreningerne booker haltider selv.

**Beskrivelse** Aftalen om bookingsystemet indgås med Hallogik ApS. Aftalen løber i 4 år.

Systemet driftes af leverandøren. Hallogik hoster HalPortalen i Sverige. Kontrakten for HalPortalen skal underskrives af kultur- og fritidsdirektøren, før foreningerne får adgang.

Der skal ikke indgås en databehandleraftale. Bookingdata gemmes i 2 år. Kommunen betaler 40.000 kr. om året for systemet.

**Resultat** Aftalen med Hallogik er underskrevet.

**Anbefalet ansvarlig** Kulturchef

## HAL 02 (Drift) Nøgler til hallerne (B1)

**Master-opgave ID** 43102

**Opgavetitel** HAL 02 (Drift) Nøgler til hallerne (B1)

**Projekt** Hallerne

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** -5

**Bølger** Hallerne - Bølge 1

**Mål** Foreningerne kommer ind i hallen med en kodebrik.

**Beskrivelse** Det er gratis for foreningerne at låne en ekstra kodebrik. Halinspektøren udleverer brikkerne.

**Resultat** Alle foreninger har en kodebrik.

**Anbefalet ansvarlig** Kulturchef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="s43"))


def test_definite_head_opening_the_sentence_refers_back(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Driftes bookingsystemet af leverandøren?", "Ja", "Systemet driftes af leverandøren")
    # a head in another field refers to the title's thing: 'Resultat: Aftalen med Hallogik er underskrevet'
    a = answer(kb, "Skal der laves en databehandleraftale med Hallogik?").answer
    assert not a.startswith("Ja"), a


def test_country_in_english(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Is HalPortalen hosted in Sweden?", "Yes", "Sverige")  # the asked country, not another
    assert not answer(kb, "Is HalPortalen hosted in Germany?").answer.startswith("Yes")


def test_before_clause_names_no_signer(kb: KnowledgeBase) -> None:
    a = answer(kb, "Skal kontrakten for HalPortalen underskrives, før foreningerne får adgang?").answer
    assert not a.startswith("Nej"), a  # the clause's 'foreningerne' is no signer who is not the director
    assert_settled(kb, "Skal kontrakten for HalPortalen underskrives af kulturchefen, før foreningerne får adgang?",
                   "Nej", "kultur- og fritidsdirektøren")


def test_price_of_another_deed_settles_nothing(kb: KnowledgeBase) -> None:
    assert_unsettled(kb, "Skal foreningerne betale for at booke hallerne?")
    assert_unsettled(kb, "Skal foreningerne betale for nøglerne til hallerne?")  # the title's words, not the deed
    assert_settled(kb, "Er det gratis for foreningerne at låne en ekstra kodebrik?", "Ja", "gratis")


def test_price_of_the_compound_said_by_its_head(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Er bookingsystemet gratis for kommunen?", "Nej", "40.000 kr. om året for systemet")
