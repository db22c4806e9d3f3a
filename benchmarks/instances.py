"""`python -m benchmarks.slack --database-url postgresql://…` (or `python -m benchmarks.instances
URL`): `/klik done` and `/klik status` through real `klik serve` processes, on TinyDB (one
instance, the baseline) and on PostgreSQL with 1 and 2 instances, at 1 and 20 concurrent clients
on kept-alive connections; checks afterwards that no acknowledged change was lost.

The benchmark works in a schema of its own (`klik_bench_<random>`), dropped at the end, so any
database you may create a schema in will do.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot import slackrequests as sr
from bot.localslack import LocalSlack

TEAM = "T0BENCH"
TASKS, STEPS = 100, 20  # /klik done marks each (task, step) once: TASKS * STEPS writes at most
SECRET = secrets.token_hex(16)


def task_files(folder: Path) -> list[Path]:
    """TASKS tasks with STEPS steps each, one KLIK export file per task."""
    paths = []
    for t in range(TASKS):
        steps = "\n".join(f"- Udfør delopgave {n} for benchmarkopgave {t}" for n in range(1, STEPS + 1))
        path = folder / f"bench-{9000 + t}.md"
        path.write_text(f"**Master-opgave ID** {9000 + t}\n\n**Opgavetitel** Benchmarkopgave {t}\n\n"
                        f"**Projekt** KY\n\n**Metode og fremgangsmåde** {steps}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _klik(*args: str) -> list[str]:
    return [sys.executable, "-c", "from bot.cli import main; main()", *args]


class Instances:
    """`count` `klik serve` processes on one store, talking to one fake Slack Web API."""

    def __init__(self, env: dict[str, str], count: int):
        self.procs, self.ports = [], []
        for _ in range(count):
            proc = subprocess.Popen(_klik("serve", "--host", "127.0.0.1"), env=env, stderr=subprocess.PIPE,
                                    text=True)
            for line in proc.stderr:
                found = re.search(r"lytter på http://127\.0\.0\.1:(\d+)/", line)
                if found:
                    threading.Thread(target=proc.stderr.read, daemon=True).start()
                    self.procs.append(proc)
                    self.ports.append(int(found[1]))
                    break
            else:
                raise SystemExit(f"klik serve did not start (exit {proc.wait()})")

    def close(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            proc.wait(timeout=15)


class Client:
    """One Slack-side connection, kept alive, to one instance."""

    def __init__(self, port: int, fake: LocalSlack):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.fake = fake

    def command(self, text: str) -> float:
        body, ctype = sr.slash_command(text, team=TEAM, user="U0BENCH", channel="C0BENCH",
                                       response_url=self.fake.response_url("bench"))
        headers = {"Content-Type": ctype, **sr.sign(SECRET, body)}
        start = time.perf_counter()
        self.conn.request("POST", "/slack/events", body=body.encode(), headers=headers)
        response = self.conn.getresponse()
        payload = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200 or b"markerede" not in payload and b"Benchmarkopgave" not in payload:
            raise SystemExit(f"{text!r} failed: {response.status} {payload[:200]!r}")
        return elapsed


def load(ports: list[int], fake: LocalSlack, commands: list[str], clients: int
         ) -> tuple[list[float], float]:
    """Send `commands` from `clients` concurrent clients spread over the instances; the latencies and
    the requests per second."""
    share = [commands[i::clients] for i in range(clients)]
    conns = [Client(ports[i % len(ports)], fake) for i in range(clients)]
    barrier = threading.Barrier(clients + 1)

    def run(i: int) -> list[float]:
        barrier.wait()
        return [conns[i].command(text) for text in share[i]]

    with ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(run, i) for i in range(clients)]
        barrier.wait()
        start = time.perf_counter()
        samples = [s for f in futures for s in f.result()]
        elapsed = time.perf_counter() - start
    for conn in conns:
        conn.conn.close()
    return samples, len(samples) / elapsed


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def steps_done(location: str | Path) -> int:
    from bot.store import Store

    store = Store(location)
    try:
        return sum(len(doc.get("steps", {})) for doc in store.all("progress", workspace=TEAM).values())
    finally:
        store.backend.close()


def scenario(name: str, location: str | Path, count: int, requests: int, fake: LocalSlack,
             tasks: list[Path]) -> list[tuple]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_", "PORT"))}
    env |= {"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.api_url,
            "PORT": "0", "KLIK_REMINDER_HOUR": "23:59"}
    env |= {"KLIK_DATABASE_URL": location} if isinstance(location, str) else {"KLIK_DB": str(location)}
    subprocess.run(_klik("import", *map(str, tasks)), env=env, check=True, capture_output=True, timeout=300)
    instances = Instances(env, count)
    rows, pairs = [], iter([(9000 + t, s) for s in range(1, STEPS + 1) for t in range(TASKS)])
    try:
        load(instances.ports, fake, ["status 9099"] * 20, 2)  # warm up every instance
        marked = 0
        for clients in (1, 20):
            done_cmds = [f"done {t} {s}" for t, s in (next(pairs) for _ in range(requests))]
            done, done_rate = load(instances.ports, fake, done_cmds, clients)
            status, status_rate = load(instances.ports, fake, ["status 9000"] * requests, clients)
            marked += len(done_cmds)
            rows.append((name, count, clients, "/klik done", *percentiles(done), done_rate))
            rows.append((name, count, clients, "/klik status", *percentiles(status), status_rate))
    finally:
        instances.close()
    lost = marked - steps_done(location)
    rows.append((name, count, None, f"lost updates: {lost} of {marked}", 0.0, 0.0, 0.0))
    return rows


def run(url: str, requests: int) -> list[tuple]:
    import psycopg

    schema = f"klik_bench_{secrets.token_hex(4)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp, LocalSlack(team=TEAM) as fake:
            tasks = task_files(Path(tmp))
            rows += scenario("TinyDB", Path(tmp) / "klik.json", 1, requests, fake, tasks)
            for count in (1, 2):
                with psycopg.connect(url, autocommit=True) as conn:  # each run on empty tables
                    conn.execute(f"DROP SCHEMA {schema} CASCADE; CREATE SCHEMA {schema}")
                at = f"{url}{sep}options=-csearch_path%3D{schema}"
                rows += scenario("PostgreSQL", at, count, requests, fake, tasks)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return rows


def report(rows: list[tuple]) -> None:
    print(f"{'store':<11}{'instances':>10}{'clients':>8}  {'command':<16}{'p50 ms':>8}{'p99 ms':>8}"
          f"{'req/s':>8}")
    for name, count, clients, command, p50, p99, rate in rows:
        if clients is None:
            print(f"{name:<11}{count:>10}{'':>8}  {command}")
        else:
            print(f"{name:<11}{count:>10}{clients:>8}  {command:<16}{p50:>8.2f}{p99:>8.2f}{rate:>8.0f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database_url", help="postgresql://… (the benchmark creates and drops a schema)")
    parser.add_argument("--requests", type=int, default=400,
                        help="requests per command, client count and run")
    args = parser.parse_args(argv)
    if args.requests * 2 > TASKS * STEPS:
        parser.error(f"--requests at most {TASKS * STEPS // 2}")
    report(run(args.database_url, args.requests))


if __name__ == "__main__":
    main()
