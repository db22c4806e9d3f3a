"""Yes/no questions of the s42 round, on an export written for this test: a length under a bound with a
verb between the bound and the number ('må højst sejle 40 minutter'); a sentence that counts the same
noun twice ('løber i 3 år med mulighed for forlængelse i 1 år'); a doer named in several capitalised
words, after its role ('Leverandøren Havnedata Nord driver ...'); whether a payer pays for a project,
settled by the one task of the project that says what it costs them; a doer whose verb closes the
sentence ('..., og rederiet udsteder') does it to what the sentence spoke of."""
# ruff: noqa: E501 - the export's paragraphs are one line each, as KLIK writes them

from __future__ import annotations

import pytest
from verdicts import assert_settled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.fold import key
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.claimed_values import compared
from knowledge.qa.intents.yesno.counts import other_count
from knowledge.qa.pipeline import answer

EXPORT = """
## FÆR 01 (Aftale) Aftale om færgedrift (B1)

**Master-opgave ID** 42101

**Opgavetitel** FÆR 01 (Aftale) Aftale om færgedrift (B1)

**Projekt** Øfærgen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Øfærgen - Bølge 1

**Mål** Færgen sejler efter planen.

**Beskrivelse** Driftsaftalen løber i 3 år med mulighed for forlængelse i 1 år. Leverandøren Havnedata Nord driver billetsystemet. En overfart må højst vare 40 minutter.

**Resultat** Aftalen er på plads.

**Anbefalet ansvarlig** Havnechef

## FÆR 02 (Drift) Billetter til øboerne (B1)

**Master-opgave ID** 42102

**Opgavetitel** FÆR 02 (Drift) Billetter til øboerne (B1)

**Projekt** Øfærgen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -5

**Bølger** Øfærgen - Bølge 1

**Mål** Billetterne sælges gennem Færgeportalen.

**Beskrivelse** Havnekontoret bestiller kortene, og rederiet udsteder. Øboerne får et årskort. Overfarten er gratis for øboerne, mens turister betaler 60 kr.

**Resultat** Årskortene er sendt.

**Anbefalet ansvarlig** Havnechef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="s42"))


def test_bound_with_a_verb_before_the_length() -> None:
    said = "En overfart må højst vare 40 minutter."
    assert compared("Må en overfart vare 30 minutter?", said) == (True, "duration")
    assert compared("Må en overfart vare 50 minutter?", said) == (False, "duration")
    # the bound is of the times, not of the length after them
    assert compared("Træner holdet 30 minutter?", "Holdet træner mindst to gange om ugen i 30 minutter.") != \
        (False, "duration")


def test_length_under_the_bound_settles(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Må en overfart med øfærgen vare 30 minutter?", "Ja", "højst vare 40 minutter")
    assert_settled(kb, "Må en overfart med øfærgen vare 50 minutter?", "Nej", "højst vare 40 minutter")


def test_the_count_of_the_claims_own_words() -> None:
    said = "Driftsaftalen løber i 3 år med mulighed for forlængelse i 1 år."
    assert not other_count("Løber driftsaftalen i 3 år?", said)
    assert other_count("Løber driftsaftalen i 5 år?", said)
    assert other_count("Kan driftsaftalen forlænges i 3 år?", said)
    # words after a count may be its own: the last count is kept when the question's count is another
    assert not other_count("Kan aftalen opsiges med tre måneders varsel efter bindingen?",
                           "Aftalen har en binding på 24 måneder og kan derefter opsiges med tre måneders varsel.")


def test_twice_counted_settles(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Løber driftsaftalen for øfærgen i 3 år?", "Ja", "3 år")
    assert_settled(kb, "Løber driftsaftalen for øfærgen i 5 år?", "Nej", "3 år")


def test_doer_in_several_capitalised_words() -> None:
    said = "Leverandøren Havnedata Nord driver billetsystemet."
    assert [d.head for d in deeds(said, {key("driver")})] == ["Leverandøren Havnedata Nord"]
    assert [d.head for d in deeds("Kommunen driver billetsystemet.", {key("driver")})] == ["Kommunen"]


def test_name_of_several_words_settles(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Driver Havnedata Nord billetsystemet til øfærgen?", "Ja", "Havnedata Nord")
    a = answer(kb, "Driver Færgeselskabet Syd billetsystemet til øfærgen?").answer
    assert not a.startswith("Ja"), a


def test_payer_of_a_project(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Skal øboerne betale for øfærgen?", "Nej", "gratis for øboerne")
    a = answer(kb, "Skal skolerne betale for øfærgen?")
    assert not a.answer.startswith(("Ja", "Nej")), a.answer  # no task says what it costs them


def test_verb_closing_the_sentence(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Er det havnekontoret der udsteder kortene til øboerne?", "Nej", "rederiet udsteder")
    assert_settled(kb, "Er det rederiet der udsteder kortene til øboerne?", "Ja", "rederiet udsteder")
