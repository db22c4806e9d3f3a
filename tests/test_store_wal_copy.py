"""The write-ahead log's second copy (bot/store/wal.py): after any single damaged store file, every
acknowledged commit comes back, either at once or after the one `cp` the refusal line names."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from pgtest import pg_param

from bot.store import Store, StoreDamaged
from bot.store import wal as wal_module

COMMITS = 6


def _done(store: Store, n: int) -> None:
    with store.transaction() as tx:
        tx.put("progress", f"T1:{n}", {"n": n})
        tx.log({"team": "T1", "task": str(n), "action": "done"})


def _store_with_commits(db: Path) -> Store:
    """Three commits written into the data files by a checkpoint, three more only in the log."""
    store = Store(db)
    for n in range(COMMITS):
        _done(store, n)
        if n == COMMITS // 2 - 1:
            store.backend.checkpoint()
    assert store.backend.wal.commits == COMMITS // 2
    return store


def _has_every_commit(db: Path) -> None:
    store = Store(db)
    assert store.all("progress") == {f"T1:{n}": {"n": n} for n in range(COMMITS)}
    assert sorted(int(e["task"]) for e in store.history()) == list(range(COMMITS))  # state and audit agree


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "missing":
        path.unlink()
        return
    path.write_bytes({"empty": b"", "truncated": data[: len(data) // 2], "garbage": b"\x00\xde garbage"}[how])


def _open_or_refusal(db: Path) -> str | None:
    """None when the store opens and reads; else its one-line refusal."""
    try:
        store = Store(db)
        store.check()
        store.all("progress")
        store.history()
    except StoreDamaged as err:
        return str(err)
    return None


def _follow_cp(line: str) -> None:
    command = re.search(r"`(cp [^`]+)`", line)
    assert command, f"no cp to recover with in: {line}"
    subprocess.run(shlex.split(command[1]), check=True)


@pytest.mark.parametrize("how", ["empty", "truncated", "garbage", "missing"])
@pytest.mark.parametrize("name", ["klik.json.wal", "klik.json.wal.copy", "klik.json.wal.size"])
def test_any_one_damaged_log_file_loses_no_acknowledged_commit(tmp_path, name, how):
    db = tmp_path / "klik.json"
    _store_with_commits(db)
    damaged = tmp_path / name
    _damage(damaged, how)
    line = _open_or_refusal(db)
    if line is not None:  # refused: one line naming the file, whose cp brings everything back
        assert name == "klik.json.wal", f"a sound log refused for a damaged {name}: {line}"
        assert "\n" not in line and str(damaged) in line
        _follow_cp(line)
        assert _open_or_refusal(db) is None
    _has_every_commit(db)
    assert (tmp_path / "klik.json.wal.copy").read_bytes() == (tmp_path / "klik.json.wal").read_bytes()


def test_a_commit_after_the_copy_was_damaged_under_a_running_store_rewrites_it_first(tmp_path):
    db = tmp_path / "klik.json"
    store = _store_with_commits(db)
    copy = tmp_path / "klik.json.wal.copy"
    copy.write_bytes(copy.read_bytes()[:50])
    _done(store, COMMITS)
    assert copy.read_bytes() == (tmp_path / "klik.json.wal").read_bytes()
    (tmp_path / "klik.json.wal").write_bytes(b"")  # now the log: the copy has every commit
    _follow_cp(_open_or_refusal(db))
    assert len(Store(db).all("progress")) == COMMITS + 1


def test_a_crash_between_the_log_and_its_copy_keeps_the_commit_and_mends_the_copy(tmp_path, monkeypatch):
    """A crash after the log's line and before the copy's leaves the copy a line behind, which is no
    damage: the commit was never acknowledged, and the log has it whole."""
    db = tmp_path / "klik.json"
    store = _store_with_commits(db)
    writes: list[int] = []
    real_pwrite = os.pwrite

    def crash_on_the_copy(fd, data, offset):
        if data.endswith(b"}\n"):  # a commit's line, not the lock's pid
            writes.append(fd)
        if len(writes) == 2:
            raise SystemExit("killed")  # as kill -9 would leave it: no clean-up runs
        return real_pwrite(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", crash_on_the_copy)
    monkeypatch.setattr(os, "ftruncate", lambda fd, size: None)
    with pytest.raises(SystemExit), store.transaction() as tx:
        tx.put("progress", "T1:99", {"n": 99})
    monkeypatch.undo()
    wal, copy = tmp_path / "klik.json.wal", tmp_path / "klik.json.wal.copy"
    assert len(wal.read_bytes()) > len(copy.read_bytes())
    assert Store(db).get("progress", "T1:99") == {"n": 99}
    assert copy.read_bytes() == wal.read_bytes()


def test_a_crash_that_left_the_copy_a_line_ahead_drops_that_unacknowledged_line(tmp_path):
    """The two fsyncs run at once, so a crash can also leave the copy with a line the log never got
    (the log's own was lost or torn): that commit was not acknowledged, the log still holds every
    recorded byte, so the store starts on the log and makes the copy its copy again."""
    import zlib

    db = tmp_path / "klik.json"
    _store_with_commits(db)
    line = b'{"tx":"ab","changes":[["progress","T1:77",{"n":77}]],"audit":[]}'
    with open(tmp_path / "klik.json.wal.copy", "ab") as fh:
        fh.write(b"%08x %s\n" % (zlib.crc32(line), line))
    _has_every_commit(db)  # not refused, and the unacknowledged commit is not there
    assert (tmp_path / "klik.json.wal.copy").read_bytes() == (tmp_path / "klik.json.wal").read_bytes()


def test_a_crash_while_a_checkpoint_starts_the_new_log_mends_the_copy(tmp_path, monkeypatch):
    """The new log is in place, its copy still the old one (whose commits the checkpoint wrote into
    the data files): the next start rewrites the copy, and nothing is refused or lost."""
    db = tmp_path / "klik.json"
    store = _store_with_commits(db)
    monkeypatch.setattr(wal_module.Wal, "_rewrite_copy", lambda self, data: (_ for _ in ()).throw(
        SystemExit("killed")))
    with pytest.raises(SystemExit):
        store.backend.checkpoint()
    monkeypatch.undo()
    wal, copy = tmp_path / "klik.json.wal", tmp_path / "klik.json.wal.copy"
    assert wal.read_bytes()[:40] != copy.read_bytes()[:40]  # two generations
    _has_every_commit(db)
    assert copy.read_bytes() == wal.read_bytes()


def test_when_the_log_and_its_copy_are_both_damaged_the_line_says_so(tmp_path):
    db = tmp_path / "klik.json"
    _store_with_commits(db)
    for name in ("klik.json.wal", "klik.json.wal.copy"):
        _damage(tmp_path / name, "truncated")
    line = _open_or_refusal(db)
    assert line is not None and "`cp" not in line and "kan heller ikke bruges" in line


def test_a_store_from_before_the_copy_gets_one_at_its_first_start(tmp_path):
    db = tmp_path / "klik.json"
    _store_with_commits(db)
    (tmp_path / "klik.json.wal.copy").unlink()
    _has_every_commit(db)
    assert (tmp_path / "klik.json.wal.copy").read_bytes() == (tmp_path / "klik.json.wal").read_bytes()


@pytest.mark.parametrize("backend", ["tinydb", pg_param()])
def test_every_acknowledged_commit_and_its_audit_entry_is_there_after_a_reopen(tmp_path, request, backend):
    """The interface's promise the copy keeps on disk, for each backend that outlives its process."""
    where = str(tmp_path / "klik.json") if backend == "tinydb" else request.getfixturevalue("pg_url")
    store = Store(where)
    before = len(store.history())
    for n in range(COMMITS):
        _done(store, 1000 + n)
    again = Store(where)
    assert all(again.get("progress", f"T1:{1000 + n}") == {"n": 1000 + n} for n in range(COMMITS))
    assert len(again.history()) == before + COMMITS
