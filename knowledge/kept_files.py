"""Files kept like a `.pyc` (the parsed seeds, the /klik help, a running bot's built knowledge): keyed
by what they were made from, written atomically, older versions dropped."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path


def source_stamp(sources: Iterable[Path], *extra: object, root: Path) -> str:
    """A key for what was made from `sources` (each file by its path under `root`, size and
    modification time), with Python's version and `extra` (a format number, a library's version, a
    data version). Paths count from `root`, so two copies of the same code share their files."""
    stamp: list = [*extra, sys.version_info[:2]]
    for path in sources:
        st = path.stat()
        stamp.append((path.relative_to(root).as_posix(), st.st_size, st.st_mtime_ns))
    return hashlib.sha256(repr(stamp).encode()).hexdigest()


def write_replacing(path: Path, data: bytes, *, older: str) -> None:
    """Write `path` atomically (another process may read it meanwhile), then remove the older
    versions beside it (names matching the glob `older`). Raises OSError where it cannot write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.writing")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    for old in path.parent.glob(older):
        if old != path:
            old.unlink(missing_ok=True)
