"""The knowledge a running bot answers from: built, answer index included, before the bot takes a
request; after an import (by this process or another), rebuilt in the background and swapped in,
so no request ever waits for a build."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from bot.store import Store

log = logging.getLogger("klik.knowledge")
POLL_SECONDS = 1.0
WARM_QUESTION = "hvem er ansvarlig for opgave {task}, og hvornår er fristen?"


def warm(store: Store, kb) -> None:
    """Build what the first question would otherwise build (the answer index, caches). The question
    names a task: one that names none weighs every task, which at 10,000 tasks took seconds of every
    start and built nothing more."""
    from bot.ask import ask

    ask(store, kb, team="", question=WARM_QUESTION.format(task=kb.tasks[0].id if kb.tasks else "1"))


class LiveKnowledge:
    """Call it for the current KnowledgeBase. `start()` builds it (blocking) and watches the store's
    tasks for changes; `problem` is why the last rebuild failed (the old knowledge is kept)."""

    def __init__(self, store: Store, *, poll: float = POLL_SECONDS):
        self.store, self.poll = store, poll
        self.problem: str | None = None
        self._error: Exception | None = None
        self.built_at: float | None = None
        self._kb: Any = None
        self._version: Any = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self):
        return self._kb

    def start(self) -> LiveKnowledge:
        self._rebuild()
        if self._error is not None:  # nothing to answer from: stop the start with the reason
            raise self._error
        self._thread = threading.Thread(target=self._load_then_watch, name="klik-knowledge", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _rebuild(self) -> None:
        from bot.catalog import TASKS, keep_built, load_knowledge

        try:
            version = self.store.version(TASKS)
            if version == self._version and self._kb is not None:
                return
            started = time.perf_counter()
            kb = load_knowledge(self.store)
            warm(self.store, kb)
        except Exception as exc:  # keep answering from the knowledge we have
            self._error, self.problem = exc, f"{type(exc).__name__}: {exc}"
            log.error("vidensbasen kunne ikke bygges: %s", self.problem)
            return
        self._kb, self._version, self.problem, self._error = kb, version, None, None
        self.built_at = time.time()
        log.info("vidensbasen er klar: %d opgaver på %.1f s", len(kb.tasks), time.perf_counter() - started)
        keep_built(self.store, kb)  # for the next start (written by a forked process)

    def _load_then_watch(self) -> None:
        from knowledge.qa.english import load

        load()  # the English word lists (about a second): after the start, not in the first English question
        self._watch()

    def _watch(self) -> None:
        while not self._stop.wait(self.poll):
            self._rebuild()
