"""Refused imports name the line to mend: the id label said twice, and where a cut-off text stops."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from seed_texts import MD_SEED

from bot.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
TWO_MD = (FIXTURES / "md-two-tasks-crlf.md.txt").read_text(encoding="utf-8").replace("\r\n", "\n")


def _line_of(text: str, part: str, *, nth: int = 1) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(part, at + 1)
    return text[:at].count("\n") + 1


def test_an_id_given_to_two_tasks_of_a_file_names_both_id_lines(db, tmp_path):
    # the second task carries the first one's id: the ids are what must be mended, not the headings
    text = TWO_MD.replace("**Master-opgave ID** 513", "**Master-opgave ID** 512")
    path = tmp_path / "to.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path)])
    assert result.exit_code == 1
    first, second = (_line_of(text, "**Master-opgave ID** 512", nth=n) for n in (1, 2))
    assert f"to.md: opgave «512», linje {second}: findes også på linje {first}" in result.output


def test_a_cut_off_new_version_says_where_its_text_stops(db, tmp_path):
    cut = MD_SEED[: MD_SEED.index("**Beskrivelse**")] + "\n\n\n"  # blank lines after the cut name nothing
    path = tmp_path / "433-afkortet.md"
    path.write_text(cut, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path)])
    assert result.exit_code == 1
    last = len(cut.rstrip("\n").split("\n"))
    assert f"slutter på linje {last})" in result.output


def test_fields_of_a_task_without_its_title_name_where_that_task_starts(db, tmp_path):
    # a task of another project lost its title line: its fields follow the task above, first the ones with
    # the same content as there (project), then one that differs (priority)
    first = ("*Opgavetitel\t(VEJ 1) Registrér vejskilte\n*Projekt\tVejdata\n*Prioritet\tObligatorisk\n"
             "*Beskrivelse\t<p>Skiltene registreres.</p>\n")
    second = "*Projekt\tVejdata\n*Prioritet\tValgfri\n*Beskrivelse\t<p>Broerne registreres.</p>\n"
    path = tmp_path / "vej.tsv"
    path.write_text(first + second, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path)])
    assert result.exit_code == 1
    assert f"begynde på linje {_line_of(first + second, '*Projekt', nth=2)}." in result.output
