"""Mends of session 60 (part 4): what a list records of each thing, and English 'is/are allowed'.

- 'For hver plads angives: ...' of a task on parkeringspladser tells nothing of each campingplads,
  legeplads or bådplads: across the tasks, the list of a head ('plads') answers a compound only when its
  task names that compound, or names no other compound of the head.
- 'Skolen betaler 50 kr. for hver kajak, og der gælder følgende regler: ...': the colon closes another
  clause, whose list is rules, not what is recorded of each kayak.
- 'is/are allowed' without 'to' is 'må være' only in a count ('how many X are allowed per Y?'): 'what is
  allowed in Dansehuset?' is no such question."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_PARKING = """## PARK 1 – Registrering af parkeringspladser

**Master-opgave ID** 9201

**Opgavetitel** PARK 1 – Registrering af parkeringspladser

**Projekt** Grøn Mobilitet

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen registrerer sine parkeringspladser i Parkeringsregistret. For hver plads angives:
- adresse
- antal ladestandere
- handicapvenlig (ja/nej)

**Resultat** Pladserne er registreret.
"""

_KAYAKS = """## KAJ 1 – Udlån af kajakker til skoler

**Master-opgave ID** 9401

**Opgavetitel** KAJ 1 – Udlån af kajakker til skoler

**Projekt** Vandsport

**Prioritet** Valgfri

**Beskrivelse** Skolerne låner kajakker af kommunen. Skolen betaler 50 kr. for hver kajak, og der gælder \
følgende regler:
- redningsvest skal bæres
- mindst én voksen på land
- ingen sejlads efter solnedgang

**Resultat** Kajakkerne er udlånt.

## KAJ 2 – Radiostationer på havnen

**Master-opgave ID** 9402

**Opgavetitel** KAJ 2 – Radiostationer på havnen

**Projekt** Vandsport

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen fører en liste over havnens radiostationer. For hver station angives:
- kaldesignal
- frekvens
- ansvarlig
Listen sendes til Havnefogeden senest 1. maj 2030.
"""

_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"
_DANCE = (
    "*Opgavetitel\t(SEJL 4) Aftale om Dansehuset\n*Projekt\tBlå Kommune\n"
    f"{_PRIORITY}\tObligatorisk\nMål\tKommunen lejer Dansehuset til seniordans.\n"
    "*Beskrivelse\t<p>Dansehuset udlejes til foreninger.</p> <ul> <li>Opsigelsesgebyr: 500 kr.</li> "
    "<li>Lejeperiode: 12 måneder</li> </ul> <p>Ved ophør af lejemålet skal lokalet afleveres rengjort. "
    "Lokalet må ikke bruges til fester. Der må højst være 60 dansere i salen. Musikanlægget må kun betjenes "
    "af foreningens kontaktperson.</p>\nResultat\tAftalen er indgået.\n\n\n"
    "*Opgavetitel\t(SEJL 3) Aftale om Bådportalen\n*Projekt\tBlå Kommune\n"
    f"{_PRIORITY}\tObligatorisk\nMål\tKommunen indgår aftale om Bådportalen.\n"
    "*Beskrivelse\t<p>Bådportalen er bookingsystemet for kommunale både.</p> <ul> <li>Pris: 900 kr. pr. "
    "måned</li> <li>Binding: 24 måneder</li> <li>Opsigelse: 3 måneders varsel</li> </ul> <p>Data slettes "
    "60 dage efter ophør af aftalen.</p>\nResultat\tAftalen er indgået.\n"
)


@cache
def _kb(text: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(text)])


@pytest.mark.parametrize("question", [
    "Hvilke oplysninger skal vi oplyse om hver campingplads?",
    "Hvilke oplysninger skal stå om hver legeplads?",
    "Hvor mange oplysninger skal der stå om hver bådplads?",
])
def test_another_compound_of_the_head_does_not_take_the_parking_list(question: str):
    a = answer(_kb(_PARKING), question)
    assert not a.found or "ladestandere" not in a.answer, a.answer


def test_a_list_after_another_clause_is_not_what_is_recorded_of_each_thing():
    a = answer(_kb(_KAYAKS), "Hvilke oplysninger skal vi angive om hver kajak?")
    assert not a.found or "redningsvest" not in a.answer, a.answer


@pytest.mark.parametrize(("text", "question", "expected"), [  # controls: the lists per thing still answer
    (_KAYAKS, "Hvilke oplysninger skal stå om hver station?", "kaldesignal"),
    (_KAYAKS, "Hvor mange oplysninger skal der stå om hver station?", "3 oplysninger"),
    (_PARKING, "Hvilke oplysninger skal vi oplyse om hver parkeringsplads?", "ladestandere"),
])
def test_the_list_given_per_thing_still_answers(text: str, question: str, expected: str):
    a = answer(_kb(text), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize(("question", "wrong"), [
    ("What is allowed on Bådportalen?", "900 kr."),
    ("What is allowed in Dansehuset?", "udlejes til foreninger"),
])
def test_what_is_allowed_is_no_count_of_what_there_may_be(question: str, wrong: str):
    a = answer(_kb(_DANCE), question)
    assert not a.found or wrong not in a.answer, a.answer
