# ruff: noqa: E501
"""Answer types (session 57), on tasks written here: a count asked 'typisk' of municipalities in general,
which a text says as 'De fleste kommuner har ...' (the session's 'ad gangen' rule was taken back after review:
tests/test_answer_mends_s57.py)."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BIGA 1 – Indsend bigårdslisten
**Master-opgave ID** 81401
**Opgavetitel** BIGA 1 – Indsend bigårdslisten
**Projekt** Fælles Bigårde
**Fase** Fase 1 – Data
**Prioritet** Obligatorisk
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –30
**Bølger** Bigårde – Bølge 1
**Mål** Kommunens bigårde vises i Honningkortet.
**Beskrivelse** Bigårdslisten har tre felter pr. bigård: navn, adresse og biavler. De fleste kommuner har mellem 3 og 18 bigårde. Listen godkendes af lederen af Naturteamet og sendes til Vokstrup Data senest 5 uger før go-live.
**Metode og fremgangsmåde**
1. Udfyld listen
2. Få listen godkendt
3. Send listen
**Anbefalet udfører** Naturmedarbejder
## BIGA 2 – Leje af honningslynge (valgfri)
**Master-opgave ID** 81408
**Opgavetitel** BIGA 2 – Leje af honningslynge (valgfri)
**Projekt** Fælles Bigårde
**Fase** Fase 2 – Drift
**Prioritet** Valgfri
**Slutdato (fra Go-Live)** 20
**Startdato (fra Slutdato)** –10
**Bølger** Bigårde – Bølge 2
**Beskrivelse** Tavlhøj Udlejning udlejer en honningslynge til kommunernes biavlere. Firmaet ejes af Birthe Tavlhøj.
- Lejeperiode: op til 6 dage pr. leje
- Pris: 700 kr. pr. leje
Skader på slyngen meldes inden for 2 arbejdsdage efter afleveringen.
**Anbefalet udfører** Naturmedarbejder
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_a_typical_count_is_the_figure_for_most_municipalities() -> None:
    a = answer(_kb(), "hvor mange bigårde har en kommune typisk?")
    assert a.found and "3 og 18" in a.answer, a.answer


def test_a_count_for_most_municipalities_is_still_no_count_of_our_own() -> None:
    # control (so before session 57 too): only the municipality knows its own figure
    a = answer(_kb(), "hvor mange bigårde har vores kommune?")
    assert not a.found, a.answer
