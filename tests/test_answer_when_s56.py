# ruff: noqa: E501
"""When-questions (session 56), on tasks written here: the time set aside for a task ('hvor mange dage er
der afsat til X?', 'hvor lang tid tager opgaven med X?') is its Opgave varighed, not a deadline its text
states; 'hvornår starter X?' of an event gets the hour its text holds it at; an event whose text holds a
day this reading cannot tie to it is not answered by the task's window; a deadline whose deed is done to
a pronoun ('X offentliggør dem inden for 4 dage') is of the thing the sentence before opens on."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## DRIV 2 – Plantelisten til Glasvang Data
**Master-opgave ID** 66202
**Opgavetitel** DRIV 2 – Plantelisten til Glasvang Data
**Projekt** Fælles Drivhuse
**Fase** Fase 2 – Data
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 9
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –15
**Bølger** Drivhuse – Bølge 1
**Beskrivelse** Plantelisten godkendes af gartnerichefen og sendes til Glasvang Data senest 4 uger før go-live. Glasvang Data lægger planterne ind inden for 5 arbejdsdage.
**Metode og fremgangsmåde**
1. Udfyld plantelisten
2. Få listen godkendt
**Anbefalet udfører** Gartneren
## DRIV 3 – Budget til drivhusene
**Master-opgave ID** 66210
**Opgavetitel** DRIV 3 – Budget til drivhusene
**Projekt** Fælles Drivhuse
**Fase** Fase 2 – Data
**Prioritet** Prioritet 2
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –10
**Bølger** Drivhuse – Bølge 1
**Beskrivelse** Der er afsat 40.000 kr. til nye drivhusvinduer. Budgettet godkendes af økonomichefen.
**Anbefalet udfører** Økonomimedarbejderen
## DRIV 4 – Valgfrit: Planteturdagen
**Master-opgave ID** 66218
**Opgavetitel** DRIV 4 – Valgfrit: Planteturdagen
**Projekt** Fælles Drivhuse
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Slutdato (fra Go-Live)** 20
**Startdato (fra Slutdato)** –2
**Bølger** Drivhuse – Bølge 2
**Beskrivelse** Planteturdagen er gratis for kommunens gartnere.
Turen er søndag den 3. juni 2029 kl. 9.00-12.00 fra Glasvang Station.
Tilmelding senest 6 arbejdsdage før go-live.
**Anbefalet udfører** Gartneren
## DRIV 5 – Sikkerhedsregler for væksthusene
**Master-opgave ID** 66225
**Opgavetitel** DRIV 5 – Sikkerhedsregler for væksthusene
**Projekt** Fælles Drivhuse
**Fase** Fase 2 – Data
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 7
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –12
**Bølger** Drivhuse – Bølge 1
**Beskrivelse** Ordensreglerne vedtages af teknikudvalget og sendes til Sprossehus Service senest 6 uger før go-live. Sprossehus Service offentliggør dem i Drivhuskortet inden for 4 dage efter modtagelsen.
**Anbefalet udfører** Gartneren
## SÆBE 2 – Kassefesten i parken (valgfri)
**Master-opgave ID** 66238
**Opgavetitel** SÆBE 2 – Kassefesten i parken (valgfri)
**Projekt** Fælles Drivhuse
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Slutdato (fra Go-Live)** 35
**Startdato (fra Slutdato)** –2
**Bølger** Drivhuse – Bølge 2
**Beskrivelse** Kassefesten er gratis. Der er plads til 80. Der serveres saft. Konferencieren Bo Hjulby styrer scenen. Alle kan deltage. Den finder sted lørdag den 2. juni 2029 kl. 13.00-16.00 i Bytoften.
**Anbefalet udfører** Skolekoordinatoren
## SÆBE 1 – Sæbekasseløbet på Bakkevej (valgfri)
**Master-opgave ID** 66231
**Opgavetitel** SÆBE 1 – Sæbekasseløbet på Bakkevej (valgfri)
**Projekt** Fælles Drivhuse
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Slutdato (fra Go-Live)** 25
**Startdato (fra Slutdato)** –3
**Bølger** Drivhuse – Bølge 2
**Beskrivelse** Sæbekasseløbet er et tilbud til kommunens skoler. Løbet varer 4 timer og er gratis. Det afholdes lørdag den 12. maj 2029 kl. 11.00-15.00 på Bakkevej 4, 8831 Kassebjerg. Der er plads til 30 kasser. Dommeren Ole Hjulmand forklarer reglerne. Skolerne tilmelder sig senest 3 uger før go-live.
**Resultat** Kommunens skoler har deltaget i Sæbekasseløbet.
**Anbefalet udfører** Skolekoordinatoren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "hvor mange dage er der afsat til plantelisten?",
    "hvor lang tid er der sat af til plantelisten til Glasvang Data?",
    "hvor mange dage varer opgaven med plantelisten?",
    "hvor mange dage er afsat til DRIV 2?",
])
def test_the_time_set_aside_for_a_task_is_its_duration(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "9 dage" in a.answer, a.answer
    assert "4 uger" not in a.answer, a.answer


def test_money_set_aside_is_no_duration() -> None:
    # (a control, answered so before too) an amount set aside is no length of time
    a = answer(_kb(), "hvor mange penge er afsat til drivhusvinduerne?")
    assert "6 dage" not in a.answer, a.answer


def test_a_deed_done_to_a_pronoun_is_done_to_the_thing_before() -> None:
    # 'Sprossehus Service offentliggør dem ...': 'dem' is the rules the sentence before opens on, so the
    # publishing's deadline answers, not the sending's
    a = answer(_kb(), "hvor hurtigt offentliggør Sprossehus Service ordensreglerne?")
    assert a.found and "4 dage" in a.answer, a.answer
    assert "6 uger" not in a.answer, a.answer


def test_the_sending_is_still_the_sendings() -> None:
    # (a control) the sending's deadline, not the publishing's
    a = answer(_kb(), "hvornår skal ordensreglerne sendes til Sprossehus Service?")
    assert a.found and "6 uger" in a.answer, a.answer


def test_the_things_deadline_still_answers_when_it_is_asked() -> None:
    # (a control) the list's sending has a deadline of its own
    a = answer(_kb(), "hvornår skal plantelisten sendes til Glasvang Data?")
    assert a.found and "4 uger" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    # a pronoun just after a sentence that opens on the event's head ('Løbet varer ... Det afholdes ...')
    ("hvornår er sæbekasseløbet?", "12. maj 2029"),
    # the hour of an event, not the task's start
    ("hvornår starter sæbekasseløbet?", "kl. 11.00"),
    ("hvornår på dagen begynder sæbekasseløbet?", "kl. 11.00"),
])
def test_an_events_day_and_hour(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer
    assert "Slutdato" not in a.answer, a.answer


def test_an_event_held_on_a_day_not_tied_to_it_gets_no_window() -> None:
    # 'Den finder sted ...' five sentences after the feast is named: too far to tie, and the task's
    # window is no event's day: not found, the window only as the closest the tasks say
    a = answer(_kb(), "hvornår er kassefesten?")
    assert not a.found, a.answer


def test_the_tasks_start_is_still_the_tasks() -> None:
    # (a control) the word for the task asks the task's own start
    a = answer(_kb(), "hvornår starter opgaven med sæbekasseløbet?")
    assert "12. maj 2029" not in a.answer, a.answer


def test_a_sign_up_is_not_dated_by_the_event() -> None:
    # (a control) the sign-up's deadline, not the race's day
    a = answer(_kb(), "hvornår skal skolerne tilmelde sig sæbekasseløbet?")
    assert "12. maj 2029" not in a.answer, a.answer
