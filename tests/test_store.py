"""The store: same behaviour in memory and on disk, atomic, thread- and process-safe."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgtest import pg_param

from bot.store import Store


@pytest.fixture(params=["memory", "disk", pg_param()])
def store(request, tmp_path) -> Iterator[Store]:
    if request.param == "postgres":
        from bot.postgres_store import PostgresStore

        with PostgresStore(request.getfixturevalue("pg_url")) as pg:
            yield pg
        return
    yield Store(None if request.param == "memory" else tmp_path / "klik.json")


def test_put_get_replace_delete(store):
    with store.transaction() as tx:
        tx.put("progress", "T1:433", {"status": "påbegyndt", "steps": {"1": "U1"}})
    with store.transaction() as tx:
        tx.put("progress", "T1:433", {"status": "fuldført"})
    assert store.get("progress", "T1:433") == {"status": "fuldført"}  # replaced, not merged
    with store.transaction() as tx:
        assert tx.delete("progress", "T1:433") is True
        assert tx.delete("progress", "T1:433") is False
    assert store.get("progress", "T1:433") is None
    assert store.all("progress") == {}


def test_failed_transaction_changes_nothing(store):
    with store.transaction() as tx:
        tx.put("progress", "a", {"n": 1})
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.put("progress", "a", {"n": 2})
        tx.put("progress", "b", {"n": 2})
        tx.log({"team": "T", "action": "never"})
        raise RuntimeError("boom")
    assert store.all("progress") == {"a": {"n": 1}}
    assert store.history() == []


def test_claim_is_first_come(store):
    with store.transaction() as tx:
        assert tx.claim("events", "Ev1", {"at": 1}) is True
        assert tx.claim("events", "Ev1", {"at": 2}) is False
    assert store.get("events", "Ev1") == {"at": 1}


def test_history_filters_and_limit(store):
    with store.transaction() as tx:
        for i in range(5):
            tx.log({"team": "T1" if i % 2 else "T2", "task": "433", "action": f"a{i}"})
    assert [e["action"] for e in store.history(team="T1")] == ["a1", "a3"]
    assert [e["action"] for e in store.history(task="433", limit=2)] == ["a3", "a4"]


def test_tasks_table_lives_in_its_own_file(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("tasks", "433", {"title": "x"})
        tx.put("progress", "T:433", {"status": "påbegyndt"})
    assert "433" in json.loads((tmp_path / "klik.tasks.json").read_text())["tasks"]
    assert "tasks" not in json.loads((tmp_path / "klik.json").read_text())


def test_version_changes_on_write(store):
    before = store.version("progress")
    with store.transaction() as tx:
        tx.put("progress", "k", {})
    assert store.version("progress") != before


def test_second_store_on_same_file_sees_writes(tmp_path):
    a, b = Store(tmp_path / "klik.json"), Store(tmp_path / "klik.json")
    assert b.get("progress", "k") is None  # b caches the empty file
    with a.transaction() as tx:
        tx.put("progress", "k", {"v": 1})
        tx.log({"team": "T", "action": "x"})
    assert b.get("progress", "k") == {"v": 1}
    assert len(b.history()) == 1
    with b.transaction() as tx:  # b's next write starts from a's data, not its stale cache
        tx.put("progress", "k2", {"v": 2})
    assert set(a.all("progress")) == {"k", "k2"}


def test_threads_lose_no_writes(store):
    def work(n: int) -> None:
        for i in range(25):
            with store.transaction() as tx:
                doc = tx.get("counters", "c") or {"n": 0}
                tx.put("counters", "c", {"n": doc["n"] + 1})
                tx.log({"team": "T", "action": f"{n}-{i}"})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.get("counters", "c") == {"n": 200}
    assert len(store.history()) == 200


def _count_in_process(path: str, rounds: int) -> None:
    store = Store(path)
    for _ in range(rounds):
        with store.transaction() as tx:
            doc = tx.get("counters", "c") or {"n": 0}
            tx.put("counters", "c", {"n": doc["n"] + 1})
            tx.log({"team": "T", "action": "inc", "pid": os.getpid()})


def test_processes_lose_no_writes(tmp_path):
    path = str(tmp_path / "klik.json")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_count_in_process, args=(path, 40)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = Store(path)
    assert store.get("counters", "c") == {"n": 120}
    assert len(store.history()) == 120


def test_killed_writer_leaves_a_readable_database(tmp_path):
    """SIGKILL a process in the middle of a stream of writes: the file on disk is always one
    whole committed state, and every write the process reported done is there."""
    path = tmp_path / "klik.json"
    script = textwrap.dedent(f"""
        import sys
        from bot.store import Store
        store = Store({str(path)!r})
        i = 0
        while True:
            i += 1
            with store.transaction() as tx:
                tx.put("progress", "k", {{"i": i, "pad": "x" * 5000}})
                tx.log({{"team": "T", "i": i}})
            print(i, flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[1])
    acknowledged = 0
    for line in proc.stdout:
        acknowledged = int(line)
        if acknowledged >= 150:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(path)
    stored = store.get("progress", "k")["i"]
    assert stored >= acknowledged  # nothing acknowledged is lost
    history = [e["i"] for e in store.history()]
    assert history == list(range(1, len(history) + 1))
    assert len(history) >= acknowledged


def test_torn_history_line_is_skipped_and_healed(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.log({"team": "T", "action": "one"})
    with open(tmp_path / "klik.history.jsonl", "a") as fh:
        fh.write('{"team": "T", "act')  # a crash in the middle of an append
    fresh = Store(tmp_path / "klik.json")
    assert [e["action"] for e in fresh.history()] == ["one"]
    with fresh.transaction() as tx:
        tx.log({"team": "T", "action": "two"})
    assert [e["action"] for e in Store(tmp_path / "klik.json").history()] == ["one", "two"]


def test_history_read_is_incremental(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.log({"team": "T", "action": "one"})
    assert len(store.history()) == 1
    other = Store(tmp_path / "klik.json")
    with other.transaction() as tx:
        tx.log({"team": "T", "action": "two"})
    assert [e["action"] for e in store.history()] == ["one", "two"]


def test_failed_disk_write_keeps_old_state(tmp_path, monkeypatch):
    """A full disk or I/O error during commit: the old file stays whole and the store keeps
    serving the committed data, not the half-applied change."""
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "k", {"v": 1})

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(OSError), store.transaction() as tx:
        tx.put("progress", "k", {"v": 2})
    monkeypatch.undo()
    assert store.get("progress", "k") == {"v": 1}
    assert json.loads((tmp_path / "klik.json").read_text())["progress"]["k"] == {"v": 1}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
