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
import time
import zlib
from pathlib import Path

import pytest
from pgtest import pg_param
from threads import run_concurrently

from bot.store import Store


@pytest.fixture
def store(every_store) -> Store:
    return every_store


def _count_up(store, *, action: str, **audit) -> None:
    """One read-modify-write of a counter with its audit entry: lost updates show in the count."""
    with store.transaction() as tx:
        doc = tx.get("counters", "c") or {"n": 0}
        tx.put("counters", "c", {"n": doc["n"] + 1})
        tx.log({"team": "T", "action": action, **audit})


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
    store.backend.checkpoint()
    assert "433" in json.loads((tmp_path / "klik.tasks.json").read_text())["tasks"]
    [shard] = (tmp_path / "klik.workspaces" / "T").glob("*.json")
    assert "T:433" in json.loads(shard.read_text())["progress"]
    main = tmp_path / "klik.json"
    assert not main.exists() or "tasks" not in json.loads(main.read_text())


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
            _count_up(store, action=f"{n}-{i}")

    run_concurrently([lambda n=n: work(n) for n in range(8)])
    assert store.get("counters", "c") == {"n": 200}
    assert len(store.history()) == 200


def _count_in_process(path: str, rounds: int) -> None:
    store = Store(path)
    for _ in range(rounds):
        _count_up(store, action="inc", pid=os.getpid())


def _count_in_processes(path: str, *, processes: int, rounds: int, timeout: float = 60) -> None:
    """`processes` processes each counting `rounds` times on one store: none of it may be lost."""
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_count_in_process, args=(path, rounds)) for _ in range(processes)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout)
        assert p.exitcode == 0
    store = Store(path)
    try:
        assert store.get("counters", "c") == {"n": processes * rounds}
        assert len(store.history()) == processes * rounds
    finally:
        store.close()  # files and connections (a loop-mounted file system must come off)


@pytest.mark.parametrize("backend", ["tinydb", pg_param()])
def test_processes_lose_no_writes(tmp_path, request, backend):
    path = str(tmp_path / "klik.json") if backend == "tinydb" else request.getfixturevalue("pg_url")
    _count_in_processes(path, processes=3, rounds=40)


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


@pytest.mark.parametrize("where", ["log", "checkpoint"])
def test_failed_disk_write_keeps_old_state(tmp_path, monkeypatch, where):
    """A full disk or I/O error while committing to the log, or while a checkpoint writes the log
    into the files: the old file stays whole and the store keeps serving the committed data, not
    the half-applied change."""
    from bot.store import wal

    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "k", {"v": 1})
    store.backend.checkpoint()

    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "log":
        monkeypatch.setattr(wal, "_fdatasync", no_space)
        with pytest.raises(OSError), store.transaction() as tx:
            tx.put("progress", "k", {"v": 2})
        committed = {"v": 1}
    else:
        with store.transaction() as tx:
            tx.put("progress", "k", {"v": 2})
        monkeypatch.setattr(os, "replace", no_space)
        with pytest.raises(OSError):
            store.backend.checkpoint()
        committed = {"v": 2}  # in the log, which the failed checkpoint left as it was
    monkeypatch.undo()
    assert store.get("progress", "k") == committed == Store(tmp_path / "klik.json").get("progress", "k")
    assert json.loads((tmp_path / "klik.json").read_text())["progress"]["k"] == {"v": 1}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# -- correctness on disk: damage, crashes mid-commit, locks, coarse timestamps, layout ---------

from bot.store import StoreDamaged, StoreError, StoreLocked  # noqa: E402


@pytest.mark.parametrize("content", [b"", b'{"_meta":{"tx":"0"},"teams":{"T1"', b"\x00\xffgarbage"],
                         ids=["empty", "truncated", "garbage"])
