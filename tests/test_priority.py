"""One rule for "critical" (knowledge/priority.py): the Home tab's overview (bot/own_work.py) and the
own-work answers (knowledge/qa/intents/own_work.py) single out the same tasks, on the shipped seeds,
the test exports and, where present, the shared seeds and development tasks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.deadlines import window_for
from bot.own_work import workload
from bot.store import Store
from bot.work import StoreWork
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import Task
from knowledge.parse import parse_file
from knowledge.priority import Weight, is_critical, weight
from knowledge.qa.intents.own_work import Own, answer_own
from knowledge.qa.messages import text

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
SHARED = Path("/work/shared")  # the team's seeds and development set; absent on a clean checkout


@pytest.mark.parametrize(("priority", "expected"), [
    ("Obligatorisk på kritisk vej", Weight.CRITICAL), ("Kritisk", Weight.CRITICAL),
    ("Prioritet 1", Weight.CRITICAL), ("Høj", Weight.CRITICAL), ("High", Weight.CRITICAL),
    ("Obligatorisk", Weight.MANDATORY), ("Mandatory", Weight.MANDATORY), ("Valgfri", Weight.OPTIONAL),
    ("Prioritet 2", Weight.OTHER), ("Prioritet 10", Weight.OTHER), ("", Weight.OTHER), (None, Weight.OTHER),
])
def test_a_priority_wording_has_one_weight(priority, expected):
    assert weight(priority) is expected


def _exports(folder: Path) -> list[Task]:
    return [t for f in sorted(folder.rglob("*.txt")) for t in parse_file(f)] if folder.is_dir() else []


def _sets() -> list:
    sets = [pytest.param(load_seeds(), id="shipped-seeds"),
            pytest.param(_exports(FIXTURES), id="test-exports")]
    for name, folder in (("shared-seeds", SHARED / "seeds"), ("shared-eval", SHARED / "eval" / "tasks")):
        found = _exports(folder)
        sets.append(pytest.param(found, id=name, marks=pytest.mark.skipif(not found, reason=f"no {folder}")))
    return sets


def _home_critical(tasks: list[Task]) -> set[str]:
    """The Home tab's view: nothing assigned, no go-live set, so a task is listed for being critical."""
    load = workload(KnowledgeBase.from_tasks(tasks), Store(None), "T", "U", today=date(2027, 1, 4))
    return {item.task for item in load.team.unassigned_critical}


def _answer_critical(tasks: list[Task]) -> set[str]:
    """The own-work answers' view: an undated open task is marked as critical, one list per task."""
    kb = KnowledgeBase.from_tasks(tasks)
    view = StoreWork(Store(None), kb, team="T", golive={}, today=date(2027, 1, 4))
    marked = set()
    for task in kb.tasks:
        reply = answer_own(Own.MISSING, view, [], [task], lang="da", question="hvad mangler vi?",
                           golive_names=[])
        line = " ".join(str(part) for row in reply.lines for part in row)
        if task.priority and text("critical_undated", "da", priority=task.priority) in line:
            marked.add(task.id)
    return marked


@pytest.mark.parametrize("tasks", _sets())
def test_the_home_tab_and_the_answers_agree_on_what_is_critical(tasks):
    critical = {t.id for t in tasks if is_critical(t)}
    assert critical and critical != {t.id for t in tasks}  # both kinds present: agreeing means something
    # the answers mark a critical task when they have no date for it; without go-live, a task whose text
    # gives a calendar date with its year ('senest 1. april 2027') is dated all the same (bot.deadlines)
    undated = {t.id for t in tasks if window_for(t, {}) is None}
    assert _home_critical(tasks) == critical and critical & undated == _answer_critical(tasks)
