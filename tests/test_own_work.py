"""Own work as data: a person's tasks by urgency, and the team's overview (overdue, due soon,
critical with nobody on it, assigned to someone who left)."""

from __future__ import annotations

from datetime import date

from bot.golive import set_golive
from bot.own_work import Urgency, is_critical, workload
from bot.progress import assign, mark_steps, set_status
from bot.store import Store
from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Task


def _task(task_id: str, end: int, *, priority: str | None = None) -> Task:
    return Task(id=task_id, title=f"Opgave {task_id}", project="P", waves=["P - Bølge 1"],
                end_offset_days=end, start_offset_days=-20, priority=priority,
                method_steps=[MethodStep(number=n, text=f"Trin {n}") for n in (1, 2)])


def test_my_tasks_by_urgency_and_the_team_overview(tmp_path):
    tasks = [_task("a", -100), _task("b", -30), _task("c", -5, priority="Prioritet 1"), _task("d", -60),
             _task("e", -100, priority="Valgfri")]
    kb = KnowledgeBase.from_tasks(tasks)
    store = Store(tmp_path / "k.json")
    set_golive(store, team="T", name="P - Bølge 1", day=date(2027, 3, 1), user="U", command="", kb=kb)
    by_id = {t.id: t for t in tasks}
    for task_id, role in (("b", "ansvarlig"), ("a", "udfører"), ("d", "ansvarlig")):
        assign(store, team="T", task=by_id[task_id], role=role, assignee="U1", user="U")
    assign(store, team="T", task=by_id["e"], role="ansvarlig", assignee="UGONE", user="U")
    mark_steps(store, team="T", task=by_id["a"], steps=[1], user="U1")
    set_status(store, team="T", task=by_id["d"], status="fuldført", user="U1")
    today = date(2026, 12, 15)  # a ends 21 Nov (overdue), b ends 30 Jan (window opens 10 Jan)
    load = workload(kb, store, "T", "U1", today=today, departed={"UGONE"})
    assert [i.task for i in load.mine] == ["a", "b"]  # d is fuldført; overdue before later
    a = load.mine[0]
    assert a.urgency is Urgency.OVERDUE and a.roles == ["udfører"] and a.next_step == 2 and a.steps_done == 1
    assert load.mine[1].urgency is Urgency.LATER
    assert [i.task for i in load.team.overdue] == ["a", "e"]
    assert [i.task for i in load.team.unassigned_critical] == ["c"]
    assert [i.task for i in load.team.departed] == ["e"] and load.team.departed[0].departed == ["UGONE"]
    assert not is_critical(by_id["e"]) and is_critical(_task("x", -1, priority="Obligatorisk på kritisk vej"))
    assert not is_critical(_task("y", -1, priority="Obligatorisk"))  # most tasks are: not singled out


def test_a_task_due_on_a_date_in_its_text_is_dated_in_own_work_without_a_go_live(tmp_path):
    """The Home tab uses the same end as `klik due`: 'senest 1. april 2027' needs no go-live, and an
    earliest day ('tidligst') is no end."""
    from knowledge.deadlines import extract_deadlines

    dated = Task(id="f", title="Opgave f", project="P", waves=["P - Bølge 1"],
                 description="Listen over brugere skal være sendt senest 1. april 2027.")
    earliest = Task(id="g", title="Opgave g", project="P", waves=["P - Bølge 1"],
                    description="Testen kan tidligst begynde 1. april 2027.")
    for task in (dated, earliest):
        task.text_deadlines = extract_deadlines(task)
    kb = KnowledgeBase.from_tasks([dated, earliest])
    store = Store(tmp_path / "k.json")
    for task in (dated, earliest):
        assign(store, team="T", task=task, role="ansvarlig", assignee="U1", user="U")
    load = workload(kb, store, "T", "U1", today=date(2027, 3, 25))
    by_id = {i.task: i for i in load.mine}
    assert (by_id["f"].end, by_id["f"].golive, by_id["f"].urgency) == (date(2027, 4, 1), None, Urgency.SOON)
    assert (by_id["g"].end, by_id["g"].urgency) == (None, Urgency.UNDATED)
