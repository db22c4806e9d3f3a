"""Week-number deadlines ('senest fredag i uge 12', 'i uge 40'): kept in `text_deadlines` with the
week, day and year; dated (signatures, `/klik due`, `klik show`) only when the text gives the year."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.deadlines import text_deadline_day
from handlers.reminders import reminder_text
from knowledge.deadlines import extract_deadlines, sentence_deadlines
from knowledge.models import MethodStep, Task
from knowledge.week_deadlines import week_text


@pytest.mark.parametrize(("sentence", "week", "weekday", "year", "days", "about"), [
    ("Tilmeldingen skal være sendt senest fredag i uge 12.", 12, 5, None, 4, "tilmeldingen"),
    ("Skemaet afleveres til leverandøren i uge 40.", 40, None, None, 4, "skemaet"),
    ("Brugerlisten skal være klar inden uge 8 2027.", 8, None, 2027, -3, "brugerlisten"),
    ("Testdata bestilles senest mandag i uge 2, 2027.", 2, 1, 2027, 0, "testdata"),
    ("Senest onsdag i uge 45 skal rettighederne være tildelt.", 45, 3, None, 2, "rettighederne"),
    ("Opsætningen skal være færdig i løbet af uge 33.", 33, None, None, 4, "opsætningen"),
])
def test_week_number_deadlines(sentence, week, weekday, year, days, about):
    (d,) = sentence_deadlines(sentence)
    assert (d.week, d.weekday, d.year, d.days, d.about) == (week, weekday, year, days, about)
    assert d.anchor == f"uge {week}"
    assert d.text in sentence


@pytest.mark.parametrize("sentence", [
    "Go-live er planlagt til fredag i uge 40.",  # the go-live date itself, not something due
    "Vi holder statusmøde i uge 3.",  # a plan, nothing demanded
    "Testen gennemføres i uge 12-14.",  # a period
    "Supporten er udvidet fra uge 10.",
    "Uge 12 er en kort uge på grund af påsken.",
])
def test_week_numbers_that_are_not_deadlines(sentence):
    assert sentence_deadlines(sentence) == []


def test_a_method_step_in_a_week_is_due_then():
    task = Task(id="1", title="t",
                method_steps=[MethodStep(number=1, text="Send oversigten til KOMBIT i uge 6"),
                              MethodStep(number=2, text="Gennemfør testen i uge 14"),
                              MethodStep(number=3, text="Superbrugerne deltager i kurset i uge 16")])
    assert [(d.week, d.about) for d in extract_deadlines(task)] == [(6, "oversigten"), (14, "testen")]


def test_dates_only_with_the_year_and_honest_without():
    (with_year,) = sentence_deadlines("Bilaget returneres senest fredag i uge 12 2027.")
    (without,) = sentence_deadlines("Bilaget returneres senest fredag i uge 12.")
    assert text_deadline_day(with_year, {}) == date(2027, 3, 26)
    assert text_deadline_day(without, {"go-live": date(2027, 4, 1)}) is None  # the year is not guessed
    assert week_text(with_year) == "fredag i uge 12 2027" and week_text(without) == "fredag i uge 12"
    (week53,) = sentence_deadlines("Bilaget returneres senest i uge 53 2027.")  # 2027 has 52 weeks
    assert text_deadline_day(week53, {}) is None


def test_show_keeps_week_deadlines_in_json_and_says_when_the_year_is_missing(db, tmp_path):
    export = tmp_path / "uge.md.txt"
    export.write_text("## (UG 1) Tilmelding\n\n**Master-opgave ID** 9901\n\n**Projekt** KY\n\n"
                      "**Beskrivelse** Tilmeldingen skal være sendt senest fredag i uge 12.\n",
                      encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(export)]).exit_code == 0
    shown = json.loads(runner.invoke(cli, ["show", "9901", "--json"]).output)
    (d,) = shown["text_deadlines"]
    assert (d["anchor"], d["days"], d["week"], d["weekday"], d["year"]) == ("uge 12", 4, 12, 5, None)
    text = runner.invoke(cli, ["show", "9901"]).output
    assert "fredag i uge 12 (året står ikke i teksten, så datoen kendes ikke)" in text


def test_an_approval_due_in_a_week_is_reminded_as_an_approval():
    from datetime import datetime
    from types import SimpleNamespace

    from bot.reminders import ReminderSettings, ReminderState, TeamState, plan
    from knowledge.signatures import extract_signatures

    task = Task(id="T9", title="Regelsæt", waves=["KP - Bølge 2"], end_offset_days=-5, start_offset_days=-60,
                description="Regelsættet godkendes af fagchefen senest fredag i uge 9 2027.")
    task.signatures = extract_signatures(task)
    task.text_deadlines = extract_deadlines(task)
    state = ReminderState(teams=[TeamState(team="W", golive={"KP - Bølge 2": date(2027, 4, 1)})])
    (r,) = [r for r in plan(now=datetime(2027, 3, 2, 9), state=state, kb=SimpleNamespace(tasks=[task]),
                            settings=ReminderSettings()) if r.kind == "signature"]
    text = reminder_text(r)
    assert "regelsæt mangler godkendelse" in text and "Godkendes af: fagchefen" in text
    assert "5. marts 2027" in text  # fredag i uge 9 2027, before the task's own end
