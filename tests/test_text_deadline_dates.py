"""Deadlines from the text reach dates, `/klik due` and reminders: a task without a Slutdato ends on
its go-live deadline, and a signature due before go-live is reminded against that date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

from bot.deadlines import DueState, due_tasks, window_for
from bot.progress import Progress, StepMark
from bot.reminders import ReminderSettings, ReminderState, TeamState, plan
from bot.signatures import signature_states
from knowledge.models import DeadlineUnit, MethodStep, Signature, Task, TextDeadline
from knowledge.qa.messages.reminders import reason

GOLIVE = {"KP - Bølge 2": date(2027, 3, 1)}


def _deadline(days, unit=DeadlineUnit.DAYS, anchor="go-live", about=None):
    return TextDeadline(text="...", days=days, unit=unit, anchor=anchor, about=about)


NO_END = Task(id="T1", title="Brevskabelon", project="KP", waves=["KP – Bølge 2"],
              text_deadlines=[_deadline(-3, DeadlineUnit.WEEKS, about="brevskabelonen")])
SIGNED = Task(id="T2", title="Tilslutning", project="KP", waves=["KP - Bølge 2"], end_offset_days=-10,
              start_offset_days=-60, method_steps=[MethodStep(number=n, text=f"trin {n}") for n in (1, 2, 3)],
              signatures=[Signature(document="tilslutningsaftale", signer="kommunaldirektøren", steps=[2, 3],
                                    received_step=2, signed_step=3)],
              text_deadlines=[_deadline(-30, about="aftale"),
                              _deadline(5, DeadlineUnit.WORKING_DAYS, anchor="modtagelse",
                                        about="tilslutningsaftale")])


def test_a_task_without_slutdato_ends_on_its_text_deadline():
    window = window_for(NO_END, GOLIVE)  # the wave written with an en dash is the same wave
    assert (window.end, window.start) == (date(2027, 2, 8), None)
    assert window_for(NO_END, {}) is None


def test_due_lists_a_task_whose_only_deadline_is_in_the_text():
    (due,) = due_tasks([NO_END], GOLIVE, {}, today=date(2027, 2, 1), within_days=14)
    assert (due.task, due.end, due.state) == ("T1", date(2027, 2, 8), DueState.SOON)


def test_a_signature_is_due_on_its_own_deadline():
    (state,) = signature_states(SIGNED, Progress(team="W", task="T2"), {}, golive=date(2027, 3, 1))
    assert state.due == date(2027, 1, 30)  # 30 days before go-live, not the task's end (19 February)
    received = Progress(team="W", task="T2", steps={2: StepMark(done_by="U1", done_at=datetime(2027, 1, 4, 9,
                                                                                              tzinfo=UTC))})
    (state,) = signature_states(SIGNED, received, {}, golive=date(2027, 3, 1))
    assert state.due == date(2027, 1, 11)  # five working days after it arrived comes first


def test_reminders_count_down_to_the_signature_deadline():
    state = ReminderState(teams=[TeamState(team="W", golive=GOLIVE)])
    reminders = plan(now=datetime(2027, 1, 27, 9), state=state, kb=SimpleNamespace(tasks=[SIGNED]),
                     settings=ReminderSettings())
    (r,) = [r for r in reminders if r.kind == "signature"]
    assert "30. januar 2027" in reason(r.why, r.facts) and not r.overdue


def test_due_counts_an_open_signature_deadline_before_the_task_end(tmp_path):
    from bot.deadlines import due
    from bot.golive import set_golive
    from bot.store import Store

    early = SIGNED.model_copy(update={"end_offset_days": -10, "start_offset_days": -200})
    kb = SimpleNamespace(tasks=[early])
    store = Store(tmp_path / "k.json")
    set_golive(store, team="W", name="KP - Bølge 2", day=date(2027, 3, 1), user="U", command="c", kb=kb)
    (item,) = due(kb, store, "W", date(2027, 1, 20), within_days=14)
    assert item.end == date(2027, 1, 30)  # the agreement's own deadline, not the task's 19 February
