"""Yes/no questions of the eleventh round (issue 9, point 4): who supplies a thing the question names
by its own name when the party is named in another task; what an active verb does is done to its
direct object, not to what follows a preposition; a verb-first question with an article before its
object, or a subject of two compounds sharing a head; a sentence that opens with a denied condition
('Sendes X ikke til tiden, kan ...') says what follows, not whether X is done; a time inside a
stretch of the day; 'alle X' against 'X med mere end N'; a task title joining two things, asked of
one, with a sentence naming the other. On an export written for this test."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.claimed_values import compared
from knowledge.qa.intents.yesno import denied_condition
from knowledge.qa.intents.yesno.exemptions import _all_against_some
from knowledge.qa.pipeline import answer
from knowledge.qa.types import is_yes_no, is_yes_no_named

EXPORT = """
## ISB 01 (Aftaler) Aftale om bookingsystemet IsTid (B1)

**Master-opgave ID** 9981

**Opgavetitel** ISB 01 (Aftaler) Aftale om bookingsystemet IsTid (B1)

**Projekt** Skøjtebaner

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Skøjtebaner - Bølge 1

**Mål** Kommunen har en aftale om IsTid.

**Beskrivelse** Bookingsystemet IsTid leveres af Frostdata ApS. Aftalen underskrives af fritidschefen.

Isforeningen leverer træningsplaner til systemet, men er ikke part i aftalen.

Den underskrevne aftale sendes til Frostdata ApS senest 30 dage før go-live. \
Sendes aftalen ikke til tiden, kan banerne ikke bookes fra go-live.

**Resultat** Aftalen er underskrevet og sendt.

## ISB 03 (Drift) Opsætning af kasseapparater og tidstavler (B1)

**Master-opgave ID** 9982

**Opgavetitel** ISB 03 (Drift) Opsætning af kasseapparater og tidstavler (B1)

**Projekt** Skøjtebaner

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** -10

**Bølger** Skøjtebaner - Bølge 1

**Mål** Kasseapparater og tidstavler virker.

**Beskrivelse** Tidstavlerne leveres af Scoreline A/S og kobles til IsTid af kommunens IT-afdeling.

Haller med mere end 400 pladser skal også have et kasseapparat ved indgangen.

Banerne skal være åbne fra kl. 9 til kl. 21.

Strøm til tidstavlerne betales af kommunen.

Kommunen godkender plakatens tekst, inden den trykkes.

**Metode og fremgangsmåde** <ol style="list-style-type: none"> <li>1. Sæt kasseapparaterne op</li> \
<li>2. Test tidstavlerne (frivilligt)</li> </ol>

**Resultat** Opsat.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="eleven"))


def test_the_supplier_of_a_system_named_in_its_own_task(kb):
    # Scoreline is named only in the other task; IsTid's own task names its supplier
    assert_settled(kb, "Er det Scoreline A/S der leverer IsTid?", "Nej", "Frostdata")
    assert_settled(kb, "Er det Frostdata der leverer IsTid?", "Ja", "Frostdata")


def test_an_active_verb_supplies_its_direct_object(kb):
    assert_settled(kb, "Leverer Isforeningen træningsplaner til systemet?", "Ja", "træningsplaner")
    a = answer(kb, "Leverer Isforeningen bookingsystemet?")
    assert not a.answer.startswith("Ja"), a.answer


def test_verb_first_questions_with_an_article_or_two_compounds():
    assert is_yes_no_named("Leverer Midtrafik de digitale tavler?")
    assert is_yes_no("underskriver natur- og miljochefen pabuddet?")
    assert not is_yes_no_named("Hvem leverer de digitale tavler?")


def test_a_denied_condition_says_what_follows():
    assert denied_condition("Sendes aftalen ikke til tiden, kan banerne ikke bookes fra go-live.")
    assert denied_condition("Hvis aftalen ikke sendes, kan banerne ikke bookes.")
    assert not denied_condition("Den underskrevne aftale sendes til Frostdata senest 30 dage før go-live.")
    assert not denied_condition("Medarbejdere, der ikke har adgang, kan ikke booke.")
    assert not denied_condition("Hver hal skal have et kasseapparat, og det må ikke flyttes.")


def test_a_sentence_with_a_denied_condition_does_not_deny_the_deed(kb):
    a = answer(kb, "Skal aftalen om IsTid sendes til Frostdata?")
    assert not a.answer.startswith("Nej"), a.answer


def test_a_time_inside_a_stretch_of_the_day():
    said = "Banerne skal være åbne fra kl. 9 til kl. 21."
    assert compared("Er banerne åbne kl. 10?", said) == (True, "clock")
    assert compared("Er banerne åbne kl. 22?", said) == (False, "clock")
    night = "Arbejdet skal ske mellem kl. 22 og kl. 5."
    assert compared("Må arbejdet ske kl. 23?", night) == (True, "clock")
    assert compared("Må arbejdet ske kl. 14?", night) == (False, "clock")


def test_all_against_a_group_a_number_bounds():
    said = "Haller med mere end 400 pladser skal også have et kasseapparat ved indgangen."
    assert _all_against_some("Skal alle haller have et kasseapparat ved indgangen?", said)
    assert not _all_against_some("Skal hallerne have et kasseapparat ved indgangen?", said)


def test_the_other_thing_of_a_joined_title(kb):
    assert_unsettled(kb, "Er testen af kasseapparaterne frivillig?")
    assert_settled(kb, "Er testen af tidstavlerne frivillig?", "Ja", "frivillig")


def test_paying_is_a_deed_when_a_party_is_asked(kb):
    # 'betale' shares its key with 'koste', but 'Betaler X ...?' asks who pays
    assert_settled(kb, "Betaler Scoreline strømmen til tidstavlerne?", "Nej", "kommunen")
    assert_settled(kb, "Betaler kommunen strømmen til tidstavlerne?", "Ja", "kommunen")


def test_the_passive_verb_after_a_noun_ending_in_t():
    (deed,) = deeds("Eksisterende sæsonkort overføres af Frostdata ApS på baggrund af et udtræk.")
    assert (deed.obj, deed.verb, deed.head) == ("Eksisterende sæsonkort", "overføres", "Frostdata ApS")
    (deed,) = deeds("Affaldet afhentes hver tirsdag af Renovest.")
    assert (deed.verb, deed.head) == ("afhentes", "Renovest")


def test_a_deed_said_only_after_the_main_clause_without_its_doer(kb):
    assert_unsettled(kb, "Trykker kommunen plakaten?")
    assert_settled(kb, "Godkender kommunen plakatens tekst?", "Ja", "godkender plakatens tekst")
