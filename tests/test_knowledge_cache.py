"""A start reads the knowledge a running bot built (bot/knowledge_cache.py) instead of checking every
stored task again and building the answer index; anything that does not match is built as before."""

from __future__ import annotations

import logging
import time

import pytest

from bot import catalog, knowledge_cache
from bot.ask import ask
from bot.catalog import TASKS, keep_built, load_knowledge
from bot.runtime.knowledge import LiveKnowledge
from bot.store import Store
from knowledge.base import load_seeds
from knowledge.index import index_for
from knowledge.models import Task

COPIES = 30


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A TinyDB store with COPIES imported tasks (a shipped task under new ids) and one stored by an
    older version that no longer validates."""
    monkeypatch.setattr(knowledge_cache, "MIN_TASKS", 10)
    path = tmp_path / "klik.json"
    seed = next(t for t in load_seeds() if t.id == "433").model_dump(mode="json")
    with Store(path).transaction() as tx:
        for n in range(COPIES):
            tx.put(TASKS, f"{9000 + n}", {**seed, "id": f"{9000 + n}", "title": f"Opgave nummer {9000 + n}"})
        tx.put(TASKS, "8999", {**seed, "id": "8999", "method_steps": "ikke en liste"})
    return path


def _fresh(path) -> Store:
    """The store as a newly started process sees it (no knowledge in memory)."""
    catalog._cache.clear()
    return Store(path)


def _written(path, *, seconds: float = 60) -> None:
    cache = knowledge_cache.cache_path(Store(path))
    deadline = time.monotonic() + seconds
    while not cache.exists():
        assert time.monotonic() < deadline, "the forked writer did not write the knowledge"
        time.sleep(0.05)


def test_a_start_reads_back_what_a_running_bot_built_without_checking_tasks_again(store, monkeypatch, caplog):
    live = LiveKnowledge(_fresh(store)).start()
    live.stop()
    built = live()
    _written(store)

    def never(*args, **kwargs):
        raise AssertionError("a stored task was validated again")

    monkeypatch.setattr(Task, "model_validate", never)
    with caplog.at_level(logging.WARNING, logger="bot.catalog"):
        kb = load_knowledge(_fresh(store))
    assert [t.id for t in kb.tasks] == [t.id for t in built.tasks]
    assert kb.get("9007").title == "Opgave nummer 9007"
    # the task an older version stored is still named at every start, and the rest is served
    assert any("8999" in r.getMessage() and "method_steps" in r.getMessage() for r in caplog.records)
    assert kb.get("8999") is None
    # the index came with it (not built again), and answers as the built one does
    assert index_for(kb).postings == index_for(built).postings
    question = "hvem underskriver bestillingsformularen i opgave 9007?"
    assert ask(Store(store), kb, team="T", question=question) == ask(Store(store), built, team="T",
                                                                      question=question)


def test_a_damaged_task_is_named_and_the_rest_served_when_built(store, caplog):
    with caplog.at_level(logging.WARNING, logger="bot.catalog"):
        kb = load_knowledge(_fresh(store))
    assert kb.get("9000") is not None and kb.get("8999") is None
    assert any("8999" in r.getMessage() for r in caplog.records)


def test_another_import_or_other_code_builds_again(store, monkeypatch):
    kb = load_knowledge(_fresh(store))
    index_for(kb)
    keep_built(Store(store), kb)
    _written(store)
    with Store(store).transaction() as tx:  # another import: a new version of the tasks table
        tx.put(TASKS, "9500", {**kb.get("9000").model_dump(mode="json"), "id": "9500"})
    assert knowledge_cache.load(_fresh(store), Store(store).version(TASKS)) is None
    assert load_knowledge(_fresh(store)).get("9500") is not None
    kb = load_knowledge(_fresh(store))
    knowledge_cache.cache_path(Store(store)).unlink()
    keep_built(Store(store), kb)
    _written(store)
    assert knowledge_cache.load(Store(store), Store(store).version(TASKS)) is not None
    monkeypatch.setattr(knowledge_cache, "FORMAT", knowledge_cache.FORMAT + 1)  # as a code change does
    assert knowledge_cache.load(Store(store), Store(store).version(TASKS)) is None


def test_a_damaged_knowledge_file_is_built_again(store, caplog):
    kb = load_knowledge(_fresh(store))
    knowledge_cache.write(knowledge_cache.cache_path(Store(store)),
                          knowledge_cache.fingerprint(Store(store).version(TASKS)), kb, index_for(kb), [])
    path = knowledge_cache.cache_path(Store(store))
    path.write_bytes(path.read_bytes()[:5000])  # cut short
    with caplog.at_level(logging.WARNING, logger="bot.knowledge_cache"):
        again = load_knowledge(_fresh(store))
    assert again.get("9029") is not None
    assert any("kunne ikke læses" in r.getMessage() for r in caplog.records)


def test_small_stores_and_stores_without_a_folder_keep_nothing(tmp_path):
    kb = load_knowledge(_fresh(tmp_path / "klik.json"))  # the shipped tasks only
    keep_built(Store(tmp_path / "klik.json"), kb)
    assert not knowledge_cache.cache_path(Store(tmp_path / "klik.json")).exists()
    assert knowledge_cache.cache_path(Store(None)) is None


def test_a_writer_killed_with_its_server_leaves_nothing_half_written(tmp_path):
    """A server killed (kill -9, with its process group) while its forked writer was writing leaves
    `klik.json.knowledge.<pid>.writing`; the next start removes it. A live writer's file is kept."""
    import os
    import subprocess
    import sys

    path = tmp_path / "klik.json"
    store = Store(path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"klik.json.knowledge.{dead.pid}.writing"
    live = tmp_path / f"klik.json.knowledge.{os.getpid()}.writing"
    left.write_bytes(b"half")
    live.write_bytes(b"being written")
    assert knowledge_cache.load(store, "any version") is None
    assert not left.exists() and live.exists()
