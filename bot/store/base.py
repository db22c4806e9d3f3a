"""The store's interface: backends (one per module) behind `Store`, and the transaction callers use.

Contract every backend keeps (tests/test_store.py runs the same tests against each):

- **Keyed documents.** Data is `table -> key -> JSON object`. Keys are strings. Tables in
  `WORKSPACE_TABLES` hold one workspace's data under keys that start with the Slack team id and
  `:` or `|` (`T123:433`); `workspace_of()` tells the workspace, so a backend may keep each
  workspace apart (the TinyDB backend writes one file per workspace, so a write's cost does not
  grow with other workspaces' data). Other tables (`teams`, `events`, `tasks`) are global.
- **Transactions.** `Backend.begin()` opens a `Session` that is exclusive across threads and
  processes until it ends (file lock, advisory lock, ...). Reads inside a session see the latest
  state committed by *any* process (a backend must re-validate its cache when the session
  starts; trusting file timestamps is not enough). `Session.commit(changes, audit)` applies all
  document changes and appends all audit entries as one unit: after a crash either both are
  there or neither, or the backend finishes the commit on its next start. Leaving a session
  without commit changes nothing.
- **Reads outside a transaction** (`Backend.get/all`) see some fully committed state, never a
  half-applied one; they may be a moment behind a concurrent commit.
- **Damage is loud.** A backend never treats unreadable data as empty: it raises `StoreDamaged`
  with one line naming what is damaged and how to recover. A lock it cannot get within
  `lock_timeout` seconds raises `StoreLocked`.
- **Audit** entries are plain JSON objects, read back oldest first by `Backend.history()`.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from abc import ABC, abstractmethod
from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import Any

from knowledge.errors import KlikError

Doc = dict[str, Any]
Changes = Mapping[tuple[str, str], Doc | None]  # (table, key) -> new document, or None to delete

TASK_TABLES = frozenset({"tasks"})
WORKSPACE_TABLES = frozenset({"progress", "signatures", "golive", "snoozes", "reminders_sent"})
DEFAULT_LOCK_TIMEOUT = 10.0


class StoreError(KlikError):
    """The store cannot do what was asked; the message is one line for the person running the bot
    (the CLI prints it as `Fejl: …`)."""


class StoreDamaged(StoreError):
    """Stored data cannot be read (empty, truncated or not JSON)."""


class StoreLocked(StoreError):
    """Another process holds the store's lock for longer than the lock timeout."""


def workspace_of(table: str, key: str) -> str | None:
    """The workspace (Slack team id) a document belongs to, or None for global tables."""
    if table not in WORKSPACE_TABLES:
        return None
    cut = min((i for i in (key.find(":"), key.find("|")) if i > 0), default=-1)
    return key[:cut] if cut > 0 else None


def changes_of(changes: Mapping[tuple[str, str], Doc | None], table: str, *,
               workspace: str | None) -> Iterator[tuple[str, Doc | None]]:
    """The keys and documents of `changes` in `table` (of one workspace's keys when given), in order."""
    return ((key, doc) for (t, key), doc in changes.items()
            if t == table and (workspace is None or workspace_of(t, key) == workspace))


def overlay(docs: dict[str, Doc], changes: Iterable[tuple[str, Doc | None]]) -> dict[str, Doc]:
    """`docs` with `changes` laid over them, in order: None deletes a key, a document replaces it (a copy)."""
    for key, doc in changes:
        if doc is None:
            docs.pop(key, None)
        else:
            docs[key] = dict(doc)
    return docs


class Session(ABC):
    """One backend transaction: exclusive, reads see every committed change."""

    @abstractmethod
    def get(self, table: str, key: str) -> Doc | None: ...

    @abstractmethod
    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]: ...

    @abstractmethod
    def commit(self, changes: Changes, audit: list[Doc]) -> None:
        """Apply `changes` and append `audit` atomically (both or neither)."""


class Backend(ABC):
    """Where the data lives. `path` is the on-disk location, or None when not a file."""

    path = None

    @abstractmethod
    def begin(self) -> contextlib.AbstractContextManager[Session]:
        """An exclusive session; leaving it without `commit` changes nothing."""

    @abstractmethod
    def get(self, table: str, key: str) -> Doc | None: ...

    @abstractmethod
    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]: ...

    @abstractmethod
    def history(self) -> list[Doc]:
        """Every audit entry, oldest first."""

    @abstractmethod
    def version(self, table: str) -> Hashable:
        """A token that changes whenever `table` may have changed, in any process."""

    def check(self) -> None:
        """Raise StoreError unless the data can be read (for health checks)."""
        self.all("teams")

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing open
        """Release files or connections."""


