# ruff: noqa: E501
"""When-questions (session 58), on tasks written here: a task's length asked as planned or set
('hvor mange dage er X sat til at vare?', 'planlagt til at tage', 'hvor lang tid tager <ref>?') is its
Opgave varighed; what happens if a thing is missing is the outcome the text says outright, before a
precondition."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## HUML 1 – Tilslutning til Humlekortet
**Master-opgave ID** 58101
**Opgavetitel** HUML 1 – Tilslutning til Humlekortet
**Projekt** Fælles Humlehaver
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 7
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –12
**Bølger** Humlehaver – Bølge 1
**Beskrivelse** Humlekortet viser kommunens humlehaver. Få tilslutningsaftalen underskrevet af direktøren for Kultur og send den til KOMBIT senest 6 uger før go-live.
**Anbefalet udfører** Haveformidleren
## HUML 2 – Humlelisten til Ranketråd Data
**Master-opgave ID** 58102
**Opgavetitel** HUML 2 – Humlelisten til Ranketråd Data
**Projekt** Fælles Humlehaver
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 9
**Slutdato (fra Go-Live)** –25
**Startdato (fra Slutdato)** –14
**Bølger** Humlehaver – Bølge 1
**Beskrivelse** Humlelisten godkendes af lederen af Park og Natur og sendes til Ranketråd Data senest 4 uger før go-live. Ranketråd Data lægger haverne ind inden for 5 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Haveformidleren
## HUML 3 – Humlereglementet
**Master-opgave ID** 58103
**Opgavetitel** HUML 3 – Humlereglementet
**Projekt** Fælles Humlehaver
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –18
**Startdato (fra Slutdato)** –6
**Bølger** Humlehaver – Bølge 1
**Beskrivelse** Reglementet vedtages af kultur- og fritidsudvalget. Haverne må bruges fra kl. 8 til kl. 20.
**Anbefalet udfører** Haveformidleren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize(("question", "said"), [
    ("hvor mange dage er HUML 1 sat til at vare?", "7 dage"),
    ("hvor mange dage er humlelisten planlagt til at tage?", "9 dage"),
    ("hvor lang tid er 58103 planlagt til at tage?", "4 dage"),
    ("How many days is HUML 1 planned to take?", "7 days"),
])
def test_a_planned_length_is_the_tasks_length(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_a_tasks_length_by_its_ref() -> None:
    # (a control) a lasting verb beside the task's ref asks the task's length, as before
    a = answer(_kb(), "hvor lang tid tager HUML 3?")
    assert a.found and "4 dage" in a.answer, a.answer


def test_the_deadline_is_still_the_deadline() -> None:
    # (a control) a deadline's count of days is the text's, not the task's length
    a = answer(_kb(), "hvor mange uger før go-live skal humlelisten sendes?")
    assert a.found and "4 uger" in a.answer, a.answer
    assert "9 dage" not in a.answer, a.answer


def test_an_unplanned_when_is_no_length() -> None:
    # (a control) the hours a rule gives are no length of the task
    a = answer(_kb(), "hvornår må haverne bruges?")
    assert "4 dage" not in a.answer, a.answer


_CONSEQUENCES = """## RAKE 1 – Aftale om Rankeportalen
**Master-opgave ID** 58110
**Opgavetitel** RAKE 1 – Aftale om Rankeportalen
**Projekt** Fælles Rankehaver
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –10
**Bølger** Rankehaver – Bølge 1
**Beskrivelse** Rankeportalen er en fælles app, hvor borgerne finder kommunens rankehaver. Aftalen om Rankeportalen skal være underskrevet, før haverne kan vises i app'en.

Send aftalen til KOMBIT senest 6 uger før go-live.

Uden aftalen kan borgerne ikke reservere en rankehave.
**Anbefalet udfører** Haveformidleren
## RAKE 2 – Databehandleraftale om Rankeportalen
**Master-opgave ID** 58111
**Opgavetitel** RAKE 2 – Databehandleraftale om Rankeportalen
**Projekt** Fælles Rankehaver
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –8
**Bølger** Rankehaver – Bølge 1
**Beskrivelse** Databehandleraftalen skal være på plads, før borgernes reservationer kan gemmes i Rankeportalen.
**Anbefalet udfører** Haveformidleren
"""


@cache
def _consequences_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_CONSEQUENCES)])


@pytest.mark.parametrize("question", [
    "hvad sker der hvis vi ikke har aftalen om Rankeportalen?",
    "hvad sker der, hvis aftalen om Rankeportalen ikke bliver underskrevet?",
])
def test_an_outcome_said_outright_beats_a_precondition(question: str) -> None:
    # 'Uden aftalen kan borgerne ikke reservere' says what follows; 'skal være underskrevet, før haverne
    # kan vises' says only what the agreement is needed for, though it repeats more of the question
    a = answer(_consequences_kb(), question)
    assert a.found and "reservere" in a.answer, a.answer
    assert "før haverne" not in a.answer, a.answer


def test_a_precondition_alone_still_answers() -> None:
    # (a control) where the text says nothing else, the precondition is what it says
    a = answer(_consequences_kb(), "hvad sker der hvis databehandleraftalen om Rankeportalen ikke er på plads?")
    assert a.found and "reservationer" in a.answer, a.answer
