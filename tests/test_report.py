"""The report for KLIK: /klik rapport and klik report --format csv|xlsx|md, with the column "Opdater i
KLIK" for tasks the bot knows more about than the team last marked as updated in KLIK."""

from __future__ import annotations

import csv
import io

from bot.report import klik_steps
from knowledge.models import MethodStep, Task


def _rows(text: str) -> dict[str, dict[str, str]]:
    return {r["Opgave"]: r for r in csv.DictReader(io.StringIO(text), delimiter=";")}


def test_a_change_in_the_bot_asks_for_a_klik_update_until_marked(klik):
    assert _rows(klik("report"))["433"]["Opdater i KLIK"] == ""  # nothing done yet
    klik("done", "433", "1")
    klik("assign", "433", "ansvarlig", "mig")
    row = _rows(klik("report"))["433"]
    assert row["Opdater i KLIK"] == "ja" and row["Status"] == "påbegyndt"
    assert row["Udførte trin"] == "1 af 7 (1)"
    assert row["Ansvarlig"].startswith("@")
    assert "har opdateret" in klik("klik-opdateret", "433")
    assert _rows(klik("report"))["433"]["Opdater i KLIK"] == ""
    klik("done", "433", "3")
    assert _rows(klik("rapport"))["433"]["Opdater i KLIK"] == "ja"  # the Danish word works too


def test_the_method_step_that_says_update_klik_counts_as_updated(klik):
    klik("done", "433", "1")
    klik("done", "433", "2")  # 433 step 2: "... opdater udførelsesstatus på KLIK-opgaven ..."
    row = _rows(klik("report"))["433"]
    assert row["Opdater i KLIK"] == "" and row["Opdateret i KLIK"]


def test_klik_steps_are_read_from_the_wording_not_the_task():
    task = Task(id="1", title="t", method_steps=[
        MethodStep(number=1, text="Indberet status i KLIK når aftalen er underskrevet"),
        MethodStep(number=2, text="Send blanketten til leverandøren"),
        MethodStep(number=3, text="Læs vejledningen om KLIK"),
    ])
    assert klik_steps(task) == [1]


def test_markdown_and_xlsx(klik, tmp_path):
    klik("done", "433", "1")
    md = klik("report", "--format", "md")
    assert md.splitlines()[0].startswith("| Opgave | Titel |") and "| ja |" in md
    out = tmp_path / "rapport.xlsx"
    klik("report", "--format", "xlsx", "--output", str(out))
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[0] == "Opgave" and header[-1] == "Opdater i KLIK"
    values = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["433"][-1] == "ja"


def test_slack_rapport_lists_the_tasks_to_update(slack_app):
    s = slack_app.slack
    s.command("done 433 1")
    body = s.command("rapport").json()
    assert "1 opgave skal opdateres i KLIK" in body["text"]
    assert "*433*" in str(body["blocks"])
    assert "har opdateret" in s.command("klik-updated 433").json()["text"]
    assert "0 opgaver skal opdateres" in s.command("report").json()["text"]
