"""Slack delivers an event again when it thinks we missed it; claim each event id once so a retry
never changes or posts anything twice, even after a restart."""

from __future__ import annotations

import threading
import weakref
from datetime import UTC, datetime, timedelta

from bot.store import Store

# Slack retries within minutes (immediately, after 1 and after 5 minutes); an hour is ample.
KEEP = timedelta(hours=1)
PRUNE_EVERY = 200  # claims between two prunes of the expired ones, so a claim stays one small write

_claimed: weakref.WeakKeyDictionary[Store, int] = weakref.WeakKeyDictionary()  # claims since start
_claimed_lock = threading.Lock()


def claim_event(store: Store, event_id: str, *, team: str, now: datetime | None = None) -> bool:
    """True the first time `event_id` is seen (go ahead), False for a retry (skip it). Reads one
    document (not every claim: on PostgreSQL that was up to PRUNE_EVERY rows per event)."""
    now = now or datetime.now(UTC)
    with store.transaction() as tx:
        if not tx.claim("events", event_id, {"team": team, "at": now.isoformat()}):
            return False
    with _claimed_lock:
        count = _claimed[store] = _claimed.get(store, 0) + 1
    if count % PRUNE_EVERY == 0:
        prune_events(store, now=now)
    return True


def prune_events(store: Store, *, now: datetime) -> int:
    """Forget claims older than KEEP (Slack no longer retries them)."""
    cutoff = (now - KEEP).isoformat()
    with store.transaction() as tx:
        old = [key for key, doc in tx.all("events").items() if doc.get("at", "") < cutoff]
        for key in old:
            tx.delete("events", key)
    return len(old)
