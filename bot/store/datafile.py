"""The data files of the embedded backend on disk: one JSON file each (its commit id first), written
through fsynced temp files, with its last good copy kept as `.bak` (see bot/store/tinydb.py)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import tempfile
import uuid
import zlib
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from bot.store import kept as kept_log
from bot.store.base import Doc, StoreDamaged

_HEAD = re.compile(rb'^\{"_meta":\{"tx":"([0-9a-f]{32})"')


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class DataFile(Storage):
    """One JSON data file as a TinyDB Storage, cached in memory and re-read only when its commit
    id (`_meta.tx`, the file's first bytes) or its size changed (a file cut short keeps its first
    bytes: it must be read, and refused, not served from memory)."""

    def __init__(self, path: Path, *, one_per_line: bool = False):
        self.path = path
        self.one_per_line = one_per_line
        # (commit id, tables, size of the file they came from)
        self._cache: tuple[str | None, dict[str, dict[str, Doc]], int] | None = None

    @property
    def tx(self) -> str | None:
        return self._cache[0] if self._cache else None

    def version(self) -> str | None:
        self.read()
        return self.tx

    def read(self) -> dict[str, dict[str, Doc]]:
        cache = self._cache  # one read of the attribute: other threads may swap it meanwhile
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            self._cache = (None, {}, 0)
            return self._cache[1]
        try:
            head = _HEAD.match(os.pread(fd, 64, 0))
            if (head and cache is not None and head.group(1).decode() == cache[0]
                    and os.fstat(fd).st_size == cache[2]):
                return cache[1]
            with os.fdopen(os.dup(fd), "rb") as fh:
                raw = fh.read()
        finally:
            os.close(fd)
        tables = self._parse(raw)
        self._cache = (head.group(1).decode() if head else None, tables, len(raw))
        return tables

    def _parse(self, raw: bytes) -> dict[str, dict[str, Doc]]:
        if not raw.strip():
            raise damaged(self.path, "filen er tom")
        try:
            data = _loads_by_line(raw) if len(raw) > LINE_PARSE_BYTES else json.loads(raw)
        except ValueError as exc:
            raise damaged(self.path, f"ikke gyldig JSON: {exc}") from None
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise damaged(self.path, "ikke en tabel-fil")
        data.pop("_meta", None)
        return data

    def write(self, data: dict[str, dict[str, Doc]], tx: str | None = None) -> None:
        staged = self.stage(data, tx)
        try:
            _fsync_paths([p for p in (staged[0], staged[3]) if p])
        except BaseException:
            _unlink_temp(staged[0])
            if staged[3]:
                _unlink_temp(staged[3])
            raise
        self.install(staged)

    def stage(self, data: dict[str, dict[str, Doc]], tx: str | None = None) -> tuple:
        """The new version in a temp file beside this one (not yet fsynced or in place); for a file's
        first version also an empty one, its `.bak` (see bot/store/kept.py)."""
        tx = tx or uuid.uuid4().hex
        tables = {name: docs for name, docs in data.items() if docs}
        text = _dumps_by_line(tx, tables) if self.one_per_line else _dumps({"_meta": {"tx": tx}, **tables})
        empty = _dumps({"_meta": {"tx": kept_log.EMPTY_TX}})
        first = None if self.path.exists() else _write_temp(self.path, empty)
        return _write_temp(self.path, text), tx, tables, first

    def install(self, staged: tuple) -> None:
        """Put a staged (and fsynced) version in place; the old one stays as `<name>.bak`."""
        tmp, tx, tables, first = staged
        size = os.stat(tmp).st_size
        if first is not None:
            os.replace(first, self.bak)
        _replace_keeping_backup(tmp, self.path, keep=self.path.exists())
        self._cache = (tx, tables, size)

    @property
    def bak(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def refresh_backup(self) -> bool:
        """Make `.bak` a copy of this (readable) file unless it already is one; True if it was made."""
        if not self.path.exists() or _head_tx(self.path) == _head_tx(self.bak) is not None:
            return False
        self.read()  # never copy a damaged file over the last good copy
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            shutil.copyfile(self.path, tmp)
            _fsync_path(tmp)
            os.replace(tmp, self.bak)
        except BaseException:
            _unlink_temp(tmp)
            raise
        return True

    def drop_cache(self) -> None:
        self._cache = None


LINE_PARSE_BYTES = 4 << 20


def _dumps_by_line(tx: str, tables: dict[str, dict[str, Doc]]) -> str:
    """The same JSON, one document per line: a big file (imported tasks) can then be parsed a line
    at a time, so a background reload never holds the GIL for seconds (one json.loads of 60 MB
    does, and every request waits for it)."""
    parts = ['{"_meta":' + _dumps({"tx": tx})]
    for name, docs in tables.items():
        lines = ",\n".join(f"{_dumps(key)}:{_dumps(doc)}" for key, doc in docs.items())
        parts.append(f"{_dumps(name)}:{{\n{lines}\n}}")
    return ",\n".join(parts) + "}\n"


def _loads_by_line(raw: bytes, *, chunk: int = 200) -> dict:
    """Parse what _dumps_by_line wrote, `chunk` documents per json.loads (so other threads run in
    between); anything else as one JSON text."""
    lines = raw.split(b"\n")
    if not lines[0].startswith(b'{"_meta":') or len(lines) < 3:
        return json.loads(raw)
    data: dict = {"_meta": json.loads(lines[0].rstrip(b",")[len(b'{"_meta":'):])}
    table: dict | None = None
    pending: list[bytes] = []
    for line in [*lines[1:], b""]:
        line = line.rstrip(b",")
        is_doc = table is not None and line not in (b"}", b"}}", b"")
        if is_doc:
            pending.append(line)
        if pending and (not is_doc or len(pending) >= chunk):
            table.update(json.loads(b"{" + b",".join(pending) + b"}"))
            pending = []
        if is_doc:
            continue
        if line in (b"}", b"}}", b""):
            table = None
        elif line.endswith(b":{"):
            table = data.setdefault(json.loads(line[:-2]), {})
        else:
            return json.loads(raw)  # not our layout after all
    return data


def _head_tx(path: Path) -> str | None:
    """A data file's commit id from its first bytes (None: missing, or not our layout)."""
    try:
        with open(path, "rb") as fh:
            head = _HEAD.match(fh.read(64))
    except FileNotFoundError:
        return None
    return head.group(1).decode() if head else None


