"""Golden tests on the export sets dev2-dev29 (tests/golden_sets.NAMES): each export yields the tasks, waves,
method steps, signatures and text deadlines its set says; values are clean; one wave per name; broken
copies are refused naming file, task and line, the store left as it was.

`python tests/test_exports_golden_sets.py SET [-v]` prints a set's per-field figures (as test_exports_dev.py),
with -v each task that differs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import golden_exports  # noqa: E402
import golden_sets  # noqa: E402

from knowledge.parse import parse_file  # noqa: E402

MODULES = {name: golden_sets.load(name) for name in golden_sets.NAMES}
SETS = {name: golden_exports.GoldenSet(m.DIRECTORY, m.GOLDEN) for name, m in MODULES.items()}
FILES = [(name, file) for name, s in SETS.items() for file in s.files]
TSV_FILES = [(name, file) for name, file in FILES if file.startswith("tsv")]
MORE_BROKEN = [(name, file) for name, m in MODULES.items() for file in getattr(m, "MORE_BROKEN", ())]


@pytest.mark.parametrize("name", SETS)
def test_every_file_has_a_golden_entry_and_both_formats_are_there(name):
    SETS[name].check_layout()
    texts = getattr(MODULES[name], "TEXTS", None)
    if texts is not None:  # every task with a text deadline has its words as written
        golden = MODULES[name].GOLDEN
        assert sorted(texts) == sorted(row[0] for rows in golden.values() for row in rows if row[4])


@pytest.mark.parametrize(("name", "file"), FILES)
def test_each_export_yields_what_it_says(name, file):
    SETS[name].check_file(file)


@pytest.mark.parametrize(("name", "file"), [(n, f) for n, f in FILES if hasattr(MODULES[n], "TEXTS")])
def test_each_deadline_keeps_its_text_as_written(name, file):
    SETS[name].check_deadline_texts(file, MODULES[name].TEXTS)


@pytest.mark.parametrize("name", SETS)
def test_one_wave_per_name_across_the_set(name):
    """'KY - Bølge 17', 'KY – Bølge 17' and 'KY—Bølge 17' are one wave, in both formats."""
    SETS[name].check_one_wave_per_name()


@pytest.mark.parametrize("name", SETS)
def test_no_list_marker_or_control_character_stays_in_values(name):
    SETS[name].check_clean_values()
    check_task = getattr(MODULES[name], "check_task", None)
    for file in SETS[name].files if check_task else []:
        for task in parse_file(SETS[name].directory / file):
            check_task(task)


@pytest.mark.parametrize(("name", "file"), FILES)
def test_malformed_variants_are_refused_naming_file_task_and_line(db, tmp_path, name, file):
    SETS[name].check_malformed(db, tmp_path, file)


@pytest.mark.parametrize(("name", "file"), FILES)
def test_an_export_cut_inside_its_last_task_is_refused(db, tmp_path, name, file):
    """A file that ends inside its last task (no Metode, no Resultat where every other task has them) is
    refused naming file, task and line, and the store is left as it was (issue 8, item 4)."""
    files = SETS[name].files
    other = files[1] if file == files[0] else files[0]
    golden_exports.check_refused(db, tmp_path, SETS[name].directory, file,
                                 golden_exports.cut_in_last_task(SETS[name].directory, file), other=other)


@pytest.mark.parametrize("name", [name for name, m in MODULES.items() if hasattr(m, "FIXED_DATES")])
def test_a_fixed_date_has_its_date_only_when_the_text_gives_the_year(name):
    """'senest 1. april 2027' is dated; 'inden 15. marts' keeps its words, no date (no year is said)."""
    dated = {(task.id, d.anchor): d.fixed_date for file in SETS[name].files
             for task in parse_file(SETS[name].directory / file) for d in task.text_deadlines
             if d.anchor[:1].isdigit()}
    assert dated == MODULES[name].FIXED_DATES


@pytest.mark.parametrize("name", [name for name, m in MODULES.items() if hasattr(m, "KINDS")])
def test_an_earliest_day_or_a_duration_is_a_text_deadline_of_its_own_kind(name):
    """'kan tidligst påbegyndes 4 uger før go-live' and 'er muligt i 6 måneder efter go-live' stay in
    text_deadlines (answers quote them) with the kind 'earliest' or 'duration'; every other one is a
    deadline."""
    kinds = MODULES[name].KINDS
    got = {(task.id, (d.days, d.unit.value, d.anchor)): d.kind.value for file in SETS[name].files
           for task in parse_file(SETS[name].directory / file) for d in task.text_deadlines}
    want = {(tid, key): kinds.get(tid, {}).get(key, "deadline") for tid, key in got}
    assert got == want
    assert all((tid, key) in got for tid, rows in kinds.items() for key in rows)


@pytest.mark.parametrize(("name", "file"), MORE_BROKEN)
def test_more_broken_copies_are_refused_naming_file_task_and_line(db, tmp_path, name, file):
    module = MODULES[name]
    golden_exports.check_refused(db, tmp_path, module.DIRECTORY, file, module.more_broken(file),
                                 other=module.MORE_BROKEN_OTHER)


@pytest.mark.parametrize(("name", "file"), TSV_FILES)
def test_a_title_twice_in_a_row_is_refused(db, tmp_path, name, file):
    """A tab-separated task whose title line is followed by another title (its fields lost, or a title
    pasted twice) is refused naming file, task and line, not imported as a task of nothing but a title."""
    directory = SETS[name].directory
    lines = (directory / file).read_text(encoding="utf-8").split("\n")
    last = max(i for i, line in enumerate(lines) if line.startswith("*Opgavetitel\t"))
    broken = "\n".join([*lines[:last + 1], "*Opgavetitel\t(XX 99) En anden opgave", *lines[last + 1:]])
    files = SETS[name].files
    other = files[1] if file == files[0] else files[0]
    golden_exports.check_refused(db, tmp_path, directory, file, [("to-titler", broken)], other=other)


def test_klik_show_json_has_text_deadlines_signer_recipient_and_steps(db):
    """Done means of issue 8: `klik show TASK --json` after `klik import` has `text_deadlines`, and each
    signature's signer and recipient wherever the text names them (here: the recipient before the paper)."""
    import json

    from click.testing import CliRunner

    from bot.cli import cli

    dev2 = SETS["dev2"]
    result = CliRunner().invoke(cli, ["import", *(str(dev2.directory / name) for name in dev2.files)])
    assert result.exit_code == 0, result.output
    task = json.loads(CliRunner().invoke(cli, ["show", "KP 31", "--json"]).output)
    assert [(d["days"], d["unit"], d["anchor"], d["about"]) for d in task["text_deadlines"]] == [
        (0, "dage", "go-live", "fuldmagt")]
    assert task["text_deadlines"][0]["text"].endswith("inden go-live")
    shown = CliRunner().invoke(cli, ["show", "KP 31"]).output
    assert "samme dag som go-live (fuldmagt): «Fuldmagten skal være KOMBIT i hænde inden go-live»" in shown
    [sig] = task["signatures"]
    assert (sig["document"], sig["signer"], sig["recipient"], sig["received_step"], sig["signed_step"],
            sig["returned_step"]) == ("fuldmagt", "borgmesteren", "KOMBIT", None, 2, 3)


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        sys.exit(f"usage: python {sys.argv[0]} SET [-v], SET one of {', '.join(SETS)}")
    SETS[sys.argv[1]].main(sys.argv)
