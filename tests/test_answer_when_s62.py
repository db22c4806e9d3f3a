# ruff: noqa: E501
"""When-questions (session 62), on tasks written here: a length in the genitive ('3 måneders varsel') is a
time; a condition that follows a relative clause ('..., hvor biavlerne booker pladser, når lindene blomstrer')
is the time of that clause, not of the main clause's deed; an event held at hours ('Honningdagen holdes ...
kl. 10-15') is open then; and a question word that one deadline of a task says ('reglerne') still finds the
compound the task's other deadline is about ('Stadereglerne sendes til ...')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_TASKS = """## BIST 1 – Tilslutningsaftale til Bibogen
**Master-opgave ID** 62301
**Opgavetitel** BIST 1 – Tilslutningsaftale til Bibogen
**Projekt** Fælles Bistader
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –11
**Bølger** Bistader – Bølge 1
**Beskrivelse** Målet er, at kommunen er tilsluttet Bibogen, hvor biavlerne booker pladser til bistader, når lindene blomstrer om sommeren.

• Udvikler: Voksmose Data
• Pris: 940 kr. pr. måned
• Opsigelse: 3 måneders varsel

Tilslutningsaftalen underskrives af direktøren for Natur og Miljø og sendes til KOMBIT senest 7 uger før go-live.
**Anbefalet udfører** Bikoordinatoren
## BIST 2 – Honningdagen (valgfri)
**Master-opgave ID** 62302
**Opgavetitel** BIST 2 – Honningdagen (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 12
**Startdato (fra Slutdato)** –6
**Bølger** Bistader – Bølge 1
**Beskrivelse** Honningdagen holdes søndag den 14. september 2031 kl. 10-15 i Bigården ved Lyngby Hede. Bistaderne flyttes hjem, når lyngen er afblomstret. Lysstøbningen holdes torsdag den 9. oktober 2031 kl. 19-22 i Voksstuen.
**Anbefalet udfører** Bikoordinatoren
## BIST 3 – Stadereglerne
**Master-opgave ID** 62303
**Opgavetitel** BIST 3 – Stadereglerne
**Projekt** Fælles Bistader
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –28
**Startdato (fra Slutdato)** –8
**Bølger** Bistader – Bølge 1
**Beskrivelse** Stadereglerne vedtages af teknik- og miljøudvalget og sendes til Slyngehuset Service senest 4 uger før go-live. Slyngehuset Service lægger reglerne ind i Bibogen inden for 3 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Bikoordinatoren
## BIST 4 – Lån af bidragter (valgfri)
**Master-opgave ID** 62304
**Opgavetitel** BIST 4 – Lån af bidragter (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 20
**Startdato (fra Slutdato)** –4
**Bølger** Bistader – Bølge 1
**Beskrivelse** Kommunen kan låne bidragter hos Brodden Udlejning.

• Låneperiode: 14 dage
• Pris: 180 kr. pr. lån

Skader på dragterne meldes til Brodden Udlejning inden for 3 arbejdsdage efter tilbageleveringen. Biavlerne tilser staderne, når det er varmt og stille.
**Anbefalet udfører** Bikoordinatoren
## BIST 5 – Honningaftalen
**Master-opgave ID** 62305
**Opgavetitel** BIST 5 – Honningaftalen
**Projekt** Fælles Bistader
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –10
**Bølger** Bistader – Bølge 1
**Beskrivelse** Slyngehuset Service sender honningaftalen til kommunen. Aftalen skal underskrives af naturchefen. Senest 8 arbejdsdage efter modtagelsen skal den underskrevne aftale være Slyngehuset Service i hænde.
**Anbefalet udfører** Bikoordinatoren
## HUML 1 – Humlens Dag (valgfri)
**Master-opgave ID** 62311
**Opgavetitel** HUML 1 – Humlens Dag (valgfri)
**Projekt** Fælles Humle
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 30
**Startdato (fra Slutdato)** –5
**Bølger** Humle – Bølge 1
**Beskrivelse** Humlens Dag holdes lørdag den 6. september 2031 kl. 11-16 i Humlehaven. Humlen plukkes af frivillige fra brauglauget.
**Anbefalet udfører** Humlekoordinatoren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "hvor mange måneders varsel er der på Bibogen",
    "hvor mange måneders opsigelse er der på Bibogen?",
])
def test_a_length_in_the_genitive_is_a_time(question: str) -> None:
    # '3 måneders varsel': the genitive of '3 måneder', which says the notice asked for
    a = answer(_kb(), question)
    assert a.found and "3 måneders varsel" in a.answer, a.answer


