# ruff: noqa: E501
"""When-questions (session 61), on tasks written here: 'i bookingsystemet' / 'ind i systemet' refers to the
system a task defines ('Dragebogen er det fælles bookingsystem'), so a deadline that says '... oprettes i
Dragebogen senest ...' answers it; a definite head ('kortet') refers to the thing its task's title names
('Flyvekortet'); and 'hvor lang tid tager <the title's thing>?' asks the task's own duration, not the
deadline of a deed of that thing."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.name_kinds import name_kinds
from knowledge.qa.pipeline import answer

_TASKS = """## DRAG 1 – Tilslutningsaftale til Dragebogen
**Master-opgave ID** 61201
**Opgavetitel** DRAG 1 – Tilslutningsaftale til Dragebogen
**Projekt** Fælles Drager
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –10
**Bølger** Drager – Bølge 1
**Beskrivelse** Dragebogen er det fælles bookingsystem, hvor kommunens drageklubber booker flyvepladser på strandengene.

• Pris: 1.150 kr. pr. kvartal
• Binding: 24 måneder

Tilslutningsaftalen underskrives af direktøren for Fritid og Friluft og sendes til KOMBIT senest 5 uger før go-live med emnet "Dragebogen – tilslutning".
**Anbefalet udfører** Dragekoordinatoren
## DRAG 2 – Flyvekortet
**Master-opgave ID** 61202
**Opgavetitel** DRAG 2 – Flyvekortet
**Projekt** Fælles Drager
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –21
**Startdato (fra Slutdato)** –9
**Bølger** Drager – Bølge 1
**Beskrivelse** Kommunen tegner alle flyvepladser op. Flyvekortet godkendes af lederen af Fritid og Friluft og sendes til Vindpose Data senest 3 uger før go-live. Vindpose Data opretter pladserne i Dragebogen inden for 4 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Dragekoordinatoren
## DRAG 3 – Dragedagen (valgfri)
**Master-opgave ID** 61203
**Opgavetitel** DRAG 3 – Dragedagen (valgfri)
**Projekt** Fælles Drager
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 14
**Startdato (fra Slutdato)** –8
**Bølger** Drager – Bølge 1
**Beskrivelse** Kommunen kan holde Dragedagen lørdag den 3. maj 2031 kl. 10-15 på Strandengen. Dragedagen er valgfri. Dragedagen oprettes i Dragebogen senest 9 dage før go-live.
**Anbefalet udfører** Dragekoordinatoren
## DRAG 4 – Trådlisten
**Master-opgave ID** 61204
**Opgavetitel** DRAG 4 – Trådlisten
**Projekt** Fælles Drager
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –18
**Startdato (fra Slutdato)** –7
**Bølger** Drager – Bølge 1
**Beskrivelse** Kommunen laver en liste over klubbernes dragetråde. Trådlisten godkendes af chefen for Fritid og Friluft og sendes til Vindpose Data senest 6 arbejdsdage før go-live. Vindpose Data lægger listen ind i Dragebogen inden for 2 arbejdsdage efter modtagelsen.
**Resultat** Serviceaftalen er underskrevet, og Trådlisten er godkendt.
**Anbefalet udfører** Dragekoordinatoren
## DRAG 5 – Opstartsmøde for drageklubberne
**Master-opgave ID** 61205
**Opgavetitel** DRAG 5 – Opstartsmøde for drageklubberne
**Projekt** Fælles Drager
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 20
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –25
**Bølger** Drager – Bølge 1
**Beskrivelse** Kommunen inviterer drageklubberne til et opstartsmøde i rådhuset. Mødet varer tre timer.
**Anbefalet udfører** Dragekoordinatoren
## HAVN 1 – Bådlisten
**Master-opgave ID** 61211
**Opgavetitel** HAVN 1 – Bådlisten
**Projekt** Fælles Havne
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** –12
**Startdato (fra Slutdato)** –4
**Bølger** Havne – Bølge 1
**Beskrivelse** Havnefogeden laver en liste over jollerne og et kort over kajerne. Bådlisten lægges ind i Kajbogen senest 8 dage før go-live.
**Anbefalet udfører** Havnefogeden
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_a_name_defined_with_its_kind_is_read_once() -> None:
    # 'Dragebogen er det fælles bookingsystem, hvor ...' defines the name's kind; 'Dragedagen er valgfri'
    # (an adjective) and 'Serviceaftalen er underskrevet' (a participle, no proper name) define none
    kinds = name_kinds(index_for(_kb()))
    assert kinds.get("dragebog") == frozenset({"bookingsystem"}), kinds
    assert "dragedag" not in kinds and "serviceaftal" not in kinds, kinds


