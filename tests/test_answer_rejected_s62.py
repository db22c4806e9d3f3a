# ruff: noqa: E501
"""Right answers thrown away (session 62), on tasks written here, each beside neighbours that must stay honest:
a system asked by what the tasks say it is ('the beekeeping app', 'bookingsystemet til hundeklubberne') where
a task defines its name ('Voksbogen er appen, hvor biavlerne ...') and the answer's task is titled by that
name; the words of the kind's own noun phrase only, never the rest of the question. A time asked of what is
not done for a cause ('hvornår er der ingen X pga Y?') answered by the condition that names the cause
('Ingen X, når Y er over ...'); 'hvor mange må gå med ...?' answered by the room per group; a length in
the genitive ('3 måneders varsel')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BIAV 1 – Adgang til Voksbogen
**Master-opgave ID** 73101
**Opgavetitel** BIAV 1 – Adgang til Voksbogen
**Projekt** Fælles Bistade
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –35
**Startdato (fra Slutdato)** –14
**Bølger** Bistade – Bølge 1
**Mål** Kommunens biavlere kan melde deres bistader ind i Voksbogen.
**Beskrivelse** Voksbogen er appen, hvor biavlerne melder deres bistader ind og booker besøg af bitilsynet. For at få adgang skal kommunen indgå aftalen “Adgang til Voksbogen” med KOMBIT. Aftalen indeholder blandt andet:
- Udvikler: Pollenrisk Data
- Hosting: Tavlebo Hosting
- Pris: 830 kr. pr. måned
- Support: hverdage kl. 8-14
- Opsigelse: 3 måneders varsel
Aftalen underskrives af direktøren for Natur og Miljø og sendes til KOMBIT senest 5 uger før go-live.
**Metode og fremgangsmåde**
1. Læs aftalen “Adgang til Voksbogen”
2. Få aftalen underskrevet af direktøren for Natur og Miljø
3. Send aftalen til KOMBIT
**Anbefalet udfører** Aftaleansvarlig
## BIAV 2 – Bistadelisten
**Master-opgave ID** 73102
**Opgavetitel** BIAV 2 – Bistadelisten
**Projekt** Fælles Bistade
**Fase** Fase 2 – Lister
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –10
**Bølger** Bistade – Bølge 1
**Mål** Alle bistader i kommunen står på listen.
**Beskrivelse** Kommunen laver en liste over bistaderne med hvert stades placering. Listen godkendes af chefen for Natur og Miljø og sendes til Pollenrisk Data senest 10 arbejdsdage før go-live.
**Metode og fremgangsmåde**
1. Skriv alle bistader på listen
2. Få listen godkendt af chefen for Natur og Miljø
3. Send listen til Pollenrisk Data
**Anbefalet udfører** Naturkonsulenten
## HUND 1 – Adgang til Snudebogen
**Master-opgave ID** 73201
**Opgavetitel** HUND 1 – Adgang til Snudebogen
**Projekt** Fælles Hundeskov
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –14
**Bølger** Hundeskov – Bølge 1
**Mål** Hundeklubberne kan booke tider i kommunens hundeskove.
**Beskrivelse** Snudebogen er det fælles bookingsystem, hvor hundeklubberne booker tider i kommunens hundeskove. Før kommunen kan bruge systemet, skal der foreligge en tilslutningsaftale. Aftalen indeholder blandt andet:
- Udvikler: Poterne Data
- Pris: 510 kr. pr. kvartal
- Brugere: højst 12 brugere pr. klub
Aftalen underskrives af chefen for Park og Natur og sendes til KOMBIT senest 6 uger før go-live.
**Metode og fremgangsmåde**
1. Læs tilslutningsaftalen
2. Få aftalen underskrevet af chefen for Park og Natur
3. Send aftalen til KOMBIT
**Anbefalet udfører** Aftaleansvarlig
## HUND 2 – Hundeskovsdagen
**Master-opgave ID** 73202
**Opgavetitel** HUND 2 – Hundeskovsdagen
**Projekt** Fælles Hundeskov
**Fase** Fase 3 – Drift
**Prioritet** Prioritet 3
**Slutdato (fra Go-Live)** 30
**Startdato (fra Slutdato)** –10
**Bølger** Hundeskov – Bølge 1
**Mål** Borgerne møder hundeklubberne i hundeskoven.
**Beskrivelse** Hundeskovsdagen holdes i Bøgelunden den 14. maj. Der er plads til 80 gæster, højst 15 pr. hold. Reglerne for dagen:
- Ingen agility, når temperaturen er over 24 grader
- Hunde skal føres i snor på parkeringspladsen
**Anbefalet udfører** Naturkonsulenten
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


# Questions the tasks answer: (name, question, words the answer holds, words it must not hold)
_ANSWERED = [
    # 'Snudebogen er det fælles bookingsystem, hvor hundeklubberne booker ...': 'the dog club booking system'
    ("the_booking_system_described_in_english_is_the_defined_name", "Who develops the dog club booking system?", "Poterne Data", "Pollenrisk"),
    ("the_booking_system_for_whom_it_is_is_the_defined_name", "hvem har udviklet bookingsystemet til hundeklubberne?", "Poterne Data", "Pollenrisk"),
    # 'Voksbogen er appen, hvor biavlerne ...': 'the beekeeper app', 'appen til biavlerne' - of two priced tasks
    ("the_price_of_the_app_described_in_english", "What does the beekeeper app cost per month?", "830", "510"),
    ("the_price_of_the_app_for_whom_it_is", "hvad koster appen til biavlerne om måneden?", "830", "510"),
    ("the_host_of_the_app_described", "Who hosts the beekeeper app?", "Tavlebo Hosting", ""),
    # control: named, as before
    ("the_price_of_the_named_app_as_before", "hvad koster Voksbogen om måneden?", "830", "510"),
    # a time asked on a cause ('pga', 'because of') is the condition the text gives with the cause's words
    ("when_not_for_a_cause_is_the_condition_that_names_it", "hvornår er der ingen agility pga temperaturen?", "24 grader", ""),
    ("when_not_because_of_is_the_condition_that_names_it", "When is there no agility because of the temperature?", "24 grader", ""),
    # 'gå med' is coming along: 'højst 15 pr. hold' is the room for those who come
    ("how_many_may_go_along_is_the_room_per_group", "hvor mange må gå med på hvert hold på hundeskovsdagen?", "15", ""),
    # a length said in the genitive ('3 måneders varsel') is a length
    ("a_notice_in_the_genitive_is_a_length", "hvor mange måneders varsel er der på Voksbogen?", "3 måneders", ""),
    ("a_notice_asked_how_long_in_the_genitive", "hvor langt er opsigelsesvarslet på Voksbogen?", "3 måneders", ""),
]

# Questions the tasks do not answer (name, question): the description names the thing, it is never what is asked
_UNANSWERED = [
    # another thing's app: no task defines an app for the fishermen
    ("the_price_of_an_app_no_task_defines_stays_unanswered", "hvad koster appen til lystfiskerne om måneden?"),
    ("the_developer_of_a_system_no_task_defines_stays_unanswered", "Who develops the horse riding booking system?"),
    # the definition's words outside the kind's phrase are what is asked: no price of a visit is given
    ("the_price_of_a_visit_is_not_the_apps_price", "hvad koster et besøg af bitilsynet i appen?"),
    ("how_many_times_may_be_booked_is_not_the_users_per_club", "hvor mange tider kan hundeklubberne booke i systemet?"),
    # a cause the condition does not name: the temperature is no word of rain
    ("when_not_for_a_cause_no_condition_names_stays_unanswered", "hvornår er der ingen agility pga regn?"),
    # no notice is given for Snudebogen
    ("a_notice_no_task_gives_stays_unanswered", "hvor mange måneders varsel er der på Snudebogen?"),
    # an age asked: 'over 24 grader' bounds a temperature, no age
    ("an_age_is_not_a_temperature_bound", "hvor gammel skal man være for at gå med til agility på hundeskovsdagen?"),
]


def _said(question: str) -> tuple[bool, str]:
    reply = answer(_kb(), question)
    return reply.found, reply.answer


@pytest.mark.parametrize(("question", "expected", "without"), [row[1:] for row in _ANSWERED],
                         ids=[row[0] for row in _ANSWERED])
def test_thrown_away_answer_is_kept(question: str, expected: str, without: str) -> None:
    found, text = _said(question)
    assert found, text
    assert expected in text, text
    assert not without or without not in text, text


@pytest.mark.parametrize("question", [row[1] for row in _UNANSWERED], ids=[row[0] for row in _UNANSWERED])
def test_neighbour_stays_unfound(question: str) -> None:
    found, text = _said(question)
    assert found is False, text
