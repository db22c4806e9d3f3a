"""Words a question uses where the task text says another form or another word (session 39): a compound
whose head is the noun of a deed the tasks write as a verb ('fejlmelding' / 'Fejl anmeldes'), one-way
glossary lines for everyday words ('støtte' for 'tilskud', 'købe' for 'salg'), and a month by its name as
no length of time. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import split_compound
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASKS = """## VD 1 (Opstart) Nyt vaskerisystem

**Master-opgave ID** 9391

**Opgavetitel** VD 1 (Opstart) Nyt vaskerisystem

**Projekt** Vaskeridepot

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Beskrivelse** Depotet får et nyt vaskerisystem, som leveres af Vaskdata ApS. Fejl anmeldes på \
telefon 70 11 22 33. Tøjet bringes ud til plejecentrene af depotets chauffør.

Foreningerne får et tilskud på 300 kr. pr. tur. Skal en tur aflyses, skal plejecentret give besked \
til depotet senest 2 dage før.

**Anbefalet udfører** Depotmedarbejder

**Anbefalet ansvarlig** Depotleder

## VD 2 (Drift) Pleje af træer

**Master-opgave ID** 9392

**Opgavetitel** VD 2 (Drift) Pleje af træer

**Projekt** Vaskeridepot

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 30

**Beskrivelse** Træerne ved depotet beskæres af Grøn Pleje A/S. Det gøres i perioden oktober til marts. \
Salget af vaskekort åbner 1. maj og lukker 15. juni.

**Anbefalet udfører** Gartner

**Anbefalet ansvarlig** Depotleder
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_a_compound_whose_head_is_a_deed_the_tasks_write_as_a_verb(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    assert split_compound(index, "fejlmelding") == (key("fejl"), key("anmeldes"))
    assert split_compound(index, "fejlkuvert") is None  # 'kuvert' is no deed and no word of the tasks


def test_a_month_is_no_length_of_time() -> None:
    text = "Træerne beskæres af Grøn Pleje A/S. Det gøres i perioden oktober til marts."
    assert not holds(Expect.TIME, text, "hvor lang tid tager beskæringen af træerne?")
    assert holds(Expect.TIME, text, "hvornår beskæres træerne?")


@pytest.mark.parametrize(("question", "value"), [
    ("hvad er telefonnummeret til fejlmelding?", "70 11 22 33"),
    ("hvor meget får foreningerne i støtte pr. tur?", "300 kr"),
    ("hvornår er sidste frist for at købe vaskekort?", "15. juni"),
    ("hvem beskærer træerne ved depotet?", "Grøn Pleje"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvor lang tid tager beskæringen af et træ?",  # the text says when, not how long
    "hvad er mailadressen til fejlmelding?",  # a phone number only
    "hvor meget får foreningerne i støtte pr. år?",  # per trip only
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer

