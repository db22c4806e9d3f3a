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

A second copy of the log, `klik.json.wal.copy`, gets every line too: the log holds commits that are
in no data file yet, so without a copy a damaged log could only be moved away, losing up to a
checkpoint's worth of acknowledged commits. With it, a damaged or cut log is refused with one line
whose `cp klik.json.wal.copy klik.json.wal` brings every acknowledged commit back. A commit is
acknowledged (and its size recorded) only once both lines are fsynced; the two fdatasyncs run at
once (a helper thread), which the filesystem mostly commits together, so the copy costs little
more than one (README, *Benchmarks: serving and scale*). A crash may leave either file a line
ahead of the other: that commit was never acknowledged. So the log is the truth whenever it holds
what the size record says was committed, and a copy that differs from it in any way (missing,
damaged, another generation, a line more or less) is rewritten from the log by the next writer or
start. Only writers touch the copy: readers read the log alone; a group commit pays for one line.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import threading
import uuid
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.store.base import Doc, StoreDamaged, workspace_of

log = logging.getLogger(__name__)
MAGIC = b"KLIKWAL1 "
HEADER_BYTES = len(MAGIC) + 33  # magic, 32 hex digits, newline


_fdatasync = getattr(os, "fdatasync", os.fsync)  # the file's size and data: what a reader needs


class Wal:
    """One process's view of the log: the latest document per (table, key) of the commits in it, and
    their audit entries. Thread-safe; every method re-reads what other processes appended."""

    def __init__(self, path: Path, *, fsync_dir: Callable[[Path], None]):
        self.path = path
        self.size_path = path.with_name(path.name + ".size")
        self.copy_path = path.with_name(path.name + ".copy")
        self._fsync_dir = fsync_dir
        self._lock = threading.RLock()
        self._checked = False  # whether the size record was compared with the log yet
        self._syncer: tuple[int, ThreadPoolExecutor] | None = None  # (pid, thread fsyncing the copy)
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
                raise self._damaged("tom, men den havde bekræftede ændringer")
            moved = self.generation is None and committed > HEADER_BYTES
            if moved and self._copy_holds(generation, committed):
                raise self._damaged("den mangler, men kopien har bekræftede ændringer")
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
        recorded = self._recorded()
        if self._copy_holds(*(recorded or (None, 0))):
            how = (f"kopien {self.copy_path} har alle bekræftede ændringer: stop botten og kør "
                   f"`cp {shlex.quote(str(self.copy_path))} {shlex.quote(str(self.path))}`, og start igen")
        else:
            how = (f"kopien {self.copy_path} kan heller ikke bruges: stop botten, flyt begge filer væk (så "
                   f"mistes de seneste ændringer, der ikke er skrevet ind i datafilerne), og start igen")
        return StoreDamaged(f"Journalen {self.path} kan ikke læses ({why}); {how}.")

    def _copy_holds(self, generation: str | None, committed: int) -> bool:
        """Whether the copy is a whole log holding every commit recorded (of `generation`, when
        there is a record)."""
        found = valid_log(self.copy_path)
        if found is None:
            return False
        copy_generation, valid = found
        return generation is None or (copy_generation == generation and valid >= committed)

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
        fd = os.open(self.path, os.O_RDWR)
        try:
            if os.fstat(fd).st_size > start:
                os.ftruncate(fd, start)  # a torn line left by a crashed writer
            copy = self._open_copy(fd, start)
            try:
                os.pwrite(fd, line, start)
                os.pwrite(copy, line, start)
                copied = self._copy_syncer().submit(_fdatasync, copy)  # both at once: one disk commit
                try:
                    _fdatasync(fd)
                finally:
                    copied.result()
            except BaseException:
                os.ftruncate(fd, start)
                os.ftruncate(copy, start)
                raise
            finally:
                os.close(copy)
        finally:
            os.close(fd)
        with self._lock:
            if self.offset == start:  # else a reader already took it in
                self._take(line)
        self._record(start + len(line))

    def _copy_syncer(self) -> ThreadPoolExecutor:
        """The thread that fsyncs the copy while the caller fsyncs the log (made again in a forked
        child, which has none of its parent's threads)."""
        if self._syncer is None or self._syncer[0] != os.getpid():
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klik-wal-copy")
            self._syncer = (os.getpid(), pool)
        return self._syncer[1]

    def _open_copy(self, fd: int, start: int) -> int:
        """The copy, open for writing, holding exactly the log's first `start` bytes; rewritten from
        the log when it does not (missing, damaged, another generation, a crash's line left over or
        missing). Only its size and first line are compared per commit; `verify` compares it all."""
        try:
            copy = os.open(self.copy_path, os.O_RDWR)
        except FileNotFoundError:
            copy = None
        if copy is not None:
            if (os.fstat(copy).st_size == start
                    and _pread_all(copy, HEADER_BYTES, 0) == _pread_all(fd, HEADER_BYTES, 0)):
                return copy
            os.close(copy)
        log.warning("Kopien af journalen %s svarer ikke til den; skrives igen ud fra journalen.",
                    self.copy_path)
        self._rewrite_copy(_pread_all(fd, start, 0))
        return os.open(self.copy_path, os.O_RDWR)

    def _rewrite_copy(self, data: bytes) -> None:
        """Make the copy `data` (the log's whole lines): temp file, fsync, rename."""
        _replace(self.copy_path, data, tag=uuid.uuid4().hex)
        self._fsync_dir(self.copy_path.parent)

    def verify(self) -> None:
        """At start (the store's lock held): refuse a damaged or cut log (naming the copy's `cp` when
        the copy has every commit), and rewrite a copy that is not byte for byte the log's."""
        self.refresh(check=True)
        if self.generation is None:
            return
        with open(self.path, "rb") as fh:
            data = fh.read(self.offset)
        try:
            same = self.copy_path.read_bytes() == data
        except FileNotFoundError:
            same = False
        if not same:
            log.warning("Kopien af journalen %s svarer ikke til den; skrives igen ud fra journalen.",
                        self.copy_path)
            self._rewrite_copy(data)

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
        header = MAGIC + generation.encode() + b"\n"
        _replace(self.path, header, tag=generation)  # its folder is fsynced with the copy's, below
        # The log first: a crash before the copy follows leaves a copy of the older generation, whose
        # commits the checkpoint already wrote into the data files; the next writer rewrites it.
        self._rewrite_copy(header)
        with self._lock:
            self._forget(generation, HEADER_BYTES)
        self._record(HEADER_BYTES)


