"""What a `klik` start loads and does: answering a question imports none of the export parsers and
reads the shipped seeds from their cache instead of parsing them (issue 10: start-up time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import seed_cache
from knowledge.base import parse_seeds

ROOT = Path(__file__).resolve().parents[1]
PARSERS = ("knowledge.parse", "knowledge.readers", "knowledge.signatures", "knowledge.approvals",
           "knowledge.signature_tables")
RUN = """
import json, sys
from bot.cli import main
sys.argv = ["klik", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def loaded_by(tmp_path: Path, *args: str) -> tuple[str, list[str]]:
    env = {"PATH": "/usr/bin:/bin", "KLIK_DB": str(tmp_path / "klik.json"), "PYTHONPATH": str(ROOT),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", RUN, *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, check=True)
    *said, modules = done.stdout.strip().split("\n")
    return "\n".join(said), json.loads(modules)


def test_klik_ask_answers_without_importing_the_export_parsers(tmp_path):
    loaded_by(tmp_path, "ask", "hvem underskriver bestillingsformularen?")  # writes the seed cache
    answer, modules = loaded_by(tmp_path, "ask", "hvem underskriver bestillingsformularen?")
    assert "Kilde: opgave 433" in answer
    assert [m for m in modules if m.startswith(PARSERS)] == []


ENGINE = ("knowledge.qa", "slack_bolt", "holidays", "handlers")


def test_klik_help_imports_no_engine_bolt_or_holidays(tmp_path):
    first, _ = loaded_by(tmp_path, "--help")  # lists the /klik words from the Slack app, and keeps them
    said, modules = loaded_by(tmp_path, "--help")
    assert said == first and "udsæt" in said and "ask" in said
    assert [m for m in modules if m.startswith(ENGINE)] == []
    said, modules = loaded_by(tmp_path, "færdig", "--help")  # a /klik word's own help likewise
    assert "i Slack" in said and "Markér trin" in said
    assert [m for m in modules if m.startswith(ENGINE)] == []


def test_klik_ask_loads_the_engine_only_to_answer(tmp_path):
    said, modules = loaded_by(tmp_path, "ask", "--help")
    assert "SPØRGSMÅL" in said
    assert [m for m in modules if m.startswith(ENGINE)] == []


def test_klik_import_still_loads_the_parsers(tmp_path):
    export = tmp_path / "export.md"
    seed = ROOT / "knowledge" / "seeds" / "ky-433-sa06-finans.md.txt"
    export.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    said, modules = loaded_by(tmp_path, "import", str(export))
    assert "knowledge.parse" in modules
    assert "433" in said


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(seed_cache, "_FOLDER", tmp_path / "cache")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "cache"


def counting(calls: list[int]):
    def parse():
        calls.append(1)
        return parse_seeds()
    return parse


def test_seed_cache_gives_the_parsed_tasks_and_parses_only_once(cache_folder):
    calls: list[int] = []
    first = seed_cache.cached_seeds(counting(calls))
    again = seed_cache.cached_seeds(counting(calls))
    assert calls == [1]
    assert list(first) == list(again) == parse_seeds()
    assert [t.model_dump() for t in again] == [t.model_dump() for t in parse_seeds()]
    assert len(list(cache_folder.glob("seeds.*.json"))) == 1


def test_seed_cache_is_remade_when_what_it_was_made_from_changes(cache_folder, monkeypatch):
    calls: list[int] = []
    seed_cache.cached_seeds(counting(calls))
    monkeypatch.setattr(seed_cache, "fingerprint", lambda: "changed")
    seed_cache.cached_seeds(counting(calls))
    assert calls == [1, 1]
    assert [p.name for p in cache_folder.glob("seeds.*.json")] == ["seeds.changed.json"]  # old one gone


def test_seed_cache_key_covers_every_module_that_parses_the_seeds(tmp_path):
    # a parser split into a package (knowledge/signatures/) must change the key when it changes, or a
    # start after an edit would answer from signatures parsed by the old code
    code = ("import json, sys; from knowledge.base import parse_seeds; parse_seeds(); "
            "print(json.dumps([m.__file__ for n, m in list(sys.modules.items()) "
            "if n.startswith('knowledge') and getattr(m, '__file__', None)]))")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, check=True)
    loaded = {Path(f).resolve() for f in json.loads(done.stdout)}
    keyed = {p.resolve() for p in seed_cache.sources()}
    assert any("signatures" in p.parts for p in loaded)  # the parsers were loaded, from their package
    assert loaded - keyed == set()


def test_a_damaged_seed_cache_is_parsed_again(cache_folder):
    calls: list[int] = []
    seed_cache.cached_seeds(counting(calls))
    (path,) = cache_folder.glob("seeds.*.json")
    path.write_text("{not json", encoding="utf-8")
    assert list(seed_cache.cached_seeds(counting(calls))) == parse_seeds()
    assert calls == [1, 1]


def test_no_seed_cache_is_written_where_bytecode_is_not(cache_folder, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    calls: list[int] = []
    seed_cache.cached_seeds(counting(calls))
    seed_cache.cached_seeds(counting(calls))
    assert calls == [1, 1]
    assert not cache_folder.exists()


def test_glossary_phrases_skips_the_pattern_only_where_it_would_change_nothing():
    from knowledge import fold

    pattern, phrases = fold._phrase_pattern(), fold._glossary().phrases

    def by_pattern(text: str) -> str:
        return pattern.sub(lambda m: phrases.get(" ".join(fold._RUN.findall(m.group(1).casefold())),
                                                 m.group(1)), text)

    texts = ["Hvem skal godkende aftalen?", "ingen udtryk her", ""]
    for phrase in list(phrases)[:400]:
        for text in (f"Hvem kan {phrase} i dag?", f"{phrase.upper()}!", f"før-{phrase.replace(' ', '-')}"):
            texts.append(text)
    assert sum(by_pattern(t) != t for t in texts) > 100  # the texts do hold phrases
    assert [fold.glossary_phrases(t) for t in texts] == [by_pattern(t) for t in texts]


def test_the_kept_subcommand_list_follows_the_code(tmp_path, monkeypatch):
    """`klik --help`'s list of /klik words is built from the registry once, read back after, and built
    again when the code changes or the file is damaged."""
    from types import SimpleNamespace

    from bot.cli import help_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return [SimpleNamespace(names=("færdig", "done"), usage="OPGAVE TRIN…", summary="Markér trin")]

    first = help_cache.subcommands(build)
    assert help_cache.subcommands(build) == first and len(built) == 1
    assert first[0].names == ("færdig", "done") and first[0].summary == "Markér trin"
    monkeypatch.setattr(help_cache, "FORMAT", help_cache.FORMAT + 1)  # as an edited handler module does
    assert help_cache.subcommands(build) == first and len(built) == 2
    [kept] = (tmp_path / "klik-bot").glob("subcommands.*.json")  # the older one is gone
    kept.write_text("{not json", encoding="utf-8")
    assert help_cache.subcommands(build) == first and len(built) == 3
