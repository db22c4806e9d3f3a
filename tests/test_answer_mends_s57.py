"""Mends after the session-57 reviews, on tasks the reviewers wrote: an English name before a noun names the
thing only when that thing is the subject of a passive ('the X agreement be sent'), not a doer ('the X
supplier send the invoice'); 'ad gangen' keeps its weight (the rule that weighed it down was taken back):
in a task it tells the limit per occasion from a total."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BADE 1 – Tilslutningsaftale for Badebroen (obligatorisk)
**Master-opgave ID** 66101
**Opgavetitel** BADE 1 – Tilslutningsaftale for Badebroen (obligatorisk)
**Projekt** Fælles Strande
**Fase** Fase 2 – Implementering
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** -30
**Startdato (fra Slutdato)** –10
**Bølger** Strande – Bølge 1
**Beskrivelse** Kommunen underskriver tilslutningsaftalen for Badebroen.
Aftalen sendes til KOMBIT senest 20 dage før go-live.
Kommunen sender fakturaen til Strandservice ApS senest 1. juni 2030.
Strandservice ApS leverer livredderudstyret senest 15. juni 2030.
**Anbefalet udfører** Strandkoordinatoren
## HAL 2 – Booking af hallen
**Master-opgave ID** 58502
**Opgavetitel** HAL 2 – Booking af hallen
**Projekt** Fælles Haller
**Prioritet** Prioritet 2
**Mål** Foreningerne kan booke kommunens hal.
**Beskrivelse** Foreningerne kan booke hallen i op til 40 timer om ugen.
Ingen må have hallen mere end 3 timer ad gangen.
**Resultat** Opgaven er løst.
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(_TASKS, source="strande.md"))


def test_a_name_before_a_doer_noun_still_names_the_doer():
    a = answer(_kb(), "When must the Strandservice supplier send the invoice?")
    assert not a.found, a.answer  # the municipality sends the invoice, to the supplier


def test_a_name_before_a_passive_thing_names_the_thing():
    a = answer(_kb(), "When must the Badebroen agreement be sent to KOMBIT?")
    assert a.found and "20 dage" in a.answer, a.answer


def test_at_a_time_written_in_a_task_tells_the_limit_per_occasion():
    a = answer(_kb(), "Hvor mange timer kan foreningerne booke hallen ad gangen?")
    assert a.found and "3 timer ad gangen" in a.answer and "40 timer" not in a.answer, a.answer
