"""A loanword's act noun in -ation and its verb in -ere are one root (session 40): 'dokumentationen'
finds 'dokumenteres', 'dokumenterer' the noun; a word like 'station' has no such verb. Tasks written for
these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.morphology import derivations
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## SK 1 (Opstart) Nye scannere i borgerservice

**Master-opgave ID** 9471

**Opgavetitel** SK 1 (Opstart) Nye scannere i borgerservice

**Projekt** Scannerprojekt

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Beskrivelse** Borgerservice får fire nye scannere. Installationen af scannerne foretages af Scanteknik ApS \
i uge 12. Afvigelser dokumenteres i sagsystemet af teamlederen. Reparationer af scannerne udføres af \
Printservice A/S inden for 5 arbejdsdage.

**Anbefalet udfører** IT-koordinator

**Anbefalet ansvarlig** Leder af Borgerservice
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_an_act_noun_in_ation_and_its_verb_share_a_root() -> None:
    assert key("dokumenteres") in derivations("dokumentationen")
    assert key("reparation") in derivations("reparerer")
    assert key("organisering") in derivations("organisationen")
    assert derivations("station") == ("stationskab",)  # a root under four letters: no verb of it
    assert not any(d.startswith("lev") and d.endswith("anc") for d in derivations("leverancen"))


@pytest.mark.parametrize(("question", "value"), [
    ("hvor skal dokumentationen af afvigelser ske?", "sagsystemet"),
    ("hvem står for dokumentationen af afvigelser?", "teamlederen"),
    ("hvem installerer scannerne?", "Scanteknik"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvad koster dokumentationen af afvigelser?",  # where and by whom, no price
    "hvem står for dokumentationen af printerne?",  # printers are no task's
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


def test_a_compounds_possible_heads_leave_a_modifier_and_a_word():
    from knowledge.morphology import tails

    assert tails("rotteanmeldelser")[0] == "teanmeldelser" and tails("rotteanmeldelser")[-1] == "elser"
    assert tails("postkasse") == ["tkasse", "kasse"] and tails("kasse") == []
