"""Everyday words for three things the texts name in their own terms (s52): being bound by an agreement
('hvor længe er vi bundet?') is its binding period ('Binding: 18 måneder', 'Bindingsperiode: 30 måneder'),
a leak of data ('et læk af persondata') is the texts' breach of data security, and money left in pledge
('lægge i pant', 'som sikkerhed') is their deposit ('Depositum: 800 kr.'). A bare 'læk' stays a leak."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_EXPORT = """## SKTB 1 Tilslutning til Banekortet

**Master-opgave ID** 71301

**Opgavetitel** SKTB 1 Tilslutning til Banekortet

**Projekt** Fælles Skaterbaner

**Prioritet** Obligatorisk

**Beskrivelse** Banekortet viser kommunens skaterbaner, og brugerne kan melde en forhindring løs.

Vilkår for tilslutningen:

- Pris: 640 kr. pr. måned
- Bindingsperiode: 30 måneder
- Support: hverdage 9.00-15.00

## SKTB 2 Databehandleraftale for Banekortet

**Master-opgave ID** 71302

**Opgavetitel** SKTB 2 Databehandleraftale for Banekortet

**Projekt** Fælles Skaterbaner

**Prioritet** Obligatorisk

**Beskrivelse** Brugerne kan sende billeder af skader til Banekortet, og Hvidbjerg Rampedata behandler
oplysningerne for kommunen.

Rollerne er:

- Dataansvarlig: Kommunen
- Databehandler: Hvidbjerg Rampedata
- Brud på persondatasikkerheden: meldes til kommunen inden for 26 timer

## SKTB 3 Lån af rampevogn

**Master-opgave ID** 71303

**Opgavetitel** SKTB 3 Lån af rampevogn

**Projekt** Fælles Skaterbaner

**Prioritet** Valgfri

**Beskrivelse** Skaterforeningen Nordvind låner en rampevogn med mobile ramper ud til kommunerne.

- Leje: 300 kr. pr. dag
- Depositum: 800 kr.
- Lånet er på højst 4 dage

## LYSM 1 Abonnement på Lysmålet

**Master-opgave ID** 71401

**Opgavetitel** LYSM 1 Abonnement på Lysmålet

**Projekt** Fælles Gadelys

**Prioritet** Obligatorisk

**Beskrivelse** Lysmålet registrerer, hvornår gadelygterne tændes og slukkes.

- Abonnement: 210 kr. pr. måned
- Binding: 18 måneder
- Brugere: op til 12 vejmedarbejdere

"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(_EXPORT))


@pytest.mark.parametrize("question, period", [
    ("Hvor længe er vi bundet til Banekortet?", "30 måneder"),
    ("Hvor mange måneder er vi bundet af abonnementet på Lysmålet?", "18 måneder"),
])
def test_being_bound_is_the_binding_period(question: str, period: str) -> None:
    a = answer(_kb(), question)
    assert a.found and period in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal et læk af persondata meldes til kommunen?",
    "Hvor hurtigt får vi besked om et læk af oplysninger hos Hvidbjerg Rampedata?",
])
def test_a_leak_of_data_is_the_breach_of_data_security(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "26 timer" in a.answer, a.answer


def test_a_bare_leak_is_still_no_breach() -> None:
    # control (passes before the change too): a leak in a roof is no breach of data security
    a = answer(_kb(), "Hvornår skal et læk i taget over skaterbanen meldes?")
    assert not a.found or "26 timer" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvad er pantet for rampevognen?",
    "Hvad skal vi lægge som sikkerhed, når vi låner rampevognen?",  # control: the loan's list answers it
])
def test_money_in_pledge_is_the_deposit(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "800 kr" in a.answer, a.answer

