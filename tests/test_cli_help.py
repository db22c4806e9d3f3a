"""Every `klik` command explains itself, and the README's commands are the ones CI runs."""

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bot.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize(("path", "command"), list(_commands(cli)), ids=lambda v: str(v))
def test_every_command_has_help(path, command):
    assert command.help and command.help.strip(), f"klik {' '.join(path)} has no help text"
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Brug:" in result.output and "Usage:" not in result.output
    assert re.search(r"-h, --help\s+Vis denne hjælp og afslut\.", result.output)
    assert "Show this message" not in result.output


def test_top_level_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.output


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command.strip() in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_top_level_help_and_version_are_danish():
    result = CliRunner().invoke(cli, ["-h"])
    assert "Vis denne hjælp og afslut." in result.output and "Vis versionen og afslut." in result.output
    assert "Show " not in result.output
    assert CliRunner().invoke(cli, ["--version"]).output.startswith("klik-bot ")


@pytest.mark.parametrize(("args", "expected"), [
    (["show"], "Fejl: Der mangler argumentet OPGAVE. Se `klik show --help`."),
    (["import"], "Fejl: Der mangler argumentet FIL. Se `klik import --help`."),
    (["status", "433", "--bogus"], "Fejl: Tilvalget --bogus findes ikke her. Se `klik status --help`."),
    (["status", "433", "--jsn"], "Fejl: Tilvalget --jsn findes ikke her. Mente du «--json»? "
                                 "Se `klik status --help`."),
    (["--bogus"], "Fejl: Tilvalget --bogus findes ikke her. Se `klik --help`."),
    (["staus", "433"], "Fejl: Kommandoen «staus» findes ikke. Mente du «status»? Se `klik --help`."),
    (["serve", "--port", "abc"], "Fejl: Ugyldig værdi for tilvalget --port: «abc» skal være et helt tal "
                                 "fra 0 til 65535. Se `klik serve --help`."),
    (["serve", "--port"], "Fejl: Tilvalget --port skal have en værdi. Se `klik serve --help`."),
    (["ask", "--lang", "xx", "hej"], "Fejl: Ugyldig værdi for tilvalget --lang: «xx» skal være en af «da» "
                                     "eller «en». Se `klik ask --help`."),
    (["chat", "nu"], "Fejl: Kommandoen tager ikke flere ord; «nu» er for meget. Se `klik chat --help`."),
])
def test_usage_mistakes_get_one_danish_line_and_exit_code_2(args, expected):
    result = CliRunner().invoke(cli, args, prog_name="klik")
    assert result.exit_code == 2
    assert result.output.strip() == expected


def test_every_command_is_in_the_table_that_loads_it_on_demand():
    from bot.cli import COMMAND_MODULES, load_all_commands

    load_all_commands()
    assert set(cli.commands) == {name for names in COMMAND_MODULES.values() for name in names}
