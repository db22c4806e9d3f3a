"""Progress changes: step marks, status, assignees and their audit trail, in memory and on disk."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from bot import progress as prog
from bot.store import Store
from knowledge.base import load_seeds
from knowledge.errors import KlikError
from knowledge.models import MethodStep, Task

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path) -> Store:
    return Store(None if request.param == "memory" else tmp_path / "klik.json")


@pytest.fixture(scope="module")
def task433() -> Task:
    return next(t for t in load_seeds() if t.id == "433")


def test_mark_steps_records_who_and_when_and_starts_the_task(store, task433):
    result = prog.mark_steps(store, team="T1", task=task433, steps=[2, 1, 2], user="U1",
                             command="/klik done 433 2 1", now=NOW)
    assert result.marked == [1, 2] and result.already == [] and result.started
    p = prog.get_progress(store, "T1", "433")
    assert p.status == prog.Status.STARTED and p.steps[1] == prog.StepMark(done_by="U1", done_at=NOW)
    [entry] = prog.history(store, team="T1", task_id="433")
    assert entry.action == "done" and entry.user == "U1" and entry.at == NOW
    assert entry.command == "/klik done 433 2 1"
    assert entry.details == {"steps": [1, 2], "status": "started"}
    assert "T1" in store.all("teams")


def test_marking_a_done_step_again_keeps_the_first_mark_and_logs_nothing(store, task433):
    prog.mark_steps(store, team="T1", task=task433, steps=[3], user="U1", now=NOW)
    later = datetime(2026, 11, 21, tzinfo=UTC)
    result = prog.mark_steps(store, team="T1", task=task433, steps=[3], user="U2", now=later)
    assert result.marked == [] and result.already == [3] and not result.started
    assert prog.get_progress(store, "T1", "433").steps[3].done_by == "U1"
    assert len(prog.history(store, team="T1", task_id="433")) == 1


@pytest.mark.parametrize(("steps", "message"), [
    ([8], "Trin 8 findes ikke; opgave 433 har trin 1-7."),
    ([0, 9], "Trin 0 og 9 findes ikke; opgave 433 har trin 1-7."),
    (list(range(1, 100)), "Trin 8-99 findes ikke; opgave 433 har trin 1-7."),
    ([0, 8, 9, 10, 12], "Trin 0, 8-10 og 12 findes ikke; opgave 433 har trin 1-7."),
    ([], "Skriv hvilke trin; opgave 433 har trin 1-7."),
])
def test_wrong_step_numbers_name_the_valid_range_and_change_nothing(store, task433, steps, message):
    with pytest.raises(KlikError) as err:
        prog.mark_steps(store, team="T1", task=task433, steps=steps, user="U1", now=NOW)
    assert str(err.value) == message
    assert store.all("progress") == {} and store.history() == []


def test_step_range_of_non_contiguous_steps():
    task = Task(id="X", title="x", method_steps=[MethodStep(number=n, text="t") for n in (1, 2, 4)])
    with pytest.raises(KlikError, match=r"Trin 3 findes ikke; opgave X har trin 1, 2 og 4"):
        prog.check_steps(task, [3])
    with pytest.raises(KlikError, match="ingen nummererede trin"):
        prog.check_steps(Task(id="Y", title="y"), [1])


def test_unmark_steps_keeps_the_old_marks_in_history(store, task433):
    prog.mark_steps(store, team="T1", task=task433, steps=[4], user="U1", now=NOW)
    result = prog.unmark_steps(store, team="T1", task=task433, steps=[4], user="U2", now=NOW)
    assert result.unmarked == [4] and 4 not in prog.get_progress(store, "T1", "433").steps
    undo = prog.history(store, team="T1", task_id="433")[-1]
    assert undo.action == "undo" and undo.details["steps"] == [4]
    assert undo.details["was"] == [{"step": 4, "done_by": "U1", "done_at": NOW.isoformat()}]
    with pytest.raises(KlikError, match="Trin 4 i opgave 433 er ikke markeret som udført"):
        prog.unmark_steps(store, team="T1", task=task433, steps=[4], user="U2", now=NOW)


def test_unmark_several_steps_undoes_the_done_ones_and_names_the_rest(store, task433):
    prog.mark_steps(store, team="T1", task=task433, steps=[2, 4, 5], user="U1", now=NOW)
    result = prog.unmark_steps(store, team="T1", task=task433, steps=[5, 2, 3, 4], user="U2", now=NOW)
    assert result.unmarked == [2, 4, 5] and result.not_done == [3]
    assert prog.get_progress(store, "T1", "433").steps == {}
    assert len(prog.history(store, team="T1", task_id="433")) == 2
    with pytest.raises(KlikError, match="Trin 2-4 i opgave 433 er ikke markeret som udført"):
        prog.unmark_steps(store, team="T1", task=task433, steps=[2, 3, 4], user="U2", now=NOW)
    with pytest.raises(KlikError, match="Trin 9 findes ikke"):
        prog.unmark_steps(store, team="T1", task=task433, steps=[1, 9], user="U2", now=NOW)


def test_set_status_reports_whether_it_changed(store, task433):
    p, changed = prog.set_status(store, team="T1", task=task433, status=prog.Status.DONE, user="U1", now=NOW)
    assert changed and p.status == prog.Status.DONE
    _, changed = prog.set_status(store, team="T1", task=task433, status=prog.Status.DONE, user="U1", now=NOW)
    assert not changed
    assert [e.details for e in prog.history(store, team="T1", task_id="433")] == [
        {"from": "not_started", "to": "done"}]


@pytest.mark.parametrize(("word", "role"), [("ansvarlig", "ansvarlig"), ("Responsible", "ansvarlig"),
                                            ("udfører", "udfører"), ("executor", "udfører"),
                                            ("udfoerer", "udfører")])
def test_assign_accepts_danish_and_english_roles(store, task433, word, role):
    p, previous = prog.assign(store, team="T1", task=task433, role=word, assignee="U9", user="U1", now=NOW)
    assert p.assignees == {role: "U9"} and previous is None
    _, previous = prog.assign(store, team="T1", task=task433, role=word, assignee="U8", user="U1", now=NOW)
    assert previous == "U9"


def test_assign_rejects_unknown_roles(store, task433):
    with pytest.raises(KlikError, match="skriv ansvarlig eller udfører"):
        prog.assign(store, team="T1", task=task433, role="chef", assignee="U9", user="U1")


def test_workspaces_are_kept_apart(store, task433):
    prog.mark_steps(store, team="T1", task=task433, steps=[1], user="U1", now=NOW)
    prog.mark_steps(store, team="T2", task=task433, steps=[2], user="U2", now=NOW)
    assert list(prog.get_progress(store, "T1", "433").steps) == [1]
    assert list(prog.team_progress(store, "T2")["433"].steps) == [2]
    assert [e.team for e in prog.history(store, team="T2", task_id="433")] == ["T2"]


def test_concurrent_marks_lose_nothing(store, task433):
    with ThreadPoolExecutor(max_workers=7) as pool:
        list(pool.map(lambda n: prog.mark_steps(store, team="T1", task=task433, steps=[n], user=f"U{n}"),
                      range(1, 8)))
    p = prog.get_progress(store, "T1", "433")
    assert sorted(p.steps) == list(range(1, 8)) and all(p.steps[n].done_by == f"U{n}" for n in p.steps)
    assert len(prog.history(store, team="T1", task_id="433")) == 7


def test_changes_survive_a_reopened_store(tmp_path, task433):
    prog.mark_steps(Store(tmp_path / "k.json"), team="T1", task=task433, steps=[5], user="U1", now=NOW)
    again = Store(tmp_path / "k.json")
    assert prog.get_progress(again, "T1", "433").steps[5].done_at == NOW
    assert prog.history(again, team="T1", task_id="433")[0].details == {"steps": [5], "status": "started"}