def test_a_length_before_go_live_stays_answered() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvor mange uger før go-live skal tilslutningsaftalen til Bibogen sendes til KOMBIT?")
    assert a.found and "7 uger" in a.answer, a.answer


def test_a_condition_of_a_relative_clause_is_no_time_of_the_main_clause() -> None:
    # 'når lindene blomstrer om sommeren' says when the beekeepers book, not when the connection starts
    a = answer(_kb(), "Hvornår starter tilslutningen til Bibogen?")
    assert not (a.found and "lindene" in a.answer), a.answer


def test_a_condition_of_the_main_clause_stays_its_time() -> None:
    # (a control) 'Bistaderne flyttes hjem, når lyngen er afblomstret' says when the hives are moved
    a = answer(_kb(), "hvornår flyttes bistaderne hjem?")
    assert a.found and "afblomstret" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvad er åbningstiden for honningdagen",
    "hvad er åbningstiden på Honningdagen?",
])
def test_an_events_hours_are_its_opening_hours(question: str) -> None:
    # 'Honningdagen holdes ... kl. 10-15': the day is open while it is held
    a = answer(_kb(), question)
    assert a.found and "10-15" in a.answer, a.answer


def test_a_place_an_event_is_held_at_has_no_opening_hours_said() -> None:
    # (a control) Bigården's own opening hours are not the day's hours
    a = answer(_kb(), "hvornår er Bigården åben?")
    assert not (a.found and "10-15" in a.answer), a.answer


def test_the_compound_of_the_word_another_deadline_says_is_found() -> None:
    # 'regler' is said by the firm's deadline ('lægger reglerne ind'); the task's rules are 'Stadereglerne',
    # whose sending deadline answers when they must be with the firm
    a = answer(_kb(), "hvornår skal teknik- og miljøudvalgets regler være hos leverandøren")
    assert a.found and "4 uger" in a.answer, a.answer


def test_the_firms_own_time_stays_its_deadline() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvor hurtigt skal Slyngehuset Service lægge reglerne ind i Bibogen?")
    assert a.found and "3 arbejdsdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvor længe må vi have dragterne",
    "hvor lang tid må vi have dragterne?",
])
def test_how_long_a_thing_is_kept_is_no_window_of_its_damage(question: str) -> None:
    # 'Skader på dragterne meldes ... inden for 3 arbejdsdage efter tilbageleveringen' is the damage's window
    a = answer(_kb(), question)
    assert not (a.found and "3 arbejdsdage" in a.answer), a.answer


def test_how_long_to_report_the_damage_stays_its_window() -> None:
    # (a control) the damage asked: its window answers
    a = answer(_kb(), "hvor lang tid har vi til at melde skader på dragterne?")
    assert a.found and "3 arbejdsdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvornår må biavlerne ikke tilse staderne?",
    "hvornår må man ikke tilse staderne?",
])
def test_when_a_deed_may_not_be_done_needs_a_denial(question: str) -> None:
    # 'Biavlerne tilser staderne, når det er varmt' says when they inspect, not when they may not, and
    # no sentence here denies it
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_how_long_a_thing_is_kept_stays_its_period() -> None:
    # (a control) answered so before: 'Låneperiode: 14 dage'
    a = answer(_kb(), "hvor længe må vi beholde dragterne?")
    assert a.found and "14 dage" in a.answer, a.answer


