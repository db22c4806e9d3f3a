"""Everyday words for the task text's (session 38): a short word the tasks write only as the first part of
compounds ('urne' in 'urnenedsættelse'), a compound said in its parts round 'over', 'med', 'i' or 'på'
('loggen over adgang' for 'adgangsloggen'), one-way glossary lines for everyday verbs ('studse' for
'klippe', 'afhente' for 'udlevere', 'beholder' for 'beholde'). None of them answers a question about a
thing the tasks do not write, and no step is the one done after a deed to a thing its task never names.
Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.analysis.unknown import _short_first_part
from knowledge.qa.pipeline import answer

TASKS = """## SK 1 (Opstart) Bestilling af askespredning

**Master-opgave ID** 9381

**Opgavetitel** SK 1 (Opstart) Bestilling af askespredning

**Projekt** Skovkirkegården

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Beskrivelse** Askespredning over havet bestilles hos kirkegårdskontoret. Gebyret for spredningen \
er 950 kr. Askeurner opbevares i kapellet i højst 8 uger.

Besøgsloggen slettes efter 60 dage. Hækkene ved kapellet klippes i maj. Nøglen til kapellet \
udleveres i graverhuset. Oplysninger om gæster anonymiseres efter 2 år.

**Anbefalet udfører** Kirkegårdsassistent

**Anbefalet ansvarlig** Kirkegårdsleder

## SK 2 (Drift) Mindelunden

**Master-opgave ID** 9382

**Opgavetitel** SK 2 (Drift) Mindelunden

**Projekt** Skovkirkegården

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 30

**Beskrivelse** Mindelunden passes af frivillige fra menighedsrådet. Bænkene males hvert andet år. \
Oplysninger om bænkene registreres løbende. Gæster melder sig ved indgangen.

**Metode og fremgangsmåde** 1. Vask bænkene
2. Mal bænkene
3. Brug restmalingen på hegnet

**Anbefalet udfører** Graver

**Anbefalet ansvarlig** Kirkegårdsleder
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_a_short_word_is_the_first_part_of_the_compounds_the_tasks_write(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    assert _short_first_part(index, "aske")  # 'askespredning', 'askeurner': the rest is a word of its own
    assert _short_first_part(index, "asken")  # the definite form
    assert not _short_first_part(index, "mind")  # 'mindelund' only: 'elund' is no word the tasks write
    assert not _short_first_part(index, "Aske")  # a name is not a compound's part


def test_a_compound_said_in_its_parts_round_over(kb: KnowledgeBase) -> None:
    q = analyse(index_for(kb), "hvor længe gemmes loggen over besøg?")
    loggen, besøg = (next(t for t in q.tokens if t.surface == w) for w in ("loggen", "besøg"))
    assert loggen.key == besøg.key  # both read as the tasks' 'Besøgsloggen'


@pytest.mark.parametrize(("question", "value"), [
    ("hvor længe må asken opbevares i kapellet?", "8 uger"),
    ("hvor mange dage gemmes loggen over besøg?", "60 dage"),
    ("hvornår bliver hækkene studset?", "maj"),
    ("hvor afhenter man nøglen til kapellet?", "graverhuset"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvad koster en urne?",  # no task writes 'urne', alone or in a compound
    "hvornår bliver græsset studset?",  # the hedges are cut, the grass is not named
    "hvor afhenter man nøglen til mindelunden?",
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


def test_the_next_step_is_after_a_deed_to_the_thing_named(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvad gør vi når vi har vasket bænkene?")
    assert a.found, a.answer
    assert "Mal bænkene" in a.answer
    # 'Brug restmalingen' uses something, but the task with it never names the chapel
    a = answer(kb, "hvad skal vi gøre efter vi har brugt kapellet?")
    assert "restmalingen" not in a.answer, a.answer
