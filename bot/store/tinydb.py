"""The embedded backend: TinyDB-format JSON files, a write-ahead log and an append-only audit log.

Files for KLIK_DB=/data/klik.json:
- klik.json: global tables (teams, event claims); klik.tasks.json: imported tasks;
- klik.workspaces/<team>/<shard>.json: each workspace's progress, signatures, go-live, snoozes
  and reminder claims, spread over SHARDS files by task, so a checkpoint rewrites small files of
  the workspaces written to, whatever the other workspaces hold;
- klik.history.jsonl: the audit log (append-only: a write costs the same however long it grows);
- klik.json.wal: commits not yet written into the data files, and klik.json.wal.copy, its second
  copy (see bot/store/wal.py);
- klik.json.journal: a big commit in progress; klik.json.lock: the lock; *.bak: last good copies.

Each data file is TinyDB's layout (`{table: {doc_id: doc}}`) plus `_meta.tx`, the id of the commit
that wrote it, placed first so a cached copy is re-validated by reading the file's first bytes:
another process's commit is always seen, whatever the filesystem's timestamp resolution.
A commit (under a thread lock and an flock) appends one line with its changes and audit entries to
the write-ahead log and fsyncs it: that is the commit point, and its whole cost, however many tasks
the workspace tracks. Every process reads the log as an overlay on the data files (re-reading only
what was appended). Every CHECKPOINT_COMMITS commits (or CHECKPOINT_BYTES) the committing process
writes the log into the data files (temp file, fsync, rename; the touched files only) and the audit
entries into the history, then starts a new log; a crash in between repeats the checkpoint, which
writes the same documents again and appends only audit entries not yet there. A commit too big for
the log, or one that changes the imported tasks (rare, and big), checkpoints first, then writes the
journal (the commit point), rewrites the touched files, appends the audit entries and empties the
journal; whoever takes the lock next finishes a journal left by a crash. Either way state and
audit are never apart. Transactions of one process are group-committed (see TinyDBBackend.begin):
one log line and one fsync for all that queued up.
TinyDB's own Table is not used for access: it rebuilds a table's whole dict on every update, which
made bulk imports quadratic.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import threading
import time
import uuid
import zlib
from collections.abc import Hashable, Iterator
from pathlib import Path

from bot.store import kept as kept_log
from bot.store.base import (
    DEFAULT_LOCK_TIMEOUT,
    WORKSPACE_TABLES,
    Backend,
    Changes,
    Doc,
    Session,
    StoreError,
    StoreLocked,
    changes_of,
    overlay,
    workspace_of,
)
from bot.store.datafile import (
    DataFile,
    _discard,
    _dumps,
    _fsync_dir,
    _fsync_paths,
    _head_tx,
    _record_line,
    _stage,
)
from bot.store.wal import HEADER_BYTES, Wal, read_record

log = logging.getLogger(__name__)
TASKS_TABLES = frozenset({"tasks"})
_JOURNAL_HEAD = re.compile(rb"[0-9a-f]{8} ")
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")
_SEPARATORS = re.compile(r"[:|]")
SHARDS = 16
CHECKPOINT_COMMITS = 500  # log lines before they are written into the data files (every 0.2% of commits)
CHECKPOINT_BYTES = 2 << 20  # or log bytes (a process starting reads them all: ~5 ms)
WAL_RECORD_BYTES = 256 << 10  # a bigger commit (an import) skips the log: other processes would parse it
FAILED_KEPT = 1000  # failed batches remembered for their threads still waiting to hear (see _flush)
BATCH_WAIT = 0.002  # seconds a batch waits at most for transactions already queued to join it


class History:
    """Append-only audit log, one JSON object per line, fsynced before the commit is acknowledged;
    a torn last line (a crash mid-append) is skipped when read. Each stored line carries its
    commit id (`_tx`, `_n`) so a journal replay never appends an entry twice; reads drop them.
    Reads are incremental: only bytes added since the last read are parsed."""

    def __init__(self, path: Path):
        self.path = path
        self._entries: list[Doc] = []
        self.txs: set[str] = set()  # commit ids of the entries read (to merge with the log's)
        self._offset = 0

    def append(self, tx: str, entries: list[Doc], *, replay: bool = False) -> None:
        """Append a commit's entries; when replaying a journal, only those not already there."""
        self.append_many([(tx, n, e) for n, e in enumerate(entries)], replay=replay)

    def append_many(self, entries: list[tuple[str, int, Doc]], *, replay: bool = False) -> None:
        """Append (commit id, index, entry)s; with `replay`, only those not already at the end."""
        if not entries:
            return
        created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            seen = self._tail_ids(fd, entries[0][0]) if replay else set()
            lines = "".join(_dumps({**e, "_tx": tx, "_n": n}) + "\n"
                            for tx, n, e in entries if (tx, n) not in seen)
            self._heal_torn_tail(fd)
            os.write(fd, lines.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:  # a new file's name is durable only once its folder is synced
            _fsync_dir(self.path.parent)

    @staticmethod
    def _tail_ids(fd: int, first: str) -> set[tuple[str, int]]:
        """Entries already at the end of the log when a journal or checkpoint is repeated. An
        earlier attempt appended a first part of the same entries, so unless the first one's commit
        (`first`) is in the tail, none of them is."""
        size = os.fstat(fd).st_size
        reach = 2 * CHECKPOINT_BYTES + WAL_RECORD_BYTES  # more than one checkpoint's entries
        tail = os.pread(fd, min(size, reach), max(0, size - reach))
        if first.encode() not in tail:
            return set()
        seen = set()
        for raw in tail.splitlines():
            with contextlib.suppress(ValueError, AttributeError):
                entry = json.loads(raw)
                seen.add((entry.get("_tx"), entry.get("_n")))
        return seen

    @staticmethod
    def _heal_torn_tail(fd: int) -> None:
        # A crash mid-append can leave a last line without its newline; end it so the next
        # entry starts on a line of its own and stays readable.
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.write(fd, b"\n")

    def entries(self) -> list[Doc]:
        if not self.path.exists():
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
                entry = json.loads(raw)
                if tx := entry.pop("_tx", None):
                    self.txs.add(tx)
                entry.pop("_n", None)
                self._entries.append(entry)
        return self._entries


def _os_reason(exc: OSError) -> str:
    """Why a path could not be made, in a line: which part, and what is wrong with it."""
    where = exc.filename or "stien"
    if isinstance(exc, FileExistsError | NotADirectoryError):
        return f"{where} er en fil, ikke en mappe"
    if isinstance(exc, PermissionError):
        return f"ingen adgang til at skrive i {where}"
    if isinstance(exc, FileNotFoundError):
        return f"{where} findes ikke og kan ikke oprettes"
    return f"{where}: {exc.strerror or exc}"


def _lock_timeout_from_env() -> float:
    text = os.environ.get("KLIK_LOCK_TIMEOUT", "").strip()
    try:
        value = float(text) if text else DEFAULT_LOCK_TIMEOUT
    except ValueError:
        value = -1.0
    if not 0 < value <= 600:
        raise StoreError(f"KLIK_LOCK_TIMEOUT skal være et antal sekunder mellem 0 og 600, fx 10, "
                         f"ikke «{text}».")
    return value


class _FileSession(Session):
    """Reads see the files plus the changes of this process's transactions waiting to be flushed."""

    def __init__(self, backend: TinyDBBackend):
        self._backend = backend
        self.batch: int | None = None  # the batch this session's commit joined

    def get(self, table: str, key: str) -> Doc | None:
        pending = self._backend._pending
        return pending[(table, key)] if (table, key) in pending else self._backend.get(table, key)

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        return overlay(self._backend.all(table, workspace=workspace),
                       changes_of(self._backend._pending, table, workspace=workspace))

    def commit(self, changes: Changes, audit: list[Doc]) -> None:
        backend = self._backend
        backend._pending.update(changes)
        backend._pending_audit.extend(audit)
        self.batch = backend._batch


class TinyDBBackend(Backend):
    """The files described in the module docstring; safe across threads and processes."""

    def __init__(self, path: str | Path, *, lock_timeout: float | None = None):
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Databasen {self.path} kan ikke oprettes: {_os_reason(exc)}; sæt KLIK_DB "
                             f"til en fil i en mappe, der kan skrives i.") from None
        self.lock_timeout = lock_timeout if lock_timeout is not None else _lock_timeout_from_env()
        self.workspace_dir = self._sibling(".workspaces")
        self.journal = self.path.with_name(self.path.name + ".journal")
        self.wal = Wal(self.path.with_name(self.path.name + ".wal"), fsync_dir=_fsync_dir)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._global = DataFile(self.path)
        self._tasks = DataFile(self._sibling(".tasks.json"), one_per_line=True)
        self._workspaces: dict[Path, DataFile] = {}  # by path: one cache per file, however found
        self._history = History(self._sibling(".history.jsonl"))
        self._thread_lock = threading.Lock()
        # Reads take no lock: a file's cache is replaced whole, never changed in place, so a reader
        # sees one committed version or the next, and never waits for a commit's fsyncs.
        self._history_lock = threading.Lock()
        self._lock_file: int | None = None
        # Group commit (see begin): changes committed but not yet written, and batch bookkeeping.
        self._pending: dict[tuple[str, str], Doc | None] = {}
        self._pending_audit: list[Doc] = []
        self._batch = 0  # the batch commits join now; every lower one is written (or failed)
        self._failed: dict[int, BaseException] = {}
        self._waiting = 0  # threads waiting to start a transaction
        self._flock_held = False
        self._flush_lock = threading.Lock()
        self.kept_path = self.wal.path.with_name(self.wal.path.name + ".kept")
        try:
            self._lock_fd()  # the first file written: a folder that cannot be written is named here
        except OSError as exc:
            raise StoreError(f"Databasen {self.path} kan ikke oprettes: {_os_reason(exc)}; sæt KLIK_DB "
                             f"til en fil i en mappe, der kan skrives i.") from None
        with self._locked():
            self._clean_temp_files()
            self.wal.verify()
            self._recover()
            self._replay_kept()
            self._migrate_workspace_tables()

    def _sibling(self, suffix: str) -> Path:
        return self.path.with_name(self.path.stem + suffix)

    # -- where a document lives --------------------------------------------------------------

    def _file(self, table: str, key: str) -> DataFile:
        if table in TASKS_TABLES:
            return self._tasks
        workspace = workspace_of(table, key)
        if not workspace:
            return self._global
        task = _SEPARATORS.split(key[len(workspace) + 1:], maxsplit=1)[0]  # a task's docs share a file
        return self._cached(self._workspace_dir(workspace) / f"{zlib.crc32(task.encode()) % SHARDS:02d}.json")

    def _workspace_dir(self, workspace: str) -> Path:
        name = workspace if _SAFE_NAME.fullmatch(workspace) else "x-" + workspace.encode().hex()
        return self.workspace_dir / name

    def _cached(self, path: Path) -> DataFile:
        if path not in self._workspaces:
            self._workspaces[path] = DataFile(path)
        return self._workspaces[path]

    def _files_for(self, table: str, workspace: str | None) -> list[DataFile]:
        if table in TASKS_TABLES:
            return [self._tasks]
        if table not in WORKSPACE_TABLES:
            return [self._global]
        folder = self._workspace_dir(workspace) if workspace is not None else self.workspace_dir
        pattern = "*.json" if workspace is not None else "*/*.json"
        found = sorted(folder.glob(pattern)) if folder.exists() else []
        if workspace is not None:
            return [self._cached(p) for p in found]
        # Keys without a workspace prefix stay in the global file.
        return [self._global, *(self._cached(p) for p in found)]

    # -- reads ---------------------------------------------------------------------------------

    # The log is read before the data files: a checkpoint writes the files before it starts a new
    # log, so what the log had is in the files by the time the log no longer has it.

    def get(self, table: str, key: str) -> Doc | None:
        logged, doc = self.wal.lookup(table, key)
        return doc if logged else self._file(table, key).read().get(table, {}).get(key)

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        logged = self.wal.changes_of(table, workspace=workspace)
        docs: dict[str, Doc] = {}
        for data_file in self._files_for(table, workspace):
            docs.update((k, dict(v)) for k, v in data_file.read().get(table, {}).items())
        return overlay(docs, logged)

    def history(self) -> list[Doc]:
        with self._history_lock:
            logged = self.wal.entries()
            entries = list(self._history.entries())
            # A checkpoint between the two reads puts the log's entries in the history too.
            return entries + [e for tx, _, e in logged if tx not in self._history.txs]

    def version(self, table: str) -> Hashable:
        mark = self.wal.mark(table)
        files = self._files_for(table, None)
        return mark, tuple(f.version() for f in files)

    # -- transactions --------------------------------------------------------------------------

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        """A transaction of this process. Commits are group-committed: transactions that queue up
        while a batch is being written run meanwhile (seeing the earlier ones' changes), and the
        next batch writes them all with one journal record and one set of fsyncs. A commit returns
        (or raises) once its batch is on disk. The file lock is held while changes are pending."""
        self._waiting += 1
        try:
            if not self._thread_lock.acquire(timeout=self.lock_timeout):
                raise StoreLocked(f"Databasen {self.path} er optaget af en anden tråd i over "
                                  f"{self.lock_timeout:g} s; prøv igen om lidt.")
        finally:
            self._waiting -= 1
        session = _FileSession(self)
        try:
            if not self._flock_held:
                self._flock(self._lock_fd())
                self._flock_held = True
                self._recover()
            yield session
        finally:
            self._release_flock_if_idle()
            self._thread_lock.release()
        if session.batch is not None:
            self._flush(session.batch)

    def _release_flock_if_idle(self, *, other_threads_waiting: bool = True) -> None:
        """Let other processes in once nothing of ours is pending (and, unless told otherwise, no
        thread of ours is about to add some). Called with the thread lock held."""
        busy = other_threads_waiting and self._waiting
        if self._flock_held and not self._pending and not self._pending_audit and not busy:
            fcntl.flock(self._lock_fd(), fcntl.LOCK_UN)
            self._flock_held = False

    def _flush(self, batch: int) -> None:
        """Write batch `batch` (and whatever joined it), unless another thread already did."""
        with self._flush_lock:
            if batch < self._batch:  # written, or failed, by the thread before us
                if batch in self._failed:
                    raise self._failed[batch]
                return
            deadline = time.monotonic() + BATCH_WAIT
            while self._waiting and time.monotonic() < deadline:  # let queued transactions join
                time.sleep(0.0005)
            with self._thread_lock:
                changes, audit = list(self._pending.items()), self._pending_audit
                self._pending, self._pending_audit = {}, []
                self._batch += 1
                try:
                    self._commit(uuid.uuid4().hex, changes, audit)
                except BaseException as exc:
                    # Recent failures are all kept: a thread of this batch may get the flush lock
                    # only after a later batch failed too, and must not take that as success.
                    self._failed = {b: e for b, e in self._failed.items() if b > batch - FAILED_KEPT}
                    self._failed[batch] = exc
                    raise
                finally:  # nothing is pending now: let other processes in between batches
                    self._release_flock_if_idle(other_threads_waiting=False)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if not self._thread_lock.acquire(timeout=self.lock_timeout):
            raise StoreLocked(f"Databasen {self.path} er optaget af en anden tråd i over "
                              f"{self.lock_timeout:g} s; prøv igen om lidt.")
        try:
            fd = self._lock_fd()
            self._flock(fd)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def _lock_fd(self) -> int:
        """The lock file, open for the life of this backend; it says which process holds the lock."""
        if self._lock_file is None:
            self._lock_file = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        return self._lock_file

    def _flock(self, fd: int) -> None:
        deadline, pause = time.monotonic() + self.lock_timeout, 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 20, 0).decode(errors="replace").strip() or "ukendt"
                    raise StoreLocked(
                        f"Databasen {self.path} er låst af en anden proces (pid {holder}) i over "
                        f"{self.lock_timeout:g} s; stop den (så slipper den låsen), og prøv igen.") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.005)
        os.pwrite(fd, f"{os.getpid():<20}".encode(), 0)  # who holds it (no truncate: that costs a flush)

    def close(self) -> None:
        if self._lock_file is not None:
            os.close(self._lock_file)
            self._lock_file = None

    def _commit(self, tx: str, changes: list[tuple[tuple[str, str], Doc | None]], audit: list[Doc]) -> None:
        """Commit a batch (the lock is held): a line in the log, or, when too big, a direct commit."""
        payload = _dumps({"tx": tx, "changes": [[t, k, d] for (t, k), d in changes], "audit": audit})
        if len(payload) > WAL_RECORD_BYTES or any(t in TASKS_TABLES for (t, _), _ in changes):
            self._checkpoint()
            self._commit_direct(tx, changes, audit, payload)
            return
        self.wal.append(payload.encode("utf-8"))  # committed
        if self.wal.commits >= CHECKPOINT_COMMITS or self.wal.offset >= CHECKPOINT_BYTES:
            try:
                self._checkpoint()
            except Exception as exc:  # the commit stands; the next one tries the checkpoint again
                log.warning("Kunne ikke skrive journalen %s ind i datafilerne: %s", self.wal.path, exc)

    def checkpoint(self) -> None:
        """Write the log into the data files now (tests, backups: then the files alone hold it all)."""
        with self.begin():
            self._checkpoint()

    def _checkpoint(self) -> None:
        """Write the log's commits into the data files and the history, then start a new log (the
        lock is held). Repeating it after a crash writes the same again."""
        self.wal.refresh()
        if not self.wal.commits:
            return
        changes = self.wal.changes()
        if changes:
            tx, installed = uuid.uuid4().hex, []
            records = self._wal_records()
            self._apply(tx, changes, installed=installed)
            self._keep(tx, installed, records)
        self._history.append_many(self.wal.entries(), replay=True)
        self.wal.reset()

    def _wal_records(self) -> bytes:
        """The whole, valid commit lines of the live log (the lock is held: nobody appends)."""
        with open(self.wal.path, "rb") as fh:
            fh.seek(HEADER_BYTES)
            return fh.read(self.wal.offset - HEADER_BYTES)

    def _keep(self, tx: str, installed: list[Path], records: bytes) -> None:
        """Keep the commits just written into the files `installed` (see bot/store/kept.py)."""
        files = [str(p.relative_to(self.path.parent)) for p in installed]
        kept_log.write(self.kept_path, tx=tx, files=files, records=records)

    def _refresh_backups(self, *, exclude: set[Path]) -> None:
        """Make `.bak` a copy of each file the kept log wrote (or, with no kept log yet, of every
        file) except those in `exclude`, which the caller is about to write."""
        kept = kept_log.read_header(self.kept_path)  # read each time: another process may have replaced it
        files = [self.path.parent / f for f in kept.files] if kept else self._all_files()
        made = [p for p in files if p not in exclude and self._data_file(p).refresh_backup()]
        if made:
            _fsync_paths(sorted({p.parent for p in made}))

    def _all_files(self) -> list[Path]:
        found = sorted(self.workspace_dir.glob("*/*.json")) if self.workspace_dir.exists() else []
        return [self.path, self._tasks.path, *found]

    def _data_file(self, path: Path) -> DataFile:
        return {self.path: self._global, self._tasks.path: self._tasks}.get(path) or self._cached(path)

    def _replay_kept(self) -> None:
        """Bring a data file put back from its `.bak` forward with the kept commits (at start, the
        lock held): a file the kept log wrote carries its commit id, unless it was put back."""
        kept = kept_log.read_header(self.kept_path)
        if kept is None:
            return
        stale = {p for p in (self.path.parent / f for f in kept.files)
                 if p.exists() and _head_tx(p) != kept.tx}
        if not stale:
            return
        for path in stale:  # a damaged one is refused as itself (its line names the `cp` to run)
            self._data_file(path).drop_cache()
            self._data_file(path).read()
        changes = [((t, k), d) for commit in kept_log.read_commits(self.kept_path)
                   for t, k, d in commit["changes"] if self._file(t, k).path in stale]
        self._apply(kept.tx, changes, refresh=False)
        log.warning("Skrev %d bevarede ændringer ind i %s igen (lagt tilbage fra .bak).",
                    len(changes), ", ".join(str(p) for p in sorted(stale)))

    def _commit_direct(self, tx: str, changes, audit: list[Doc], payload: str) -> None:
        self._write_journal(payload)
        installed: list[Path] = []
        try:
            self._apply(tx, changes, installed=installed)
            self._history.append(tx, audit)
            self._keep(tx, installed, _record_line(payload.encode("utf-8")))
        except BaseException:
            if not installed:  # nothing changed on disk: forget the commit
                self._clear_journal()
            else:  # finish it later rather than leave state and audit apart
                for data_file in [self._global, self._tasks, *self._workspaces.values()]:
                    data_file.drop_cache()
            raise
        self._clear_journal()

    def _apply(self, tx: str, changes: list[tuple[tuple[str, str], Doc | None]], *,
               installed: list[Path] | None = None, refresh: bool = True) -> bool:
        """Write every file the changes touch: all new versions to temp files, fsynced together, then
        each put in place (`installed` lists those in place, for a caller that must know whether
        anything on disk changed when this fails). True once any file on disk has changed."""
        by_file = self._by_file(changes)
        installed = [] if installed is None else installed
        if refresh:  # the files this does not write: their .bak must need no kept commit (kept.py)
            self._refresh_backups(exclude={f.path for f, _ in by_file.values()})
        staged, created = _stage(tx, by_file)
        for n, (data_file, version) in enumerate(staged):
            try:
                data_file.install(version)
            except BaseException:
                _discard(staged[n + 1:])
                raise
            installed.append(data_file.path)
        folders = {f.path.parent for f, _ in staged}
        if created:  # a new workspace's folder: its own name must be durable too
            folders |= {self.workspace_dir, self.path.parent}
        _fsync_paths(sorted(folders))
        return bool(installed)

    def _by_file(self, changes: list[tuple[tuple[str, str], Doc | None]]) -> dict[int, tuple[DataFile, list]]:
        """The changes grouped by the data file they go to, in the order each file first comes."""
        by_file: dict[int, tuple[DataFile, list]] = {}
        for (table, key), doc in changes:
            data_file = self._file(table, key)
            by_file.setdefault(id(data_file), (data_file, []))[1].append((table, key, doc))
        return by_file

    def _write_journal(self, payload: str) -> None:
        # One line "<crc32> <json>\n" written over the previous one in place (no truncation, which
        # costs a journal commit of the filesystem): a torn or finished record fails the checksum.
        data = payload.encode("utf-8")
        created = not self.journal.exists()
        fd = os.open(self.journal, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            os.pwrite(fd, b"%08x %s\n" % (zlib.crc32(data), data), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            _fsync_dir(self.journal.parent)

    def _clear_journal(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            fd = os.open(self.journal, os.O_WRONLY)
            try:
                os.pwrite(fd, b"-", 0)  # breaks the checksum: nothing left to finish
            finally:
                os.close(fd)

    def _read_journal(self) -> dict | None:
        """The commit left in the journal, or None when finished (its first byte overwritten: the
        file keeps the last big commit's bytes, an import's many megabytes, so only those are read
        first) or torn while being written (that commit never happened)."""
        try:
            with open(self.journal, "rb") as fh:
                if not _JOURNAL_HEAD.match(fh.read(9)):
                    return None
                fh.seek(0)
                raw = fh.read()
        except FileNotFoundError:
            return None
        return read_record(raw.split(b"\n", 1)[0])

    def _recover(self) -> None:
        """Finish a commit that a crashed process left in the journal (the lock is held)."""
        journal = self._read_journal()
        if journal is None:
            return
        changes = [((t, k), d) for t, k, d in journal["changes"]]
        installed: list[Path] = []
        self._apply(journal["tx"], changes, installed=installed)
        self._history.append(journal["tx"], journal["audit"], replay=True)
        self._keep(journal["tx"], installed, _record_line(_dumps(journal).encode("utf-8")))
        self._clear_journal()

    # -- housekeeping --------------------------------------------------------------------------

    def _clean_temp_files(self) -> None:
        """Temp files of writers killed mid-write (only lock holders write them)."""
        folders = [self.path.parent, *(self.workspace_dir.iterdir() if self.workspace_dir.exists() else [])]
        for directory in folders:
            if directory.is_dir():
                for leftover in directory.glob(".*.tmp*"):
                    with contextlib.suppress(FileNotFoundError):
                        leftover.unlink()

    def _migrate_workspace_tables(self) -> None:
        """Move workspace tables out of a klik.json written before files per workspace: each
        workspace file first, then klik.json without them (a crash between repeats it)."""
        self._recover()
        tables = self._global.read()
        changes = [((t, k), d) for t, docs in tables.items() if t in WORKSPACE_TABLES
                   for k, d in docs.items() if workspace_of(t, k)]
        if not changes:
            return
        tx, installed = uuid.uuid4().hex, []
        self._apply(tx, changes, installed=installed)
        record = {"tx": tx, "changes": [[t, k, d] for (t, k), d in changes], "audit": []}
        self._keep(tx, installed, _record_line(_dumps(record).encode("utf-8")))
        moved = {(t, k) for (t, k), _ in changes}
        kept = {t: {k: d for k, d in docs.items() if (t, k) not in moved} for t, docs in tables.items()}
        self._global.write(kept)
        _fsync_dir(self.path.parent)

    def check(self) -> None:
        self.wal.refresh()
        for data_file in [self._global, self._tasks, *self._files_for("progress", None)]:
            data_file.read()
        if not os.access(self.path.parent, os.W_OK):
            raise StoreError(f"Mappen {self.path.parent} kan ikke skrives.")