def test_when_a_deed_is_done_stays_its_condition() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvornår tilser biavlerne staderne?")
    assert a.found and "varmt" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvornår på aftenen er lysstøbningen?",
    "hvornår på aftenen holdes lysstøbningen",
])
def test_a_part_of_the_day_asks_the_clock(question: str) -> None:
    # 'på aftenen' is the part of the day a time of day is asked within, as 'på dagen' is
    a = answer(_kb(), question)
    assert a.found and "19-22" in a.answer, a.answer


def test_the_day_asked_within_stays_the_clock() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvornår på dagen er lysstøbningen?")
    assert a.found and "19-22" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvornår er humlens dag",
    "hvilken dato er humlens dag?",
])
def test_a_name_with_the_projects_word_is_the_named_thing(question: str) -> None:
    # 'Humlens Dag' in the project Fælles Humle names the day, not only the project
    a = answer(_kb(), question)
    assert a.found and "6. september 2031" in a.answer, a.answer


def test_the_projects_word_alone_still_asks_nothing_dated() -> None:
    # (a control) 'humlen' with a word the text does not write beside it names no dated thing
    a = answer(_kb(), "hvornår plukkes humlen?")
    assert not (a.found and "6. september" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "hvornår skal reglerne være hos leverandøren",
    "by when must the rules be sent to the supplier?",
])
def test_by_when_a_thing_is_sent_is_no_window_from_its_receipt(question: str) -> None:
    # 'Slyngehuset Service lægger reglerne ind ... inden for 3 arbejdsdage efter modtagelsen' is the receiver's
    # window once it has them, whatever the question calls the receiver
    a = answer(_kb(), question)
    assert not (a.found and "3 arbejdsdage" in a.answer), a.answer


def test_the_receivers_window_after_receipt_stays_answered() -> None:
    # (a control) the receipt asked: its window answers
    a = answer(_kb(), "hvor lang tid har Slyngehuset Service til at lægge reglerne ind efter modtagelsen?")
    assert a.found and "3 arbejdsdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår starter tilslutningen til Bibogen?",
    "hvornår skal vi starte på tilslutningen til Bibogen?",
])
def test_the_start_of_the_titled_thing_is_the_tasks_start(question: str) -> None:
    # 'tilslutningen til Bibogen' is the first part of the title's 'Tilslutningsaftale til Bibogen': the
    # task's own start answers
    a = answer(_kb(), question)
    assert a.found and "Startdato -11" in a.answer, a.answer


def test_a_deed_of_the_titled_thing_stays_its_deadline() -> None:
    # (a control) answered so before
    a = answer(_kb(), "hvornår skal tilslutningsaftalen til Bibogen sendes til KOMBIT?")
    assert a.found and "7 uger" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    # 'reach KOMBIT' after a modal and a subject of many words ('the connection agreement for the Bibogen
    # booking system') is the agreement sent to KOMBIT, not KOMBIT contacted
    ("When must the connection agreement for the new Bibogen booking system reach KOMBIT?", "7 uger"),
    # (a control) 'Senest 8 arbejdsdage efter modtagelsen skal aftalen være Slyngehuset Service i hænde' is
    # the window to send the agreement back, which the question asks
    ("Hvornår skal honningaftalen være hos Slyngehuset Service?", "8 arbejdsdage"),
])
def test_the_sending_to_a_party_answers_when_it_is_there(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize(("text", "timed"), [
    ("Opsigelse: 2 måneders varsel", True),
    ("Der er en uges frist", True),
    ("Superbrugerne kommer på et todages kursus hos leverandøren.", False),
    ("Kontrollen sker 2 times a year.", False),
])
def test_only_a_units_genitive_is_a_length(text: str, timed: bool) -> None:
    # a unit's genitive before its noun is a length; a compound of a kind of day ('todages') names a thing
    assert holds(Expect.TIME, text, "hvornår?") is timed
