"""Slack delivers an event again when it thinks we missed it; claim each event id once so a retry
never changes or posts anything twice, even after a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import Store

# Slack retries within minutes (immediately, after 1 and after 5 minutes); an hour is ample.
KEEP = timedelta(hours=1)
PRUNE_EVERY = 200  # prune when this many claims have piled up, so a claim stays ~1 write


def claim_event(store: Store, event_id: str, *, team: str, now: datetime | None = None) -> bool:
    """True the first time `event_id` is seen (go ahead), False for a retry (skip it)."""
    now = now or datetime.now(UTC)
    with store.transaction() as tx:
        if not tx.claim("events", event_id, {"team": team, "at": now.isoformat()}):
            return False
        seen = tx.all("events")
        if len(seen) > PRUNE_EVERY:
            cutoff = (now - KEEP).isoformat()
            for key, doc in seen.items():
                if doc.get("at", "") < cutoff:
                    tx.delete("events", key)
    return True
