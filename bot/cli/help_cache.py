"""The /klik subcommands as `klik --help` lists them (words, arguments, one line each), kept in the
user's cache folder: listing them otherwise means building the Slack app (bolt, every handler and the
answer engine, ~0.3 s) for a few lines of text.

Like a `.pyc`, the file is keyed by what the list is made from (the Slack layer's and the CLI's
modules by name, size and modification time, and Python's version) and ignored whenever it does not
match or cannot be read; a command is still run through the real registry."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
FORMAT = 1


@dataclass(frozen=True)
class SubcommandHelp:
    """What the help says of one /klik subcommand (as handlers/registry.py's Subcommand)."""

    names: tuple[str, ...]
    usage: str
    summary: str


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "klik-bot"


def fingerprint() -> str:
    stamp: list = [FORMAT, sys.version_info[:2]]
    for folder in (_ROOT / "handlers", _ROOT / "bot" / "cli"):
        for path in sorted(folder.glob("*.py")):
            st = path.stat()
            stamp.append((folder.name, path.name, st.st_size, st.st_mtime_ns))
    return hashlib.sha256(repr(stamp).encode()).hexdigest()[:20]


def subcommands(build) -> list[SubcommandHelp]:
    """The subcommands from the cache when it matches the code, else from `build()` (the registry's
    Subcommand objects), cached for the next start."""
    try:
        path = cache_folder() / f"subcommands.{fingerprint()}.json"
    except (OSError, RuntimeError):  # no home folder, or the code not on a file system
        return _helps(build())
    try:
        return [SubcommandHelp(tuple(s["names"]), s["usage"], s["summary"])
                for s in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    found = _helps(build())
    _write(path, found)
    return found


def _helps(subs) -> list[SubcommandHelp]:
    return [SubcommandHelp(tuple(s.names), s.usage, s.summary) for s in subs]


def _write(path: Path, found: list[SubcommandHelp]) -> None:
    """Atomically (another `klik` may read it meanwhile); older versions are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.writing")
        temporary.write_text(json.dumps([{"names": list(s.names), "usage": s.usage, "summary": s.summary}
                                         for s in found], ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
        for old in path.parent.glob("subcommands.*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only home: list them from the registry at each start, as before
        pass