class Tx:
    """What a transaction can do: keyed documents per table, and audit entries. Changes are kept
    here until the transaction ends, then committed together with the audit entries."""

    def __init__(self, session: Session):
        self._session = session
        self._changes: dict[tuple[str, str], Doc | None] = {}
        self._history: list[Doc] = []

    def get(self, table: str, key: str) -> Doc | None:
        if (table, key) in self._changes:
            doc = self._changes[(table, key)]
        else:
            doc = self._session.get(table, key)
        return copy.deepcopy(doc) if doc is not None else None

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        return overlay(self._session.all(table, workspace=workspace),
                       changes_of(self._changes, table, workspace=workspace))

    def put(self, table: str, key: str, doc: Doc) -> None:
        self._changes[(table, key)] = copy.deepcopy(doc)

    def put_owned(self, table: str, key: str, doc: Doc) -> None:
        """Like put, for a document the caller made for this and never touches again (no copy: an
        import of 10,000 tasks spent seconds copying them)."""
        self._changes[(table, key)] = doc

    def has(self, table: str, key: str) -> bool:
        """Whether `key` is there (as `get(...) is not None`, without copying the document)."""
        if (table, key) in self._changes:
            return self._changes[(table, key)] is not None
        return self._session.get(table, key) is not None

    def delete(self, table: str, key: str) -> bool:
        if self.get(table, key) is None:
            return False
        self._changes[(table, key)] = None
        return True

    def claim(self, table: str, key: str, doc: Doc) -> bool:
        """Insert `doc` unless `key` exists; True when this caller got it (dedupe of retries)."""
        if self.get(table, key) is not None:
            return False
        self.put(table, key, doc)
        return True

    def log(self, entry: Doc) -> None:
        """Record an audit entry; written when the transaction commits, with its changes."""
        self._history.append(dict(entry))


class Store:
    """The bot's persistent state: `Store(path)` on disk (TinyDB files), `Store(None)` in memory,
    or `Store(backend)` for any `Backend`."""

    def __init__(self, location: Any = None, *, lock_timeout: float | None = None):
        if isinstance(location, Backend):
            self.backend = location
        elif location is None:
            from bot.store.memory import MemoryBackend
            self.backend = MemoryBackend()
        elif isinstance(location, str) and location.startswith(("postgresql://", "postgres://")):
            from bot.store.postgres import PostgresBackend
            self.backend = PostgresBackend(location, lock_timeout=lock_timeout)
        else:
            from bot.store.tinydb import TinyDBBackend
            self.backend = TinyDBBackend(location, lock_timeout=lock_timeout)
        self.path = self.backend.path
        self._local = threading.local()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        """All-or-nothing change with its audit entries, exclusive across threads and processes.
        Transactions do not nest (an inner one would wait for the outer's lock)."""
        if getattr(self._local, "active", False):
            raise RuntimeError("store transactions do not nest")
        self._local.active = True
        try:
            with self.backend.begin() as session:
                tx = Tx(session)
                yield tx
                if tx._changes or tx._history:
                    session.commit(tx._changes, tx._history)
        finally:
            self._local.active = False

    def get(self, table: str, key: str) -> Doc | None:
        doc = self.backend.get(table, key)
        return copy.deepcopy(doc) if doc is not None else None

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        """Every document of `table` (of one workspace when given: cheaper for workspace tables)."""
        return self.backend.all(table, workspace=workspace)

    def version(self, table: str) -> Hashable:
        """Changes whenever the data holding `table` changes, here or in another process
        (for rebuilding caches such as the knowledge base)."""
        return self.backend.version(table)

    def check(self) -> None:
        """Raise StoreError unless the store can be read."""
        self.backend.check()

    def close(self) -> None:
        """Release the backend's files or connections."""
        self.backend.close()

    def history(self, *, team: str | None = None, task: str | None = None,
                limit: int | None = None) -> list[Doc]:
        """Audit entries, oldest first, optionally for one workspace and/or task."""
        if hasattr(self.backend, "history_for"):  # a database filters and limits itself
            return self.backend.history_for(team=team, task=task, limit=limit)
        entries = [e for e in self.backend.history()
                   if (team is None or e.get("team") == team) and (task is None or e.get("task") == task)]
        return entries[-limit:] if limit else entries
