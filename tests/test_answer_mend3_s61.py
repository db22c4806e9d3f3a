# ruff: noqa: E501
"""Mend 3 (session 61): a name's kind ('Cykelbogen er det fælles bookingsystem') answers the question's bare
head ('systemet', 'bookingsystemet', 'det fælles system'), never a system the question's own modifier narrows
('det gamle system', 'kommunens eget system'); what the tasks say a name is has one reader for every caller;
a compound's head is one helper's rule."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis.compounds import is_head, known_heads
from knowledge.qa.name_kinds import definitions, name_kinds
from knowledge.qa.pipeline import answer

_TASKS = """## CYK 1 – Tilslutningsaftale til Cykelbogen
**Master-opgave ID** 77101
**Opgavetitel** CYK 1 – Tilslutningsaftale til Cykelbogen
**Projekt** Fælles Cykelværksteder
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –12
**Bølger** Cykel – Bølge 1
**Beskrivelse** Cykelbogen er det fælles bookingsystem, hvor borgerne booker tider i kommunens cykelværksteder. Lånebanken er det fælles udlånssystem for værktøj.

• Udvikler: Nav Eger Systemer
• Pris: 820 kr. pr. måned

Aftalen underskrives af direktøren for Kultur og Fritid og sendes til Nav Eger Systemer senest 6 uger før go-live. Værkstedsdagen oprettes i Cykelbogen senest 10 dage før go-live.
**Anbefalet udfører** Cykelkoordinatoren
## CYK 3 – Værkstedsdagen (valgfri)
**Master-opgave ID** 77103
**Opgavetitel** CYK 3 – Værkstedsdagen (valgfri)
**Projekt** Fælles Cykelværksteder
**Fase** Fase 3 – Drift
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** 10
**Startdato (fra Slutdato)** –3
**Bølger** Cykel – Bølge 1
**Beskrivelse** Kommunen kan holde Værkstedsdagen søndag den 7. september 2031 kl. 11-16 i Remisen. Værten er cykelsmed Lise Kranksen.
**Anbefalet udfører** Cykelkoordinatoren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question", [
    "hvornår skal værkstedsdagen oprettes i det gamle system?",
    "hvornår skal værkstedsdagen oprettes i det statslige system?",
    "hvornår skal værkstedsdagen oprettes i det nye system?",
    "hvornår skal værkstedsdagen oprettes i kommunens eget system?",
])
def test_a_system_the_question_narrows_is_not_the_defined_one(question: str) -> None:
    # 'det gamle system' is another system than Cykelbogen, 'det fælles bookingsystem': 'gamle' is unsaid
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "hvornår skal værkstedsdagen oprettes i systemet?",
    "hvornår skal værkstedsdagen oprettes i bookingsystemet?",
    "hvornår skal værkstedsdagen oprettes i det fælles system?",
])
def test_the_bare_head_or_the_definitions_own_words_name_the_defined_system(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "10 dage" in a.answer, a.answer


def test_one_reader_says_what_a_name_is_per_project() -> None:
    # the sentence ('Cykelbogen er det fælles bookingsystem') and the label ('Udvikler: Nav Eger Systemer'),
    # grouped by project; 'Værten er cykelsmed ...' defines nothing ('Værten' is no name written inside a sentence)
    found = definitions(index_for(_kb()))["fælles cykelværksteder"]
    said = {(tuple(sorted(d.name)), tuple(sorted(d.kind)), d.label) for d in found}
    assert (("cykelbog",), ("bookingsystem",), False) in said, said
    assert any(d.label and "navegersystem" not in d.name and d.name for d in found), said
    assert not any("vart" in d.name for d in found), said
    assert name_kinds(index_for(_kb()))["cykelbog"] == frozenset({"bookingsystem"})


def test_a_compounds_head_is_one_rule() -> None:
    assert is_head("system", "bookingsystem") and is_head("system", "system")
    assert not is_head("tem", "system")  # a tail of three letters is a word's ending, not its head
    # a title word's real parts, words the tasks know ('aftale'), not any tail from its third letter
    heads = known_heads(index_for(_kb()), "Tilslutningsaftale")
    assert "aftal" in heads and "ngsaftal" not in heads, heads
