"""Calendar-date deadlines ('senest 1. april 2027', 'inden 15. marts', 'senest 01.03.2027'): kept in
`text_deadlines` with the date as their anchor; dated (signatures, `/klik due`, `klik show`) only when the
text gives the year, and never a plan, a date stated or a habit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.deadlines import text_deadline_day, window_for
from bot.progress import Progress
from bot.signatures import signature_states
from knowledge.date_deadlines import is_date_deadline
from knowledge.deadlines import extract_deadlines, sentence_deadlines
from knowledge.models import DeadlineKind, Signature, Task


@pytest.mark.parametrize(("sentence", "anchor", "day", "about"), [
    ("Skemaet skal være udfyldt senest 1. april 2027.", "1. april 2027", date(2027, 4, 1), "skemaet"),
    ("Listen sendes til KOMBIT inden den 15. marts.", "15. marts", None, "listen"),
    ("Bilaget returneres senest d. 3. sept. 2027.", "3. september 2027", date(2027, 9, 3), "bilaget"),
    ("Fuldmagten skal være oprettet senest 09.11.2026.", "9. november 2026", date(2026, 11, 9), "fuldmagten"),
    ("Senest 2/6-2027 skal rollerne være tildelt.", "2. juni 2027", date(2027, 6, 2), "rollerne"),
    ("Planen skal afleveres den 30. oktober 2026.", "30. oktober 2026", date(2026, 10, 30), "planen"),
])
def test_date_deadlines(sentence, anchor, day, about):
    (d,) = sentence_deadlines(sentence)
    assert (d.anchor, d.days, d.fixed_date, d.about) == (anchor, 0, day, about)
    assert d.text in sentence and not d.text.endswith(".") and is_date_deadline(d)


@pytest.mark.parametrize("sentence", [
    "Go-live er planlagt til 1. maj 2027.",  # the go-live date itself, nothing due
    "Kurset afholdes 12. april 2027 i Aarhus.",  # a plan
    "Nyhedsbrevet sendes normalt den 1. i måneden.",  # a habit (and no month)
    "Supporten er udvidet fra 1. marts 2027.",
    "Testperioden løber 1. marts – 15. april 2027.",  # a period
    "Aftalen blev underskrevet 3. januar 2026.",  # what happened
    "Brugerne skal oprettes senest 31. februar 2027.",  # no such day
])
def test_dates_that_are_not_deadlines(sentence):
    assert sentence_deadlines(sentence) == []


def test_a_date_without_its_year_is_never_guessed():
    (with_year,) = sentence_deadlines("Bilaget returneres senest 5. marts 2027.")
    (without,) = sentence_deadlines("Bilaget returneres senest 5. marts.")
    assert text_deadline_day(with_year, {}) == date(2027, 3, 5)
    assert text_deadline_day(without, {"go-live": date(2027, 4, 1)}) is None


@pytest.mark.parametrize("due", ["senest 5. marts 2027", "senest fredag i uge 9 2027"])
def test_a_signature_due_on_a_date_or_in_a_week_of_a_known_year_is_due_then(due):
    task = Task(id="T", title="t", waves=["KP - Bølge 2"], end_offset_days=-5,
                description=f"Bilaget underskrives af direktøren og returneres {due}.",
                signatures=[Signature(document="bilag", signer="direktøren")])
    task.text_deadlines = extract_deadlines(task)
    (state,) = signature_states(task, Progress(team="W", task="T"), {}, golive=date(2027, 4, 1))
    assert state.due == date(2027, 3, 5)
    no_end = task.model_copy(update={"end_offset_days": None})  # a task without Slutdato ends then
    assert window_for(no_end, {"KP - Bølge 2": date(2027, 4, 1)}).end == date(2027, 3, 5)


def test_show_has_the_date_in_json_and_says_when_the_year_is_missing(db, tmp_path):
    export = tmp_path / "dato.md.txt"
    export.write_text("## (DA 1) Tilmelding\n\n**Master-opgave ID** 9911\n\n**Projekt** KY\n\n"
                      "**Beskrivelse** Tilmeldingen skal være sendt senest 1. april 2027. Skemaet udfyldes "
                      "inden 15. marts.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(export)]).exit_code == 0
    shown = json.loads(runner.invoke(cli, ["show", "9911", "--json"]).output)
    got = [(d["anchor"], d["days"], d["fixed_date"], d["about"]) for d in shown["text_deadlines"]]
    assert got == [("1. april 2027", 0, "2027-04-01", "tilmeldingen"), ("15. marts", 0, None, "skemaet")]
    text = " ".join(runner.invoke(cli, ["show", "9911"]).output.split())
    assert "senest 1. april 2027 (tilmeldingen)" in text
    assert "senest 15. marts (året står ikke i teksten, så datoen kendes ikke) (skemaet)" in text


def test_dates_in_a_deadline_column_of_a_table_and_not_in_a_column_of_meetings(tmp_path):
    from knowledge.parse import parse_file

    export = tmp_path / "tabel.tsv.txt"
    export.write_text(
        "*Opgavetitel\t(TB 2) Tidsplan\n*Projekt\tKY\n*Beskrivelse\t<table><tr><th>Leverance</th>"
        "<th>Ansvarlig</th><th>Frist</th></tr><tr><td>Brugerliste</td><td>HR</td><td>1. marts 2027</td></tr>"
        "<tr><td>Rolleoversigt</td><td>IT</td><td>15.03.2027</td></tr></table><table><tr><th>Møde</th><th>Dato</th>"
        "</tr><tr><td>Opstartsmøde</td><td>3. februar 2027</td></tr></table>\n"
        "Metode og fremgangsmåde\t<ol><li>Lav listen</li></ol>\n", encoding="utf-8")
    (task,) = parse_file(export)
    assert [(d.anchor, d.about, d.fixed_date) for d in task.text_deadlines] == [
        ("1. marts 2027", "brugerliste", date(2027, 3, 1)),
        ("15. marts 2027", "rolleoversigt", date(2027, 3, 15))]
    pipes = tmp_path / "tabel.md.txt"
    pipes.write_text("## (TB 3) Tidsplan\n\n**Master-opgave ID** 9952\n\n**Beskrivelse** Afleveringer:\n\n"
                     "| Dokument | Afleveres senest |\n|---|---|\n| Testplan | 1. april 2027 |\n\n"
                     "**Metode og fremgangsmåde** 1. Skriv planen\n", encoding="utf-8")
    (task,) = parse_file(pipes)
    assert [(d.anchor, d.about) for d in task.text_deadlines] == [("1. april 2027", "testplan")]


def test_english_dates_as_the_danish_ones():
    from knowledge.english_tasks import english_deadlines

    def read(text: str) -> list[tuple]:
        return [(d.anchor, d.fixed_date, d.about)
                for d in english_deadlines(Task(id="1", title="t", description=text), signed=[])]

    assert read("The test plan must be sent to KOMBIT no later than 3 May 2027.") == \
        [("3. maj 2027", date(2027, 5, 3), "test plan")]
    assert read("The form must be returned by March 15.") == [("15. marts", None, "form")]
    assert read("The course is held before 1 May 2027.") == []  # a plan, nothing demanded


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kommunen må ikke tilmelde sig før 1. marts 2027.", []),  # the earliest day, not the last
    ("Arbejdet må tidligst begynde den 15. juni og skal være afsluttet senest den 1. november.",
     [("1. november", "arbejdet")]),
    ("Kommunen får rabat, hvis aftalen underskrives inden 1. marts 2027.", []),  # a condition
    ("Prisen reguleres en gang om året pr. 1. januar.", []),  # from when; nothing demanded
])
def test_earliest_conditional_and_from_when_dates(sentence, expected):
    # only deadlines are due (an earliest day is kept with its kind, see below, and never reminded of)
    assert [(d.anchor, d.about) for d in sentence_deadlines(sentence) if d.is_due] == expected


@pytest.mark.parametrize(("sentence", "anchor"), [
    ("Kommunen må ikke tilmelde sig før 1. marts 2027.", "1. marts 2027"),
    ("Arbejdet må tidligst begynde den 15. juni og skal være afsluttet senest den 1. november.", "15. juni"),
    ("Bestillingen kan tidligst afgives 3. januar 2028, når kataloget er offentliggjort.", "3. januar 2028"),
    ("Leverancen kan tidligst ske 12. maj og skal være testet senest 2 uger før go-live.", "12. maj"),
])
def test_dated_earliest_days_are_kept_with_their_kind(sentence, anchor):
    """A calendar date that is the earliest day ('tidligst', 'ikke før') is read, as an earliest day: answers
    can quote it, and `is_due` keeps it out of due dates and reminders."""
    earliest = [d for d in sentence_deadlines(sentence) if d.kind == DeadlineKind.EARLIEST]
    assert [d.anchor for d in earliest] == [anchor]
    assert not earliest[0].is_due and anchor in earliest[0].text
