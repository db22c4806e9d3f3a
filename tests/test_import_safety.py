"""Imports that never lose or corrupt a task: malformed files are refused naming file, task and line
with the store byte-for-byte untouched; cut-off new versions need --force; tasks can be removed and
restored; a signature the text does not state can be added."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from seed_texts import MD_SEED

from bot.cli import cli
from bot.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
TWO_MD = (FIXTURES / "md-two-tasks-crlf.md.txt").read_text(encoding="utf-8")


def klik(*args: str):
    return CliRunner().invoke(cli, list(args))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def _line_of(text: str, part: str) -> int:
    return text[: text.index(part)].count("\n") + 1


def _refused(db: Path, path: Path, text: str, *must: str) -> str:
    klik("import", str(FIXTURES / "tsv-unknown-labels.tsv.txt"))  # the store holds something to keep
    before = _files(db.parent)
    path.write_text(text, encoding="utf-8")
    result = klik("import", str(path))
    assert result.exit_code == 1, result.output
    assert "Intet blev importeret" in result.output and "Traceback" not in result.output
    for part in must:
        assert part in result.output, (part, result.output)
    assert _files(db.parent) == before
    return result.output


def test_second_task_without_its_heading_is_refused_by_name_and_line(db, tmp_path):
    heading = "## SA 12 (Personale) Orienter medarbejderne om KY (B1)\n"
    text = TWO_MD.replace("\r\n", "\n").replace(heading, "")
    _refused(db, tmp_path / "to.md", text,
             f"to.md: opgave «513», linje {_line_of(text, '**Master-opgave ID** 513')}", "## Titel")


def test_second_task_run_into_the_first_is_refused(db, tmp_path):
    first = MD_SEED[: MD_SEED.index("## PUBLICERING")]
    text = first + "**Master-opgave ID** 441\n\n**Opgavetitel** Bestil adgang\n\n**Projekt** KY\n"
    _refused(db, tmp_path / "to.md", text, "to.md: opgave «433»",
             f"«441» (linje {_line_of(text, '**Master-opgave ID** 441')})", "«## Titel»")


def test_two_different_ids_in_one_task_are_refused(db, tmp_path):
    text = MD_SEED.replace("**Master-opgave ID** 433", "**Master-opgave ID** 433\n\n**Master-opgave ID** 434")
    _refused(db, tmp_path / "433.md", text, "433.md: opgave «433»",
             f"«434» (linje {_line_of(text, '**Master-opgave ID** 434')})")


def test_a_repeated_id_line_is_one_id(db, tmp_path):
    path = tmp_path / "433.md"
    twice = "**Master-opgave ID** 433\n\n**Master-opgave ID** 433"
    path.write_text(MD_SEED.replace("**Master-opgave ID** 433", twice), encoding="utf-8")
    assert klik("import", str(path)).exit_code == 0
    assert json.loads(klik("show", "433", "--json").output)["id"] == "433"


TWO_TSV = (FIXTURES / "tsv-two-tasks-crlf.tsv.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
_TSV_TITLE = "*Opgavetitel\t(SAG 12b) Slet gamle brugere\n"


@pytest.mark.parametrize(("name", "broken", "must"), [
    # the second task lost its title line: its fields run into the first task
    ("uden-titel.tsv", TWO_TSV.replace(_TSV_TITLE, ""), ["opgave «SAG 12a», linje", "titel"]),
    # a title line of the second task pasted into the first: the task is there twice
    ("to-titler.tsv", TWO_TSV.replace("*Projekt\tKP\n", "*Projekt\tKP\n" + _TSV_TITLE, 1),
     ["opgave «SAG 12b», linje"]),
    ("nul.tsv", TWO_TSV.replace("Opret", "Op\x00ret", 1), ["opgave «SAG 12a», linje", "NUL-tegn"]),
])
def test_malformed_tab_separated_exports_are_refused_by_file_task_and_line(db, tmp_path, name, broken, must):
    _refused(db, tmp_path / name, broken, *[f"{name}: {must[0]}", *must[1:]])


def test_a_cut_off_tab_separated_version_is_refused_until_forced(db, tmp_path):
    klik("import", str(FIXTURES / "tsv-two-tasks-crlf.tsv.txt"))
    cut = "\n".join(line for line in TWO_TSV[: TWO_TSV.index(_TSV_TITLE)].split("\n")
                    if not line.startswith("Metode"))
    out = _refused(db, tmp_path / "afkortet.tsv", cut, "afkortet.tsv: opgave «SAG 12a», linje", "metodetrin",
                   "--force")
    assert "Er eksporten afkortet?" in out


def test_a_cut_off_new_version_is_refused_until_forced(db, tmp_path):
    cut = MD_SEED[: MD_SEED.index("**Beskrivelse**")]
    out = _refused(db, tmp_path / "433-afkortet.md", cut,
                   f"433-afkortet.md: opgave «433», linje {_line_of(cut, '## SA 06')}",
                   "7 af 7 metodetrin", "underskrift: bestillingsformular", "Beskrivelse", "--force")
    assert "Er eksporten afkortet?" in out
    assert len(json.loads(klik("show", "433", "--json").output)["method_steps"]) == 7
    forced = klik("import", "--force", str(tmp_path / "433-afkortet.md"))
    assert forced.exit_code == 0, forced.output
    assert json.loads(klik("show", "433", "--json").output)["method_steps"] == []
    assert Store(db).history()[-1]["details"]["forced"] is True


@pytest.mark.parametrize(("field", "bad"), [
    ("**Slutdato (fra Go-Live)** -144", "**Slutdato (fra Go-Live)** snart"),
    ("opgave?** Ja", "opgave?** Måske")])
def test_bad_field_values_name_the_task_and_line(db, tmp_path, field, bad):
    text = MD_SEED.replace(field, bad)
    _refused(db, tmp_path / "felt.md", text, "felt.md: opgave «433», linje")


def test_invisible_characters_are_removed_not_stored(db, tmp_path):
    path = tmp_path / "433.md"
    path.write_text(MD_SEED.replace("**Projekt** KY", "**Projekt** K\u202eY\u200b"), encoding="utf-8")
    assert klik("import", str(path)).exit_code == 0
    stored = (db.parent / "klik.tasks.json").read_text()
    assert "\\u202e" not in stored and "\\u200b" not in stored and "\u202e" not in stored


def test_a_file_with_nul_bytes_is_damaged_and_refused(db, tmp_path):
    text = MD_SEED.replace("Det er kommunens opgave", "Det er kommu\x00\x00\x00")
    _refused(db, tmp_path / "nul.md", text,
             f"nul.md: opgave «433», linje {_line_of(text, 'Det er kommu')}: filen indeholder NUL-tegn")


def test_remove_and_restore_an_import_and_a_shipped_task(db):
    klik("import", str(FIXTURES / "tsv-unknown-labels.tsv.txt"))
    removed = klik("remove", "771", "efaktura 8b")
    assert removed.exit_code == 0, removed.output
    ids = [line.split()[0] for line in klik("list").output.splitlines()]
    assert ids == ["433"]
    assert "771: (SAG 3c)" in klik("remove", "--list").output
    assert klik("show", "771").exit_code == 1
    assert klik("remove", "--restore", "771").exit_code == 0
    assert klik("remove", "--restore", "efaktura 8b").exit_code == 0
    assert sorted(line.split()[0] for line in klik("list").output.splitlines()) == ["433", "771", "eFaktura"]
    assert [e["action"] for e in Store(db).history()] == ["import", "remove", "restore", "restore"]


def test_restore_gives_back_the_shipped_version_of_a_replaced_task(db, tmp_path):
    path = tmp_path / "433.md"
    path.write_text(MD_SEED.replace("**Prioritet** Prioritet 1", "**Prioritet** Prioritet 2"),
                    encoding="utf-8")
    klik("import", str(path))
    assert json.loads(klik("show", "433", "--json").output)["priority"] == "Prioritet 2"
    assert klik("remove", "--restore", "433").exit_code == 0
    assert json.loads(klik("show", "433", "--json").output)["priority"] == "Prioritet 1"
    nothing = klik("remove", "--restore", "433")
    assert nothing.exit_code == 1 and "intet at gendanne" in nothing.output


def test_remove_an_unknown_task_changes_nothing(db):
    klik("list")
    before = _files(db.parent)
    result = klik("remove", "433", "4334x")
    assert result.exit_code == 1 and "4334x" in result.output
    assert _files(db.parent) == before


def test_signature_add_is_tracked_and_says_where_it_came_from(db):
    result = klik("signature", "add", "efaktura 8b", "tillægsaftale", "--signer", "økonomichefen",
                  "--recipient", "EG", "--steps", "2,3")
    assert result.exit_code == 0, result.output
    sigs = json.loads(klik("show", "efaktura 8b", "--json").output)["signatures"]
    added = sigs[-1]
    assert (added["document"], added["signer"], added["recipient"], added["steps"]) == (
        "tillægsaftale", "økonomichefen", "EG", [2, 3])
    assert (added["received_step"], added["signed_step"]) == (2, 3)
    assert added["source"].startswith("tilføjet af") and "klik signature add" in added["source"]
    assert "tilføjet af" in klik("show", "efaktura 8b").output
    again = klik("signature", "add", "efaktura 8b", "tillægsaftale", "--signer", "x")
    assert again.exit_code == 1 and "allerede" in again.output
    bad = klik("signature", "add", "433", "blanket", "--signer", "x", "--steps", "9")
    assert bad.exit_code == 1 and "Trin 9 findes ikke; opgave 433 har trin 1-7." in bad.output  # as for done


def test_a_wave_saved_by_word_is_the_same_wave_for_golive(db, tmp_path):
    path = tmp_path / "fra-word.md"
    path.write_text(MD_SEED.replace("**Master-opgave ID** 433", "**Master-opgave ID** 9433")
                    .replace("**Bølger** KY - Bølge 3", "**Bølger** KY – Bølge 3"), encoding="utf-8")
    assert klik("import", str(path)).exit_code == 0
    result = klik("golive", "KY - Bølge 3", "2027-04-01")
    assert result.exit_code == 0, result.output
    shown = klik("show", "9433").output
    assert "Bølger:            KY - Bølge 3" in shown and "Go-live:           1. april 2027" in shown
    assert "text_deadlines" in json.loads(klik("show", "9433", "--json").output)


def test_removals_and_added_signatures_live_with_the_imports_so_other_writes_keep_the_cache(tmp_path):
    from bot.catalog import add_signature, load_knowledge, remove_tasks

    store = Store(tmp_path / "klik.json")
    first = load_knowledge(store)
    with store.transaction() as tx:  # a workspace's progress changes: the knowledge did not
        tx.put("progress", "T1:433", {"team": "T1", "task": "433", "status": "påbegyndt", "steps": {}})
    assert load_knowledge(store) is first
    remove_tasks(store, ["efaktura 8b"], user="U", command="c")
    add_signature(store, "433", document="fuldmagt", signer="borgmesteren", user="U", command="c", via="test")
    kb = load_knowledge(store)
    assert kb is not first and kb.get("efaktura 8b") is None
    assert kb.get("433").signatures[-1].document == "fuldmagt"


def test_an_added_signature_gives_way_when_a_new_version_states_it(db, tmp_path):
    klik("signature", "add", "433", "fuldmagt", "--signer", "borgmesteren")
    path = tmp_path / "433.md"
    stated = "Fuldmagten underskrives af borgmesteren.\n\n**Resultat**"
    path.write_text(MD_SEED.replace("**Resultat**", stated), encoding="utf-8")
    assert klik("import", str(path)).exit_code == 0
    sigs = json.loads(klik("show", "433", "--json").output)["signatures"]
    assert [(s["document"], s["source"]) for s in sigs if s["document"] == "fuldmagt"] == [("fuldmagt", None)]
