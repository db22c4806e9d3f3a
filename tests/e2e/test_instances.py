"""Several `klik serve` processes on one PostgreSQL, as behind a load balancer: 20 concurrent clients
spread over two instances lose no update and get no event answered twice, a request replayed to the
other instance is refused, an import made while they run is seen by both, and two schedulers
running at once send each reminder once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN
from slack_workspaces import wait_until
from threads import run_concurrently

from bot import slackrequests as sr
from bot.localslack import LocalSlack
from bot.progress import get_progress
from bot.store import Store

pytestmark = pytest.mark.postgres
TEAM, STEPS = "T0MANY", 40


def _many_steps_task(path: Path) -> Path:
    steps = "\n".join(f"- Udfør delopgave nummer {n} i systemet" for n in range(1, STEPS + 1))
    path.write_text(f"**Master-opgave ID** 900\n\n**Opgavetitel** SA 90 (Test) Mange trin\n\n"
                    f"**Projekt** KY\n\n**Beskrivelse** En opgave med mange trin.\n\n"
                    f"**Metode og fremgangsmåde** {steps}\n", encoding="utf-8")
    return path


def _env(url: str, fake: LocalSlack) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_", "PORT"))}
    return {**env, "KLIK_DATABASE_URL": url, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url, "PORT": "0"}


def _klik(*args: str) -> list[str]:
    return [sys.executable, "-c", "from bot.cli import main; main()", *args]


def _serve(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(_klik("serve", "--host", "127.0.0.1"), env=env, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        found = re.search(r"lytter på (http://127\.0\.0\.1:\d+/slack/events)", line)
        if found:
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
            return proc, found[1]
    proc.kill()
    raise AssertionError("klik serve did not start")


def _post(url: str, body: str, ctype: str, *, headers: dict[str, str] | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=body.encode(), method="POST",
                                 headers={"Content-Type": ctype, **sr.sign(SECRET, body), **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, res.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def _command(url: str, text: str, fake: LocalSlack, user: str = "U0ALICE") -> tuple[int, str]:
    body, ctype = sr.slash_command(text, team=TEAM, user=user, channel="C1",
                                   response_url=fake.response_url("r"))
    return _post(url, body, ctype)


def test_two_instances_under_20_clients_lose_nothing_and_duplicate_nothing(pg_url, tmp_path):
    with LocalSlack() as fake:
        env = _env(pg_url, fake)
        instances = [_serve(env), _serve(env)]
        urls = [url for _, url in instances]
        try:
            # An import made while both run is seen by both.
            subprocess.run(_klik("import", str(_many_steps_task(tmp_path / "t900.md"))), env=env, check=True,
                           capture_output=True, timeout=60)
            for url in urls:
                assert wait_until(lambda url=url: "Mange trin" in _command(url, "status 900", fake)[1], 30)

            # 20 clients, each marking two steps of one task through both instances at once.
            barrier = threading.Barrier(20)

            def client(c: int) -> list[tuple[int, str]]:
                barrier.wait()
                return [_command(urls[(c + i) % 2], f"done 900 {step}", fake, user=f"U{c:03d}")
                        for i, step in enumerate((c + 1, c + 21))]

            with ThreadPoolExecutor(20) as pool:
                replies = [r for rs in pool.map(client, range(20)) for r in rs]
            assert all(status == 200 and "markerede trin" in text for status, text in replies), replies
            store = Store(pg_url)
            try:
                assert sorted(get_progress(store, TEAM, "900").steps) == list(range(1, STEPS + 1))
                done = [e for e in store.history(team=TEAM, task="900") if e["action"] == "done"]
                assert len(done) == STEPS  # one audit entry per change, none lost
            finally:
                store.backend.close()

            # Each event delivered to both instances at once (Slack's retry racing the original).
            events = [sr.mention("hvem er forvaltningsansvarlig for Prisme?", user="U0BOB", channel="C2")
                      for _ in range(20)]
            deliveries = [(url, sr.event_callback(e, team=TEAM, event_id=f"EvMANY{i:02d}")) for i, e in
                          enumerate(events) for url in urls]
            with ThreadPoolExecutor(20) as pool:
                statuses = list(pool.map(lambda d: _post(d[0], *d[1])[0], deliveries))
            assert statuses == [200] * 40
            def answers() -> list:
                return [c for c in fake.calls_to("chat.postMessage") if c.body.get("channel") == "C2"]

            assert wait_until(lambda: len(answers()) >= 20, 30)
            time.sleep(0.5)  # a second answer, if any, would arrive now
            answered = Counter(c.body.get("thread_ts") for c in answers())
            assert sorted(answered) == sorted(e["ts"] for e in events) and set(answered.values()) == {1}

            # A signed command captured and sent again to the other instance is refused there too.
            body, ctype = sr.slash_command("undo 900 1", team=TEAM, user="U0ALICE", channel="C1",
                                           response_url=fake.response_url("x"))
            captured = sr.sign(SECRET, body)  # signed once: a replay resends the very same headers
            assert _post(urls[0], body, ctype, headers=captured)[0] == 200
            assert _post(urls[1], body, ctype, headers=captured)[0] == 409
        finally:
            for proc, _ in instances:
                proc.terminate()
            for proc, _ in instances:
                proc.wait(timeout=10)


def test_two_schedulers_at_once_send_each_reminder_once(pg_url):
    from bot.golive import set_golive
    from bot.progress import assign
    from bot.reminders import ReminderSettings
    from bot.runtime.scheduler import Scheduler
    from knowledge.base import KnowledgeBase, load_seeds

    kb = KnowledgeBase.from_tasks(load_seeds())
    stores = [Store(pg_url), Store(pg_url)]
    try:
        for team in ("T1", "T2", "T3"):
            set_golive(stores[0], team=team, name="KY - Bølge 3", day="2027-03-01", user="U1", command="t",
                       kb=kb)
            assign(stores[0], team=team, task=kb.resolve("433"), role="ansvarlig", assignee="U0ANSV",
                   user="U1", command="t", now=datetime(2026, 9, 1))
        with LocalSlack() as fake:
            from slack_sdk import WebClient

            client = WebClient(token=TOKEN, base_url=fake.api_url)
            schedulers = [Scheduler(store=s, knowledge=lambda: kb, client=client, settings=ReminderSettings(),
                                    now=lambda: datetime(2026, 9, 15, 9, 30)) for s in stores]
            for _ in range(5):
                run_concurrently([s.run_once for s in schedulers])
            posts = fake.calls_to("chat.postMessage")
            assert len(posts) == 3  # one DM to the ansvarlig per workspace, once, whoever ran the pass
    finally:
        for s in stores:
            s.backend.close()
