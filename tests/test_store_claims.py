"""Claims shared by instances (replayed requests): once per key within the window, on each backend."""

from __future__ import annotations

import threading

from threads import run_concurrently

from bot.store.claims import SharedClaims


def test_a_key_is_claimed_once_within_the_window_and_again_after(durable_store):
    claims = SharedClaims(durable_store, "replays", keep=60)
    assert claims.claim("v0=abc") is True
    assert claims.claim("v0=abc") is False
    assert SharedClaims(durable_store, "replays", keep=-1).claim("v0=abc") is True  # window over
    assert claims.prune(now=10**12) == 1 and durable_store.all("replays") == {}


def test_concurrent_claims_of_one_key_give_one_winner(durable_store):
    claims = SharedClaims(durable_store, "replays", keep=60)
    barrier, wins = threading.Barrier(8), []

    def race() -> None:
        barrier.wait()
        if claims.claim("v0=same"):
            wins.append(1)

    run_concurrently([race] * 8)
    assert wins == [1]
