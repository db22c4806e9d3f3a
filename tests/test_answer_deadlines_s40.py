"""Text deadlines as answers (session 40): a deadline in a clause of its own after ', og når X er
modtaget, ...' counts from that event and is about its own thing, not the one sent in the clause before;
'Fristen for at <verb> X er ...' is about X (neither a purpose beside the time nor the paper named
before); a question that opens by asking a span or a deadline expects a time whatever it is for; the
word naming the project ('i parkeringsprojektet') is no unknown thing. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.deadlines import sentence_deadlines
from knowledge.fold import ascii_fold
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected

TASKS = """## PA 4 Betalingsaftale og licenser (B1)

**Master-opgave ID** 9481

**Opgavetitel** PA 4 Betalingsaftale og licenser (B1)

**Projekt** Parkering

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Parkering - Bølge 1

**Mål** Aftalen er godkendt.

**Beskrivelse** Betalingsaftalen skal godkendes af borgmesteren senest 5 uger før go-live. Licensen søges \
hos Færdselsstyrelsen, og når licensen er modtaget, har I 8 dage til at registrere \
automaterne i portalen. Fristen for at opsige de gamle abonnementer er 1. oktober 2026.

**Metode og fremgangsmåde** 1. Send betalingsaftalen til godkendelse
2. Send ansøgningen om licens
3. Registrér automaterne

**Resultat** Aftalen er godkendt.

## VT 2 Vintertjeneste (B1)

**Master-opgave ID** 9482

**Opgavetitel** VT 2 Vintertjeneste (B1)

**Projekt** Vintertjeneste

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -10

**Bølger** Vintertjeneste - Bølge 1

**Mål** Ruterne er planlagt.

**Beskrivelse** Saltruterne planlægges af driftslederen.

**Resultat** Ruterne er planlagt.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_event_clause_after_og_counts_from_its_event() -> None:
    found = sentence_deadlines("Ansøgningen sendes til styrelsen, og når licensen er modtaget, har I 8 dage "
                               "til at registrere automaterne i portalen.")
    assert [(d.days, d.anchor, d.about) for d in found] == [(8, "modtagelse", "automaterne")]


def test_deadline_for_doing_names_its_own_thing() -> None:
    found = sentence_deadlines("Fristen for at opsige de gamle abonnementer er 1. oktober 2026.",
                               documents={"betalingsaftale"}, last="betalingsaftale")
    assert [d.about for d in found] == ["de gamle abonnementer"]
    signed = sentence_deadlines("Fristen for underskrift er 1. oktober 2026.",
                                documents={"betalingsaftale"}, last="betalingsaftale")
    assert [d.about for d in signed] == ["betalingsaftale"]  # an act done to the paper named before


@pytest.mark.parametrize(("question", "value"), [
    ("hvornår skal automaterne være registreret i portalen?", "8 dage"),
    ("hvad er fristen for at opsige de gamle abonnementer?", "1. oktober"),
    ("hvornår skal de gamle abonnementer være opsagt?", "1. oktober"),
    ("hvad er fristen for registrering af automaterne i parkeringsprojektet?", "8 dage"),
])
def test_answered_by_the_deadline_about_the_thing(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


def test_not_answered_by_the_deadline_of_the_next_step(kb: KnowledgeBase) -> None:
    # the licence is applied for in the clause before; the 8 days are for registering the machines
    a = answer(kb, "hvad er fristen for at søge licensen hos Færdselsstyrelsen?")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "hvad er fristen for oprettelse af EAN-numrene?",
    "hvor mange arbejdsdage har vi til at svare på velkomstmailen?",
    "hvor længe gælder adgangskoden?",
])
def test_span_or_deadline_asked_first_expects_a_time(question: str) -> None:
    assert expected(ascii_fold(question.casefold())) is Expect.TIME


def test_event_counted_back_from_is_not_timed_by_the_deadline() -> None:
    # 'senest 2 uger før prøveperioden starter' says when the plan is due, not when the trial period is
    kb = KnowledgeBase.from_tasks(parse_text(TASKS.replace(
        "Betalingsaftalen skal godkendes af borgmesteren senest 5 uger før go-live.",
        "Prøveplanen skal godkendes af borgmesteren senest 2 uger før prøveperioden starter. Prøveperioden "
        "ligger i uge 40.")))
    a = answer(kb, "hvilken uge er prøveperioden?")
    assert a.found and "uge 40" in a.answer, a.answer
