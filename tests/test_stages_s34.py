"""benchmarks/stages.py: the stage where a wrong answer lost the expected one, on a small inline set."""

from __future__ import annotations

import json

import pytest

from benchmarks import stages
from knowledge.qa import trace

TASK = """## BAD 01 (Overvågning) Prøvetagning af badevand

**Master-opgave ID** 7411

**Opgavetitel** BAD 01 (Overvågning) Prøvetagning af badevand

**Projekt** Badevandskvalitet

**Slutdato (fra Go-Live)** -30

**Beskrivelse** Prøvetagningen foretages af et akkrediteret laboratorium, som kommunen har rammeaftale med. \
Analyseresultaterne indberettes til Miljøstyrelsen via databasen Miljøportalen senest 5 arbejdsdage efter \
prøvetagningen. Udgiften til analyser afholdes af Natur og Miljø og udgør 650 kr. pr. prøve.

**Anbefalet udfører** Miljømedarbejder
"""

QUESTIONS = [
    # answered right: not listed
    {"q": "Hvad koster en analyse af badevand?", "all": ["650"], "src": ["7411"], "kind": "fact"},
    # the expected word stands nowhere in the tasks
    {"q": "Hvem foretager prøvetagningen af badevand?", "all": ["Havlaboratoriet"], "src": ["7411"],
     "kind": "who"},
    # the tasks do not say: an answer would be let through
    {"q": "Hvad koster en analyse af badevand?", "found": False, "kind": "not-found"},
]


@pytest.fixture(scope="module")
def wrong(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stages")
    (folder / "tasks").mkdir()
    (folder / "tasks" / "bad.md.txt").write_text(TASK, encoding="utf-8")
    (folder / "questions.jsonl").write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in QUESTIONS),
                                            encoding="utf-8")
    return {i: v for i, _, _, v in stages.diagnose(folder)}


def test_right_answers_are_not_listed(wrong):
    assert 1 not in wrong


def test_expected_words_in_no_passage(wrong):
    assert (wrong[2].stage, wrong[2].detail) == ("NO-PASSAGE", "absent")


def test_an_answer_to_an_unanswered_question_names_the_winner(wrong):
    assert wrong[3].stage == "LET-THROUGH" and wrong[3].detail.startswith("passage")


def test_trace_is_off_after_diagnosing(wrong):
    assert trace.ACTIVE is None


def test_held_out_sets_only_as_counts(tmp_path, capsys):
    folder = tmp_path / "heldout99"
    assert stages.main([str(folder)]) == 2
    assert "--counts" in capsys.readouterr().err


def test_a_retired_held_out_set_is_read_like_any_other(tmp_path, capsys):
    folder = tmp_path / "heldout98"
    folder.mkdir()
    (folder / "RETIRED.md").write_text("retired", encoding="utf-8")
    assert stages.main([str(folder)]) == 2  # refused only because it has no tasks/ or questions
    assert "no questions.jsonl" in capsys.readouterr().err


def test_table_counts_confident_wrong(capsys):
    rows = [(1, {"kind": "who"}, {"found": True}, stages.Verdict("OUTRANKED", "by passage")),
            (2, {"kind": "who"}, {"found": False}, stages.Verdict("OUTRANKED", "by title"))]
    stages.table(rows)
    out = capsys.readouterr().out
    assert "OUTRANKED" in out and "2(1)" in out and "by passage" in out
