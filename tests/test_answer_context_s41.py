"""Context (session 41): a sentence opening with a pronoun is read with the sentence before it even when
that one gives a value of the asked kind, if the pronoun's sentence says the question's deed itself; a
season after 'hver(t)' is a frequency; a risk the question qualifies a thing with asks no consequence.
Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.intents import consequence
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

TASKS = """## SK 1 (Skolehaver) Tilsyn med skolehaver

**Master-opgave ID** 9911

**Opgavetitel** SK 1 (Skolehaver) Tilsyn med skolehaver

**Projekt** Skolehaver

**Prioritet** Obligatorisk

**Beskrivelse** Alle 12 skolehaver gennemgås hvert efterår af en havekonsulent. Skader på hegnet \
meldes samme dag til Teknisk Service. De skal repareres inden 5 arbejdsdage, ellers lukkes haven. \
Ansøgningen om nye bede sendes senest 1. marts. Den behandles af skolelederen.

**Resultat** Haverne er gennemgået.

**Anbefalet udfører** Havekonsulent

**Anbefalet ansvarlig** Skoleleder
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    # 'De skal repareres ...' says the deed asked; the sentence before, with its own time, says what 'de' is
    ("hvor hurtigt skal skader på hegnet repareres?", "5 arbejdsdage"),
    ("hvornår skal skader på hegnet meldes?", "samme dag"),
    ("hvor ofte gennemgås skolehaverne?", "hvert efterår"),
    ("hvornår skal ansøgningen om nye bede sendes?", "1. marts"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


def test_a_season_after_hvert_is_a_frequency() -> None:
    asked = "hvor ofte gennemgås haverne?"
    for text in ("Haverne gennemgås hvert forår.", "De tjekkes hver vinter.", "Checked every spring."):
        assert holds(Expect.FREQUENCY, text, asked), text
    assert not holds(Expect.FREQUENCY, "Haverne gennemgås i foråret.", asked)


def test_a_risk_qualifying_a_thing_asks_no_consequence(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    typed = analyse(index, "hvor hurtigt skal skader med høj risiko repareres?")
    consequence.frame(typed)
    assert not typed.has("consequence")
    what = analyse(index, "hvad er risikoen ved ikke at reparere hegnet?")
    consequence.frame(what)
    assert what.has("consequence")
