"""A read of the write-ahead log outside a transaction (a request's lookup, the knowledge cache's
version check) looks at the file without the log's lock. When another thread commits between that
look and the moment the reader takes the lock, the look is older than the reader's view: it must not
move the view back. It did (`size < offset` was taken for a failed line cut off): the next commit then
started at the stale offset, cut the last acknowledged commit off the log and wrote over it. Seen once
as 1 of 306 acknowledged `/klik done` lost under 100 clients and a kill -9 (tests/blackbox/test_bb_load.py).

The interleaving is forced here: the reader is held right after it looked at the file, a commit is
acknowledged, and the reader goes on while the next commit is between its own look and its append."""

from __future__ import annotations

import os
import threading

from threads import running

from bot.store import Store


def _mark(store: Store, team: str, step: int) -> None:
    """`/klik done 433 <step>` as the product does it: read the progress, add the step, write it back."""
    with store.transaction() as tx:
        doc = tx.get("progress", f"{team}:433") or {"team": team, "task": "433", "steps": []}
        doc["steps"] = sorted({*doc["steps"], step})
        tx.put("progress", f"{team}:433", doc)
        tx.log({"team": team, "task": "433", "action": "done", "details": {"steps": [step]}})


class _StaleReader:
    """A thread reading the store outside a transaction, held after its first look at the log's size
    (`os.fstat`) until `release()`, and again before it compares the log with its size record, until
    the writer's commit is done (so the writer's append runs against whatever the reader did)."""

    def __init__(self, store: Store, monkeypatch):
        self.store, self.ident = store, None
        self.looked, self.go, self.took, self.done = (threading.Event() for _ in range(4))
        real_fstat, wal = os.fstat, store.backend.wal
        real_check = wal._check_committed

        def fstat(fd):
            result = real_fstat(fd)
            if threading.get_ident() == self.ident and not self.looked.is_set():
                self.looked.set()
                self.go.wait(10)
            return result

        def check():
            if threading.get_ident() == self.ident:
                self.took.set()
                self.done.wait(10)
            return real_check()

        monkeypatch.setattr(os, "fstat", fstat)
        monkeypatch.setattr(wal, "_check_committed", check)

    def __call__(self) -> None:
        self.ident = threading.get_ident()
        try:
            self.store.get("progress", "T9:433")
        finally:
            self.took.set()

    def hold_next_writer(self, monkeypatch) -> None:
        """The next commit's append lets the reader go after its own look at the log, and goes on
        once the reader has taken the lock (or finished)."""
        wal = self.store.backend.wal
        real_refresh = wal.refresh

        def refresh(*, check: bool = False) -> None:
            real_refresh(check=check)
            if check and not self.go.is_set():
                self.go.set()
                self.took.wait(10)

        monkeypatch.setattr(wal, "refresh", refresh)


def _reopened(db) -> Store:
    """The store as a new process sees it after a kill -9 (everything acknowledged is on disk)."""
    return Store(db)


def test_a_stale_look_at_the_log_does_not_make_the_next_commit_overwrite_the_last(tmp_path, monkeypatch):
    db = tmp_path / "klik.json"
    store = Store(db)
    _mark(store, "T1", 1)
    reader = _StaleReader(store, monkeypatch)
    with running([reader], timeout=30):
        assert reader.looked.wait(10)  # it saw the log with step 1 only
        _mark(store, "T1", 2)  # acknowledged
        reader.hold_next_writer(monkeypatch)
        _mark(store, "T2", 1)  # another workspace's commit, while the reader goes on
        reader.done.set()
    store.close()
    again = _reopened(db)
    assert again.get("progress", "T1:433")["steps"] == [1, 2]
    assert again.get("progress", "T2:433")["steps"] == [1]
    assert [e["details"]["steps"] for e in again.history()] == [[1], [2], [1]]


def test_a_look_at_the_log_before_a_checkpoint_does_not_bring_the_old_log_back(tmp_path, monkeypatch):
    db = tmp_path / "klik.json"
    store = Store(db)
    for step in range(1, 6):
        _mark(store, "T0", step)
    reader = _StaleReader(store, monkeypatch)
    with running([reader], timeout=30):
        assert reader.looked.wait(10)  # it opened the log before the checkpoint replaced it
        store.backend.checkpoint()
        _mark(store, "T1", 1)  # acknowledged, in the new log
        reader.hold_next_writer(monkeypatch)
        _mark(store, "T2", 1)
        reader.done.set()
    store.close()
    again = _reopened(db)
    assert again.get("progress", "T0:433")["steps"] == [1, 2, 3, 4, 5]
    assert again.get("progress", "T1:433")["steps"] == [1]
    assert again.get("progress", "T2:433")["steps"] == [1]
    assert len(again.history()) == 7


def test_a_reader_that_found_no_log_does_not_forget_the_first_commit(tmp_path, monkeypatch):
    db = tmp_path / "klik.json"
    store = Store(db)
    reader = _StaleReader(store, monkeypatch)
    real_open, wal = os.open, store.backend.wal

    def open_(path, *args, **kwargs):  # held after it found no log (its look), as fstat holds it above
        try:
            return real_open(path, *args, **kwargs)
        except FileNotFoundError:
            mine = threading.get_ident() == reader.ident and str(path) == str(wal.path)
            if mine and not reader.looked.is_set():
                reader.looked.set()
                reader.go.wait(10)
            raise

    monkeypatch.setattr(os, "open", open_)
    with running([reader], timeout=30):
        assert reader.looked.wait(10)
        _mark(store, "T1", 1)  # the first commit: it creates the log
        reader.hold_next_writer(monkeypatch)
        _mark(store, "T2", 1)
        reader.done.set()
    store.close()
    again = _reopened(db)
    assert again.get("progress", "T1:433")["steps"] == [1]
    assert again.get("progress", "T2:433")["steps"] == [1]
