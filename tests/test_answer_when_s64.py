# ruff: noqa: E501
"""When-questions (session 64), on tasks written here: an agreement asked by a compound of the thing its
task's title names ('bistadeaftalen' for 'Tilslutningsaftalen sendes retur ... senest 7 uger før go-live' of
the task 'Tilslutningsaftale til Bistadebogen') is that task's agreement: its deadline answers, and neither
the gate nor the paper check reads it as another agreement of the same head."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BIKU 1 – Tilslutningsaftale til Bistadebogen
**Master-opgave ID** 88101
**Opgavetitel** BIKU 1 – Tilslutningsaftale til Bistadebogen
**Projekt** Fælles Bikuber
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –60
**Startdato (fra Slutdato)** –10
**Bølger** Bikuber – Bølge 1
**Beskrivelse** Bistadebogen er det fælles bookingsystem, hvor skolerne booker besøg ved kommunens bistader.

• Udvikler: Vokskage Data
• Pris: 640 kr. pr. måned

Tilslutningsaftalen underskrives af direktøren for Natur og Miljø og sendes retur til KOMBIT senest 7 uger før go-live.
**Metode og fremgangsmåde** 1. Læs aftalen 2. Få aftalen underskrevet 3. Send aftalen til KOMBIT
**Anbefalet udfører** Naturvejleder
## BIKU 2 – Honningreglerne
**Master-opgave ID** 88102
**Opgavetitel** BIKU 2 – Honningreglerne
**Projekt** Fælles Bikuber
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –5
**Bølger** Bikuber – Bølge 1
**Beskrivelse** Honningreglerne vedtages af miljøudvalget og sendes til Vokskage Data senest 12 dage før go-live.
**Anbefalet udfører** Naturvejleder
## KANO 1 – Tilslutning til Kanobogen
**Master-opgave ID** 88201
**Opgavetitel** KANO 1 – Tilslutning til Kanobogen
**Projekt** Fælles Kano
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –8
**Bølger** Kano – Bølge 1
**Beskrivelse** Kanobogen er det fælles bookingsystem for kanoture på åen.

Tilslutningsaftalen underskrives af direktøren for Kultur og Fritid og sendes til KOMBIT senest 3 uger før go-live.
**Metode og fremgangsmåde** 1. Hent aftalen 2. Send den underskrevne aftale til KOMBIT
**Anbefalet udfører** Fritidskonsulent
## KANO 2 – Lejeaftale for kanoerne
**Master-opgave ID** 88202
**Opgavetitel** KANO 2 – Lejeaftale for kanoerne
**Projekt** Fælles Kano
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –5
**Bølger** Kano – Bølge 1
**Beskrivelse** Kommunen lejer 30 kanoer af Pagaj Udlejning. Vedligeholdelsesaftalen med Pagaj Udlejning sendes retur senest 10 dage før go-live.
**Anbefalet udfører** Fritidskonsulent
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, expected", [
    ("hvornår skal bistadeaftalen være sendt?", "7 uger"),
    ("hvor lang tid før go-live skal bistadeaftalen være returneret?", "7 uger"),
    ("senest hvornår skal KOMBIT have kanoaftalen?", "3 uger"),
    ("hvornår skal den underskrevne kanoaftale være sendt", "3 uger"),
])
def test_an_agreement_named_by_its_tasks_titled_thing_is_that_tasks(question: str, expected: str) -> None:
    # 'bistadeaftalen': 'bistade' begins the title's 'Bistadebogen', 'aftalen' ends 'Tilslutningsaftalen'
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question, wrong", [
    # 'honning' is titled by another task, which has no agreement: no deadline of an aftale answers
    ("hvornår skal honningaftalen være sendt?", "7 uger"),
    # a thing no title names ('bier'): no agreement of any task
    ("hvornår skal bieaftalen være sendt?", "7 uger"),
])
def test_a_compound_no_title_names_alike_stays_unanswered(question: str, wrong: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and wrong in a.answer), a.answer


def test_the_named_agreement_keeps_its_own_deadline() -> None:
    # 'tilslutningsaftalen' is said by both tasks: the one of Bistadebogen by its title's word
    a = answer(_kb(), "hvornår skal tilslutningsaftalen til Bistadebogen være sendt?")
    assert a.found and "7 uger" in a.answer and "3 uger" not in a.answer, a.answer
