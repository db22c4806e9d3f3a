"""The knowledge the bot answers from: shipped seed tasks plus imported exports (all or nothing),
minus removed tasks, plus signatures recorded by hand."""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot import knowledge_cache
from bot.progress import audit_entry, check_steps
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds, ref_key, seed_keys
from knowledge.dates import format_date
from knowledge.errors import KlikError, ParseError, Said
from knowledge.models import Signature, Task

if TYPE_CHECKING:  # the export parsers load only for `klik import`: answering needs none
    from knowledge.parse import Located

TASKS = "tasks"
# Beside the imports, in the same table (so the knowledge cache follows one table, and a progress
# write elsewhere never rebuilds it); task keys are letters and digits only, so these never clash:
REMOVED = "removed:"  # + key -> {"id", "title", "task": the removed import or None, "shipped_hidden", ...}
ADDED = "signatures:"  # + key -> {"id", "signatures": [Signature as JSON]}
log = logging.getLogger(__name__)

_cache: weakref.WeakKeyDictionary[Store, tuple[object, KnowledgeBase]] = weakref.WeakKeyDictionary()
_cache_lock = threading.Lock()
# What a new version of a task must not silently lose (field, Danish name).
_SECTIONS = (("goal", "Mål"), ("description", "Beskrivelse"), ("result", "Resultat"),
             ("recommended_executor", "Anbefalet udfører"),
             ("recommended_responsible", "Anbefalet ansvarlig"),
             ("involved_parties", "Involverede parter"), ("checklist", "Tjekliste"),
             ("text_deadlines", "Frister i teksten"))


def load_knowledge(store: Store) -> KnowledgeBase:
    """Seeds plus the store's imported tasks (an import replaces the seed with its id), without
    removed ones, with hand-recorded signatures. Built again only when those tables changed, here
    or in another process; a start reads what a running bot built before (bot/knowledge_cache.py)
    rather than checking every stored task again."""
    version = store.version(TASKS)  # read before the data: a change in between rebuilds next time
    with _cache_lock:
        cached = _cache.get(store)
        if cached and cached[0] == version:
            return cached[1]
    kept = knowledge_cache.load(store, version)
    if kept is not None:
        from knowledge.index import keep_index

        kb, index, skipped = kept
        keep_index(kb, index)
        for key, problem in skipped:
            log.warning(_SKIPPED_MESSAGE, key, problem)
        _built[kb] = (version, skipped, True)
    else:
        kb, skipped = _build_knowledge(store)
        _built[kb] = (version, skipped, False)
    with _cache_lock:
        _cache[store] = (version, kb)
    return kb


_SKIPPED_MESSAGE = "Springer importeret opgave %s over: %s"
# How each KnowledgeBase was made: (store version, stored tasks skipped and why, read back from disk?)
_built: weakref.WeakKeyDictionary[KnowledgeBase, tuple[object, list[tuple[str, str]], bool]] = \
    weakref.WeakKeyDictionary()


def _build_knowledge(store: Store) -> tuple[KnowledgeBase, list[tuple[str, str]]]:
    stored = store.all(TASKS)
    hidden = {key[len(REMOVED):] for key, doc in stored.items()
              if key.startswith(REMOVED) and doc.get("shipped_hidden")}
    tasks = {key: task for task in load_seeds() if (key := ref_key(task.id)) not in hidden}
    skipped: list[tuple[str, str]] = []
    for key, doc in stored.items():
        if key.startswith((REMOVED, ADDED)):
            continue
        try:
            task = Task.model_validate(doc)
        except ValidationError as exc:  # written by an older version: keep serving the rest
            log.warning(_SKIPPED_MESSAGE, key, exc)
            skipped.append((key, str(exc)))
            continue
        tasks[ref_key(task.id)] = task
    for key, doc in stored.items():
        if key.startswith(ADDED) and (key := key[len(ADDED):]) in tasks:
            said = {s.document.casefold() for s in tasks[key].signatures}
            added = [sig for s in doc.get("signatures", [])  # once the text states it, the text's wins
                     if (sig := Signature.model_validate(s)).document.casefold() not in said]
            tasks[key] = tasks[key].model_copy(update={"signatures": [*tasks[key].signatures, *added]})
    return KnowledgeBase.from_tasks(tasks.values()), skipped


def keep_built(store: Store, kb: KnowledgeBase) -> None:
    """Keep knowledge this process built, answer index included, for the next start (a running bot
    calls it once the index is built; knowledge read back from the file is not written again)."""
    made = _built.get(kb)
    if made is None or made[2]:
        return
    from knowledge.index import index_for

    version, skipped, _ = made
    knowledge_cache.save_in_background(store, version, kb, index_for(kb), skipped)


