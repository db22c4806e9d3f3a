# ruff: noqa: E501
"""Confident wrong answers of session 60's merge, mended (tasks written here): 'hvad bruges X til?' met a
sentence that says where X is kept or placed with a 'hvor' clause ('Lejeaftalen er gemt i ESDH-systemet,
hvor ...', 'Tavlen er placeret i hallen, hvor ...'): that 'hvor' is a place, not X's use; 'hvem skal lave
X?' answered by the task's recommended executor where the text names the municipality with another party
as the makers ('Leverandøren og kommunen udarbejder i fællesskab X')."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## Kontrakt om leje af festtelt
**Master-opgave ID** 9104
**Opgavetitel** Kontrakt om leje af festtelt
**Projekt** Probe
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** -30
**Startdato (fra Slutdato)** -20
**Mål** Kommunen sikrer kontrakt om leje af festtelt.
**Beskrivelse** Lejeaftalen er gemt i ESDH-systemet, hvor alle sagsbehandlere kan se den. Teltet opstilles af udlejeren. Tavlen er placeret i hallen, hvor eleverne spiser frokost.
**Anbefalet udfører** Eventkoordinator
## Vedligeholdelsesplan for legepladser
**Master-opgave ID** 9105
**Opgavetitel** Vedligeholdelsesplan for legepladser
**Projekt** Probe
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** -30
**Startdato (fra Slutdato)** -20
**Mål** Kommunen sikrer vedligeholdelsesplan for legepladser.
**Beskrivelse** Leverandøren og kommunen udarbejder i fællesskab vedligeholdelsesplanen for legepladserne. Planen skal være klar senest 1. april.
**Anbefalet udfører** Driftsleder for parker
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_where_a_thing_is_kept_is_not_what_it_is_used_for() -> None:
    a = answer(_kb(), "Hvad bruges lejeaftalen til?")
    assert "sagsbehandlere kan se" not in a.answer or not a.found, a.answer


def test_where_a_thing_is_placed_is_not_what_it_is_used_for() -> None:
    a = answer(_kb(), "Hvad bruges tavlen til?")
    assert "spiser frokost" not in a.answer or not a.found, a.answer


def test_who_makes_a_plan_the_municipality_makes_with_another_party_is_not_the_executor() -> None:
    # the text names the makers (the supplier and the municipality together): not the recommended executor
    a = answer(_kb(), "Hvem skal lave vedligeholdelsesplanen?")
    assert "Driftsleder for parker" not in a.answer, a.answer