@pytest.mark.parametrize(("question", "said"), [
    ("hvornår skal dragedagen ligge i bookingsystemet?", "9 dage"),
    ("hvor mange dage før go-live skal dragedagen være oprettet i bookingsystemet", "9 dage"),
    ("When must Dragedagen be set up in the booking system?", "9 dage"),
])
def test_the_defined_system_is_the_one_asked_about(question: str, said: str) -> None:
    # 'bookingsystemet', 'systemet': Dragebogen, which a task defines as the booking system
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_the_system_said_by_its_head_stays_answered() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvor hurtigt kommer trådlisten ind i systemet")
    assert a.found and "2 arbejdsdage" in a.answer, a.answer


def test_an_undefined_system_stays_unsaid() -> None:
    # (a control) no task says what Kajbogen is: 'bookingsystemet' is not known to be it
    a = answer(_kb(), "hvornår skal bådlisten ligge i bookingsystemet?")
    assert not a.found, a.answer


def test_the_definite_head_of_the_titled_thing_is_that_thing() -> None:
    # 'kortet' in the task titled 'Flyvekortet' is the map: its receipt starts the firm's 4 working days
    a = answer(_kb(), "hvor hurtigt skal vindpose oprette flyvepladserne efter de har fået kortet")
    assert a.found and "4 arbejdsdage" in a.answer, a.answer


def test_a_definite_noun_of_another_tasks_title_is_not_this_map() -> None:
    # (a control) 'trådlisten' is another task's thing: not the map's 4 working days
    a = answer(_kb(), "hvor hurtigt skal vindpose oprette flyvepladserne efter de har fået trådlisten")
    assert not (a.found and "4 arbejdsdage" in a.answer), a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Hvor lang tid tager trådlisten?", "5 dage"),
    ("hvor længe varer trådlisten", "5 dage"),
])
def test_how_long_the_titled_thing_takes_is_the_tasks_duration(question: str, said: str) -> None:
    # the task's Opgave varighed, not the list's 'senest 6 arbejdsdage før go-live'
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer
    assert "senest" not in a.answer, a.answer


def test_how_long_the_map_takes_stays_the_tasks_duration() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvor lang tid tager flyvekortet")
    assert a.found and "6 dage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "How long is the kick-off meeting?",
    "how long does the kick-off meeting last?",
])
def test_how_long_a_meeting_the_text_times_lasts_is_its_own_length(question: str) -> None:
    # (a control) 'Mødet varer tre timer': the meeting's own length, not the task's 20 days
    a = answer(_kb(), question)
    assert a.found and "tre timer" in a.answer, a.answer


def test_how_long_the_firm_has_is_still_its_deadline() -> None:
    # (a control) a deed of the thing asked: the firm's span after receipt
    a = answer(_kb(), "hvor lang tid har Vindpose Data til at lægge trådlisten ind i Dragebogen?")
    assert a.found and "2 arbejdsdage" in a.answer, a.answer


def test_when_the_list_is_sent_is_still_its_deadline() -> None:
    # (a control) asked when the list is sent, the sending sentence answers
    a = answer(_kb(), "hvornår skal trådlisten sendes til Vindpose Data?")
    assert a.found and "6 arbejdsdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår slutter Dragedagen-opgaven set i forhold til go-live?",
    "hvornår skal trådlisten være færdig målt i forhold til go-live",
])
def test_seen_relative_to_go_live_is_the_tasks_offset(question: str) -> None:
    # 'set i forhold til go-live' says what the time is counted from; 'set' is no thing asked about
    a = answer(_kb(), question)
    assert a.found and ("Slutdato 14" in a.answer or "Slutdato -18" in a.answer), a.answer


def test_relative_to_go_live_without_set_stays_answered() -> None:
    # (a control) answered so before
    a = answer(_kb(), "Hvornår slutter Dragedagen-opgaven i forhold til go-live?")
    assert a.found and "Slutdato 14" in a.answer, a.answer


def test_the_first_part_of_the_titled_compound_done_is_the_tasks_end() -> None:
    # 'tilslutningen til Dragebogen' is the title's 'Tilslutningsaftale til Dragebogen': done at the task's
    # end (Slutdato -40), not the agreement's sending 'senest 5 uger før go-live'
    a = answer(_kb(), "Hvornår skal tilslutningen til Dragebogen være færdig?")
    assert a.found and "Slutdato -40" in a.answer, a.answer


def test_when_the_agreement_is_sent_is_still_its_deadline() -> None:
    # (a control) a deed of the agreement: its sending deadline
    a = answer(_kb(), "hvornår skal tilslutningsaftalen sendes til KOMBIT?")
    assert a.found and "5 uger" in a.answer, a.answer
