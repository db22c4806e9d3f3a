"""Yes/no questions in other frames (necessity, permission, leaving a thing out, a negated question, the
order of two things, whether it costs), and a value of the asked kind (a price, a mail, a phone) from
the sentence of the task that holds it, on an export written for this test (issue 9, points 3 and 4)."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """
## AR 2 (Arkiv) Aflever testudtræk til arkivet

**Master-opgave ID** 9702

**Opgavetitel** AR 2 (Arkiv) Aflever testudtræk til arkivet

**Projekt** Arkivering

**Prioritet** Obligatorisk

**Bølger** Arkivering - Bølge 2

**Mål** Arkivet kan modtage kommunens udtræk.

**Beskrivelse** Udtrækket laves af kommunens arkivansvarlige.

Arkivaftalen skal godkendes, før udtrækket må sendes til arkivet. Udtrækket leveres i formatet AVID-7.

Det koster 1200 kr. at få udtrækket valideret; genafleveringer er gratis.

Spørgsmål om formatet besvares af Tove Lind, arkivar. Spørgsmål om fakturaen sendes til faktura@arkiv.dk.

Arkivets vagttelefon er 44 55 66 77.

Hvis udtrækket ikke afleveres i tide, kan arkivet først modtage kommunens sager næste år.

Arkivet kontrollerer hvert udtræk, før det godkendes. Rapporten fra kontrollen lægges i arkivportalen.

**Metode og fremgangsmåde** 1. Lav udtrækket
2. Få arkivaftalen godkendt
3. Send udtrækket til arkivet
4. Gem kvitteringen i ESDH-systemet

**Resultat** Udtrækket er afleveret.

## AR 3 (Arkiv) Kursus i arkivportalen

**Master-opgave ID** 9703

**Opgavetitel** AR 3 (Arkiv) Kursus i arkivportalen

**Projekt** Arkivering

**Prioritet** Anbefalet

**Bølger** Arkivering - Bølge 2

**Mål** Medarbejderne kan bruge arkivportalen.

**Beskrivelse** Kurset holdes online og varer tre timer. Der er et gebyr for deltagelse.

Kommunen kan vælge at holde et ekstra kursus lokalt.

**Metode og fremgangsmåde** 1. Tilmeld medarbejderne kurset
2. Gennemfør kurset
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="frames"))


@pytest.mark.parametrize(("question", "verdict", "evidence"), [
    # necessity and permission frame the question: the sentence saying to do it settles it
    ("Er det nødvendigt at gemme kvitteringen i ESDH-systemet i 9702?", "Ja", "kvitteringen"),
    ("Behøver vi at gemme kvitteringen i ESDH-systemet i 9702?", "Ja", "kvitteringen"),
    # leaving a thing out: 'Nej' when the task says to do it or is obligatory, 'Ja' when it is optional
    ("Kan vi springe 9702 over?", "Nej", "Obligatorisk"),
    ("Kan vi springe 9703 over?", "Ja", "Anbefalet"),
    ("Må vi undlade at gemme kvitteringen i 9702?", "Nej", "kvitteringen"),
    # 'Anbefalet' recommends; it does not make a task obligatory
    ("Er 9703 obligatorisk?", "Nej", "Anbefalet"),
    # a negated question: 'Jo' when the claim holds
    ("Er det ikke kommunens arkivansvarlige, der laver udtrækket i 9702?", "Jo", "arkivansvarlige"),
    # the order of two things, put the other way round by the text
    ("Må udtrækket sendes til arkivet, før arkivaftalen er godkendt?", "Nej", "før udtrækket"),
    # whether it costs: the clause about the thing asked, whichever way the question puts it
    ("Er genafleveringer af udtrækket gratis i 9702?", "Ja", "gratis"),
    ("Skal vi betale for at få udtrækket valideret i 9702?", "Ja", "1200 kr"),
    ("Er kurset i arkivportalen gratis?", "Nej", "gebyr"),
    # a text that leaves it to the municipality does not say it must be done
    ("Skal vi holde et ekstra kursus lokalt i 9703?", "Nej", "kan vælge"),
])
def test_yes_no_frames_are_settled_by_the_text(kb, question, verdict, evidence):
    a = answer(kb, question)
    assert a.found, a.answer
    assert a.answer.startswith(verdict), a.answer
    assert evidence.casefold() in a.answer.casefold(), a.answer


@pytest.mark.parametrize("question", [
    "Er det nødvendigt at bruge MitID i 9702?",  # nothing of MitID in the tasks
    "Er valideringen af udtrækket i 9703 gratis?",  # the price sentence is another task's
])
def test_yes_no_frames_do_not_guess(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvad koster det at få udtrækket valideret?", "1200 kr"),
    ("Hvilken mailadresse skal spørgsmål om fakturaen sendes til?", "faktura@arkiv.dk"),
    ("Hvad er telefonnummeret til arkivets vagttelefon?", "44 55 66 77"),
])
def test_a_value_of_the_asked_kind_comes_from_the_sentence_that_holds_it(kb, question, value):
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "Hvad er Tove Linds telefonnummer?",  # a phone stands in the task, beside no Tove Lind
    "Hvad koster kurset i arkivportalen?",  # a fee is named, its price is not
])
def test_a_value_beside_something_else_is_not_the_answer(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "said"), [
    # 'risikoen/konsekvensen ved ikke at X' asks what 'hvad sker der, hvis X ikke ...' asks
    ("Hvad er risikoen ved ikke at aflevere udtrækket i tide?", "først modtage"),
    ("Hvad er konsekvensen af ikke at aflevere udtrækket?", "først modtage"),
])
def test_a_consequence_asked_as_a_risk_is_found(kb, question, said):
    a = answer(kb, question)
    assert a.found, a.answer
    assert said in a.answer


@pytest.mark.parametrize("question", [
    "Hvad er risikoen ved ikke at gemme kvitteringen?",  # the step says to do it, not what follows
    "Hvad sker der, hvis kurset ikke gennemføres?",
])
def test_a_consequence_the_text_does_not_state_is_not_made_up(kb, question):
    a = answer(kb, question)
    assert not a.found, a.answer


def test_a_count_in_a_sentence_that_repeats_the_question_is_the_answer(kb):
    a = answer(kb, "Hvor mange timer varer kurset i arkivportalen?")
    assert a.found and "tre timer" in a.answer, a.answer


def test_a_fact_whose_subject_its_paragraph_names_is_found(kb):
    """'Rapporten fra kontrollen lægges i arkivportalen' answers where the report of the check of an
    extract is: the paragraph names the extract, the sentence the report and where it goes."""
    a = answer(kb, "Hvor lægges rapporten fra arkivets kontrol af udtrækket?")
    assert a.found and "arkivportalen" in a.answer, a.answer

