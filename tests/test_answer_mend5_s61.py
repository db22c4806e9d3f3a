# ruff: noqa: E501
"""Mend 5 of session 61 (the English readings), on reviewer B's tasks: a dictionary word whose Danish has
another everyday meaning ('lighthouse' as 'fyr', which is also the boiler in the cellar) is no reading; a
list's label line under a finished sentence a blank line above it ('Lånebanken er det fælles udlånssystem
for værktøj.') is not worded as that sentence's subject's; a capitalised two-word name whose Danish compound
no task holds ('the Football Day') is an event the tasks do not name, not its lowercase words."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.extract import extract_facts
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """
## CYK 1 – Tilslutningsaftale til Cykelbogen
**Master-opgave ID** 77101
**Opgavetitel** CYK 1 – Tilslutningsaftale til Cykelbogen
**Projekt** Fælles Cykelværksteder
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 7
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –12
**Bølger** Cykel – Bølge 1
**Beskrivelse** Cykelbogen er det fælles bookingsystem, hvor borgerne booker tider i kommunens cykelværksteder. Lånebanken er det fælles udlånssystem for værktøj.

• Pris: 820 kr. pr. måned
• Opsigelse: 3 måneders varsel

Aftalen underskrives af direktøren for Kultur og Fritid og sendes til Nav Eger Systemer senest 6 uger før go-live. Værkstedsdagen oprettes i Cykelbogen senest 10 dage før go-live.
**Anbefalet udfører** Cykelkoordinatoren
## CYK 2 – Værktøjslisten
**Master-opgave ID** 77102
**Opgavetitel** CYK 2 – Værktøjslisten
**Projekt** Fælles Cykelværksteder
**Fase** Fase 2 – Data
**Prioritet** Prioritet 2
**Opgave varighed (antal dage)** 9
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –9
**Bølger** Cykel – Bølge 1
**Beskrivelse** Kommunen laver en liste over værkstedernes værktøj. Listen godkendes af lederen af Kultur og Fritid, og 3 dage senere sender kommunen den til Nav Eger Systemer. Værktøjet registreres i Lånebanken senest 5 arbejdsdage før go-live. Registreringen tager to timer pr. værksted.
**Anbefalet udfører** Cykelkoordinatoren
## CYK 3 – Værkstedsdagen (valgfri)
**Master-opgave ID** 77103
**Opgavetitel** CYK 3 – Værkstedsdagen (valgfri)
**Projekt** Fælles Cykelværksteder
**Fase** Fase 3 – Drift
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 10
**Startdato (fra Slutdato)** –3
**Bølger** Cykel – Bølge 1
**Beskrivelse** Kommunen kan holde Værkstedsdagen søndag den 7. september 2031 kl. 11-16 i Remisen. Der er plads til 60 borgere, og 8 frivillige hjælper til. Værten er cykelsmed Lise Kranksen.

Reglerne for værkstedet:
- Højst 4 personer ved båndsaven ad gangen.
- Kurset i lapning har højst 12 deltagere.
- Børn under 10 år skal følges af en voksen.
**Anbefalet udfører** Cykelkoordinatoren
## CYK 4 – Sadelkortet
**Master-opgave ID** 77104
**Opgavetitel** CYK 4 – Sadelkortet
**Projekt** Fælles Cykelværksteder
**Fase** Fase 2 – Data
**Prioritet** Prioritet 2
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –6
**Bølger** Cykel – Bølge 1
**Beskrivelse** Kommunen tegner et kort over alle cykelstativer ved skolerne. Sadelkortet godkendes af Teknisk Udvalg og sendes til Nav Eger Systemer senest 3 uger før go-live. Borgerne får adgangskortet til værkstedet udleveret i Borgerservice.
**Anbefalet udfører** Cykelkoordinatoren
## HAL 1 – Fodboldbanen
**Master-opgave ID** 77111
**Opgavetitel** HAL 1 – Fodboldbanen
**Projekt** Fælles Idrætsanlæg
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –10
**Startdato (fra Slutdato)** –3
**Bølger** Anlæg – Bølge 1
**Beskrivelse** Banemesteren opmåler fodboldbanen og kridter linjerne op. Banen skal være klar senest 7 dage før go-live. Alle trænere melder kampene ind i Halbogen.
**Anbefalet udfører** Banemesteren
## HAL 2 – Varmeanlægget i Remisen
**Master-opgave ID** 77112
**Opgavetitel** HAL 2 – Varmeanlægget i Remisen
**Projekt** Fælles Idrætsanlæg
**Fase** Fase 2 – Data
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** –14
**Startdato (fra Slutdato)** –2
**Bølger** Anlæg – Bølge 1
**Beskrivelse** Fyret i kælderen efterses af Varmegården senest 2 uger før go-live. Hegnet omkring banen betales af idrætsforeningen. Plakaterne trykkes af kommunen, og 5 elever hænger dem op.
**Anbefalet udfører** Banemesteren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def _ask(question: str):
    return answer(_kb(), question)


# (a)2: 'Fyret i kælderen' is a boiler; no lighthouse is in these tasks.
@pytest.mark.parametrize("question", ["When must the lighthouse be inspected?", "Who inspects the lighthouse?"])
def test_a_lighthouse_is_not_the_boiler(question):
    a = _ask(question)
    assert not a.found, a.answer


def test_the_boiler_itself_keeps_its_answer():  # a control: the Danish question about the 'fyr'
    a = _ask("hvornår skal fyret i kælderen efterses?")
    assert a.found and "2 uger" in a.answer, a.answer


# (a)4: the notice period is the agreement's line, not Lånebanken's. Left open: a finished 'X er det fælles
# system' sentence above a list is most often the list's own subject ('Frøbanken er det fælles bookingsystem
# ...' + '• Pris: 2.340 kr. pr. halvår', test_answer_rejected_s58), and the text alone does not tell the two
# apart (the task's title would); the mend that dropped such a sentence's context lost that answer.
@pytest.mark.xfail(strict=True, reason="a list's owner by the task's title is not read yet")
def test_a_label_line_is_not_worded_as_the_sentence_subjects():
    a = _ask("What is the notice period?")
    assert a.found and "3 måneders varsel" in a.answer, a.answer
    assert "lånebanken" not in a.answer.casefold(), a.answer


def test_a_list_introduced_by_its_heading_keeps_its_context():  # a control
    text = "Forvaltningsansvarlig er følgende leverandører:\n- Prisme: Fujitsu\n- KMD Opus: KMD\n"
    assert {f.context for f in extract_facts(text)} == {"forvaltningsansvarlig"}


# (c)2: no 'Fodbolddag' or 'Værktøjsdag' in the tasks: no deadline of another sentence is its date.
@pytest.mark.parametrize("question", ["When is the Football Day?", "When is the Tool Day?"])
def test_an_event_no_task_names_is_not_answered(question):
    a = _ask(question)
    assert not a.found, a.answer