def import_files(store: Store, paths: Iterable[str | Path], *, user: str, command: str,
                 force: bool = False) -> list[Task]:
    """Parse and check every file first; then store all their tasks in one transaction, or, if
    any file is bad, nothing. A task imported again replaces the stored one (same id), but a new
    version that loses method steps, signatures or sections is refused unless `force`."""
    paths = [Path(p) for p in paths]
    parsed = _parse_all(paths)
    known = load_knowledge(store)
    _refuse_losses(parsed, known, force=force)
    seeds = seed_keys()
    replaced, files = [], {}
    with store.transaction() as tx:
        for path, (task, *_) in parsed:
            key = ref_key(task.id)
            if tx.has(TASKS, key) or key in seeds:
                replaced.append(task.id)
            tx.put_owned(TASKS, key, task.model_dump(mode="json"))
            if tx.has(TASKS, REMOVED + key):
                tx.delete(TASKS, REMOVED + key)  # importing a removed task again brings it back
            files.setdefault(str(path), []).append(task.id)
        # One small entry per import: which tasks from which file (knowledge is shared by every
        # workspace, hence no team).
        tx.log(audit_entry(team="", task="", action="import", user=user, command=command,
                           details={"files": files, "replaced": replaced, "forced": force}))
    return [task for _, (task, *_) in parsed]


PARALLEL_BYTES = 2 << 20  # below this, starting worker processes costs more than it saves


def _parse_one(path: Path) -> tuple[Path, list[Located], Said | str | None]:
    from knowledge.parse import read_export

    try:
        return path, read_export(path), None
    except ParseError as exc:
        return path, [], exc.as_value()


