"""The built knowledge (the imported tasks, checked once at import, and the answer index) kept beside
a TinyDB store, so a start reads it back (~2 s at 10,000 tasks) instead of checking every stored task
again and building the index (~25 s).

The file is keyed by the store's version of its tasks table (a commit id, the same in every process)
and by the code that builds the knowledge (like a `.pyc`: the knowledge package's files by name, size
and modification time, Python's and pydantic's versions). Anything else (another version, a damaged
or missing file, a store without a folder) builds the knowledge as before. It is written by a running
bot after it built the knowledge, from a forked process so requests never wait for it; it holds the
same data as the store beside it, with the same file permissions."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pickle, hashlib and the rest load only when there is a file to read or write:
    from bot.store import Store  # every `klik ask` imports this module

log = logging.getLogger(__name__)
FORMAT = 1  # raise when what the file holds changes
MIN_TASKS = 500  # below this, building is about as quick as reading the file back
STALE_SECONDS = 600  # a half-written file this old was left by a writer that died
WRITE_SECONDS = 300  # the forked writer is stopped after this (it takes seconds)
_CODE = Path(__file__).resolve().parents[1] / "knowledge"


def cache_path(store: Store) -> Path | None:
    """Where the store's knowledge is kept: beside a TinyDB store's files; None for other stores."""
    path = getattr(store, "path", None)
    return path.with_name(path.name + ".knowledge") if isinstance(path, Path) else None


def fingerprint(version: Hashable) -> str:
    """What the built knowledge depends on: the stored tasks' version and the code that builds it."""
    import pydantic

    from knowledge.kept_files import source_stamp

    sources = [path for path in sorted(_CODE.rglob("*"))
               if path.suffix in (".py", ".txt") and "__pycache__" not in path.parts]
    catalog = Path(__file__).resolve().with_name("catalog.py")
    return source_stamp([*sources, catalog], FORMAT, pydantic.VERSION, repr(version), root=_CODE.parent)


def load(store: Store, version: Hashable) -> tuple[Any, Any, list[tuple[str, str]]] | None:
    """(KnowledgeBase, its Index, the stored tasks skipped and why) as kept for `version`, or None."""
    path = cache_path(store)
    if path is None:
        return None
    import gc
    import pickle

    sweep(path)  # a start after a kill -9 leaves nothing half-written behind
    try:
        with open(path, "rb") as fh:
            if pickle.load(fh) != fingerprint(version):
                return None
            collecting = gc.isenabled()
            gc.disable()  # millions of new objects: no point scanning them while they are made
            try:
                kb, index, skipped = pickle.load(fh)
                # read-only for as long as it is used: the collector need never scan these objects
                # again (the first full collection after loading took ~2 s at 10,000 tasks)
                gc.freeze()
            finally:
                if collecting:
                    gc.enable()
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file: build instead
        log.warning("%s kunne ikke læses (%s); vidensbasen bygges i stedet", path, exc)
        return None
    return kb, index, skipped


def save_in_background(store: Store, version: Hashable, kb, index, skipped: list[tuple[str, str]]) -> None:
    """Keep the built knowledge for the next start, written by a forked copy of this process (pickling
    ~125 MB holds the interpreter for seconds); where there is no fork, not at all."""
    path = cache_path(store)
    if path is None or len(kb.tasks) < MIN_TASKS or not hasattr(os, "fork"):
        return
    import signal
    import warnings

    try:
        key = fingerprint(version)
        with warnings.catch_warnings():  # Python 3.12 warns of fork beside threads; the child only writes
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        return
    if pid:
        _reap(pid)
        return
    status = 1
    try:  # the child: write and leave at once (no cleanup of the parent's threads and files)
        os.closerange(3, 1 << 16)  # never keep the parent's listening socket or store files open
        # a lock another thread held at the fork stays held here: never wait for it forever
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(WRITE_SECONDS)
        write(path, key, kb, index, skipped)
        status = 0
    finally:
        os._exit(status)


def write(path: Path, key: str, kb, index, skipped: list[tuple[str, str]]) -> None:
    """Atomically: another process may read the file meanwhile. (Not a `.*.tmp` name: the store
    removes those as a crashed commit's leftovers when it opens.)"""
    import pickle

    sweep(path)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.writing")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(key, fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump((kb, index, skipped), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def sweep(path: Path) -> None:
    """Remove half-written files left by a writer that died (killed with its server): its process is
    gone, or the file is older than any write takes."""
    for old in path.parent.glob(f"{path.name}.*.writing"):
        with contextlib.suppress(OSError, ValueError):
            writer = int(old.name.rsplit(".", 2)[-2])
            if not _alive(writer) or time.time() - old.stat().st_mtime > STALE_SECONDS:
                old.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process with that number: leave its file alone
        return True
    return True


def _reap(pid: int) -> None:
    """Collect the writer when it is done, so it does not linger as a zombie."""
    import threading

    threading.Thread(target=os.waitpid, args=(pid, 0), name="klik-knowledge-cache", daemon=True).start()
