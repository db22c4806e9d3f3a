"""Signatures of the Slack requests already handled, kept in a small append-only file beside KLIK_DB,
so a captured request replayed within Slack's 5-minute window is refused after a restart of
`klik serve` and by another process on the same database, not only by the process that saw it."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from pathlib import Path

COMPACT_BYTES = 256 << 10  # ~3,000 signatures; then only those inside the window are kept


class FileReplayLog:
    """`claim(signature)` is True the first time any process on this file sees `signature` within
    `keep` seconds. Lines are `<unix time> <signature>`, appended under an exclusive lock; each
    process reads only what was added since its last look. Not fsynced: a restart of the process
    keeps what was written (the page cache outlives it); only a crash of the machine could lose the
    last few, and a replay needs the bot up again within the 5 minutes."""

    def __init__(self, path: Path, *, keep: float):
        self.path, self.keep = Path(path), keep
        self._seen: dict[str, float] = {}
        self._inode: int | None = None
        self._offset = 0
        # Signatures kept by the last pruning and bytes by the last compaction: the next one waits
        # for twice as many, so a window busy with requests is not filtered and rewritten on each.
        self._kept, self._kept_bytes = 0, 0
        self._lock = threading.Lock()

    def claim(self, signature: str) -> bool:
        """Raw file descriptors: a claim is a handful of system calls (each one lets other threads
        take the GIL, which under load is what a request waits for), not a buffered file's twenty."""
        now = time.time()
        with self._lock, self._locked() as (fd, size):
            self._catch_up(fd, size)
            at = self._seen.get(signature)
            if at is not None and at >= now - self.keep:
                return False
            line = f"{now:.3f} {signature}\n".encode()
            os.write(fd, line)  # O_APPEND: at the end, after a torn line a crash may have left
            self._offset = size + len(line)
            self._seen[signature] = now
            if self._offset > max(COMPACT_BYTES, 2 * self._kept_bytes):
                self._compact(now)
            return True

    @contextlib.contextmanager
    def _locked(self):
        """The current file, opened and exclusively locked (reopened if a compaction replaced it
        while this process waited for the lock), and its size."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                stat = os.fstat(fd)
                if stat.st_ino == os.stat(self.path).st_ino:
                    break
            except FileNotFoundError:
                pass
            os.close(fd)
        try:
            if stat.st_ino != self._inode:  # a new file (first look, or compacted): read it whole
                self._inode, self._offset = stat.st_ino, 0
            yield fd, stat.st_size
        finally:
            os.close(fd)  # closing releases the lock

    def _catch_up(self, fd: int, size: int) -> None:
        data = os.pread(fd, size - self._offset, self._offset) if size > self._offset else b""
        whole = data[: data.rfind(b"\n") + 1]  # a torn last line is read once it is complete
        self._offset += len(whole)
        cutoff = time.time() - self.keep
        for line in whole.splitlines():
            at, _, signature = line.decode("ascii", "replace").partition(" ")
            with contextlib.suppress(ValueError):
                if float(at) >= cutoff:
                    self._seen[signature] = float(at)
        if len(self._seen) > max(1000, 2 * self._kept):
            self._seen = {s: t for s, t in self._seen.items() if t >= cutoff}
            self._kept = len(self._seen)

    def _compact(self, now: float) -> None:
        """Rewrite the file with only the signatures inside the window (called under the lock)."""
        cutoff = now - self.keep
        self._seen = {s: t for s, t in self._seen.items() if t >= cutoff}
        self._kept = len(self._seen)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_bytes("".join(f"{t:.3f} {s}\n" for s, t in self._seen.items()).encode())
        os.replace(tmp, self.path)
        stat = os.stat(self.path)
        self._inode, self._offset = stat.st_ino, stat.st_size
        self._kept_bytes = stat.st_size
