"""A day in the text is a deadline, an earliest day ('tidligst') or a period's end ('i 12 måneder efter'):
only a deadline is due or reminded. A calendar date with its year is due without any go-live."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from bot.deadlines import DueState, due_tasks, window_for
from bot.progress import Progress
from bot.reminders import ReminderSettings, ReminderState, TeamState, plan
from bot.signatures import signature_states
from knowledge.deadlines import extract_deadlines, sentence_deadlines
from knowledge.models import DeadlineKind, Signature, Task

WAVE = "KP - Bølge 2"


def _task(text: str, *, tid: str = "T", end_offset_days: int | None = None, **kw) -> Task:
    task = Task(id=tid, title=f"Opgave {tid}", project="KP", waves=[WAVE], description=text,
                end_offset_days=end_offset_days, **kw)
    task.text_deadlines = extract_deadlines(task)
    return task


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Testen kan tidligst begynde 6 uger før go-live.", [DeadlineKind.EARLIEST]),
    ("Afstemningen må tidligst ske 3 dage efter konverteringen og skal være afsluttet senest 15 dage efter "
     "konverteringen.", [DeadlineKind.EARLIEST, DeadlineKind.DEADLINE]),
    ("Sagsbehandlerne kan tidligst se sagerne dagen efter konverteringen.", [DeadlineKind.EARLIEST]),
    ("Læseadgangen bevares i 12 måneder efter go-live.", [DeadlineKind.DURATION]),
    ("Papirblanketter modtages fortsat i 2 måneder efter go-live.", [DeadlineKind.DURATION]),
    ("Aftalen returneres senest 3 uger før go-live.", [DeadlineKind.DEADLINE]),
    ("Testen skal være gennemført i ugen før go-live.", [DeadlineKind.DEADLINE]),
    ("Rapporten sendes inden for 10 arbejdsdage efter modtagelsen.", [DeadlineKind.DEADLINE]),
])
def test_each_day_has_its_kind_and_stays_in_text_deadlines(sentence, kinds):
    assert [d.kind for d in sentence_deadlines(sentence)] == kinds


def test_an_earliest_day_is_never_a_tasks_end_nor_a_documents_deadline():
    golive = {WAVE: date(2027, 4, 1)}
    earliest = _task("Testen kan tidligst begynde 6 uger før go-live.")
    assert window_for(earliest, golive) is None  # nothing to be done by then
    both = _task("Testen kan tidligst begynde 6 uger før go-live og skal være afsluttet senest 2 uger før "
                 "go-live.")
    assert window_for(both, golive).end == date(2027, 3, 18)
    paper = _task("Aftalen underskrives af direktøren. Aftalen kan tidligst returneres 8 uger før go-live.",
                  signatures=[Signature(document="aftale", signer="direktøren")])
    (state,) = signature_states(paper, Progress(team="W", task="T"), {}, golive=date(2027, 4, 1))
    assert state.due is None


def test_a_task_due_on_a_calendar_date_is_due_without_a_go_live():
    dated = _task("Brugerlisten skal være sendt senest 1. april 2027.", tid="D", end_offset_days=-30)
    no_year = _task("Skemaet udfyldes inden 15. marts.", tid="Y")
    relative = _task("Aftalen returneres senest 3 uger før go-live.", tid="R")
    found = due_tasks([dated, no_year, relative], {}, {}, today=date(2027, 3, 22), within_days=14)
    assert [(d.task, d.end, d.golive, d.state) for d in found] == [
        ("D", date(2027, 4, 1), None, DueState.SOON)]
    # with a go-live the task's own end (Slutdato -30) counts, as before
    with_golive = window_for(dated, {WAVE: date(2027, 6, 1)})
    assert (with_golive.golive, with_golive.end) == (date(2027, 6, 1), date(2027, 5, 2))


def test_a_dated_task_without_go_live_is_reminded_on_working_days_only():
    dated = _task("Brugerlisten skal være sendt senest 1. april 2027.", tid="D")
    kb = SimpleNamespace(tasks=[dated])
    state = ReminderState(teams=[TeamState(team="T1", golive={})])
    settings = ReminderSettings()
    [reminder] = plan(now=datetime(2027, 3, 30, 9), state=state, kb=kb, settings=settings)
    assert (reminder.task, reminder.due) == ("D", date(2027, 4, 1))
    assert plan(now=datetime(2027, 3, 27, 9), state=state, kb=kb, settings=settings) == []  # a Saturday
    earliest = _task("Testen kan tidligst begynde 1. april 2027.", tid="E")
    kb = SimpleNamespace(tasks=[earliest])
    assert plan(now=datetime(2027, 3, 30, 9), state=state, kb=kb, settings=settings) == []


def test_show_says_an_earliest_day_is_no_deadline_and_json_has_the_kind(db, tmp_path):
    import json

    from click.testing import CliRunner

    from bot.cli import cli

    export = tmp_path / "tidligst.md.txt"
    export.write_text("## (TD 1) Test\n\n**Master-opgave ID** 9931\n\n**Projekt** KY\n\n**Beskrivelse** "
                      "Testen kan tidligst begynde 6 uger før go-live og skal være afsluttet senest 2 uger "
                      "før go-live.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(export)]).exit_code == 0
    shown = json.loads(runner.invoke(cli, ["show", "9931", "--json"]).output)
    assert [(d["days"], d["kind"]) for d in shown["text_deadlines"]] == [(-6, "earliest"), (-2, "deadline")]
    text = " ".join(runner.invoke(cli, ["show", "9931"]).output.split())
    assert "tidligst (ingen frist): 6 uger før go-live" in text
    assert "(ingen frist): 2 uger" not in text


def test_a_signature_due_on_a_date_is_reminded_without_a_go_live_and_due_lists_it():
    paper = _task("Aftalen underskrives af økonomichefen og returneres til KOMBIT senest 1. april 2027.",
                  tid="S", end_offset_days=-30,
                  signatures=[Signature(document="aftale", signer="økonomichefen", recipient="KOMBIT")])
    state = ReminderState(teams=[TeamState(team="T1", golive={})])
    [reminder] = plan(now=datetime(2027, 3, 31, 9), state=state, kb=SimpleNamespace(tasks=[paper]),
                      settings=ReminderSettings())
    assert (reminder.kind, reminder.due, reminder.signature) == ("signature", date(2027, 4, 1), 1)
    [due] = due_tasks([paper], {}, {}, today=date(2027, 3, 31), within_days=14)
    assert (due.end, due.golive) == (date(2027, 4, 1), None)