def _parse_files(paths: list[Path]) -> list[tuple[Path, list[Located], Said | str | None]]:
    """Each file's tasks (with their lines) or problem, in order. Parsing is most of an import's
    time, so many large files are parsed on every core."""
    sizes = [p.stat().st_size if p.is_file() else 0 for p in paths]
    workers = min(len(paths), os.cpu_count() or 1)
    if workers < 2 or sum(sizes) < PARALLEL_BYTES:
        return [_parse_one(p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_parse_one, paths, chunksize=max(1, len(paths) // (workers * 4))))


def _parse_all(paths: list[Path]) -> list[tuple[Path, Located]]:
    if not paths:
        raise ParseError.said("import_no_files")
    parsed: list[tuple[Path, Located]] = []
    problems: list[Said | str] = []
    for path, found, problem in _parse_files(paths):
        parsed += [(path, located) for located in found]
        if problem:
            problems.append(problem)
    seen: dict[str, tuple[Path, int]] = {}
    for path, (task, start, id_line, _) in parsed:
        key = ref_key(task.id)
        line = id_line or start  # the id said twice is mended on its own line
        if key in seen:
            other, other_line = seen[key]
            twice = Said("import_twice", other=other, line=other_line) if other != path else \
                Said("import_twice_in_file", line=other_line)
            problems.append(_in_task(path, task, line, twice))
        seen[key] = (path, line)
    if problems:
        raise ParseError.said("import_nothing", problems=problems)
    return parsed


def _in_task(path: Path, task: Task, line: int, why: Said) -> Said:
    """What is wrong with a task of a file: 'opgave.md: opgave «433», linje 1: ...'."""
    return Said("parse_in_file", path=path, why=Said("parse_in_task", task=task.id, line=line, why=why))


def losses(old: Task, new: Task) -> list[str]:
    """What `new` no longer has that `old` had: method steps, signatures, sections."""
    lost = []
    if len(new.method_steps) < len(old.method_steps):
        lost.append(f"{len(old.method_steps) - len(new.method_steps)} af {len(old.method_steps)} metodetrin")
    new_docs = {s.document for s in new.signatures}
    gone = [s.document for s in old.signatures if s.source is None and s.document not in new_docs]
    if gone:
        lost.append(f"underskrift{'er' * (len(gone) > 1)}: {', '.join(gone)}")
    empty = [name for field, name in _SECTIONS if getattr(old, field) and not getattr(new, field)]
    if empty:
        lost.append(f"afsnit: {', '.join(empty)}")
    return lost


def _refuse_losses(parsed: list[tuple[Path, Located]], known: KnowledgeBase, *, force: bool) -> None:
    """A cut-off export must not replace a whole task for every workspace without a word."""
    if force:
        return
    problems = []
    for path, (task, line, _, end) in parsed:
        old = known.get(task.id)
        if old is not None and ref_key(old.id) == ref_key(task.id) and (lost := losses(old, task)):
            loses = Said("import_loses", lost="; ".join(lost), end=end or line)
            problems.append(_in_task(path, task, line, loses))
    if problems:
        raise ParseError.said("import_nothing_shorter", problems=problems)


# ---------------------------------------------------------------- remove and restore

def remove_tasks(store: Store, refs: Iterable[str], *, user: str, command: str) -> list[Task]:
    """Remove tasks from the knowledge of every workspace (audit-logged). An import is kept aside so
    it can be restored; a shipped task is hidden. Unknown references change nothing."""
    kb = load_knowledge(store)
    tasks = [kb.resolve(ref) for ref in refs]  # UnknownTask ('mente du') before anything changes
    if not tasks:
        raise KlikError.said("remove_which_tasks")
    now = _now()
    with store.transaction() as tx:
        for task in tasks:
            key = ref_key(task.id)
            imported = tx.get(TASKS, key)
            tx.put(TASKS, REMOVED + key, {"id": task.id, "title": task.title, "task": imported,
                                  "shipped_hidden": key in seed_keys(), "removed_at": now,
                                  "removed_by": user})
            if imported is not None:
                tx.delete(TASKS, key)
        tx.log(audit_entry(team="", task="", action="remove", user=user, command=command, at=now,
                           details={"tasks": [t.id for t in tasks]}))
    return tasks


def restore_task(store: Store, ref: str, *, user: str, command: str) -> Task:
    """Bring back a removed task, or the shipped version of a task that was removed or replaced by
    an import (audit-logged)."""
    key = ref_key(ref)
    shipped = key in seed_keys()
    with store.transaction() as tx:
        removed, imported = tx.get(TASKS, REMOVED + key), tx.get(TASKS, key)
        if shipped and (removed is not None or imported is not None):
            tx.delete(TASKS, REMOVED + key)
            if imported is not None:  # the import that replaced it is kept aside, restorable no more
                tx.delete(TASKS, key)
            what = "shipped"
        elif removed is not None and removed.get("task"):
            tx.put(TASKS, key, removed["task"])
            tx.delete(TASKS, REMOVED + key)
            what = "import"
        else:
            raise KlikError.said("restore_nothing", ref=ref)
        tx.log(audit_entry(team="", task="", action="restore", user=user, command=command,
                           details={"task": (removed or imported or {}).get("id", ref), "restored": what}))
    return load_knowledge(store).resolve(ref)


def removed_tasks(store: Store) -> list[dict]:
    """The removed tasks, for `klik remove --list`: id, title, when and by whom."""
    return sorted((doc for key, doc in store.all(TASKS).items() if key.startswith(REMOVED)),
                  key=lambda d: d.get("removed_at", ""))


# ---------------------------------------------------------------- signatures the text does not state

def add_signature(store: Store, ref: str, *, document: str, signer: str, recipient: str | None = None,
                  steps: list[int] | None = None, user: str, command: str, via: str) -> Signature:
    """Record a signature for a task (shared by every workspace, audit-logged), so it is tracked
    and reminded like one read from the text; it says where it came from."""
    task = load_knowledge(store).resolve(ref)
    document, signer = " ".join(document.split()), " ".join(signer.split())
    if not document or not signer:
        raise KlikError.said("signature_add_what")
    if any(s.document.casefold() == document.casefold() for s in task.signatures):
        raise KlikError.said("signature_add_exists", task=task.id, document=document)
    steps = sorted(set(steps or []))
    if steps:
        check_steps(task, steps)
    now = _now()
    sig = Signature(document=document, signer=signer, recipient=recipient or None, steps=steps,
                    received_step=steps[0] if len(steps) > 1 else None,
                    signed_step=steps[-1] if steps else None,
                    source=f"tilføjet af {user} {format_date(date.fromisoformat(now[:10]))} med {via}")
    key = ref_key(task.id)
    with store.transaction() as tx:
        doc = tx.get(TASKS, ADDED + key) or {"id": task.id, "signatures": []}
        doc["signatures"] = [*doc["signatures"], sig.model_dump(mode="json")]
        tx.put(TASKS, ADDED + key, doc)
        tx.log(audit_entry(team="", task=task.id, action="signature_add", user=user, command=command, at=now,
                           details={"document": document, "signer": signer, "recipient": recipient,
                                    "steps": steps}))
    return sig


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
