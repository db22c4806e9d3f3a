# ruff: noqa: E501
"""Passages the question's words did not reach (s60): what it costs to take part in an occasion is the
occasion's price ('hvad koster det at deltage i Slyngedagen?' - 'Slyngedagen varer 4 timer og er gratis'),
and a definite head referring back to the occasion ('Dagen varer 3 timer og er gratis.' after '...,
Honningdagen.') is the sentence's own subject, which it prices, though the task's title names it too; the
address a place question asks is said by a street address in a sentence naming the place; and 'hver'/'each'
frames a question as the tasks' 'pr. X' does. Controls: a typo read as another task's name, a place its
task gives no address for, a label line under a title joining two things."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

BEES = """## BIKU 1 – Deltag i Honningdagen (valgfri)

**Master-opgave ID** 7401

**Opgavetitel** BIKU 1 – Deltag i Honningdagen (valgfri)

**Projekt** Fælles Bigårde

**Prioritet** Valgfri

**Beskrivelse** KOMBIT holder en temadag for nye biavlere, Honningdagen. Dagen varer 3 timer og er gratis. Der er plads til højst 25 deltagere pr. kommune. Honningdagen holdes lørdag den 3. juni 2030 kl. 10-13 i Voksby Hallen.

Biavleren Kaj Dronningholm viser, hvordan man slynger honning, og der er højst 8 borgere pr. hold.

**Resultat** Kommunens biavlere er tilmeldt Honningdagen.

## BIKU 2 – Slyngedagen

**Master-opgave ID** 7402

**Opgavetitel** BIKU 2 – Slyngedagen

**Projekt** Fælles Bigårde

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan holde Slyngedagen for borgerne den 9. august 2030 i Det Gamle Mejeri, Kubevej 7, 4583 Honningby. Slyngedagen varer 4 timer og er gratis. Der er plads til 30 deltagere, og hver deltager får en glas honning med hjem.

**Resultat** Slyngedagen er holdt.

## BIKU 3 – Aftale om adgang til Tavlebogen

**Master-opgave ID** 7403

**Opgavetitel** BIKU 3 – Aftale om adgang til Tavlebogen

**Projekt** Fælles Bigårde

**Prioritet** Obligatorisk

**Beskrivelse** Tavlebogen er bookingsystemet for kommunernes bigårde. Kommunen skal indgå aftalen med KOMBIT.
- Pris: 640 kr. pr. måned
- Binding: 12 måneder

## BIKU 4 – Indkøb af voksplader

**Master-opgave ID** 7404

**Opgavetitel** BIKU 4 – Indkøb af voksplader

**Projekt** Fælles Bigårde

**Prioritet** Valgfri

**Beskrivelse** Kommunen bestiller voksplader til bigårdene hos Cellehus Data. En voksplade koster 35 kr.

## BIKU 5 – Serviceaftale og vandingsplan for bigårdene

**Master-opgave ID** 7405

**Opgavetitel** BIKU 5 – Serviceaftale og vandingsplan for bigårdene

**Projekt** Fælles Bigårde

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen indgår en serviceaftale med Stadeholm Service og skriver en vandingsplan. Planen godkendes af naturchefen. Aftalens vilkår:
- Pris: 310 kr. pr. bistade pr. år
- Garanti: 2 år
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(BEES))


@pytest.mark.parametrize("question, expected, source", [
    ("hvad koster det at deltage i Slyngedagen?", "gratis", "7402"),
    ("hvad koster det at deltage i honningdagen", "gratis", "7401"),
    ("hvad koster det at være med på Honningdagen?", "gratis", "7401"),
    # (a control: a price of the thing itself, as before)
    ("hvad koster Tavlebogen?", "640 kr.", "7403"),
])
def test_taking_part_costs_the_occasions_price(kb, question, expected, source):
    _assert_found(kb, question, expected, source)


@pytest.mark.parametrize("question", [
    "hvad er adressen på Det Gamle Mejeri?",  # (a control: answered before too, by its words)
    "hvad er adressen til slyngedagen",
    "What is the address of Slyngedagen?",
])
def test_a_street_address_says_the_address(kb, question):
    # no task writes 'adresse': the street address of the sentence naming the place answers
    _assert_found(kb, question, "Kubevej 7", "7402")


@pytest.mark.parametrize("question, other", [
    # Tavlebogen's task gives no address, and the other task's address is not its
    ("hvad er adressen på Tavlebogen?", "Kubevej"),
    # 'Pris: ...' under 'Serviceaftale og vandingsplan' may be the agreement's; 'Planen' referring back to
    # the plan does not make the label line its price
    ("hvad koster vandingsplanen", "310"),
    # an occasion the tasks do not price is not priced by another task's price line
    ("hvad koster det at deltage i Tavledagen?", "640"),
])
def test_controls_another_things_value_is_no_answer(kb, question, other):
    got = answer(kb, question)
    assert not got.found or other not in got.answer, got.answer


# 'hver'/'each' before a unit is what the tasks write as 'pr. X': a framing word, not one the answer must say
@pytest.mark.parametrize("question", [
    "How many citizens can be on each team at Honningdagen?",
    "How many citizens may each team have at Honningdagen?",
])
def test_each_is_said_by_per(kb, question):
    _assert_found(kb, question, "8 borgere", "7401")



def _assert_found(kb, question, expected, source):
    got = answer(kb, question)
    assert got.found and expected in got.answer and source in got.sources, got.answer
