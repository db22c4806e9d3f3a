"""The knowledge the bot answers from: shipped seed tasks plus imported exports (all or nothing)."""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from bot.progress import audit_entry
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds, ref_key, seed_keys
from knowledge.errors import ParseError
from knowledge.models import Task
from knowledge.parse import parse_file

TASKS = "tasks"
log = logging.getLogger(__name__)

_cache: weakref.WeakKeyDictionary[Store, tuple[object, KnowledgeBase]] = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()


def load_knowledge(store: Store) -> KnowledgeBase:
    """Seeds plus the store's imported tasks (an import replaces the seed with its id). Built
    again only when the tasks table changed, here or in another process."""
    version = store.version(TASKS)  # read before the data: a change in between rebuilds next time
    with _cache_lock:
        cached = _cache.get(store)
        if cached and cached[0] == version:
            return cached[1]
    tasks = {ref_key(task.id): task for task in load_seeds()}
    for key, doc in store.all(TASKS).items():
        try:
            task = Task.model_validate(doc)
        except ValidationError as exc:  # written by an older version: keep serving the rest
            log.warning("Springer importeret opgave %s over: %s", key, exc)
            continue
        tasks[ref_key(task.id)] = task
    kb = KnowledgeBase.from_tasks(tasks.values())
    with _cache_lock:
        _cache[store] = (version, kb)
    return kb


def import_files(store: Store, paths: Iterable[str | Path], *, user: str, command: str) -> list[Task]:
    """Parse and check every file first; then store all their tasks in one transaction, or, if
    any file is bad, nothing. A task imported again replaces the stored one (same id)."""
    parsed = _parse_all([Path(p) for p in paths])
    seeds = seed_keys()
    at = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as tx:
        for path, task in parsed:
            key = ref_key(task.id)
            replaced = tx.get(TASKS, key) is not None or key in seeds
            tx.put(TASKS, key, task.model_dump(mode="json"))
            # Knowledge is shared by every workspace, hence no team.
            tx.log(audit_entry(team="", task=task.id, action="import", user=user, at=at, command=command,
                               details={"file": str(path), "title": task.title, "replaced": replaced}))
    return [task for _, task in parsed]


PARALLEL_BYTES = 2 << 20  # below this, starting worker processes costs more than it saves


def _parse_one(path: Path) -> tuple[Path, list[Task], str | None]:
    try:
        return path, parse_file(path), None
    except ParseError as exc:
        return path, [], str(exc)


def _parse_files(paths: list[Path]) -> list[tuple[Path, list[Task], str | None]]:
    """Each file's tasks or problem, in order. Parsing is most of an import's time, so many large
    files are parsed on every core."""
    sizes = [p.stat().st_size if p.is_file() else 0 for p in paths]
    workers = min(len(paths), os.cpu_count() or 1)
    if workers < 2 or sum(sizes) < PARALLEL_BYTES:
        return [_parse_one(p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_parse_one, paths, chunksize=max(1, len(paths) // (workers * 4))))


def _parse_all(paths: list[Path]) -> list[tuple[Path, Task]]:
    if not paths:
        raise ParseError("Angiv mindst én fil at importere, fx: klik import opgave.md")
    parsed: list[tuple[Path, Task]] = []
    problems: list[str] = []
    for path, tasks, problem in _parse_files(paths):
        parsed += [(path, task) for task in tasks]
        if problem:
            problems.append(problem)
    seen: dict[str, Path] = {}
    for path, task in parsed:
        key = ref_key(task.id)
        if key in seen:
            where = f"både i {seen[key]} og {path}" if seen[key] != path else f"to gange i {path}"
            problems.append(f"Opgave «{task.id}» findes {where}; importér kun én af dem.")
        seen[key] = path
    if problems:
        raise ParseError("Intet blev importeret.\n" + "\n".join(f"- {p}" for p in problems))
    return parsed
