"""The shipped seed tasks, parsed once and kept beside the bytecode: a start that answers a question
reads them back (pydantic validates JSON in well under a millisecond) instead of importing the export
readers and the signature and deadline parsers and parsing again (~30 ms of every `klik` start).

Like a `.pyc`, the cache is keyed by what it was made from (the seed files and every parsing module,
by name, size and modification time), written to the package's own `__pycache__` only where Python
may write bytecode (never with PYTHONDONTWRITEBYTECODE), and ignored whenever it cannot be read."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from knowledge.kept_files import source_stamp, write_replacing
from knowledge.models import Task

_HERE = Path(__file__).resolve().parent
_FOLDER = _HERE / "__pycache__"
_TASKS = TypeAdapter(list[Task])
FORMAT = 1  # raise when the cache's layout changes
_NOT_PARSING = {"qa", "__pycache__", "seeds"}  # folders whose modules the seeds' parsing does not load


def seed_files() -> list[Path]:
    return sorted(p for p in (_HERE / "seeds").iterdir() if p.name.endswith(".txt"))


def sources() -> list[Path]:
    """What the parsed seeds depend on: the seed files and the knowledge package's modules at any depth
    (the readers, parsers and models, a parser split into a package too); the question answering in
    knowledge/qa does not change them."""
    modules = []
    # walked without going into qa/ or the bytecode folders: this runs at every start (0.7 ms, not 2.2)
    for folder, subfolders, files in os.walk(_HERE):
        subfolders[:] = [d for d in subfolders if d not in _NOT_PARSING]
        modules += (Path(folder) / name for name in files if name.endswith(".py"))
    return [*seed_files(), *sorted(modules)]


def fingerprint() -> str:
    return source_stamp(sources(), FORMAT, root=_HERE)[:20]


def cached_seeds(parse) -> tuple[Task, ...]:
    """The seed tasks from the cache when it matches the files, else `parse()`d (and cached)."""
    try:
        key = fingerprint()
    except OSError:  # seeds not on a file system (a zipped install): parse them
        return tuple(parse())
    path = _FOLDER / f"seeds.{key}.json"
    try:
        return tuple(_TASKS.validate_json(path.read_bytes()))
    except (OSError, ValueError, ValidationError):
        pass
    tasks = tuple(parse())
    if not sys.dont_write_bytecode:
        _write(path, tasks)
    return tasks


def _write(path: Path, tasks: tuple[Task, ...]) -> None:
    try:
        write_replacing(path, _TASKS.dump_json(list(tasks)), older="seeds.*.json")
    except OSError:  # a read-only install: parse at each start, as before
        pass
