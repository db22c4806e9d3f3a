# ruff: noqa: E501
"""When-questions (session 60), on tasks written here: 'slutdatoen for <the title's thing>' names the
task's own date field, so its Slutdato answers, not a text deadline for sending the thing; 'går vi i gang
med X' (the subject after the verb) is the glossary's 'gå i gang med'; and 'hvornår starter vi på
<event>?' asks when we start the work, not the day the event is held."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## VEJR 1 – Tilslutning til Vejrkassen
**Master-opgave ID** 60101
**Opgavetitel** VEJR 1 – Tilslutning til Vejrkassen
**Projekt** Fælles Vejrstationer
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –44
**Startdato (fra Slutdato)** –13
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** Vejrkassen er en fælles app, hvor skolerne aflæser kommunens vejrstationer.

• Pris: 1.310 kr. pr. kvartal
• Binding: 30 måneder
• Support: hverdage 8.00-15.00

Få tilslutningsaftalen underskrevet af direktøren for Miljø og Læring, og send den til KOMBIT senest 8 uger før go-live.
**Anbefalet udfører** Stationskoordinatoren
## VEJR 2 – Målerlisten
**Master-opgave ID** 60102
**Opgavetitel** VEJR 2 – Målerlisten
**Projekt** Fælles Vejrstationer
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 7
**Slutdato (fra Go-Live)** –23
**Startdato (fra Slutdato)** –11
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** Kommunen laver en liste over sine regnmålere og vindmålere. Målerlisten godkendes af lederen af Natur og Vand og sendes til Barometer Data senest 6 arbejdsdage før go-live. Barometer Data lægger listen ind i Vejrkassen inden for 3 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Stationskoordinatoren
## VEJR 3 – Aflæsningsaftalen
**Master-opgave ID** 60103
**Opgavetitel** VEJR 3 – Aflæsningsaftalen
**Projekt** Fælles Vejrstationer
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –19
**Startdato (fra Slutdato)** –6
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** Aflæsningsaftalen gælder i 2 år. Aftalens slutdato er 30. juni 2034. Aftalen underskrives af direktøren for Miljø og Læring og sendes til Barometer Data senest 4 uger før go-live.
**Anbefalet udfører** Stationskoordinatoren
## VEJR 4 – Vejrdagen (valgfri)
**Master-opgave ID** 60104
**Opgavetitel** VEJR 4 – Vejrdagen (valgfri)
**Projekt** Fælles Vejrstationer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 16
**Startdato (fra Slutdato)** –9
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** Kommunen kan holde Vejrdagen onsdag den 8. september 2032 kl. 9-14 ved Skyvej 5. Børnene bygger deres egen regnmåler. Vejrdagen oprettes i Vejrkassen senest 11 dage før go-live.
**Anbefalet udfører** Stationskoordinatoren
## VEJR 5 – Lån af vejrkufferter (valgfri)
**Master-opgave ID** 60105
**Opgavetitel** VEJR 5 – Lån af vejrkufferter (valgfri)
**Projekt** Fælles Vejrstationer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** <p>Skolerne kan låne kufferter med termometre og vindmålere hos Skymand Udlejning.</p><ul><li>- Pr. lån: 6 kufferter</li><li>- Udlånsperiode: 18 dage</li><li>- Pris: 240 kr. pr. lån</li></ul><p>Kufferaftalen skrives under af skolechefen og mailes til Skymand Udlejning senest 12 dage før første skoledag.</p>
**Anbefalet udfører** Stationskoordinatoren
## VEJR 6 – Leje af vejrballon (valgfri)
**Master-opgave ID** 60106
**Opgavetitel** VEJR 6 – Leje af vejrballon (valgfri)
**Projekt** Fælles Vejrstationer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Bølger** Vejrstationer – Bølge 1
**Beskrivelse** <p>Kommunen kan leje en vejrballon hos Skymand Udlejning.</p><ul><li>- Lejeperiode: op til 4 dage pr. leje</li><li>- Pris: 900 kr. pr. leje</li></ul><p>Ballonen bestilles senest 9 dage før brug.</p>
**Anbefalet udfører** Stationskoordinatoren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "Hvad er slutdatoen for målerlisten?",
    "hvornår er slutdatoen for målerlisten i forhold til go-live",
])
def test_the_end_date_of_the_titles_thing_is_the_tasks_own(question: str) -> None:
    # 'Slutdato' is the task's field: -23, not the list's sending 'senest 6 arbejdsdage før go-live'
    a = answer(_kb(), question)
    assert a.found and "23" in a.answer, a.answer
    assert "6 arbejdsdage" not in a.answer, a.answer


def test_the_end_date_in_english_stays_the_tasks_own() -> None:
    # (a control) the English reading answered so already
    a = answer(_kb(), "What is the end date of the gauge list (målerlisten)?")
    assert a.found and "23" in a.answer, a.answer


def test_when_the_thing_is_sent_is_still_its_deadline() -> None:
    # (a control) asked when the list is sent, the sending sentence answers
    a = answer(_kb(), "hvornår skal målerlisten sendes til Barometer Data?")
    assert a.found and "6 arbejdsdage" in a.answer, a.answer


def test_a_text_that_writes_its_own_end_date_is_not_the_field() -> None:
    # (a control) 'Aftalens slutdato er 30. juni 2034': the agreement's end date, not the task's -19
    a = answer(_kb(), "hvad er slutdatoen for aflæsningsaftalen?")
    assert "Slutdato -19" not in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvornår går vi i gang med målerlisten", "Startdato -11"),
    ("hvornår kommer vi i gang med VEJR 1", "Startdato -13"),
])
def test_going_in_gang_with_the_subject_after_the_verb_asks_the_start(question: str, said: str) -> None:
    # 'går vi i gang med' is 'gå i gang med' with its subject after the verb: the task's start
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvornår går vi i gang med vejrdagen",
    "hvornår starter vi på vejrdagen?",
])
def test_our_start_on_an_event_task_is_the_tasks_start(question: str) -> None:
    # we start the work on the task, not the day the event is held
    a = answer(_kb(), question)
    assert a.found and "Startdato -9" in a.answer, a.answer
    assert "8. september" not in a.answer, a.answer


def test_when_the_event_starts_is_still_its_day() -> None:
    # (a control) the event's own start is its day and hour
    a = answer(_kb(), "hvornår starter vejrdagen?")
    assert a.found and "8. september" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvilken dag er Vejrdagen?",
    "hvilken dag er vejrdagen",
])
def test_which_day_an_event_is_is_its_day_not_its_set_up_deadline(question: str) -> None:
    # 'hvilken dag' asks the day the event is held, not by when it is created ('oprettes ... senest')
    a = answer(_kb(), question)
    assert a.found and "8. september 2032" in a.answer, a.answer
    assert "11 dage" not in a.answer, a.answer


def test_when_the_event_is_created_is_still_its_deadline() -> None:
    # (a control) asked by when the event is created, its deadline answers
    a = answer(_kb(), "hvornår skal vejrdagen oprettes i Vejrkassen?")
    assert a.found and "11 dage" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvor mange dage må man låne kufferterne", "18 dage"),
    ("hvor mange dage kan man leje vejrballonen ad gangen?", "4 dage"),
    ("hvor længe må vi beholde vejrkufferterne?", "18 dage"),
    ("hvor længe må vi beholde vejrballonen", "4 dage"),
])
def test_how_long_a_thing_may_be_lent_is_its_period_label(question: str, said: str) -> None:
    # 'Udlånsperiode: 18 dage', 'Lejeperiode: op til 4 dage': the period of the deed asked, not a
    # deadline the task counts in the same unit ('senest 12 dage før første skoledag')
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvor længe må skolerne låne vejrkufferterne?", "18 dage"),
    ("hvor længe kan vi leje vejrballonen", "4 dage"),
])
def test_the_period_label_found_by_its_words_stays_the_answer(question: str, said: str) -> None:
    # (a control) answered so before: the label's value
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


def test_the_deadline_of_the_loan_paper_is_still_its_deadline() -> None:
    # (a control) asked when the paper is mailed, its deadline answers
    a = answer(_kb(), "hvornår skal kufferaftalen mailes til Skymand Udlejning?")
    assert a.found and "12 dage" in a.answer, a.answer


def test_a_period_of_another_deed_is_no_answer() -> None:
    # (a control) the loan's period says nothing of how long a booking is kept
    a = answer(_kb(), "hvor længe gemmes bookingerne af vejrkufferterne?")
    assert "18 dage" not in a.answer, a.answer


def test_keeping_a_thing_not_lent_is_no_loan_period() -> None:
    # (a control) the task of the weather station list lends nothing: no period answers
    a = answer(_kb(), "hvor længe må vi beholde målerlisten?")
    assert "dage" not in a.answer or not a.found, a.answer


def test_a_hire_named_after_a_preposition_is_no_deed_asked() -> None:
    # (a control) 'tilbuddet om leje af X' asks how long the offer holds, not the hire's period
    a = answer(_kb(), "hvor længe gælder tilbuddet om leje af vejrballonen?")
    assert "4 dage" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvor lang er bindingsperioden på Vejrkassen?",
    "hvor længe er vi bundet til Vejrkassen",
])
def test_how_long_we_are_bound_is_the_binding_label(question: str) -> None:
    # 'Binding: 30 måneder' names the deed of the period asked ('bundet', 'bindingsperioden')
    a = answer(_kb(), question)
    assert a.found and "30 måneder" in a.answer, a.answer


def test_an_hour_label_is_no_period() -> None:
    # (a control) 'Support: hverdage 8.00-15.00' gives hours, not how long anything lasts
    a = answer(_kb(), "hvor lang er supportperioden for Vejrkassen?")
    assert "30 måneder" not in a.answer, a.answer