@pytest.mark.parametrize("name", ["klik.json", "klik.tasks.json", "workspace"])
def test_damaged_file_stops_with_one_line_naming_it(tmp_path, name, content):
    store = Store(tmp_path / "klik.json")
    for _ in range(2):  # two commits, so a last good copy (.bak) exists
        with store.transaction() as tx:
            tx.put("teams", "T1", {})
            tx.put("tasks", "433", {"title": "x"})
            tx.put("progress", "T1:433", {"status": "started"})
        store.backend.checkpoint()
    damaged = store.backend._file("progress", "T1:433").path if name == "workspace" else tmp_path / name
    damaged.write_bytes(content)
    with pytest.raises(StoreDamaged) as err:
        fresh = Store(tmp_path / "klik.json")
        fresh.check()
        fresh.all("progress")
    message = str(err.value)
    assert "\n" not in message and str(damaged) in message and f"{damaged}.bak" in message
    # The last good copy is whole, and copying it back (as the message says) recovers.
    damaged.write_bytes(Path(f"{damaged}.bak").read_bytes())
    recovered = Store(tmp_path / "klik.json")
    assert recovered.get("progress", "T1:433") == {"status": "started"}
    assert recovered.get("tasks", "433") == {"title": "x"}


def test_missing_files_are_a_fresh_store(tmp_path):
    store = Store(tmp_path / "klik.json")
    assert store.all("progress") == {} and store.history() == []
    store.check()


def _crash_after(monkeypatch, owner, target: str):
    """Make the commit die (as with kill -9) right after `owner.target` ran: nothing after it
    happens."""
    from bot.store import tinydb as backend

    class Killed(BaseException):
        pass

    original = getattr(owner, target)

    def then_die(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise Killed()

    monkeypatch.setattr(owner, target, then_die)
    # A killed process runs no clean-up: the journal stays as it was.
    monkeypatch.setattr(backend.TinyDBBackend, "_clear_journal", lambda self: None)
    return Killed


# Where a commit can die: after its line is in the log; in the checkpoint that writes the log into
# the data files (after the files, after the history too); and, for a commit too big for the log,
# after its journal and after its files.
CRASH_POINTS = [("log", "Wal", "append"), ("checkpoint", "TinyDBBackend", "_apply"),
                ("checkpoint", "History", "append_many"), ("direct", "TinyDBBackend", "_write_journal"),
                ("direct", "TinyDBBackend", "_apply")]


@pytest.mark.parametrize("path,owner,point", CRASH_POINTS, ids=[f"{p}-{o}.{t}" for p, o, t in CRASH_POINTS])
def test_crash_mid_commit_is_finished_with_its_audit_entry(tmp_path, monkeypatch, path, owner, point):
    from bot.store import tinydb as backend

    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
        tx.log({"team": "T1", "action": "first"})
    if path == "checkpoint":
        monkeypatch.setattr(backend, "CHECKPOINT_COMMITS", 2)  # the next commit checkpoints
    if path == "direct":
        store.backend.checkpoint()  # (a big commit checkpoints first: that is not the point here)
        monkeypatch.setattr(backend, "WAL_RECORD_BYTES", 0)  # every commit is too big for the log
    killed = _crash_after(monkeypatch, getattr(backend, owner), point)
    with pytest.raises(killed), store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 2})
        tx.put("progress", "T2:1", {"n": 2})
        tx.log({"team": "T1", "action": "second"})
    monkeypatch.undo()
    restarted = Store(tmp_path / "klik.json")  # the next process finishes the commit
    assert restarted.get("progress", "T1:1") == {"n": 2} and restarted.get("progress", "T2:1") == {"n": 2}
    assert [e["action"] for e in restarted.history()] == ["first", "second"]
    restarted.backend.checkpoint()  # once more, after a checkpoint that died: nothing twice
    again = Store(tmp_path / "klik.json")
    assert [e["action"] for e in again.history()] == ["first", "second"]
    assert again.all("progress") == {"T1:1": {"n": 2}, "T2:1": {"n": 2}}


