# ruff: noqa: E501
"""Answer types (session 56), on tasks written here: whether a task with a numbered priority is optional
when other tasks of its project are marked 'Valgfri', or it tops its scale ('Prioritet 1'), unless its
own text says it may be left."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## KAJB 1 – Aftale om Kajakportalen
**Master-opgave ID** 72301
**Opgavetitel** KAJB 1 – Aftale om Kajakportalen
**Projekt** Fælles Kajakbroer
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –60
**Startdato (fra Slutdato)** –30
**Bølger** Kajakbroer – Bølge 1
**Mål** Kommunens kajakbroer kan bookes i Kajakportalen.
**Beskrivelse** Kajakportalen viser kommunens kajakbroer, og klubberne booker en plads ved broen.
Aftalen underskrives af chefen for Havne og Strande og sendes retur til KOMBIT senest 45 dage før go-live.
**Metode og fremgangsmåde**
1. Læs aftalen
2. Få aftalen underskrevet
3. Send aftalen retur
**Anbefalet udfører** Aftaleadministrator
## KAJB 2 – Ordensregler for broerne
**Master-opgave ID** 72308
**Opgavetitel** KAJB 2 – Ordensregler for broerne
**Projekt** Fælles Kajakbroer
**Fase** Fase 2 – Regler
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –30
**Bølger** Kajakbroer – Bølge 1
**Mål** Broerne har ordensregler.
**Beskrivelse** Ordensreglerne skal mindst sige:
Kajakker pr. bro: højst 8
Redningsvest: altid på
Reglerne vedtages af teknik- og miljøudvalget og sendes til Pagaj Service senest 4 uger før go-live.
**Metode og fremgangsmåde**
1. Skriv reglerne
2. Få reglerne vedtaget
**Anbefalet udfører** Havnefoged
## KAJB 3 – Leje af kajaktrailer (valgfri)
**Master-opgave ID** 72315
**Opgavetitel** KAJB 3 – Leje af kajaktrailer (valgfri)
**Projekt** Fælles Kajakbroer
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Slutdato (fra Go-Live)** 30
**Startdato (fra Slutdato)** –5
**Bølger** Kajakbroer – Bølge 2
**Beskrivelse** Åløkke Udlejning udlejer en kajaktrailer med plads til 10 kajakker. Traileren kan lejes i op til 5 dage ad gangen og koster 900 kr. pr. leje. Lejeaftalen skrives under af chefen for Havne og Strande.
**Anbefalet udfører** Havnefoged
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, said", [
    ("er KAJB 1 valgfri?", "Prioritet 1"),  # the top of its scale
    ("er KAJB 2 valgfri", "Prioritet 2"),  # another task is marked 'Valgfri'; this one is not
    ("Is 72308 optional?", "Prioritet 2"),
])
def test_a_numbered_priority_is_not_optional_where_tasks_are_marked_valgfri(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(("Nej", "No")) and said in a.answer, a.answer


def test_a_numbered_priority_still_says_nothing_of_being_obligatory() -> None:
    # control (so before session 56 too): not marked optional is not the same as obligatory
    a = answer(_kb(), "er KAJB 2 obligatorisk?")
    assert not a.found, a.answer


def test_another_doer_is_still_denied() -> None:
    # control (so before session 56 too)
    a = answer(_kb(), "skal ordensreglerne for broerne vedtages af direktøren?")
    assert a.found and a.answer.startswith("Nej"), a.answer
