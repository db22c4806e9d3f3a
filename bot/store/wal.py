"""The TinyDB backend's write-ahead log: each commit is one checksummed line appended and fsynced
(the commit point: one fsync, whatever the size of the data files), read by every process as an
overlay on the data files until a checkpoint writes it into them and starts a new log.

Layout: a first line `KLIKWAL1 <generation>`, then one line per commit, `<crc32> <json>` with json
`{"tx", "changes": [[table, key, doc or null], ...], "audit": [...]}`. The file only grows within a
generation; a checkpoint replaces it whole (temp file, rename) with a new generation, so a reader
that sees another generation starts over, and one that sees the same one reads only the new bytes.
A last line without its newline or checksum is a commit that never finished (a crash mid-append):
readers stop before it and the next writer cuts it off. A bad line with lines after it is damage.

A log cut short (a disk or a person truncated it) looks like such a crash, so after each fsynced
commit the writer also records `<generation> <bytes committed>` in `klik.json.wal.size` (no fsync:
whatever of it reaches the disk was written after the commit it counts was durable). A log of that
generation holding fewer whole bytes than recorded lost acknowledged commits: it is damage, never a
silent restart without them.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

from bot.store.base import Doc, StoreDamaged, workspace_of

MAGIC = b"KLIKWAL1 "
HEADER_BYTES = len(MAGIC) + 33  # magic, 32 hex digits, newline


_fdatasync = getattr(os, "fdatasync", os.fsync)  # the file's size and data: what a reader needs


class Wal:
    """One process's view of the log: the latest document per (table, key) of the commits in it, and
    their audit entries. Thread-safe; every method re-reads what other processes appended."""

    def __init__(self, path: Path, *, fsync_dir: Callable[[Path], None]):
        self.path = path
        self.size_path = path.with_name(path.name + ".size")
        self._fsync_dir = fsync_dir
        self._lock = threading.RLock()
        self._checked = False  # whether the size record was compared with the log yet
        self._forget(None, 0)

    def _forget(self, generation: str | None, offset: int) -> None:
        self.generation = generation
        self.offset = offset  # bytes of whole, valid lines read so far
        self.tables: dict[str, dict[str, Doc | None]] = {}  # table -> key -> doc (None: deleted)
        self._spaces: dict[tuple[str, str | None], dict[str, Doc | None]] = {}  # the same by workspace
        self.audit: list[tuple[str, int, Doc]] = []  # (commit id, index in commit, entry)
        self.marks: dict[str, str] = {}  # table -> id of the last commit in the log that touched it
        self.commits = 0

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self, *, check: bool = False) -> None:
        """Take in what was appended (or a new generation) since the last look. The file is looked
        at without the lock (threads reading at once must not queue behind each other's system
        calls); the lock is taken only to take in new lines. The size record is compared at the
        first look, whenever the log changed, and always with `check` (a writer, before it writes)."""
        if self._read() or check or not self._checked:
            self._check_committed()

    def _check_committed(self) -> None:
        """Refuse a log that holds fewer bytes than its writers recorded as committed."""
        recorded = self._recorded()
        if recorded is not None:
            generation, committed = recorded
            if generation == self.generation and committed > self.offset:
                # A commit recorded after our look at the log was whole in it before it was
                # recorded: look once more before calling the log short.
                self._read()
                if generation == self.generation and committed > self.offset:
                    raise self._damaged(f"afkortet: {self.offset} af {committed} bekræftede bytes")
            if self.generation is None and self.path.exists():
                raise self._damaged("tom, men den havde bekræftede ændringer")  # moved away: no claim
        self._checked = True

    def _recorded(self) -> tuple[str, int] | None:
        """(generation, bytes committed) from the size record, or None when there is none."""
        try:
            generation, size = self.size_path.read_bytes().split()
            return generation.decode("ascii"), int(size)
        except (OSError, ValueError, UnicodeDecodeError):
            return None

    def _read(self, *, locked: bool = False) -> bool:
        """Take in the log's new lines; False when nothing changed since the last look. The look is
        taken without the lock, so by the time this thread has the lock another one may have taken
        in newer lines (or a new generation): a look that would move the view back is taken again
        under the lock (`locked`), since one from before made the next commit start at its offset
        and cut the last acknowledged commit off (tests/test_store_wal_race.py)."""
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            if self.generation is None:
                return False
            with self._lock:
                if not locked:
                    return self._read(locked=True)
                self._forget(None, 0)
            return True
        try:
            size = os.fstat(fd).st_size
            generation = self._generation(os.pread(fd, HEADER_BYTES, 0)) if size else None
            if generation == self.generation and size == self.offset:
                return False  # nothing new (the usual case)
            with self._lock:
                if generation != self.generation or size < self.offset:  # new, or a failed line cut off
                    if not locked:
                        return self._read(locked=True)
                    self._forget(generation, HEADER_BYTES if generation else 0)
                if size > self.offset:
                    self._take(os.pread(fd, size - self.offset, self.offset))
            return True
        finally:
            os.close(fd)

    def _generation(self, header: bytes) -> str:
        if not header.startswith(MAGIC) or len(header) < HEADER_BYTES or header[-1:] != b"\n":
            raise self._damaged("ikke en journal")
        return header[len(MAGIC):-1].decode("ascii", errors="replace")

    def _damaged(self, why: str) -> StoreDamaged:
        return StoreDamaged(f"Journalen {self.path} kan ikke læses ({why}); stop botten, flyt filen væk "
                            f"(så mistes de seneste ændringer, der ikke er skrevet ind i datafilerne), "
                            f"og start igen.")

    def _take(self, chunk: bytes) -> None:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            record = read_record(chunk[start:end])
            if record is None:
                if chunk.find(b"\n", end + 1) >= 0 or end + 1 < len(chunk):
                    raise self._damaged(f"ødelagt linje ved byte {self.offset}")
                return  # a torn last line: a commit that never finished
            self._apply(record)
            self.offset += end + 1 - start
            start = end + 1

    def _apply(self, record: dict) -> None:
        tx = record["tx"]
        for table, key, doc in record["changes"]:
            self.tables.setdefault(table, {})[key] = doc
            self._spaces.setdefault((table, workspace_of(table, key)), {})[key] = doc
            self.marks[table] = tx
        self.audit.extend((tx, n, entry) for n, entry in enumerate(record["audit"]))
        self.commits += 1

    def lookup(self, table: str, key: str) -> tuple[bool, Doc | None]:
        """(True, doc or None if deleted) when the log has the latest version of the document."""
        self.refresh()
        with self._lock:
            docs = self.tables.get(table)
            if docs is not None and key in docs:
                return True, docs[key]
            return False, None

    def changes_of(self, table: str, *, workspace: str | None = None) -> list[tuple[str, Doc | None]]:
        """The log's documents of `table` (of one workspace's keys when given)."""
        self.refresh()
        with self._lock:
            docs = self._spaces.get((table, workspace), {}) if workspace else self.tables.get(table, {})
            return list(docs.items())

    def changes(self) -> list[tuple[tuple[str, str], Doc | None]]:
        self.refresh()
        with self._lock:
            return [((t, k), d) for t, docs in self.tables.items() for k, d in docs.items()]

    def mark(self, table: str) -> str | None:
        self.refresh()
        with self._lock:
            return self.marks.get(table)

    def entries(self) -> list[tuple[str, int, Doc]]:
        self.refresh()
        with self._lock:
            return list(self.audit)

    # -- writing (the caller holds the store's lock) ------------------------------------------------

    def append(self, data: bytes) -> None:
        """Commit `data` (the JSON of one commit): one line appended and fsynced (the caller holds
        the store's lock). Readers are not held up meanwhile: they may see the line before it is on
        disk, as they may see any commit a moment before its caller hears it is done. On failure
        the line is cut off again."""
        self.refresh(check=True)  # an emptied or cut log is refused here, not started over
        if not self.path.exists() or self.path.stat().st_size == 0:
            self.reset()
        start = self.offset
        line = b"%08x %s\n" % (zlib.crc32(data), data)
        fd = os.open(self.path, os.O_WRONLY)
        try:
            if os.fstat(fd).st_size > start:
                os.ftruncate(fd, start)  # a torn line left by a crashed writer
            try:
                os.pwrite(fd, line, start)
                _fdatasync(fd)
            except BaseException:
                os.ftruncate(fd, start)
                raise
        finally:
            os.close(fd)
        with self._lock:
            if self.offset == start:  # else a reader already took it in
                self._take(line)
        self._record(start + len(line))

    def _record(self, committed: int) -> None:
        """Record how many bytes of this generation are committed (see the module's docstring)."""
        record = b"%s %020d\n" % (self.generation.encode("ascii"), committed)
        fd = os.open(self.size_path, os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            os.pwrite(fd, record, 0)  # fixed width: one write, never a shorter number over a longer
        finally:
            os.close(fd)

    def reset(self) -> None:
        """A new, empty generation (after a checkpoint wrote the commits into the data files)."""
        generation = uuid.uuid4().hex
        tmp = self.path.with_name(f".{self.path.name}.{generation}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                os.write(fd, MAGIC + generation.encode() + b"\n")
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self._fsync_dir(self.path.parent)
        with self._lock:
            self._forget(generation, HEADER_BYTES)


def read_record(line: bytes) -> dict | None:
    crc, _, data = line.partition(b" ")
    if len(crc) != 8 or crc != b"%08x" % zlib.crc32(data):
        return None
    try:
        return json.loads(data)
    except ValueError:
        return None
