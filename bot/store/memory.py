"""In-memory backend: the reference implementation of the store's contract (tests, `klik` demos)."""

from __future__ import annotations

import contextlib
import copy
import threading
from collections.abc import Hashable, Iterator

from bot.store.base import Backend, Changes, Doc, Session, workspace_of


class _MemorySession(Session):
    def __init__(self, backend: MemoryBackend):
        self._backend = backend

    def get(self, table: str, key: str) -> Doc | None:
        return self._backend._tables.get(table, {}).get(key)

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        return self._backend.all(table, workspace=workspace)

    def commit(self, changes: Changes, audit: list[Doc]) -> None:
        backend = self._backend
        for (table, key), doc in changes.items():
            docs = backend._tables.setdefault(table, {})
            if doc is None:
                docs.pop(key, None)
            else:
                docs[key] = copy.deepcopy(doc)
        backend._history.extend(copy.deepcopy(audit))
        backend._generation += 1


class MemoryBackend(Backend):
    """Tables and history in dicts, one lock for transactions; nothing survives the process."""

    def __init__(self):
        self._tables: dict[str, dict[str, Doc]] = {}
        self._history: list[Doc] = []
        self._generation = 0
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with self._lock:
            yield _MemorySession(self)

    def get(self, table: str, key: str) -> Doc | None:
        with self._lock:
            return self._tables.get(table, {}).get(key)

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        with self._lock:
            return {k: dict(v) for k, v in self._tables.get(table, {}).items()
                    if workspace is None or workspace_of(table, k) == workspace}

    def history(self) -> list[Doc]:
        with self._lock:
            return list(self._history)

    def version(self, table: str) -> Hashable:
        return self._generation
