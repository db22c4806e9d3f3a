"""`python -m benchmarks.slack`: /klik commands through the real app over real HTTP, next to a bare
bolt app served the same way (same server, same settings) in the same run; the ratio is the figure.

Clients keep their connections alive (as Slack's do) and run 1, 20 and 100 at a time; the workspace
tracks 1,000 or 10,000 tasks (progress documents, the thing a write touches). A last table shows
that a write's cost does not depend on how many other workspaces the store holds."""

from __future__ import annotations

import argparse
import http.client
import itertools
import logging
import secrets
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from slack_bolt import App

from bot import slackrequests as sr
from bot.config import SlackSettings
from bot.localslack import LocalSlack
from bot.runtime.app import create_app, web_client
from bot.runtime.server import PATH, SlackHTTPServer
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import MethodStep, Task

TEAM = "T0BENCH"
STEPS = 5
TRACKED = (1_000, 10_000)
CLIENTS = (1, 20, 100)


def tasks(n: int) -> list[Task]:
    return [Task(id=str(100000 + i), title=f"Benchmarkopgave {i}", project="KY", waves=["KY - Bølge 3"],
                 method_steps=[MethodStep(number=s, text=f"Trin {s}") for s in range(1, STEPS + 1)])
            for i in range(n)]


def track(store: Store, team: str, work: list[Task]) -> None:
    """Every task in `work` tracked by `team`: a progress document each, as after months of use."""
    at = datetime(2026, 1, 1, tzinfo=UTC).isoformat()
    with store.transaction() as tx:
        tx.claim("teams", team, {})
        for task in work:
            tx.put("progress", f"{team}:{task.id}", {
                "team": team, "task": task.id, "status": "påbegyndt", "assignees": {"ansvarlig": "U0OLD"},
                "steps": {"1": {"done_by": "U0OLD", "done_at": at}}, "updated_at": at})


def bare_bolt(settings: SlackSettings) -> App:
    """The baseline: bolt with one /klik listener that only acknowledges, configured as ours."""
    app = App(client=web_client(settings), signing_secret=settings.signing_secret,
              process_before_response=True, token_verification_enabled=False)

    @app.command("/klik")
    def klik(ack, command):
        ack(text=f"ok: {command['text']}")

    return app


class Served:
    """An app on our HTTP server, on 127.0.0.1, and signed requests to it on kept-alive connections."""

    def __init__(self, app: App, secret: str, fake: LocalSlack):
        self.secret, self.fake = secret, fake
        self.server = SlackHTTPServer(app, host="127.0.0.1", port=0)
        self.server.start_background()
        self._ids = itertools.count()

    def close(self) -> None:
        self.server.stop()

    def run(self, texts: list[str], clients: int) -> list[float]:
        """Send `texts` from `clients` threads at once; milliseconds per request."""
        samples: list[float] = []
        lock = threading.Lock()
        chunks = [texts[i::clients] for i in range(clients)]

        def client(chunk: list[str]) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=600)
            mine = []
            for text in chunk:
                body, ctype = sr.slash_command(text, team=TEAM, user="U0BENCH", channel="C0BENCH",
                                               response_url=self.fake.response_url(f"b{next(self._ids)}"))
                headers = {"Content-Type": ctype, **sr.sign(self.secret, body)}
                start = time.perf_counter()
                conn.request("POST", PATH, body=body.encode(), headers=headers)
                response = conn.getresponse()
                payload = response.read()
                mine.append((time.perf_counter() - start) * 1000)
                if response.status != 200 or b"Beklager" in payload:
                    raise SystemExit(f"{text!r} failed: {response.status} {payload[:200]!r}")
            conn.close()
            with lock:
                samples.extend(mine)

        threads = [threading.Thread(target=client, args=(c,)) for c in chunks if c]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return samples


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def compare(requests: int, *, tracked_counts=TRACKED, client_counts=CLIENTS):
    """Yields (tracked, clients, command, p50, p99, bolt p50, bolt p99) rows as they are measured."""
    with tempfile.TemporaryDirectory() as tmp, LocalSlack(team=TEAM) as fake:
        secret = secrets.token_hex(16)
        settings = SlackSettings(bot_token="xoxb-bench", signing_secret=secret, api_url=fake.api_url, port=0)
        baseline = Served(bare_bolt(settings), secret, fake)
        try:
            for tracked in tracked_counts:
                work = tasks(tracked)
                store = Store(Path(tmp) / f"klik-{tracked}.json")
                track(store, TEAM, work)
                kb = KnowledgeBase.from_tasks([*load_seeds(), *work])
                app = create_app(settings=settings, store=store, knowledge=lambda kb=kb: kb)
                ours = Served(app, secret, fake)
                try:
                    steps = itertools.cycle(range(2, STEPS + 1))
                    ids = itertools.cycle(t.id for t in work)
                    for clients in client_counts:
                        n = max(requests, clients * 4)
                        for name, texts in (
                                ("/klik done", [f"done {next(ids)} {next(steps)}" for _ in range(n)]),
                                ("/klik status", [f"status {next(ids)}" for _ in range(n)])):
                            ours.run(texts[:20], min(clients, 20))  # warm up connections and caches
                            mine = percentiles(ours.run(texts, clients))
                            base = percentiles(baseline.run(texts, clients))
                            yield (tracked, clients, name, *mine, *base)
                finally:
                    ours.close()
        finally:
            baseline.close()


