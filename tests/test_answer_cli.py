"""`klik ask` as a user runs it: one question, --json, and the --batch contract."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.golive import set_golive
from bot.store import Store

KEYS = ["question", "answer", "found", "sources", "confidence"]


def klik(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_ask_answers_in_danish_with_the_source(db):
    result = klik("ask", "hvem er forvaltningsansvarlig for Prisme?")
    assert result.exit_code == 0, result.output
    assert "Fujitsu (undtaget er Kolding Kommune" in result.output
    assert "Kilde: opgave 433 – SA 06 (Finans)" in result.output


def test_ask_json_has_exactly_the_contract_keys(db):
    result = klik("ask", "who handles prsime", "--json")
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    assert list(got) == KEYS
    assert got["found"] is True and got["sources"] == ["433"] and 0 < got["confidence"] <= 1
    assert got["answer"].startswith("The forvaltningsansvarlig for Prisme is")


def test_batch_one_json_object_per_question_in_order(db, tmp_path):
    questions = ["hvad er trin 3 i 433", "hvem er forvaltningsansvarlig for SAP?",
                 "hvem skal underskrive serviceaftalen i efaktra 8b?"]
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    result = klik("ask", "--batch", str(batch), "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert all(list(r) == KEYS for r in rows)
    assert [r["found"] for r in rows] == [True, False, True]
    assert rows[1]["sources"] == [] and rows[2]["sources"] == ["eFaktura 8b"]


def test_batch_skips_blank_lines_and_reads_windows_files(db, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_bytes("\ufeffhvad er trin 1 i 433\r\n\r\n   \r\nhvornår skal 433 starte?\r\n".encode())
    rows = [json.loads(line) for line in klik("ask", "--batch", str(batch), "--json").output.splitlines()]
    assert [r["question"] for r in rows] == ["hvad er trin 1 i 433", "hvornår skal 433 starte?"]


@pytest.mark.parametrize("args", [("ask", "   "), ("ask",)])
def test_blank_question_is_a_danish_error(db, args):
    result = klik(*args)
    assert result.exit_code == 1
    assert "Skriv et spørgsmål" in result.output and "Traceback" not in result.output


def test_missing_or_empty_batch_file_is_a_danish_error(db, tmp_path):
    result = klik("ask", "--batch", str(tmp_path / "findes-ikke.txt"), "--json")
    assert result.exit_code == 1 and "findes ikke" in result.output
    empty = tmp_path / "tom.txt"
    empty.write_text("\n \n", encoding="utf-8")
    result = klik("ask", "--batch", str(empty))
    assert result.exit_code == 1 and "ingen spørgsmål" in result.output


def test_question_and_batch_together_is_refused(db, tmp_path):
    batch = tmp_path / "q.txt"
    batch.write_text("hvad er 433\n", encoding="utf-8")
    result = klik("ask", "hvad er 433", "--batch", str(batch))
    assert result.exit_code == 1 and "ikke begge dele" in result.output


def test_dates_come_from_the_workspace_go_live(db):
    set_golive(Store(db), team="T1", name="KY - Bølge 3", day=date(2027, 5, 3), user="U1", command="test")
    result = klik("ask", "hvornår skal 433 starte?")
    assert result.exit_code == 0, result.output
    assert "Start: 2. november 2026" in result.output and "Slut: 10. december 2026" in result.output


def test_lang_option_forces_english(db):
    got = json.loads(klik("ask", "hvad er målet med 433", "--lang", "en", "--json").output)
    assert got["answer"].startswith("Goal: “Kommunen sikrer")


def _failing_on(monkeypatch, bad: str) -> None:
    """The engine raises an unexpected error on one question only (a defect the batch must survive)."""
    import bot.ask

    real = bot.ask.ask

    def ask(store, kb, *, question, **kw):
        if question == bad:
            raise ValueError("defekt læsning")
        return real(store, kb, question=question, **kw)

    monkeypatch.setattr(bot.ask, "ask", ask)


def test_batch_goes_on_past_a_failing_question_and_names_its_line(db, tmp_path, monkeypatch):
    _failing_on(monkeypatch, "hvem er forvaltningsansvarlig for SAP?")
    batch = tmp_path / "q.txt"
    batch.write_text("hvad er trin 3 i 433\n\nhvem er forvaltningsansvarlig for SAP?\nhvad er trin 1 i 433\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["ask", "--batch", str(batch), "--json"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["hvad er trin 3 i 433", "hvem er forvaltningsansvarlig for SAP?",
                                             "hvad er trin 1 i 433"]
    assert all(list(r) == KEYS for r in rows)
    assert [r["found"] for r in rows] == [True, False, True] and rows[1]["sources"] == []
    assert f"{batch}, linje 3" in result.stderr and "ValueError: defekt læsning" in result.stderr
    assert "1 af 3 spørgsmål kunne ikke besvares" in result.stderr


def test_one_failing_question_is_the_cli_error_not_a_traceback(db, monkeypatch):
    _failing_on(monkeypatch, "hvad er trin 3 i 433")
    result = klik("ask", "hvad er trin 3 i 433")
    assert result.exit_code == 2 and "Uventet fejl: ValueError: defekt læsning" in result.output
    assert "Traceback" not in result.output
