"""`klik show`, `klik list`, `klik import` as a user runs them (database in a temporary folder)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli
from bot.golive import set_golive
from bot.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "exports"


def klik(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_show_433_json_has_what_the_issue_promises(db):
    result = klik("show", "433", "--json")
    assert result.exit_code == 0, result.output
    task = json.loads(result.output)
    assert task["project"] == "KY" and task["priority"] == "Prioritet 1"
    assert task["sts_infrastructure"] is True
    assert (task["duration_days"], task["end_offset_days"], task["start_offset_days"]) == (5, -144, -38)
    assert task["waves"] == ["KY - Bølge 3"]
    assert len(task["method_steps"]) == 7
    assert [(i["number"], i["status"]) for i in task["checklist"]] == [
        (1, "Gennemført"), (2, "Gennemført"), (3, "Ej gennemført")]
    assert [f["subject"] for f in task["facts"]] == ["KMD Opus Økonomi", "Kvantum", "Prisme", "ØS-Indsigt"]
    assert task["signatures"][0]["document"] == "bestillingsformular"


def test_show_efaktura_8b_json_has_what_the_issue_promises(db):
    result = klik("show", "efaktura 8b", "--json")
    assert result.exit_code == 0, result.output
    task = json.loads(result.output)
    assert task["project"] == "KP Videreudvikling" and task["priority"] == "Obligatorisk"
    assert len(task["method_steps"]) == 3
    assert "eFaktura 7" in task["related_tasks"]
    assert task["recommended_executor"] and task["recommended_responsible"]
    assert task["signatures"][0]["document"] == "serviceaftale"


def test_json_uses_the_models_field_names(db):
    task = json.loads(klik("show", "433", "--json").output)
    assert set(task) >= {"id", "title", "project", "phase", "theme", "priority", "sts_infrastructure",
                         "duration_days", "end_offset_days", "start_offset_days", "waves", "goal",
                         "description", "method_steps", "result", "recommended_executor",
                         "recommended_responsible", "involved_parties", "related_tasks",
                         "publication_status", "checklist", "facts", "signatures", "links", "extra"}


def test_show_unquoted_words_and_human_layout(db):
    result = klik("show", "EFAKTURA", "8B")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("(eFaktura 8b) Serviceaftaler og vejledning fra Ejerkredsen og EG\n===")
    for part in ("Projekt:   KP Videreudvikling", "Metode og fremgangsmåde\n  1. Jeres Systemansvarlige",
                 "Underskrifter\n  - serviceaftale: underskrives af aftaleadministrator",
                 "Relaterede opgaver\neFaktura 7", "Anbefalet ansvarlig\n  KP-systemansvarlig"):
        assert part in result.output


def test_show_433_offsets_and_checklist(db):
    out = klik("show", "433").output
    for part in ("433 · SA 06 (Finans)", "Slutdato:          144 dage før go-live",
                 "Startdato:         38 dage før slutdato", "Varighed:          5 dage",
                 "Tjekliste\n  1. Basis konfiguration af bogføringssystemet [Gennemført]",
                 "     3.1. Ruten bestilles af den forvaltningsansvarlig [ej gennemført]",
                 "  - Prisme: Fujitsu", "(trin 4, 5)", "Links\n  - https://digitaliseringskataloget.dk/"):
        assert part in out, part


def test_show_gives_dates_when_the_go_live_is_known(db):
    store = Store(db)
    set_golive(store, team="T1", name="KY - Bølge 3", day=date(2027, 6, 1), user="U1", command="test")
    out = klik("show", "433").output
    # 1 June 2027 - 144 days = 8 January 2027; minus 38 days = 1 December 2026
    assert "144 dage før go-live (8. januar 2027)" in out
    assert "38 dage før slutdato (1. december 2026)" in out
    assert "Go-live:           1. juni 2027" in out


def test_show_unknown_task_suggests(db):
    result = klik("show", "434")
    assert result.exit_code == 1
    assert "Jeg kender ingen opgave der hedder «434». Mente du «433»?" in result.output
    assert "Traceback" not in result.output


def test_list_one_line_per_task(db):
    result = klik("list")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("433") and "SA 06 (Finans)" in lines[1] and "KY" in lines[1]
    assert json.loads(klik("list", "--json").output)[0]["id"] == "eFaktura 8b"


def test_import_then_every_later_command_sees_it(db):
    result = klik("import", str(FIXTURES / "tsv-two-tasks-crlf.tsv.txt"),
                  str(FIXTURES / "md-two-tasks-crlf.md.txt"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Importerede 4 opgaver:", "  SAG 12a: (SAG 12a) Opret brugere i KP",
        "  SAG 12b: (SAG 12b) Slet gamle brugere",
        "  512: SA 11 (Personale) Indgå databehandleraftale med KY-leverandøren (B1)",
        "  513: SA 12 (Personale) Orienter medarbejderne om KY (B1)"]
    assert len(klik("list").output.splitlines()) == 6
    shown = json.loads(klik("show", "sag12a", "--json").output)
    assert shown["related_tasks"] == ["SAG 11", "SAG 13", "SAG 14"]
    history = Store(db).history()
    assert [(e["action"], e["command"]) for e in history] == [("import", "klik import")]
    assert sorted(id_ for ids in history[0]["details"]["files"].values() for id_ in ids) == [
        "512", "513", "SAG 12a", "SAG 12b"]


def test_reimport_replaces_instead_of_duplicating(db, tmp_path):
    file = str(FIXTURES / "tsv-unknown-labels.tsv.txt")
    klik("import", file)
    result = klik("import", file)
    assert "771: (SAG 3c) Fuldmagt til digital post (erstattede den tidligere import)" in result.output
    assert len(klik("list").output.splitlines()) == 3
    seed = tmp_path / "433.md"
    seed.write_bytes((Path(__file__).parents[1] / "knowledge/seeds/ky-433-sa06-finans.md.txt").read_bytes())
    assert "(erstatter den medfølgende udgave)" in klik("import", str(seed)).output
    assert len(klik("list").output.splitlines()) == 3


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_failing_import_names_the_file_and_leaves_the_store_untouched(db, tmp_path):
    klik("import", str(FIXTURES / "md-checklist-no-heading.md.txt"))
    before = _files(db.parent)
    truncated = tmp_path / "afkortet.tsv"
    text = (FIXTURES / "tsv-unknown-labels.tsv.txt").read_text("utf-8")
    truncated.write_text(text[: text.index("<li>Send fuldmagten") + 7], encoding="utf-8")
    result = klik("import", str(FIXTURES / "tsv-two-tasks-crlf.tsv.txt"), str(truncated))
    assert result.exit_code == 1
    assert "Fejl: Intet blev importeret." in result.output
    assert ("afkortet.tsv: opgave «771», linje 13: Feltet «Metode og fremgangsmåde» stopper midt i HTML"
            in result.output)
    assert "Traceback" not in result.output
    assert _files(db.parent) == before
    assert "SAG 12a" not in klik("list").output


def test_import_of_a_missing_file(db, tmp_path):
    result = klik("import", str(tmp_path / "findes-ikke.md"))
    assert result.exit_code == 1
    assert "findes-ikke.md: filen findes ikke." in result.output
