"""Honest answers (session 35) by kind of failure: a sentence about keeping only by its deletion time
('Oplysningerne slettes efter 6 måneder') read as what is kept; a list of tasks signed by a party no task
writes answered with every signed task. The same kinds are answered where the text has them. Tasks
written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## TR 1 (Trækvogne) Indgå aftale om leje af trækvogne

**Master-opgave ID** 9971

**Opgavetitel** TR 1 (Trækvogne) Indgå aftale om leje af trækvogne

**Projekt** Trækvogne

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -20

**Bølger** Trækvogne - Bølge 1

**Mål** Aftalen er underskrevet.

**Beskrivelse** Dagplejerne låner trækvogne gennem bookingsystemet Vognly fra Hjulhuset ApS. Aftalen \
underskrives af dagtilbudschefen. Vognly gemmer dagplejerens navn og adresse. Oplysningerne slettes 9 \
måneder efter sidste lån. Forsikringen dækker tyveri og skader på børnene. Dagplejerne kan køre \
vognene sikkert på fortovet. Konsulenten skriver en kort rapport om lånene.

**Resultat** Aftalen er underskrevet.

**Anbefalet udfører** Pædagogisk konsulent

**Anbefalet ansvarlig** Dagtilbudschef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question", [
    "Hvilke oplysninger gemmer Vognly om låneren?",  # not 'Oplysningerne slettes 9 måneder efter ...'
    "Hvor gemmes oplysningerne om dagplejerne?",  # only how long they are kept is said
    "Hvilke opgaver i Trækvogne skal underskrives af borgmesteren?",  # the borgmester signs none
])
def test_other_thing_is_not_found(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor længe gemmes oplysningerne om dagplejerne?", "9"),  # the deletion time is how long
    ("Dækker forsikringen skader på børnene?", "Ja –"),
    ("Dækker forsikringen tyveri?", "Ja –"),
    ("Hvilke opgaver i Trækvogne skal underskrives af dagtilbudschefen?", "TR 1"),
])
def test_the_asked_thing_is_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer
