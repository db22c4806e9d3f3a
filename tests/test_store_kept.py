"""A damaged TinyDB data file put back from its `.bak` (the `cp` its refusal line names) loses no
acknowledged commit: the kept log (bot/store/kept.py) brings it forward on the next start."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from bot.store import Store, StoreDamaged
from bot.store import kept as kept_log


def _refusal(db: Path, damaged: Path) -> str:
    with pytest.raises(StoreDamaged) as err:
        fresh = Store(db)
        fresh.check()
        fresh.all("progress")
        fresh.all("tasks")
    line = str(err.value)
    assert "\n" not in line and str(damaged) in line
    return line


def _follow(line: str) -> None:
    """Run the `cp` the refusal line names, as an admin would."""
    command = re.search(r"`(cp [^`]+)`", line)
    assert command, line
    subprocess.run(shlex.split(command[1]), check=True)


def _done(store: Store, team: str, task: str, step: int) -> None:
    with store.transaction() as tx:
        tx.put("progress", f"{team}:{task}:{step}", {"done": True})
        tx.log({"team": team, "task": task, "step": step})


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    path.write_bytes({"empty": b"", "truncated": data[: len(data) // 2], "garbage": b"\x00garbage"}[how])


@pytest.mark.parametrize("how", ["empty", "truncated", "garbage"])
def test_a_file_written_by_two_checkpoints_comes_back_with_every_commit(tmp_path, how):
    db = tmp_path / "klik.json"
    store = Store(db)
    _done(store, "T1", "433", 1)
    store.backend.checkpoint()
    _done(store, "T1", "433", 2)  # between the two checkpoints: the .bak does not have it
    store.backend.checkpoint()
    _done(store, "T1", "433", 3)  # still in the live log
    path = store.backend._file("progress", "T1:433:1").path
    _damage(path, how)
    _follow(_refusal(db, path))
    back = Store(db)
    assert set(back.all("progress")) == {"T1:433:1", "T1:433:2", "T1:433:3"}
    assert len(back.history()) == 3  # state and history agree
    version = path.read_bytes()
    Store(db).check()  # a second start finds nothing to bring forward and rewrites nothing
    assert path.read_bytes() == version


def test_a_file_the_last_checkpoint_did_not_write_comes_back_whole(tmp_path):
    db = tmp_path / "klik.json"
    store = Store(db)
    _done(store, "T1", "433", 1)
    store.backend.checkpoint()
    _done(store, "T1", "433", 2)
    store.backend.checkpoint()  # T1's file: its .bak is the version before this
    _done(store, "T2", "433", 1)
    store.backend.checkpoint()  # writes T2 only: T1's .bak becomes a copy of its file first
    path = store.backend._file("progress", "T1:433:1").path
    _damage(path, "truncated")
    _follow(_refusal(db, path))
    assert set(Store(db).all("progress", workspace="T1")) == {"T1:433:1", "T1:433:2"}


def test_the_imported_tasks_written_once_come_back(tmp_path):
    db = tmp_path / "klik.json"
    store = Store(db)
    with store.transaction() as tx:  # a change to the tasks is a direct commit (no log line)
        for n in range(50):
            tx.put("tasks", str(n), {"title": f"opgave {n}"})
    path = tmp_path / "klik.tasks.json"
    assert (tmp_path / "klik.tasks.json.bak").exists()  # its first version's empty copy
    _damage(path, "garbage")
    _follow(_refusal(db, path))
    assert len(Store(db).all("tasks")) == 50


def test_the_global_file_comes_back_after_an_import_and_checkpoints(tmp_path):
    db = tmp_path / "klik.json"
    store = Store(db)
    for n in range(3):
        with store.transaction() as tx:
            tx.put("teams", f"T{n}", {"n": n})
        store.backend.checkpoint()
    with store.transaction() as tx:
        tx.put("tasks", "1", {"title": "x"})  # a direct commit after them: klik.json's .bak refreshed
    _damage(db, "empty")
    _follow(_refusal(db, db))
    back = Store(db)
    assert back.all("teams") == {f"T{n}": {"n": n} for n in range(3)}
    assert back.get("tasks", "1") == {"title": "x"}


def test_a_checkpoint_that_failed_before_keeping_its_commits_loses_nothing(tmp_path, monkeypatch):
    db = tmp_path / "klik.json"
    store = Store(db)
    _done(store, "T1", "433", 1)
    store.backend.checkpoint()
    _done(store, "T1", "433", 2)
    real = kept_log.write

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(kept_log, "write", crash)
    with pytest.raises(OSError):
        store.backend.checkpoint()  # the file is written, the log not kept (nor reset)
    monkeypatch.setattr(kept_log, "write", real)
    path = store.backend._file("progress", "T1:433:1").path
    _damage(path, "truncated")
    _follow(_refusal(db, path))
    back = Store(db)  # the old kept log and the live log, over the .bak
    assert set(back.all("progress")) == {"T1:433:1", "T1:433:2"}
    back.backend.checkpoint()  # the repeated checkpoint keeps them
    _damage(path, "garbage")
    _follow(_refusal(db, path))
    assert set(Store(db).all("progress")) == {"T1:433:1", "T1:433:2"}


def test_a_damaged_kept_log_is_refused_with_one_line_when_it_is_needed(tmp_path):
    db = tmp_path / "klik.json"
    store = Store(db)
    _done(store, "T1", "433", 1)
    store.backend.checkpoint()
    _done(store, "T1", "433", 2)
    store.backend.checkpoint()
    kept = tmp_path / "klik.json.wal.kept"
    kept.write_bytes(kept.read_bytes()[:-20])
    Store(db).check()  # not needed: the bot starts
    path = store.backend._file("progress", "T1:433:1").path
    _damage(path, "empty")
    _follow(_refusal(db, path))
    with pytest.raises(StoreDamaged, match=re.escape(str(kept))) as err:
        Store(db)
    assert "\n" not in str(err.value)


def test_two_processes_checkpointing_in_turn_keep_every_file_recoverable(tmp_path):
    db = tmp_path / "klik.json"
    one, two = Store(db), Store(db)  # two backends: as two processes, nothing shared in memory
    _done(one, "T1", "433", 1)
    one.backend.checkpoint()
    _done(one, "T1", "433", 2)
    one.backend.checkpoint()  # keeps T1's commits
    _done(two, "T2", "433", 1)
    two.backend.checkpoint()  # writes T2 only: must first make T1's .bak a copy of T1's file
    path = one.backend._file("progress", "T1:433:1").path
    _damage(path, "truncated")
    _follow(_refusal(db, path))
    assert set(Store(db).all("progress")) == {"T1:433:1", "T1:433:2", "T2:433:1"}


def test_a_new_audit_log_syncs_its_folder_once(tmp_path, monkeypatch):
    """The audit log's first append creates the file: its name is durable only when the folder
    is synced too; later appends only sync the file."""
    from bot.store import tinydb as backend

    synced: list = []
    monkeypatch.setattr(backend, "_fsync_dir", synced.append)
    log = backend.History(tmp_path / "klik.history.jsonl")
    log.append_many([("tx1", 0, {"action": "done"})])
    log.append_many([("tx2", 0, {"action": "done"})])
    assert synced == [tmp_path]
    assert (tmp_path / "klik.history.jsonl").read_text().count("\n") == 2
