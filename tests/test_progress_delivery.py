"""Slack's retried events are claimed once, across restarts, and old claims are pruned."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.delivery import KEEP, PRUNE_EVERY, claim_event
from bot.store import Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_an_event_is_claimed_once_even_after_a_restart(tmp_path):
    assert claim_event(Store(tmp_path / "k.json"), "Ev1", team="T1", now=NOW) is True
    assert claim_event(Store(tmp_path / "k.json"), "Ev1", team="T1", now=NOW) is False
    assert claim_event(Store(tmp_path / "k.json"), "Ev2", team="T1", now=NOW) is True


def test_old_claims_are_pruned_and_recent_ones_kept():
    store = Store(None)
    old = NOW - KEEP - timedelta(minutes=1)
    for i in range(PRUNE_EVERY - 2):  # the PRUNE_EVERY-th claim (EvNow) prunes
        claim_event(store, f"EvOld{i}", team="T1", now=old)
    claim_event(store, "EvRecent", team="T1", now=NOW - timedelta(minutes=5))
    claim_event(store, "EvNow", team="T1", now=NOW)
    assert set(store.all("events")) == {"EvRecent", "EvNow"}
    assert claim_event(store, "EvRecent", team="T1", now=NOW) is False
