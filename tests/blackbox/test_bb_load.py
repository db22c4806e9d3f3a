"""Black-box harness: `klik serve` under 1, 20 and 100 kept-alive clients, killed with SIGKILL
mid-load. Every change that got its HTTP 200 is there after a restart, with its audit entry, and
no request had its effect (or its audit entry) twice."""

from __future__ import annotations

import http.client
import signal
import threading
import time
from collections import Counter

import pytest
from blackbox_kit import SLOW, Client, Serve, no_traceback, slash, stop
from threads import running

from bot.localslack import LocalSlack

ROUNDS = 5 if SLOW else 1  # kill -9s per client count, on the same store


@pytest.mark.parametrize(("clients", "target"), [(1, 25), (20, 120), (100, 300)])
def test_kill_9_under_kept_alive_load_loses_and_duplicates_nothing(tmp_path, clients, target):
    from bot.progress import get_progress
    from bot.store import Store

    db = tmp_path / "klik.json"
    acked: list[tuple[str, int]] = []
    for round_ in range(ROUNDS):
        _load_then_kill(db, clients, target, acked, prefix=f"T0L{round_}R")
    store = Store(db)
    lost = [(t, s) for t, s in acked if s not in get_progress(store, t, "433").steps]
    assert lost == [], f"{len(lost)} of {len(acked)} acknowledged changes lost"
    entries = Counter()
    for e in store.history():
        if e.get("action") == "done" and e.get("team", "").startswith("T0L"):
            for s in e.get("details", {}).get("steps", []):
                entries[(e["team"], s)] += 1
    unaudited = [k for k in acked if entries[k] != 1]
    assert unaudited == [], f"acknowledged changes without exactly one audit entry: {unaudited[:5]}"
    twice = [k for k, n in entries.items() if n > 1]
    assert twice == [], f"audit entries written twice: {twice[:5]}"
    leftovers = [p for p in db.parent.rglob("*") if ".tmp" in p.name]
    assert leftovers == []


def _load_then_kill(db, clients: int, target: int, acked: list, *, prefix: str) -> None:
    with LocalSlack() as fake:
        server = Serve(db, fake.api_url)
        start = len(acked)
        refused: Counter = Counter()
        halt = threading.Event()
        ready = threading.Barrier(clients + 1)

        def client(n: int) -> None:
            c = Client(server.port, timeout=120)
            ready.wait()
            i = 0
            while not halt.is_set():
                team, step = f"{prefix}{n}X{i // 7}", i % 7 + 1
                i += 1
                try:
                    status, text = c.post(*slash(f"done 433 {step}", team=team))
                except (OSError, http.client.HTTPException):
                    return  # the server is gone (or the answer was cut off by the kill)
                if status == 200 and f"markerede trin {step}" in text:
                    acked.append((team, step))
                else:
                    refused[status] += 1

        with running([lambda n=n: client(n) for n in range(clients)], timeout=30):
            ready.wait()
            deadline = time.monotonic() + 150
            while len(acked) - start < target and time.monotonic() < deadline:
                time.sleep(0.02)
            server.signal(signal.SIGKILL)
            server.wait()
            halt.set()
        assert len(acked) - start >= target, f"only {len(acked) - start} acknowledged in 150 s"
        assert not refused, f"answers other than 200 before the kill: {dict(refused)}"

        again = Serve(db, fake.api_url)  # a restart finishes whatever the kill left half done
        try:
            c = Client(again.port)
            assert c.get("/health")[0] == 200
            team, step = acked[-1]
            status, text = c.post(*slash("status 433", team=team))
            assert status == 200 and f"{step} af 7 trin" in text or "af 7 trin" in text
        finally:
            assert stop(again) == 0
        assert no_traceback(again.output), again.output
