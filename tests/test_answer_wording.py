"""Counts in answers agree with their nouns: several documents of one task are counted as
signatures of that task, not as '1 opgaver'; one step or one day is singular."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Signature, Task
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="950", title="DP 4 Aftaler for Digital Post", project="DP",
         description="Serviceaftalen underskrives af it-chefen. Databehandleraftalen underskrives af "
                     "kommunaldirektøren.",
         signatures=[Signature(document="serviceaftalen", signer="it-chefen"),
                     Signature(document="databehandleraftalen", signer="kommunaldirektøren")]),
    Task(id="951", title="DP 5 Tilslutning", project="DP",
         description="Tilslutningsaftalen underskrives af borgmesteren.",
         signatures=[Signature(document="tilslutningsaftalen", signer="borgmesteren")]),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(TASKS)


@pytest.mark.parametrize(("question", "head"), [
    ("hvem skal underskrive i opgave 950?", "Opgave 950 kræver 2 underskrifter:"),
    ("who signs in task 950?", "Task 950 needs 2 signatures:"),
])
def test_several_signatures_of_one_task_are_counted_as_signatures(kb, question, head):
    got = answer(kb, question)
    assert got.found and got.sources == ["950"], got.answer
    assert got.answer.startswith(head + "\n"), got.answer
    assert "serviceaftalen" in got.answer.lower() and "databehandleraftalen" in got.answer.lower()


@pytest.mark.parametrize(("question", "head"), [
    ("hvem skal underskrive aftalerne i DP?", "2 opgaver kræver underskrift:"),
    ("who signs the agreements in DP?", "2 tasks need a signature:"),
])
def test_signatures_of_several_tasks_are_counted_as_tasks(kb, question, head):
    got = answer(kb, question)
    assert got.found and set(got.sources) == {"950", "951"}, got.answer
    assert got.answer.startswith(head + "\n") and got.answer.count("\n• ") == 3, got.answer


ONE_DAY = Task(id="960", title="DP 7 Sidste kontrol", project="DP", end_offset_days=-1, start_offset_days=-1,
               duration_days=1, method_steps=[MethodStep(number=1, text="Kontrollér opsætningen")])


@pytest.mark.parametrize(("question", "said"), [
    ("hvornår skal opgave 960 være færdig?", ["færdig 1 dag før go-live", "startes 1 dag før slutdatoen",
                                              "2 dage før go-live", "Varighed: 1 dag."]),
    ("when must task 960 be finished?", ["finished 1 day before go-live", "started 1 day before that end",
                                         "2 days before go-live", "Duration: 1 day."]),
    ("hvor lang tid tager opgave 960?", ["Opgave 960 varer 1 dag."]),
])
def test_one_day_is_singular(question, said):
    got = answer(KnowledgeBase.from_tasks([ONE_DAY]), question)
    assert got.found and all(s in got.answer for s in said), got.answer


@pytest.mark.parametrize(("question", "said"), [
    ("how many steps does task 960 have?", "Task 960 has 1 step:"),
    ("hvor mange trin har opgave 960?", "Opgave 960 har 1 trin:"),
    ("what is step 3 of task 960?", "Task 960 has 1 step; there is no step 3."),
    ("hvad er trin 3 i opgave 960?", "Opgave 960 har 1 trin; trin 3 findes ikke."),
])
def test_one_step_is_singular(question, said):
    got = answer(KnowledgeBase.from_tasks([ONE_DAY]), question)
    assert said in got.answer, got.answer
