# ruff: noqa: E501
"""When-questions (session 63), on tasks written here: a deadline counted from an event ('... inden for 3
arbejdsdage efter modtagelsen') answers a question that counts from that event too ('after receiving it',
'efter modtagelsen'); and the party its clause opens with as the doer ('Sandbanke Teknik tjekker listen ...')
is the one the question calls the firm or the supplier, unless the project names another party the supplier;
a system named where a thing is put in ('Dagen oprettes i Svanebogen') is the system asked ('i systemet') when
no task of its project defines another; and the thing a task's title names is described by what a task says
it is ('aftalen om havne-appen' for 'Sejlbogen er den app, skolerne bruger til at booke joller i havnen')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## DRGE 1 – Tilslutningsaftale til Dragebogen
**Master-opgave ID** 73101
**Opgavetitel** DRGE 1 – Tilslutningsaftale til Dragebogen
**Projekt** Fælles Drager
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –12
**Bølger** Drager – Bølge 1
**Beskrivelse** Dragebogen er det fælles bookingsystem, hvor borgerne booker pladser på kommunens dragestrand. Stranden passes af et firma.

• Udvikler: Vindpose Data
• Pris: 990 kr. pr. måned

Tilslutningsaftalen underskrives af direktøren for Fritid og Natur og sendes til KOMBIT senest 6 uger før go-live.
**Anbefalet udfører** Fritidskonsulent
## DRGE 2 – Flyvelinerne
**Master-opgave ID** 73102
**Opgavetitel** DRGE 2 – Flyvelinerne
**Projekt** Fælles Drager
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –8
**Bølger** Drager – Bølge 1
**Beskrivelse** Linelisten skal for hver drage indeholde: navn, linelængde og vægt.

Lederen af Dragelauget godkender linelisten og sender den til Sandbanke Teknik senest 3 uger før go-live. Sandbanke Teknik tjekker listen inden for 3 arbejdsdage efter modtagelsen af linelisten.
**Anbefalet udfører** Fritidskonsulent
## DRGE 3 – Strandreglerne
**Master-opgave ID** 73103
**Opgavetitel** DRGE 3 – Strandreglerne
**Projekt** Fælles Drager
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –5
**Bølger** Drager – Bølge 1
**Beskrivelse** Strandreglerne fastsætter, hvor dragerne må flyves.

Reglerne vedtages af fritidsudvalget og sendes til Klitgård Service senest 4 uger før go-live. Klitgård Service lægger reglerne ind i Dragebogen inden for 5 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Fritidskonsulent
## KAJK 1 – Kajakreglerne
**Master-opgave ID** 73201
**Opgavetitel** KAJK 1 – Kajakreglerne
**Projekt** Fælles Kajak
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –5
**Bølger** Kajak – Bølge 1
**Beskrivelse** Kajakreglerne fastsætter, hvor kajakkerne må sejle.

• Leverandør: Padleværk Systemer
• Pris: 640 kr. pr. måned

Reglerne vedtages af fritidsudvalget og sendes til Ålegræs Service senest 4 uger før go-live. Ålegræs Service lægger reglerne ind i Kajakbogen inden for 6 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Fritidskonsulent
## DRGE 4 – Dragedagen (valgfri)
**Master-opgave ID** 73104
**Opgavetitel** DRGE 4 – Dragedagen (valgfri)
**Projekt** Fælles Drager
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 20
**Startdato (fra Slutdato)** –4
**Bølger** Drager – Bølge 1
**Beskrivelse** Dragedagen holdes på stranden. Dagen meldes ind i Vindbogen senest 7 dage før go-live.
**Anbefalet udfører** Fritidskonsulent
## SVNE 3 – Svanedagen (valgfri)
**Master-opgave ID** 73303
**Opgavetitel** SVNE 3 – Svanedagen (valgfri)
**Projekt** Fælles Svaner
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 14
**Startdato (fra Slutdato)** –3
**Bølger** Svaner – Bølge 1
**Beskrivelse** Svanedagen holdes ved søen med 40 pladser, som borgerne booker i Svanebogen. Dagen oprettes i Svanebogen senest 9 dage før go-live.
**Anbefalet udfører** Naturvejleder
## SEJL 1 – Adgang til Sejlbogen for skolerne
**Master-opgave ID** 73401
**Opgavetitel** SEJL 1 – Adgang til Sejlbogen for skolerne
**Projekt** Fælles Sejl
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –35
**Startdato (fra Slutdato)** –10
**Bølger** Sejl – Bølge 1
**Beskrivelse** Sejlbogen er den app, skolerne bruger til at booke joller i havnen.

Aftalen signeres af direktøren for Børn og Unge og sendes til KOMBIT senest 30 dage før go-live.
**Anbefalet udfører** Skolekonsulent
## SEJL 2 – Jollereglerne
**Master-opgave ID** 73402
**Opgavetitel** SEJL 2 – Jollereglerne
**Projekt** Fælles Sejl
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –5
**Bølger** Sejl – Bølge 1
**Beskrivelse** Reglerne for joller vedtages af børne- og ungeudvalget og sendes til Tovværk Service senest 3 uger før go-live.
**Anbefalet udfører** Skolekonsulent
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "How long does the firm have to check the line list?",
    "Hvor lang tid har firmaet til at tjekke linelisten?",
])
def test_the_named_doer_is_the_firm_asked(question: str) -> None:
    # 'Sandbanke Teknik tjekker listen inden for 3 arbejdsdage ...': the firm that checks it is the one named
    a = answer(_kb(), question)
    assert a.found and "3 arbejdsdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvor lang tid har firmaet til at tjekke linelisten efter modtagelsen?",
    "How fast must the firm enter the beach rules after receipt?",
])
def test_a_question_counted_from_the_receipt_is_answered_by_the_window(question: str) -> None:
    # 'efter modtagelsen', 'after receipt' is the deadline's own anchor, no other thing asked about
    a = answer(_kb(), question)
    assert a.found and "arbejdsdage efter modtagelsen" in a.answer, a.answer


def test_the_sending_deadline_stays_answered() -> None:
    # (a control) by when the list is sent to the firm is the leader's deadline, not the firm's window
    a = answer(_kb(), "By when must the line list be sent to Sandbanke Teknik?")
    assert a.found and "3 uger" in a.answer and "3 arbejdsdage" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "How long does the supplier have to enter the kayak rules after receiving them?",
    "How long does the firm have to check the line list after the kite festival?",
])
def test_a_thing_the_tasks_do_not_know_stays_unanswered(question: str) -> None:
    # (controls) 'kayak', 'kite festival' are said nowhere: the window's framing words are no support for it
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_the_asked_party_is_no_other_one() -> None:
    # (a control) the municipality is no firm: the firm's window stays the firm's
    a = answer(_kb(), "How long does the municipality have to check the kayak rules?")
    assert not (a.found and "6 arbejdsdage" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "hvornår er fristen for at oprette svanedagen i systemet",
    "By when must the swan day be created in the booking system?",
])
def test_the_system_a_thing_is_put_in_is_the_one_asked(question: str) -> None:
    # no task says what Svanebogen is, but 'Dagen oprettes i Svanebogen' puts the day in it: 'i systemet'
    a = answer(_kb(), question)
    assert a.found and "9 dage" in a.answer, a.answer


def test_a_narrower_system_the_tasks_do_not_say_stays_unsaid() -> None:
    # (a control) nothing is paid in Svanebogen: 'betalingssystemet' is not known to be it
    a = answer(_kb(), "hvornår skal svanedagen oprettes i betalingssystemet?")
    assert not (a.found and "9 dage" in a.answer), a.answer


def test_the_system_a_task_defines_is_no_other_name() -> None:
    # (a control) 'Dragebogen er det fælles bookingsystem': the booking system of the project is Dragebogen,
    # not the Vindbogen the day is reported to
    a = answer(_kb(), "hvornår skal dragedagen meldes ind i bookingsystemet?")
    assert not (a.found and "7 dage" in a.answer), a.answer


def test_another_supplier_named_keeps_the_doer_unnamed() -> None:
    # the project names Padleværk Systemer its supplier: Ålegræs Service is not the supplier asked
    from knowledge.index import index_for
    from knowledge.qa.deadline_words import supplier_does

    index = index_for(_kb())
    kayak = next(i for i, t in enumerate(index.tasks) if t.id == "73201")
    lines = next(i for i, t in enumerate(index.tasks) if t.id == "73102")
    assert not supplier_does(index, "Ålegræs Service lægger reglerne ind i Kajakbogen inden for 6 arbejdsdage",
                             kayak)
    assert supplier_does(index, "Sandbanke Teknik tjekker listen inden for 3 arbejdsdage", lines)


@pytest.mark.parametrize("question", [
    "hvor mange dage før go-live skal aftalen om havne-appen være sendt",
    "hvor mange dage før go-live skal aftalen om jolle-appen være sendt",
])
def test_the_titled_thing_described_names_the_deadlines_task(question: str) -> None:
    # 'Sejlbogen er den app, skolerne bruger til at booke joller i havnen': the app in the harbour is the
    # thing of the task 'Adgang til Sejlbogen', whose agreement is sent 30 days before go-live
    a = answer(_kb(), question)
    assert a.found and "30 dage" in a.answer, a.answer


def test_a_description_the_tasks_do_not_give_stays_unsaid() -> None:
    # (a control) nothing in the tasks is a bathing app
    a = answer(_kb(), "hvornår skal aftalen om bade-appen være sendt")
    assert not a.found, a.answer


def test_an_event_counted_the_other_way_is_not_the_anchor() -> None:
    # 'senest 10 dage før Dragedagen' counts back from the kite day: 'efter dragedagen' asks another time
    from knowledge.index import index_for
    from knowledge.models import DeadlineUnit, TextDeadline
    from knowledge.qa.analysis import analyse
    from knowledge.qa.deadline_words import counted_from_words

    index = index_for(_kb())
    before = TextDeadline(text="Linelisten sendes senest 10 dage før Dragedagen", days=-10,
                          unit=DeadlineUnit.DAYS, anchor="Dragedagen")
    asked_after = analyse(index, "hvornår skal linelisten sendes efter dragedagen?")
    asked_before = analyse(index, "hvor mange dage før dragedagen skal linelisten sendes?")
    assert not counted_from_words(asked_after, [before])
    assert counted_from_words(asked_before, [before])


def test_a_kind_the_question_narrows_otherwise_is_not_the_titled_thing() -> None:
    # (a control) 'den gamle app' is another app than the one 'Sejlbogen er den app, ...' describes
    a = answer(_kb(), "hvor mange dage før go-live skal aftalen om den gamle app være sendt")
    assert not (a.found and "30 dage" in a.answer), a.answer