def damaged(path: Path, why: str) -> StoreDamaged:
    bak = path.with_name(path.name + ".bak")
    if bak.exists():
        how = (f"den sidste gode kopi er {bak}: stop botten og kør "
               f"`cp {shlex.quote(str(bak))} {shlex.quote(str(path))}`, og start igen")
    else:
        how = "der er ingen sikkerhedskopi; flyt filen væk for at starte uden dens data"
    return StoreDamaged(f"Databasefilen {path} kan ikke læses ({why}); {how}.")


def _write_temp(path: Path, text: str) -> str:
    """`text` in a new temp file beside `path` (a crash leaves it behind; start-up removes it)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    except BaseException:
        _unlink_temp(tmp)
        raise
    return tmp


def _unlink_temp(tmp: str) -> None:
    for leftover in (tmp, f"{tmp}.bak"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(leftover)



def _stage(tx: str, by_file: dict[int, tuple[DataFile, list]]) -> tuple[list[tuple[DataFile, tuple]], bool]:
    """Each file's new version written to temp files, fsynced together (removed again when this fails);
    and whether a folder had to be made for one."""
    staged: list[tuple[DataFile, tuple]] = []
    created = False
    try:
        for data_file, file_changes in by_file.values():
            tables = dict(data_file.read())
            for table, key, doc in file_changes:
                docs = tables[table] = dict(tables.get(table, {}))
                if doc is None:
                    docs.pop(key, None)
                else:
                    docs[key] = doc
            if not data_file.path.parent.exists():
                data_file.path.parent.mkdir(parents=True, exist_ok=True)
                created = True
            staged.append((data_file, data_file.stage(tables, tx)))
        _fsync_paths([p for _, version in staged for p in (version[0], version[3]) if p])
    except BaseException:
        _discard(staged)
        raise
    return staged, created


def _discard(staged: list[tuple[DataFile, tuple]]) -> None:
    """Remove the temp files of staged versions not put in place."""
    for _, version in staged:
        _unlink_temp(version[0])
        if version[3]:
            _unlink_temp(version[3])

def _fsync_paths(paths: list[str | Path]) -> None:
    """fsync files or folders; several at once from threads, which the filesystem then commits
    together (16 files: ~5 ms instead of ~26 ms one after another on the development machine)."""
    if len(paths) <= 1:
        for path in paths:
            _fsync_path(path)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(16, len(paths))) as pool:
        list(pool.map(_fsync_path, paths))


def _fsync_path(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_keeping_backup(tmp: str, path: Path, *, keep: bool) -> None:
    """Put the (fsynced) temp file `tmp` in place of `path` so a crash leaves the old or the new
    file; with `keep`, the old file stays beside it as `<name>.bak` (the last good copy)."""
    try:
        if keep:
            bak_tmp = f"{tmp}.bak"
            with contextlib.suppress(FileNotFoundError):
                os.link(path, bak_tmp)
                os.replace(bak_tmp, path.with_name(path.name + ".bak"))
                # When .bak already is this very file (a writer killed right after linking it), rename
                # does nothing and leaves the second name behind.
                os.unlink(bak_tmp)
        os.replace(tmp, path)
    except BaseException:
        _unlink_temp(tmp)
        raise


def _record_line(data: bytes) -> bytes:
    return b"%08x %s\n" % (zlib.crc32(data), data)


def _fsync_dir(directory: Path) -> None:
    _fsync_path(directory)