def flat_in_workspaces(requests: int) -> list[tuple[int, float, float]]:
    """`/klik done` store writes (mark_steps) with 1,000 tracked tasks, beside 0, 10 and 50 other
    workspaces of 1,000 tracked tasks each."""
    from bot.progress import mark_steps

    rows = []
    work = tasks(1_000)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "klik.json")
        track(store, TEAM, work)
        others = 0
        for wanted in (0, 10, 50):
            for n in range(others, wanted):
                track(store, f"T0OTHER{n}", work)
            others = wanted
            samples = []
            for i in range(len(rows) * requests, (len(rows) + 1) * requests):  # new marks each round
                start = time.perf_counter()
                step = 2 + i // len(work) % (STEPS - 1)
                mark_steps(store, team=TEAM, task=work[i % len(work)], steps=[step], user="U0BENCH",
                           command="bench")
                samples.append((time.perf_counter() - start) * 1000)
            rows.append((wanted, *percentiles(samples)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=300, help="requests per command and row")
    parser.add_argument("--tracked", type=int, nargs="+", default=TRACKED, metavar="N",
                        help="tasks the workspace tracks (default: 1000 10000)")
    parser.add_argument("--clients", type=int, nargs="+", default=CLIENTS, metavar="N",
                        help="clients sending at once (default: 1 20 100)")
    parser.add_argument("--skip-workspaces", action="store_true", help="leave out the table of store "
                        "writes beside other workspaces")
    parser.add_argument("--database-url", help="postgresql://…: instead, TinyDB vs PostgreSQL with 1 and 2 "
                        "`klik serve` instances (benchmarks/instances.py)")
    args = parser.parse_args()
    if args.database_url:
        from benchmarks import instances

        instances.main([args.database_url, "--requests", str(args.requests)])
        return
    print(f"{'tracked':>8}{'clients':>8}  {'command':<14}{'klik p50':>9}{'p99':>8}{'bolt p50':>10}{'p99':>8}"
          f"{'ratio p50':>11}{'p99':>7}")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "Task queue depth" at 100 clients
    for tracked, clients, name, p50, p99, b50, b99 in compare(args.requests, tracked_counts=args.tracked,
                                                              client_counts=args.clients):
        print(f"{tracked:>8,}{clients:>8}  {name:<14}{p50:>9.2f}{p99:>8.2f}{b50:>10.2f}{b99:>8.2f}"
              f"{p50 / b50:>10.1f}x{p99 / b99:>6.1f}x", flush=True)
    print("\n(ms per request, kept-alive connections, same server and settings for both apps)\n")
    if args.skip_workspaces:
        return
    print(f"{'other workspaces':>17}  {'store write p50 ms':>19}{'p99 ms':>8}   (1,000 tracked tasks)")
    for others, p50, p99 in flat_in_workspaces(args.requests):
        print(f"{others:>17}  {p50:>19.2f}{p99:>8.2f}")


if __name__ == "__main__":
    main()
