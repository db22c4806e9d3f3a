"""Claims several instances share: a key taken once in the store (a unique-key insert on
PostgreSQL), forgotten after `keep` seconds so the table stays small."""

from __future__ import annotations

import time

from bot.store.base import Store

PRUNE_EVERY = 500  # claims between two prunes of the expired ones


class SharedClaims:
    def __init__(self, store: Store, table: str, *, keep: float):
        self.store, self.table, self.keep = store, table, keep
        self._count = 0

    def claim(self, key: str) -> bool:
        """True the first time `key` is claimed by any instance within `keep` seconds."""
        now = time.time()
        fresh = getattr(self.store.backend, "claim_fresh", None)
        if fresh is not None:  # the database claims in one statement
            got = fresh(self.table, key, now=now, keep=self.keep)
        else:
            got = self._claim(key, now)
        self._count += 1
        if got and self._count % PRUNE_EVERY == 0:
            self.prune(now)
        return got

    def _claim(self, key: str, now: float) -> bool:
        with self.store.transaction() as tx:
            doc = tx.get(self.table, key)
            if doc is not None and doc.get("at", 0) >= now - self.keep:
                return False
            tx.put(self.table, key, {"at": now})
        return True

    def prune(self, now: float | None = None) -> int:
        cutoff = (now or time.time()) - self.keep
        with self.store.transaction() as tx:
            old = [k for k, doc in tx.all(self.table).items() if doc.get("at", 0) < cutoff]
            for key in old:
                tx.delete(self.table, key)
        return len(old)