def _replace(path: Path, data: bytes, *, tag: str) -> None:
    """Replace `path` by `data` at once: a temp file beside it, written, fsynced, renamed over it
    (removed again if anything fails, so no temp file is left behind)."""
    tmp = path.with_name(f".{path.name}.{tag}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _pread_all(fd: int, size: int, offset: int) -> bytes:
    chunks, done = [], 0
    while done < size and (chunk := os.pread(fd, size - done, offset + done)):
        chunks.append(chunk)
        done += len(chunk)
    return b"".join(chunks)


def valid_log(path: Path) -> tuple[str, int] | None:
    """(generation, bytes of whole valid lines) of a log file, or None when it is missing or damaged
    (no header, or a bad line with more after it; a torn last line is a crash's, not damage)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(MAGIC) or len(data) < HEADER_BYTES or data[HEADER_BYTES - 1:HEADER_BYTES] != b"\n":
        return None
    generation, offset = data[len(MAGIC):HEADER_BYTES - 1].decode("ascii", "replace"), HEADER_BYTES
    while (end := data.find(b"\n", offset)) >= 0:
        if read_record(data[offset:end]) is None:
            return None if end + 1 < len(data) else (generation, offset)  # a torn last line is a crash's
        offset = end + 1
    return generation, offset


def read_record(line: bytes) -> dict | None:
    crc, _, data = line.partition(b" ")
    if len(crc) != 8 or crc != b"%08x" % zlib.crc32(data):
        return None
    try:
        return json.loads(data)
    except ValueError:
        return None
