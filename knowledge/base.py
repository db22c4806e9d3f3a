"""The tasks the bot knows, looked up by id or code the way people type them ('efaktura 8b', '433')."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rapidfuzz import fuzz, process, utils

from knowledge.errors import UnknownTask
from knowledge.models import Task
from knowledge.text import fix_lookalikes

# Words people put before a task number: 'opgave 433', 'task 433', 'KLIK-opgave 433'.
_PREFIX = re.compile(r"^(?:klikopgave|opgave|opg|task|nr)(?=\w)")
_ID_CUTOFF = 60  # fuzz.ratio: '434' -> '433' is 67, 'efaktura 9' -> 'efaktura8b' 84
_TITLE_CUTOFF = 85


def ref_key(ref: str) -> str:
    """'eFaktura 8b', 'EFAKTURA8B', 'efaktura-8b' -> 'efaktura8b': no case, spaces or punctuation."""
    text = fix_lookalikes(unicodedata.normalize("NFKC", ref)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


class KnowledgeBase:
    """Tasks by id and code. Lookups are one dict access; fuzzy matching runs only on a miss."""

    def __init__(self, tasks: Iterable[Task]):
        unique: dict[str, Task] = {}
        for task in tasks:  # a later task with the same id replaces the earlier one in its place
            unique[ref_key(task.id)] = task
        self.tasks: list[Task] = list(unique.values())
        self._by_key: dict[str, Task] = {}
        for task in self.tasks:
            if task.code:
                self._by_key.setdefault(ref_key(task.code), task)
        self._by_key.update(unique)  # an id beats another task's code
        self._titles: dict[str, str] | None = None

    @classmethod
    def from_tasks(cls, tasks: Iterable[Task]) -> KnowledgeBase:
        return cls(tasks)

    def __len__(self) -> int:
        return len(self.tasks)

    def get(self, ref: str) -> Task | None:
        """The task whose id or code is `ref`, ignoring case, spaces and punctuation."""
        key = ref_key(ref)
        task = self._by_key.get(key)
        if task is None and (m := _PREFIX.match(key)):
            task = self._by_key.get(key[m.end():])
        return task

    def resolve(self, ref: str) -> Task:
        """Like get, but a miss raises UnknownTask with 'did you mean' suggestions (never a guess)."""
        task = self.get(ref)
        if task is None:
            raise UnknownTask(ref.strip(), self.suggest(ref))
        return task

    def suggest(self, ref: str, limit: int = 3) -> list[str]:
        """Ids of the tasks closest to `ref`: by id/code spelling, else by words of the title."""
        key = ref_key(ref)
        if not key:
            return []
        scores: dict[str, float] = {}
        for matched, score, _ in process.extract(key, list(self._by_key), scorer=fuzz.ratio,
                                                 limit=limit * 3, score_cutoff=_ID_CUTOFF):
            scores[matched] = max(scores.get(matched, 0), score)
        if len(key) >= 4 and not key.isdigit():  # a number ('94000') is no title's words
            for _, score, task_key in process.extract(ref, self._title_index(), scorer=fuzz.WRatio,
                                                      processor=utils.default_process, limit=limit * 3,
                                                      score_cutoff=_TITLE_CUTOFF):
                scores[task_key] = max(scores.get(task_key, 0), score)
        ranked = sorted(scores, key=lambda k: -scores[k])
        ids: list[str] = []
        for k in ranked:
            task_id = self._by_key[k].id
            if task_id not in ids:
                ids.append(task_id)
        return ids[:limit]

    def _title_index(self) -> dict[str, str]:
        if self._titles is None:
            self._titles = {ref_key(t.id): t.title for t in self.tasks}
        return self._titles


@cache
def _seeds() -> tuple[Task, ...]:
    from knowledge.seed_cache import cached_seeds

    return cached_seeds(parse_seeds)


def parse_seeds() -> list[Task]:
    """The shipped seed tasks, parsed from their exports (the parsers are imported only here)."""
    from knowledge.parse import parse_bytes

    folder = resources.files("knowledge").joinpath("seeds")
    tasks: list[Task] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            tasks += parse_bytes(entry.read_bytes(), source=entry.name)
    return tasks


def load_seeds() -> list[Task]:
    """The tasks shipped with the product (knowledge/seeds), parsed once per process."""
    return [task.model_copy(deep=True) for task in _seeds()]


@cache
def seed_keys() -> frozenset[str]:
    """The ref_key of every shipped task's id (no copies of the tasks made)."""
    return frozenset(ref_key(task.id) for task in _seeds())
