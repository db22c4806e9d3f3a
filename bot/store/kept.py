"""The TinyDB backend's kept log (`klik.json.wal.kept`): the commits of the last checkpoint (or big
direct commit), kept after they were written into the data files, so a damaged data file can be
rebuilt from its last good copy without losing an acknowledged commit.

The rule it keeps: for every data file X, X.bak with the kept log's commits replayed on it (and the
live log read over it, as always) is X's acknowledged state. A checkpoint or direct commit that
writes X leaves X.bak as X's version just before (so the kept log, which it then writes, brings it
forward); a file it does not write gets X.bak refreshed to a copy of X first (so there is nothing to
bring forward); a file's first version gets an empty X.bak (`{"_meta":{"tx":"000…"}}`).

After `cp X.bak X` the file's commit id (`_meta.tx`) is no longer the kept log's, which every file
it wrote carries: the next start replays the kept log's commits of that file, under the same id.

Layout: a first line `KLIKKEPT1 {"tx": <commit id>, "files": [paths relative to KLIK_DB's folder]}`,
then the commits, one `<crc32> <json>` line each (the write-ahead log's records).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.store.base import StoreDamaged
from bot.store.wal import read_record

MAGIC = b"KLIKKEPT1 "
EMPTY_TX = "0" * 32


@dataclass(frozen=True)
class Kept:
    tx: str
    files: tuple[str, ...]


def _damaged(path: Path, why: str) -> StoreDamaged:
    return StoreDamaged(f"Kopien af de seneste ændringer {path} kan ikke læses ({why}); er ingen "
                        f"datafil lagt tilbage fra sin .bak, så flyt den væk, og start igen.")


def read_header(path: Path) -> Kept | None:
    """The kept log's commit id and files, or None when there is none."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline(1 << 24)
    except FileNotFoundError:
        return None
    if not first.startswith(MAGIC) or not first.endswith(b"\n"):
        raise _damaged(path, "ikke en kopi af journalen")
    try:
        head = json.loads(first[len(MAGIC):])
        return Kept(str(head["tx"]), tuple(str(f) for f in head["files"]))
    except (ValueError, KeyError, TypeError):
        raise _damaged(path, "ødelagt første linje") from None


def read_commits(path: Path) -> list[dict]:
    """The kept commits, in order (a record that fails its checksum is damage: nothing is skipped)."""
    lines = path.read_bytes().split(b"\n")[1:]
    if lines and lines[-1] == b"":
        lines.pop()
    commits = []
    for n, line in enumerate(lines):
        record = read_record(line)
        if record is None:
            raise _damaged(path, f"ødelagt linje {n + 2}")
        commits.append(record)
    return commits


def write(path: Path, *, tx: str, files: list[str], records: bytes) -> None:
    """Replace the kept log (temp file, fsync, rename); `records` are whole `<crc32> <json>\\n` lines."""
    head = MAGIC + json.dumps({"tx": tx, "files": sorted(files)}, ensure_ascii=False).encode() + b"\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(head)
            fh.write(records)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
