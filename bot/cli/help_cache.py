"""The /klik subcommands as `klik --help` lists them (words, arguments, one line each), kept in the
user's cache folder: listing them otherwise means building the Slack app (bolt, every handler and the
answer engine, ~0.3 s) for a few lines of text.

Like a `.pyc`, the file is keyed by what the list is made from (the Slack layer's and the CLI's
modules and the message tables, by name, size and modification time, and Python's version) and
ignored whenever it does not match or cannot be read; a command is still run through the real registry."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from knowledge.kept_files import source_stamp, write_replacing

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
    folders = (_ROOT / "handlers", _ROOT / "bot" / "cli", _ROOT / "knowledge" / "qa" / "messages")
    sources = [path for folder in folders for path in sorted(folder.glob("*.py"))]
    return source_stamp(sources, FORMAT, root=_ROOT)[:20]


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
    data = json.dumps([{"names": list(s.names), "usage": s.usage, "summary": s.summary} for s in found],
                      ensure_ascii=False).encode("utf-8")
    try:
        write_replacing(path, data, older="subcommands.*.json")
    except OSError:  # a read-only home: list them from the registry at each start, as before
        pass
