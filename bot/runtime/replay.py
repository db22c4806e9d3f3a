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
        self._lock = threading.Lock()

    def claim(self, signature: str) -> bool:
        now = time.time()
        with self._lock, self._locked() as fh:
            self._catch_up(fh)
            at = self._seen.get(signature)
            if at is not None and at >= now - self.keep:
                return False
            fh.seek(0, os.SEEK_END)
            fh.write(f"{now:.3f} {signature}\n".encode())
            fh.flush()
            self._offset = fh.tell()
            self._seen[signature] = now
            if self._offset > COMPACT_BYTES:
                self._compact(now)
            return True

    @contextlib.contextmanager
    def _locked(self):
        """The current file, opened and exclusively locked (reopened if a compaction replaced it
        while this process waited for the lock)."""
        while True:
            fh = open(self.path, "a+b")  # noqa: SIM115 - closed below or by the with
            try:
                fcntl.flock(fh, fcntl.LOCK_EX)
                if os.fstat(fh.fileno()).st_ino == os.stat(self.path).st_ino:
                    break
            except FileNotFoundError:
                pass
            fh.close()
        try:
            yield fh
        finally:
            fh.close()  # closing releases the lock

    def _catch_up(self, fh) -> None:
        inode = os.fstat(fh.fileno()).st_ino
        if inode != self._inode:  # a new file (first look, or compacted): read it whole
            self._inode, self._offset = inode, 0
        fh.seek(self._offset)
        data = fh.read()
        whole = data[: data.rfind(b"\n") + 1]  # a torn last line is read once it is complete
        self._offset += len(whole)
        cutoff = time.time() - self.keep
        for line in whole.splitlines():
            at, _, signature = line.decode("ascii", "replace").partition(" ")
            with contextlib.suppress(ValueError):
                if float(at) >= cutoff:
                    self._seen[signature] = float(at)
        if len(self._seen) > 1000:
            self._seen = {s: t for s, t in self._seen.items() if t >= cutoff}

    def _compact(self, now: float) -> None:
        """Rewrite the file with only the signatures inside the window (called under the lock)."""
        cutoff = now - self.keep
        self._seen = {s: t for s, t in self._seen.items() if t >= cutoff}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.write_bytes("".join(f"{t:.3f} {s}\n" for s, t in self._seen.items()).encode())
        os.replace(tmp, self.path)
        self._inode = os.stat(self.path).st_ino
        self._offset = os.stat(self.path).st_size
