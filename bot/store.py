"""The store: keyed documents in TinyDB plus an append-only audit log, safe across threads and processes.

Why this shape:
- TinyDB rewrites its whole file on every write, so the audit history (which only grows) lives in
  an append-only JSON-lines file instead; a write then costs the same whatever the history's size.
- Knowledge imports (large, rare) live in their own TinyDB file so progress writes stay small.
- Every write happens inside `transaction()`: a thread lock (bolt runs listeners in threads) plus
  an flock on a lock file (two processes, e.g. `klik serve` and a cron `klik remind`), then one
  atomic write per changed file (temp file, fsync, rename, fsync of the directory). A crash at any
  moment leaves either the old or the new file, never half of one.

Files for KLIK_DB=/data/klik.json: klik.json (state), klik.tasks.json (imported tasks),
klik.history.jsonl (audit log), klik.json.lock.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

TASK_TABLES = frozenset({"tasks"})


class KeyedTable(Table):
    """A TinyDB table whose document ids are our own string keys (O(1) get by key)."""

    document_id_class = str


class _KeyedTinyDB(TinyDB):
    table_class = KeyedTable


class CachedAtomicStorage(Storage):
    """TinyDB storage that keeps the file in memory, re-reads it only when another process changed
    it, and defers writes to the end of a transaction, where they are written atomically."""

    def __init__(self, path: Path | None):
        self.path = path
        self._data: dict[str, Any] | None = None if path else {}
        self._signature: tuple[int, int, int] | None = None
        self.dirty = False
        self.generation = 0  # bumped on every commit by this process

    def read(self) -> dict[str, Any]:
        if self.path is None or self.dirty:  # uncommitted changes of this transaction win
            return self._data
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self._data, self._signature = {}, None
            return self._data
        signature = (st.st_ino, st.st_mtime_ns, st.st_size)
        if self._data is None or signature != self._signature:
            text = self.path.read_text(encoding="utf-8")
            self._data = json.loads(text) if text.strip() else {}
            self._signature = signature
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        self._data = data
        self.dirty = True

    def commit(self) -> None:
        if not self.dirty:
            return
        self.dirty = False
        self.generation += 1
        if self.path is None:
            return
        payload = json.dumps(self._data, ensure_ascii=False, separators=(",", ":"))
        _atomic_write(self.path, payload)
        st = self.path.stat()
        self._signature = (st.st_ino, st.st_mtime_ns, st.st_size)

    def begin(self) -> None:
        # In memory there is no file to fall back to, so keep a copy to roll back to.
        self._snapshot = copy.deepcopy(self._data) if self.path is None else None

    def discard(self) -> None:
        """Forget uncommitted changes: the next read comes from disk (or the snapshot) again."""
        self.dirty = False
        if self.path is None:
            self._data = self._snapshot
        else:
            self._data, self._signature = None, None


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class History:
    """Append-only audit log. On disk: one JSON object per line, fsynced before the change is
    acknowledged; a torn last line (a crash mid-append) is skipped when read. Reads are
    incremental: only bytes added since the last read are parsed."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: list[dict[str, Any]] = []
        self._offset = 0

    def append(self, entry: dict[str, Any]) -> None:
        if self.path is None:
            self._entries.append(entry)
            return
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            self._heal_torn_tail(fd)
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def _heal_torn_tail(self, fd: int) -> None:
        # A crash mid-append can leave a last line without its newline; end it so the next
        # entry starts on a line of its own and stays readable.
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.write(fd, b"\n")

    def entries(self) -> list[dict[str, Any]]:
        if self.path is None or not self.path.exists():
            return self._entries
        with open(self.path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size < self._offset:  # replaced by a smaller file
                self._entries, self._offset = [], 0
            fh.seek(self._offset)
            chunk = fh.read()
        complete = chunk[: chunk.rfind(b"\n") + 1]
        self._offset += len(complete)
        for raw in complete.splitlines():
            with contextlib.suppress(ValueError):
                self._entries.append(json.loads(raw))
        return self._entries


class Tx:
    """What a transaction can do: keyed documents per table, and audit entries."""

    def __init__(self, store: Store):
        self._store = store
        self._history: list[dict[str, Any]] = []

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        return self._store._get(table, key)

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        return self._store._all(table)

    def put(self, table: str, key: str, doc: dict[str, Any]) -> None:
        t = self._store._table(table)
        t.remove(doc_ids=[key]) if t.contains(doc_id=key) else None
        t.insert(Document(doc, doc_id=key))

    def delete(self, table: str, key: str) -> bool:
        t = self._store._table(table)
        if not t.contains(doc_id=key):
            return False
        t.remove(doc_ids=[key])
        return True

    def claim(self, table: str, key: str, doc: dict[str, Any]) -> bool:
        """Insert `doc` unless `key` exists; True when this caller got it (dedupe of retries)."""
        if self.get(table, key) is not None:
            return False
        self.put(table, key, doc)
        return True

    def log(self, entry: dict[str, Any]) -> None:
        """Record an audit entry; written when the transaction commits."""
        self._history.append(entry)


class Store:
    """The bot's persistent state. `Store(path)` keeps it on disk, `Store(None)` in memory."""

    def __init__(self, path: str | Path | None):
        self.path = Path(path).expanduser() if path is not None else None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._state = CachedAtomicStorage(self.path)
        self._tasks = CachedAtomicStorage(self._sibling(".tasks.json"))
        self._history = History(self._sibling(".history.jsonl"))

    def _sibling(self, suffix: str) -> Path | None:
        return self.path.with_name(self.path.stem + suffix) if self.path is not None else None

    def _db(self, table: str) -> TinyDB:
        storage = self._tasks if table in TASK_TABLES else self._state
        # A fresh TinyDB per use: TinyDB tables cache ids and queries, which another
        # process's writes would make stale.
        return _KeyedTinyDB(storage=lambda: storage)

    def _table(self, table: str) -> KeyedTable:
        return self._db(table).table(table, cache_size=0)

    def _get(self, table: str, key: str) -> dict[str, Any] | None:
        doc = self._table(table).get(doc_id=key)
        return dict(doc) if doc is not None else None

    def _all(self, table: str) -> dict[str, dict[str, Any]]:
        raw = self._table(table)._read_table()
        return {k: dict(v) for k, v in raw.items()}

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        """All-or-nothing change, exclusive across threads and processes."""
        with self._lock, self._file_lock():
            self._state.begin()
            self._tasks.begin()
            tx = Tx(self)
            try:
                yield tx
            except BaseException:
                self._state.discard()
                self._tasks.discard()
                raise
            try:
                self._tasks.commit()
                self._state.commit()
                for entry in tx._history:
                    self._history.append(entry)
            except BaseException:
                self._state.discard()
                self._tasks.discard()
                raise

    @contextlib.contextmanager
    def _file_lock(self) -> Iterator[None]:
        if self.path is None:
            yield
            return
        with open(self.path.with_name(self.path.name + ".lock"), "a+") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._get(table, key)

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        with self._lock:
            return self._all(table)

    def version(self, table: str) -> tuple[Any, int]:
        """Changes whenever the data holding `table` changes, here or in another process
        (for rebuilding caches such as the knowledge base)."""
        with self._lock:
            storage = self._tasks if table in TASK_TABLES else self._state
            storage.read()
            return storage._signature, storage.generation

    def history(self, *, team: str | None = None, task: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
        """Audit entries, oldest first, optionally for one workspace and/or task."""
        with self._lock:
            entries = [e for e in self._history.entries()
                       if (team is None or e.get("team") == team)
                       and (task is None or e.get("task") == task)]
        return entries[-limit:] if limit else entries