def test_torn_log_line_is_a_commit_that_never_happened_and_is_cut_off(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    line = b'{"tx":"ab","changes":[["progress","T1:1",{"n":2}]],"audit":[]}'
    with open(tmp_path / "klik.json.wal", "ab") as fh:
        fh.write(b"%08x %s" % (zlib.crc32(line), line[:30]))  # a writer killed mid-append
    restarted = Store(tmp_path / "klik.json")
    assert restarted.get("progress", "T1:1") == {"n": 1}
    with restarted.transaction() as tx:
        tx.put("progress", "T1:2", {"n": 3})
    assert Store(tmp_path / "klik.json").all("progress") == {"T1:1": {"n": 1}, "T1:2": {"n": 3}}


def test_a_file_cut_short_under_a_running_store_is_refused(tmp_path):
    """A data file cut short keeps its first bytes (its commit id): the running store must read it
    again and refuse it, not go on serving its copy in memory."""
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    store.backend.checkpoint()
    files = [p for p in tmp_path.rglob("*.json") if p.stat().st_size > 64]
    assert files and store.all("progress") == {"T1:1": {"n": 1}}
    for path in files:
        path.write_bytes(path.read_bytes()[:64])
    with pytest.raises(StoreDamaged):
        store.check()


@pytest.mark.parametrize("cut", ["mid-line", "at-a-line-end", "empty"])
def test_a_log_cut_short_is_damage_not_a_crash(tmp_path, cut):
    """A torn last line may be a crash's unfinished commit, but a log shorter than its writers
    recorded lost acknowledged commits: the store refuses it rather than start without them."""
    store = Store(tmp_path / "klik.json")
    for n in range(3):
        with store.transaction() as tx:
            tx.put("progress", f"T1:{n}", {"n": n})
    wal = tmp_path / "klik.json.wal"
    data = wal.read_bytes()
    last_line = data.rindex(b"\n", 0, len(data) - 1) + 1
    wal.write_bytes({"mid-line": data[:last_line + 10], "at-a-line-end": data[:last_line], "empty": b""}[cut])
    with pytest.raises(StoreDamaged) as err:
        Store(tmp_path / "klik.json").check()
    assert "\n" not in str(err.value) and str(wal) in str(err.value)
    _follow_cp(str(err.value))  # what the line says to do: the log's copy has every commit
    assert Store(tmp_path / "klik.json").all("progress") == {f"T1:{n}": {"n": n} for n in range(3)}


def _follow_cp(line: str) -> None:
    """Run the `cp` a refusal line names, as an admin would."""
    import re
    import shlex

    command = re.search(r"`(cp [^`]+)`", line)
    assert command, line
    subprocess.run(shlex.split(command[1]), check=True)


@pytest.mark.parametrize("cut", ["at-a-line-end", "empty"])
def test_a_write_as_the_first_thing_after_the_log_was_cut_is_refused_too(tmp_path, cut):
    """A writer must not start an emptied log over, or append to a cut one, and so record the cut
    as what was committed."""
    store = Store(tmp_path / "klik.json")
    for n in range(3):
        with store.transaction() as tx:
            tx.put("progress", f"T1:{n}", {"n": n})
    wal = tmp_path / "klik.json.wal"
    data = wal.read_bytes()
    wal.write_bytes(b"" if cut == "empty" else data[:data.rindex(b"\n", 0, len(data) - 1) + 1])
    with pytest.raises(StoreDamaged), Store(tmp_path / "klik.json").transaction() as tx:
        tx.put("progress", "T1:9", {"n": 9})
    with pytest.raises(StoreDamaged):
        Store(tmp_path / "klik.json").check()  # still refused: the write recorded nothing


def test_the_size_recorded_for_an_older_log_says_nothing_about_a_new_one(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    store.backend.checkpoint()  # a new generation: the size recorded for the old one says nothing
    with store.transaction() as tx:
        tx.put("progress", "T1:2", {"n": 2})
    assert Store(tmp_path / "klik.json").all("progress") == {"T1:1": {"n": 1}, "T1:2": {"n": 2}}


@pytest.mark.parametrize("content", [b"\x00\xffgarbage", b"KLIKWAL1 " + b"0" * 32 + b"\nbad line\n" + b"x\n"],
                         ids=["garbage", "damaged-middle"])
def test_damaged_log_stops_with_one_line_naming_it(tmp_path, content):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    (tmp_path / "klik.json.wal").write_bytes(content)
    with pytest.raises(StoreDamaged) as err:
        Store(tmp_path / "klik.json").check()
    assert "\n" not in str(err.value) and str(tmp_path / "klik.json.wal") in str(err.value)


def test_log_is_written_into_the_data_files_every_so_many_commits(tmp_path, monkeypatch):
    from bot.store import tinydb as backend

    monkeypatch.setattr(backend, "CHECKPOINT_COMMITS", 5)
    store = Store(tmp_path / "klik.json")
    for n in range(12):
        with store.transaction() as tx:
            tx.put("progress", f"T1:{n}", {"n": n})
            tx.log({"team": "T1", "n": n})
    assert store.backend.wal.commits == 2  # two checkpoints, two commits since
    on_disk = {k for f in (tmp_path / "klik.workspaces" / "T1").glob("*.json")
               for k in json.loads(f.read_text())["progress"]}
    assert on_disk == {f"T1:{n}" for n in range(10)}
    assert len((tmp_path / "klik.history.jsonl").read_text().splitlines()) == 10
    fresh = Store(tmp_path / "klik.json")
    assert len(fresh.all("progress")) == 12 and [e["n"] for e in fresh.history()] == list(range(12))


def test_torn_journal_is_a_commit_that_never_happened(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    whole = b'{"tx":"ab","changes":[["progress","T1:1",{"n":2}]],"audit":[]}'
    torn = b"%08x %s" % (zlib.crc32(whole), whole[:30])
    (tmp_path / "klik.json.journal").write_bytes(torn)
    restarted = Store(tmp_path / "klik.json")
    assert restarted.get("progress", "T1:1") == {"n": 1}


def test_failed_commit_before_any_file_changed_is_forgotten(tmp_path, monkeypatch):
    store = Store(tmp_path / "klik.json")
    from bot.store import tinydb as backend

    monkeypatch.setattr(backend, "WAL_RECORD_BYTES", 0)  # a commit too big for the log

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backend.DataFile, "stage", disk_full)
    with pytest.raises(OSError), store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
        tx.log({"team": "T1", "action": "never"})
    monkeypatch.undo()
    again = Store(tmp_path / "klik.json")
    assert again.get("progress", "T1:1") is None and again.history() == []


def test_no_temp_files_left_after_a_killed_writer(tmp_path):
    (tmp_path / ".klik.json.abc123.tmp").write_text("half")  # what kill -9 mid-write leaves
    (tmp_path / "klik.workspaces" / "T1").mkdir(parents=True)
    (tmp_path / "klik.workspaces" / "T1" / ".03.json.x.tmp.bak").write_text("half")
    Store(tmp_path / "klik.json")
    leftovers = [p.name for p in tmp_path.rglob("*") if ".tmp" in p.name]
    assert leftovers == []


def test_lock_held_by_a_stuck_process_times_out_with_a_message(tmp_path):
    Store(tmp_path / "klik.json")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, sys, time
        fh = open({str(tmp_path / "klik.json.lock")!r}, "a+")
        fcntl.flock(fh, fcntl.LOCK_EX)
        print("locked", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLocked) as err:
            Store(tmp_path / "klik.json", lock_timeout=0.3)
        assert "klik.json" in str(err.value) and "0.3 s" in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_write_touches_only_its_workspace_file(tmp_path):
    store = Store(tmp_path / "klik.json")
    for team in ("T1", "T2"):
        with store.transaction() as tx:
            tx.put("teams", team, {})
            tx.put("progress", f"{team}:433", {"status": "started"})
    store.backend.checkpoint()

    def others():
        # Their data files only: the checkpoint makes a .bak it does not write a copy of its file, once
        # (see bot/store/kept.py).
        files = [*(tmp_path / "klik.workspaces" / "T2").glob("*.json"), tmp_path / "klik.json"]
        return sorted((f.name, f.read_bytes(), f.stat().st_mtime_ns) for f in files)

    def mine():
        return sorted((f.name, f.read_bytes()) for f in (tmp_path / "klik.workspaces" / "T1").iterdir())

    before, my_before = others(), mine()
    with store.transaction() as tx:
        tx.put("progress", "T1:433", {"status": "done"})
    assert others() == before and mine() == my_before  # a commit is a line in the log
    store.backend.checkpoint()
    assert others() == before and mine() != my_before  # which goes into this workspace's file only
    assert store.all("progress", workspace="T1") == {"T1:433": {"status": "done"}}
    assert set(store.all("progress")) == {"T1:433", "T2:433"}


def test_a_task_s_documents_share_one_small_file_of_its_workspace(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        for n in range(200):
            tx.put("progress", f"T1:{n}", {"n": n})
        tx.put("signatures", "T1:7:1", {"signed": True})
        tx.put("reminders_sent", "T1|7|signature|1|C1|2026-09-15", {"day": "2026-09-15"})
    store.backend.checkpoint()
    backend = store.backend
    paths = {backend._file(t, k).path for t, k in [("progress", "T1:7"), ("signatures", "T1:7:1"),
                                                      ("reminders_sent", "T1|7|signature|1|C1|2026-09-15")]}
    assert len(paths) == 1  # /klik done on task 7 rewrites one file, with its signatures beside it
    shards = list((tmp_path / "klik.workspaces" / "T1").glob("*.json"))
    from bot.store.tinydb import SHARDS

    assert 8 < len(shards) <= SHARDS
    assert len(store.all("progress", workspace="T1")) == 200 and store.get("progress", "T1:7") == {"n": 7}


def test_old_single_file_layout_moves_into_workspace_files(tmp_path):
    (tmp_path / "klik.json").write_text(json.dumps({
        "teams": {"T1": {}}, "progress": {"T1:433": {"status": "started"}, "legacy": {"n": 1}},
        "reminders_sent": {"T1|433|x": {"day": "2026-01-01"}}}))
    store = Store(tmp_path / "klik.json")
    assert store.get("progress", "T1:433") == {"status": "started"}
    assert store.get("progress", "legacy") == {"n": 1}
    [shard] = (tmp_path / "klik.workspaces" / "T1").glob("*.json")
    assert "T1:433" in json.loads(shard.read_text())["progress"]
    assert "reminders_sent" not in json.loads((tmp_path / "klik.json").read_text())


def test_another_process_commit_is_seen_even_with_the_same_size_and_timestamp(tmp_path):
    """What a filesystem with 1-second timestamps and inode reuse looks like to a reader: the file
    changed, but size and mtime did not. The reader must see the change anyway."""
    path = tmp_path / "klik.json"
    reader, writer = Store(path), Store(path)
    with writer.transaction() as tx:
        tx.put("teams", "T1", {"v": "a"})
    writer.backend.checkpoint()
    assert reader.get("teams", "T1") == {"v": "a"}  # cached now
    stat = path.stat()
    with writer.transaction() as tx:
        tx.put("teams", "T1", {"v": "b"})
    writer.backend.checkpoint()
    assert path.stat().st_size == stat.st_size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert reader.get("teams", "T1") == {"v": "b"}
    with reader.transaction() as tx:  # and a write starts from it
        tx.put("teams", "T1", {"v": tx.get("teams", "T1")["v"] + "c"})
    assert writer.get("teams", "T1") == {"v": "bc"}


@pytest.fixture
def coarse_dir(tmp_path):
    """A directory on ext4 with 128-byte inodes (1-second timestamps), loop-mounted when root and
    loop devices allow it; otherwise the plain temp dir (the test then says so in its id)."""
    image, mount = tmp_path / "fs.img", tmp_path / "mnt"
    mount.mkdir()
    made = os.geteuid() == 0 and subprocess.run(
        f"truncate -s 32M {image} && mkfs.ext4 -q -I 128 -F {image} && mount -o loop {image} {mount}",
        shell=True, capture_output=True).returncode == 0
    if not made:
        pytest.skip("no loop-mounted ext4 here (needs root); the same-size-and-mtime test covers it")
    try:
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_two_processes_lose_nothing_on_a_filesystem_with_1_second_timestamps(coarse_dir):
    _count_in_processes(str(coarse_dir / "klik.json"), processes=2, rounds=150, timeout=120)


def test_big_tasks_file_is_read_a_chunk_at_a_time_and_stays_json(tmp_path, monkeypatch):
    from bot.store import datafile as backend

    monkeypatch.setattr(backend, "LINE_PARSE_BYTES", 10)  # every file counts as big
    docs = {f"k{i}:x": {"title": f"opgave {i}: «}},\\n»", "n": [i, {"a": None}]} for i in range(450)}
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        for key, doc in docs.items():
            tx.put("tasks", key, doc)
    store.backend.checkpoint()
    raw = (tmp_path / "klik.tasks.json").read_text()
    assert json.loads(raw)["tasks"] == docs and raw.count("\n") > 450  # valid JSON, a line each
    assert Store(tmp_path / "klik.json").all("tasks") == docs
    (tmp_path / "klik.tasks.json").write_text(json.dumps({"tasks": docs}))  # the old compact layout
    assert Store(tmp_path / "klik.json").all("tasks") == docs


@pytest.mark.parametrize("value", ["abc", "0", "-3", "10000"])
def test_a_bad_lock_timeout_is_named(tmp_path, monkeypatch, value):
    from bot.store import StoreError

    monkeypatch.setenv("KLIK_LOCK_TIMEOUT", value)
    with pytest.raises(StoreError, match="KLIK_LOCK_TIMEOUT skal være"):
        Store(tmp_path / "klik.json")


def test_a_writer_killed_after_linking_the_backup_leaves_no_second_name(tmp_path):
    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:
        tx.put("teams", "T1", {"n": 1})
    store.backend.checkpoint()
    main, bak = tmp_path / "klik.json", tmp_path / "klik.json.bak"
    bak.unlink()  # the first version's empty .bak (bot/store/kept.py)
    os.link(main, bak)  # what a kill between linking .bak and replacing the file leaves
    again = Store(tmp_path / "klik.json")
    with again.transaction() as tx:
        tx.put("teams", "T1", {"n": 2})
    again.backend.checkpoint()
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []
    assert json.loads(bak.read_text())["teams"]["T1"] == {"n": 1}


def test_group_commit_writes_waiting_transactions_together_and_fails_them_together(tmp_path, monkeypatch):
    from bot.store import tinydb as backend

    store = Store(tmp_path / "klik.json")
    commits = []
    real_commit = backend.TinyDBBackend._commit

    def counting(self, tx, changes, audit):
        commits.append(len(audit))
        # a write that takes a moment, as a disk's does: the others queue up behind it
        time.sleep(0.02)
        return real_commit(self, tx, changes, audit)

    monkeypatch.setattr(backend.TinyDBBackend, "_commit", counting)
    barrier = threading.Barrier(8)

    def work(n: int) -> None:
        barrier.wait()
        for i in range(10):
            _count_up(store, action=f"{n}-{i}")  # each sees the batch's earlier changes

    run_concurrently([lambda n=n: work(n) for n in range(8)])
    assert store.get("counters", "c") == {"n": 80} and len(store.history()) == 80 == sum(commits)
    # batches of several transactions, not one write each (16 writes on an idle machine; a machine loaded
    # so that the threads hardly overlap still batches some: 53-71 writes, the largest of 6-8 seen)
    assert len(commits) < 80 and max(commits) >= 4

    def disk_full(self, tx, changes, audit):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backend.TinyDBBackend, "_commit", disk_full)
    failures = []

    def doomed(n: int) -> None:
        try:
            with store.transaction() as tx:
                tx.put("progress", f"T{n}:1", {"n": n})
        except OSError as exc:
            failures.append(exc)

    run_concurrently([lambda n=n: doomed(n) for n in range(4)])
    monkeypatch.undo()
    assert len(failures) == 4 and store.all("progress") == {}
    with store.transaction() as tx:  # and the store goes on working
        tx.put("progress", "T9:1", {"n": 9})
    assert Store(tmp_path / "klik.json").get("progress", "T9:1") == {"n": 9}


def test_a_commit_is_one_log_line_and_its_copy_however_much_is_stored(tmp_path, monkeypatch):
    """What made `/klik done` slow with many tracked tasks: a commit rewrote a data file and fsynced
    four times. Now it appends one line to the log and one to its copy (bot/store/wal.py), and fsyncs
    each once, whatever the store holds."""
    from bot.store import wal

    store = Store(tmp_path / "klik.json")
    for team in ("T1", *(f"T{n}" for n in range(2, 12))):
        with store.transaction() as tx:
            for n in range(1000 if team == "T1" else 100):
                tx.put("progress", f"{team}:{n}", {"status": "started", "steps": {"1": {"done_by": "U1"}}})
    store.backend.checkpoint()
    calls: list[str] = []
    written: list[int] = []
    real_fsync, real_pwrite, real_replace = os.fsync, os.pwrite, os.replace

    def fsync(fd):
        calls.append("fsync")
        real_fsync(fd)

    def pwrite(fd, data, offset):
        written.append(len(data))
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(wal, "_fdatasync", fsync)
    monkeypatch.setattr(os, "pwrite", pwrite)
    monkeypatch.setattr(os, "replace", lambda *a: calls.append("replace") or real_replace(*a))
    with store.transaction() as tx:
        doc = tx.get("progress", "T1:500")
        tx.put("progress", "T1:500", {**doc, "status": "done"})
        tx.log({"team": "T1", "task": "500", "action": "done"})
    monkeypatch.undo()
    # one short line in the log and in its copy (and the lock's pid), each fsynced
    assert calls == ["fsync", "fsync"] and sum(written) < 1500
    assert Store(tmp_path / "klik.json").get("progress", "T1:500")["status"] == "done"


def test_a_big_commit_that_fails_after_one_file_is_in_place_is_finished_not_forgotten(tmp_path, monkeypatch):
    from bot.store import tinydb as backend

    monkeypatch.setattr(backend, "WAL_RECORD_BYTES", 0)  # the journal path: files written in place
    store = Store(tmp_path / "klik.json")
    real_install, calls = backend.DataFile.install, []

    def second_fails(self, staged):
        calls.append(self.path)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real_install(self, staged)

    monkeypatch.setattr(backend.DataFile, "install", second_fails)
    with pytest.raises(OSError), store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
        tx.put("progress", "T2:1", {"n": 1})
        tx.log({"team": "T1", "action": "both"})
    monkeypatch.undo()
    restarted = Store(tmp_path / "klik.json")  # the journal was kept: the next process finishes it
    assert restarted.all("progress") == {"T1:1": {"n": 1}, "T2:1": {"n": 1}}
    assert [e["action"] for e in restarted.history()] == ["both"]


def test_a_finished_journal_is_not_read_again_at_every_transaction(tmp_path, monkeypatch):
    """The journal keeps the last big commit's bytes (an import: megabytes); each transaction looks
    only at its first bytes to see that it is finished, instead of reading and checksumming it all."""
    from bot.store import tinydb as backend

    store = Store(tmp_path / "klik.json")
    with store.transaction() as tx:  # an import: the journal path
        for n in range(2000):
            tx.put("tasks", f"t{n}", {"title": "x" * 200})
    assert (tmp_path / "klik.json.journal").stat().st_size > 400_000

    def read_whole(*args):
        raise AssertionError("read the whole finished journal")

    monkeypatch.setattr(backend, "read_record", read_whole)
    with store.transaction() as tx:
        tx.put("progress", "T1:1", {"n": 1})
    assert Store(tmp_path / "klik.json").get("progress", "T1:1") == {"n": 1}


@pytest.mark.parametrize("where", ["a-file", "missing-root"])
def test_a_database_path_that_cannot_be_made_is_named_with_the_reason(tmp_path, where):
    """KLIK_DB below a file, or below a folder that cannot be made: one line naming the path and
    why, not an unexpected error."""
    if where == "a-file":
        (tmp_path / "afile").write_text("x")
        path, why = tmp_path / "afile" / "klik.json", "er en fil, ikke en mappe"
    else:
        path, why = Path("/proc/klik-no-such/klik.json"), "findes ikke og kan ikke oprettes"
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(path) in str(err.value) and why in str(err.value) and "\n" not in str(err.value)
