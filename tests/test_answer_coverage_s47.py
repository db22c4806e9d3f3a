"""Coverage when the question's words are in the task's context, not the sentence (session 47): 'hvem <verb>
X?' where a step of one task opens with the verb is answered by that task's recommended executor, unless
a sentence of the task says who does its work. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## HUND 1 (Anlæg) Indhegning af nye hundeskove

**Master-opgave ID** 9951

**Opgavetitel** HUND 1 (Anlæg) Indhegning af nye hundeskove

**Projekt** Hundeskove

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Hundeskove - Bølge 1

**Mål** Hundeejerne har tre indhegnede skove at gå i.

**Beskrivelse** Hegnet bliver 1,5 meter højt. Der opsættes 4 låger i hver skov. Borgerne kan følge \
arbejdet på kommunens hjemmeside.

**Metode og fremgangsmåde** 1. Afmærk hegnslinjen
2. Bestil pælene
3. Tjek lågerne efter opsætning

**Resultat** Skovene er indhegnet.

**Anbefalet udfører** Skovfoged

**Anbefalet ansvarlig** Naturchef

## HUND 2 (Drift) Affaldsstativer i hundeskovene

**Master-opgave ID** 9952

**Opgavetitel** HUND 2 (Drift) Affaldsstativer i hundeskovene

**Projekt** Hundeskove

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 10

**Bølger** Hundeskove - Bølge 1

**Mål** Der er ikke hundeposer på stierne.

**Beskrivelse** Stativerne tømmes to gange om ugen. Arbejdet udføres af Grøn Service ApS.

**Metode og fremgangsmåde** 1. Placér stativerne ved indgangene
2. Tøm stativerne

**Resultat** Stativerne er sat op.

**Anbefalet udfører** Parkarbejder

**Anbefalet ansvarlig** Naturchef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_who_does_a_step_is_the_tasks_executor(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvem afmærker hegnslinjen til hundeskovene?")
    assert a.found, a.answer
    assert "Skovfoged" in a.answer and a.sources == ["9951"]


def test_not_when_a_sentence_says_who_does_the_work(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvem tømmer affaldsstativerne?")
    assert "Parkarbejder" not in a.answer


def test_not_when_another_sentence_of_the_task_uses_the_verb() -> None:
    # 'Lågerne tjekkes ...' may say by whom in another wording: the step alone does not settle it
    text = TASKS.replace("Der opsættes 4 låger i hver skov.", "Der opsættes 4 låger i hver skov, og "
                         "lågerne tjekkes hvert år.")
    a = answer(KnowledgeBase.from_tasks(parse_text(text)), "hvem tjekker lågerne i hundeskovene?")
    assert "Skovfoged" not in a.answer
    b = answer(KnowledgeBase.from_tasks(parse_text(TASKS)), "hvem tjekker lågerne i hundeskovene?")
    assert "Skovfoged" in b.answer, b.answer


def test_not_when_the_step_names_a_party_of_its_own() -> None:
    # 'Bestil pælene hos Hegnsfirmaet Nord' says with whom: the task's executor alone would hide that
    text = TASKS.replace("2. Bestil pælene", "2. Bestil pælene hos Hegnsfirmaet Nord")
    a = answer(KnowledgeBase.from_tasks(parse_text(text)), "hvem bestiller pælene til hundeskovene?")
    assert not (a.found and "Skovfoged" in a.answer and "Hegnsfirmaet" not in a.answer), a.answer
    b = answer(KnowledgeBase.from_tasks(parse_text(TASKS)), "hvem bestiller pælene til hundeskovene?")
    assert "Skovfoged" in b.answer, b.answer
