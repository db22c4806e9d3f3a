"""KnowledgeBase lookups and the catalog: seeds plus imports, cached, all-or-nothing, replace on re-import."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from bot.catalog import import_files as _import_files
from bot.catalog import load_knowledge
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds, ref_key
from knowledge.errors import ParseError, UnknownTask
from knowledge.models import Task

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
MD_SEED = resources.files("knowledge").joinpath("seeds", "ky-433-sa06-finans.md.txt").read_text("utf-8")


def import_files(store, paths):
    return _import_files(store, paths, user="U1", command="klik import")


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds())


@pytest.mark.parametrize(("ref", "expected"), [
    ("433", "433"), (" 433 ", "433"), ("opgave 433", "433"), ("Opgave 433", "433"),
    ("eFaktura 8b", "eFaktura 8b"), ("efaktura 8b", "eFaktura 8b"), ("eFaktura8b", "eFaktura 8b"),
    ("EFAKTURA 8B", "eFaktura 8b"), ("efaktura-8b", "eFaktura 8b"), ("(eFaktura 8b)", "eFaktura 8b"),
    ("еFaktura 8b", "eFaktura 8b"),  # Cyrillic 'е' typed or pasted
])
def test_get_ignores_case_space_and_punctuation(kb, ref, expected):
    assert kb.get(ref).id == expected
    assert kb.resolve(ref).id == expected


def test_ref_key():
    assert ref_key("eFaktura 8b") == ref_key("E-FAKTURA 8B") == "efaktura8b"


@pytest.mark.parametrize(("ref", "suggested"), [
    ("434", "433"), ("efaktura 9", "eFaktura 8b"), ("efaktur 8b", "eFaktura 8b"),
    ("klargør bogføringssystem", "433"), ("serviceaftaler og vejledning", "eFaktura 8b"),
])
def test_a_miss_suggests_but_never_picks(kb, ref, suggested):
    assert kb.get(ref) is None
    with pytest.raises(UnknownTask) as caught:
        kb.resolve(ref)
    assert suggested in caught.value.suggestions
    assert f"Mente du «{suggested}»" in str(caught.value) or suggested in str(caught.value)


def test_nonsense_gets_no_suggestions(kb):
    assert kb.suggest("zzzz") == []
    assert kb.suggest("") == []
    with pytest.raises(UnknownTask, match="ingen opgave der hedder «zzzz»"):
        kb.resolve("zzzz")


def _task(id: str, code: str | None = None, title: str = "T") -> Task:
    return Task(id=id, code=code, title=title)


def test_later_task_with_same_id_replaces_earlier_in_place():
    kb = KnowledgeBase.from_tasks([_task("1", title="gammel"), _task("2"), _task("1", title="ny")])
    assert [(t.id, t.title) for t in kb.tasks] == [("1", "ny"), ("2", "T")]
    assert kb.get("1").title == "ny"


def test_an_id_beats_another_tasks_code():
    kb = KnowledgeBase.from_tasks([_task("99", code="A 1"), _task("A 1")])
    assert kb.get("a1").id == "A 1"
    assert kb.get("99").id == "99"


def test_suggest_limit_and_many_tasks():
    tasks = [_task(str(n), title=f"Opgave nummer {n}") for n in range(10_000)]
    kb = KnowledgeBase.from_tasks(tasks)
    assert kb.get("9999").id == "9999"
    assert len(kb.suggest("99999", limit=3)) == 3


# ---------------------------------------------------------------- catalog

def test_seeds_are_known_without_any_import():
    kb = load_knowledge(Store(None))
    assert {t.id for t in kb.tasks} == {"433", "eFaktura 8b"}


def test_knowledge_is_cached_until_the_tasks_table_changes(tmp_path):
    store = Store(tmp_path / "klik.json")
    first = load_knowledge(store)
    assert load_knowledge(store) is first
    import_files(store, [FIXTURES / "tsv-unknown-labels.tsv.txt"])
    second = load_knowledge(store)
    assert second is not first and second.get("771") is not None


def test_an_import_by_another_process_is_seen(tmp_path):
    mine, theirs = Store(tmp_path / "klik.json"), Store(tmp_path / "klik.json")
    assert load_knowledge(mine).get("771") is None
    import_files(theirs, [FIXTURES / "tsv-unknown-labels.tsv.txt"])
    assert load_knowledge(mine).get("771") is not None


def test_import_stores_tasks_and_audits(tmp_path):
    store = Store(tmp_path / "klik.json")
    tasks = import_files(store, [FIXTURES / "md-two-tasks-crlf.md.txt",
                                 FIXTURES / "tsv-two-tasks-crlf.tsv.txt"])
    assert [t.id for t in tasks] == ["512", "513", "SAG 12a", "SAG 12b"]
    assert set(store.all("tasks")) == {"512", "513", "sag12a", "sag12b"}
    kb = load_knowledge(store)
    assert len(kb) == 6 and kb.get("sag 12a").title == "(SAG 12a) Opret brugere i KP"
    (entry,) = store.history()  # one small entry per import: which tasks from which file
    assert (entry["action"], entry["user"], entry["details"]["replaced"]) == ("import", "U1", [])
    assert {Path(f).name: ids for f, ids in entry["details"]["files"].items()} == {
        "md-two-tasks-crlf.md.txt": ["512", "513"], "tsv-two-tasks-crlf.tsv.txt": ["SAG 12a", "SAG 12b"]}


def test_reimport_replaces_and_an_import_replaces_a_seed(tmp_path):
    store = Store(tmp_path / "klik.json")
    changed = tmp_path / "433-ny.md"
    changed.write_text(MD_SEED.replace("**Prioritet** Prioritet 1", "**Prioritet** Prioritet 2"),
                       encoding="utf-8")
    import_files(store, [changed])
    import_files(store, [changed])
    kb = load_knowledge(store)
    assert len(kb) == 2 and [t.id for t in kb.tasks].count("433") == 1
    assert kb.get("433").priority == "Prioritet 2"
    assert store.history()[-1]["details"]["replaced"] == ["433"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_bad_file_imports_nothing_and_changes_no_byte(tmp_path):
    db = tmp_path / "db"
    store = Store(db / "klik.json")
    import_files(store, [FIXTURES / "md-checklist-no-heading.md.txt"])
    before = _snapshot(db)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01\x02junk")
    with pytest.raises(ParseError) as caught:
        import_files(store, [FIXTURES / "tsv-unknown-labels.tsv.txt", bad, tmp_path / "missing.md"])
    message = str(caught.value)
    assert message.startswith("Intet blev importeret.")
    assert "bad.md: Filen er ikke en tekstfil" in message and "missing.md: filen findes ikke" in message
    assert _snapshot(db) == before
    assert load_knowledge(Store(db / "klik.json")).get("771") is None


def test_the_same_task_twice_in_one_import_is_refused(tmp_path):
    store = Store(None)
    copy = tmp_path / "kopi.tsv"
    copy.write_bytes((FIXTURES / "tsv-unknown-labels.tsv.txt").read_bytes())
    with pytest.raises(ParseError, match="kopi.tsv: opgave «771», linje 1: findes også i .*unknown-labels"):
        import_files(store, [FIXTURES / "tsv-unknown-labels.tsv.txt", copy])
    assert store.all("tasks") == {}


def test_import_needs_files():
    with pytest.raises(ParseError, match="mindst én fil"):
        import_files(Store(None), [])
