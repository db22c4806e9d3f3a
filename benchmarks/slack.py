"""`python -m benchmarks.slack`: latency of /klik commands through the real app over HTTP, with
0, 1,000 and 10,000 audit entries already stored (the write cost must not grow with history)."""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from bot import slackrequests as sr
from bot.app import create_app
from bot.config import SlackSettings
from bot.localslack import LocalSlack
from bot.progress import mark_steps
from bot.server import PATH, SlackHTTPServer
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import MethodStep, Task

TEAM = "T0BENCH"
SIZES = (0, 1_000, 10_000)
STEPS = 5


def knowledge(tasks: int) -> KnowledgeBase:
    extra = [Task(id=str(1000 + i), title=f"Benchmarkopgave {i}", project="KY", waves=["KY - Bølge 3"],
                  method_steps=[MethodStep(number=n, text=f"Trin {n}") for n in range(1, STEPS + 1)])
             for i in range(tasks)]
    return KnowledgeBase.from_tasks([*load_seeds(), *extra])


def prefill(store: Store, entries: int) -> None:
    """`entries` audit entries for this workspace, as a busy municipality would have."""
    at = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    with store.transaction() as tx:
        tx.claim("teams", TEAM, {})
        for i in range(entries):
            tx.log({"team": TEAM, "task": str(1000 + i % 300), "action": "done", "user": "U0OLD", "at": at,
                    "command": f"/klik done {1000 + i % 300} 1", "details": {"steps": [1]}})


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered), p99


class Bench:
    """One app + HTTP server + fake Slack on a fresh database with `entries` history entries."""

    def __init__(self, workdir: Path, entries: int, tasks: int):
        self.secret = secrets.token_hex(16)
        self.fake = LocalSlack(team=TEAM).start()
        self.store = Store(workdir / f"bench-{entries}.json")
        prefill(self.store, entries)
        self.kb = knowledge(tasks)
        settings = SlackSettings(bot_token="xoxb-bench", signing_secret=self.secret,
                                 api_url=self.fake.api_url, port=0)
        self.app = create_app(settings=settings, store=self.store, knowledge=lambda: self.kb)
        self.server = SlackHTTPServer(self.app, host="127.0.0.1", port=0)
        self.server.start_background()
        self.url = f"http://127.0.0.1:{self.server.port}{PATH}"

    def close(self) -> None:
        self.server.stop()
        self.fake.stop()

    def command(self, text: str) -> float:
        """Milliseconds from sending the signed request to having Slack's answer."""
        body, ctype = sr.slash_command(text, team=TEAM, user="U0BENCH", channel="C0BENCH",
                                       response_url=self.fake.response_url("bench"))
        headers = {"Content-Type": ctype, **sr.sign(self.secret, body)}
        request = urllib.request.Request(self.url, data=body.encode(), headers=headers, method="POST")
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=10) as response:
            payload = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200 or b"Beklager" in payload:
            raise SystemExit(f"{text!r} failed: {response.status} {payload[:200]!r}")
        return elapsed

    def store_write(self, task: Task, step: int) -> float:
        start = time.perf_counter()
        mark_steps(self.store, team=TEAM, task=task, steps=[step], user="U0BENCH", command="bench")
        return (time.perf_counter() - start) * 1000


def run(requests: int) -> list[tuple[int, str, float, float]]:
    rows = []
    tasks = requests // (STEPS - 1) + 1
    with tempfile.TemporaryDirectory() as tmp:
        for entries in SIZES:
            bench = Bench(Path(tmp), entries, tasks)
            try:
                for _ in range(10):  # warm up: imports, caches, connections
                    bench.command("status 433")
                work = [(str(1000 + i // (STEPS - 1)), i % (STEPS - 1) + 1) for i in range(requests)]
                done = [bench.command(f"done {task} {step}") for task, step in work]
                status = [bench.command("status 433") for _ in range(requests)]
                history = [bench.command("history 1000") for _ in range(max(requests // 4, 20))]
                writes = [bench.store_write(bench.kb.get(str(1000 + i % tasks)), STEPS) for i in range(tasks)]
                stored = len(bench.store.history(team=TEAM))
            finally:
                bench.close()
            for name, samples in (("/klik done", done), ("/klik status", status),
                                  ("/klik history", history), ("store write (mark_steps)", writes)):
                rows.append((entries, name, *percentiles(samples), len(samples), stored))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=400, help="requests per command and size")
    parser.add_argument("--database-url", help="postgresql://…: instead, TinyDB vs PostgreSQL with 1 and 2 "
                        "`klik serve` instances (benchmarks/instances.py)")
    args = parser.parse_args()
    if args.database_url:
        from benchmarks import instances

        instances.main([args.database_url, "--requests", str(args.requests)])
        return
    rows = run(args.requests)
    print(f"{'history entries':>15}  {'command':<26}{'p50 ms':>8}{'p99 ms':>8}{'n':>6}")
    for entries, name, p50, p99, n, _ in rows:
        print(f"{entries:>15,}  {name:<26}{p50:>8.2f}{p99:>8.2f}{n:>6}")
    worst = max(p99 for entries, name, _, p99, _, _ in rows
                if entries == SIZES[-1] and name in ("/klik done", "/klik status"))
    by = {(e, n): p50 for e, n, p50, *_ in rows}
    growth = by[(SIZES[-1], "/klik done")] / by[(SIZES[0], "/klik done")]
    print(f"\np99 of done/status at {SIZES[-1]:,} entries: {worst:.2f} ms (target < 50 ms: "
          f"{'met' if worst < 50 else 'NOT met'}); /klik done p50 at {SIZES[-1]:,} vs 0 entries: "
          f"x{growth:.2f}")
    print("About 10 ms of every request is bolt's wait for ack() (its listener runner polls every 10 ms); "
          "the app's own work is the store write row.")


if __name__ == "__main__":
    main()
