# ruff: noqa: E501
"""When- and consequence questions (session 59), on tasks written here: the time a thing must reach a
party is the time of a clause that sends it there by a pronoun ('..., og send den til KOMBIT senest ...');
'hvad betyder det, hvis X ikke har Y?' asks what follows, as 'hvad sker der, hvis ...' does; and a thing
without something that cannot be used ('Baner uden net kan ikke bookes') is what follows from lacking it."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## KRKT 1 – Tilslutning til Kroketkortet
**Master-opgave ID** 59101
**Opgavetitel** KRKT 1 – Tilslutning til Kroketkortet
**Projekt** Fælles Kroketbaner
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Kroketbaner – Bølge 1
**Beskrivelse** Kroketkortet er en fælles app, hvor borgerne booker en kroketbane. Få tilslutningsaftalen underskrevet af direktøren for Sport og Spil, og send den til KOMBIT senest 9 uger før go-live.
**Anbefalet udfører** Banekoordinatoren
## KRKT 2 – Baneoversigten
**Master-opgave ID** 59102
**Opgavetitel** KRKT 2 – Baneoversigten
**Projekt** Fælles Kroketbaner
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 8
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –10
**Bølger** Kroketbaner – Bølge 1
**Beskrivelse** Kommunen laver en oversigt over sine kroketbaner.

- Underlag: græs eller grus
- Lys: mindst 150 lux
- Buer: 6 pr. bane

Kroketbaner uden lys kan ikke bookes efter solnedgang.

Baneoversigten godkendes af lederen af Park og Fritid og sendes til Køllemand Data senest 3 uger før go-live. Banerne oprettes i Kroketkortet inden for 4 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Banekoordinatoren
## KRKT 3 – Kroketreglerne
**Master-opgave ID** 59103
**Opgavetitel** KRKT 3 – Kroketreglerne
**Projekt** Fælles Kroketbaner
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –28
**Startdato (fra Slutdato)** –9
**Bølger** Kroketbaner – Bølge 1
**Beskrivelse** Kroketreglerne vedtages af fritidsudvalget og sendes til Buegaard Service senest 5 uger før go-live. Buegaard Service trykker reglerne på skilte ved banerne inden for 6 arbejdsdage.
**Anbefalet udfører** Banekoordinatoren
## KRKT 4 – Kroketdagen (valgfri)
**Master-opgave ID** 59104
**Opgavetitel** KRKT 4 – Kroketdagen (valgfri)
**Projekt** Fælles Kroketbaner
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 14
**Startdato (fra Slutdato)** –7
**Bølger** Kroketbaner – Bølge 1
**Beskrivelse** Kommunen kan holde en Kroketdag lørdag den 12. juni 2032 kl. 11-15 på Buevej 3. Kroketdagen oprettes i Kroketkortet senest 10 dage før go-live.
**Anbefalet udfører** Banekoordinatoren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Hvornår skal tilslutningsaftalen til Kroketkortet være hos KOMBIT?",
    "hvornår skal kroketkortets tilslutningsaftale være hos kombit",
])
def test_the_time_a_thing_reaches_a_party_sent_there_by_a_pronoun(question: str) -> None:
    # 'send den til KOMBIT senest 9 uger før go-live': 'til KOMBIT' is where the question asks it be,
    # not a party beside the timed deed
    a = answer(_kb(), question)
    assert a.found and "9 uger" in a.answer, a.answer


def test_another_party_is_still_not_the_recipient() -> None:
    # (a control) the party the text sends it to is KOMBIT; the time is not given for another one
    a = answer(_kb(), "Hvornår skal tilslutningsaftalen til Kroketkortet være hos Køllemand Data?")
    assert not (a.found and "9 uger" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "Hvad betyder det, hvis en kroketbane ikke har lys?",
    "hvad betyder det hvis kroketbanen mangler lys",
])
def test_what_it_means_if_a_thing_lacks_something_is_what_follows(question: str) -> None:
    # not the list's 'Lys: mindst 150 lux', which says how much light, not what follows without it
    a = answer(_kb(), question)
    assert a.found and "solnedgang" in a.answer, a.answer
    assert "150 lux" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvad sker der hvis en kroketbane ikke har lys?",
    "hvad sker der, hvis kroketbanerne mangler lys?",
    "hvad er konsekvensen af at en kroketbane ikke har lys",
])
def test_a_thing_without_something_that_cannot_be_used_is_a_consequence(question: str) -> None:
    # 'Kroketbaner uden lys kan ikke bookes ...' says what follows from lacking light
    a = answer(_kb(), question)
    assert a.found and "solnedgang" in a.answer, a.answer
    assert "150 lux" not in a.answer, a.answer


def test_a_value_on_the_list_is_still_the_value() -> None:
    # (a control) what the list gives is asked as before
    a = answer(_kb(), "hvor mange buer er der pr. bane?")
    assert a.found and "6 pr. bane" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvad gør Buegaard Service, når de har fået kroketreglerne?", "trykker reglerne"),
    ("hvad sker der når Buegaard Service har modtaget kroketreglerne", "trykker reglerne"),
    ("hvad sker der, når Køllemand Data har fået baneoversigten?", "oprettes i Kroketkortet"),
])
def test_what_a_party_does_once_it_has_the_thing(question: str, said: str) -> None:
    # not only the sentence that sends the thing to the party: what it does once it has it
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_when_the_thing_is_sent_is_still_the_sending() -> None:
    # (a control) asked when it is sent, the sending sentence answers
    a = answer(_kb(), "hvornår skal kroketreglerne sendes til Buegaard Service?")
    assert a.found and "5 uger" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvornår er kroketdagen?", "12. juni 2032"),
    ("hvad tid på dagen foregår kroketdagen?", "kl. 11-15"),
    ("hvad tid starter og slutter kroketdagen", "kl. 11-15"),
])
def test_the_day_of_an_event_the_municipality_holds(question: str, said: str) -> None:
    # 'Kommunen kan holde en Kroketdag lørdag den ...' holds the event on that day: not the task's window,
    # nor the deadline for setting it up
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer
    assert "10 dage før go-live" not in a.answer, a.answer


def test_an_events_set_up_deadline_is_still_its_deadline() -> None:
    # (a control) by when it is set up is the deadline, not the day it is held
    a = answer(_kb(), "hvornår skal kroketdagen oprettes i Kroketkortet?")
    assert a.found and "10 dage før go-live" in a.answer, a.answer
