"""Black-box harness: two `klik serve` (and a `klik remind` loop) on one KLIK_DB on a loop-mounted ext4
with 128-byte inodes (whole-second timestamps, where another process's same-size rewrite within
the second looks unchanged). Every acknowledged change must survive.

Needs root (mkfs/mount): `sudo KLIK_HARNESS_LOOP=1 pytest tests/blackbox/test_bb_two_processes.py`.
Skipped otherwise; the suite never needs root."""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from blackbox_kit import TOKEN, Client, Serve, base_env, klik_argv, no_traceback, slash, stop
from threads import run_concurrently, running

from bot.localslack import LocalSlack

pytestmark = pytest.mark.skipif(
    os.environ.get("KLIK_HARNESS_LOOP") != "1" or os.geteuid() != 0 or not shutil.which("mkfs.ext4"),
    reason="mounts a loop ext4 (-I 128): run as root with KLIK_HARNESS_LOOP=1")


@pytest.fixture
def ext4() -> Iterator[Path]:
    """A fresh ext4 with 128-byte inodes mounted under a temp dir made here; unmounted and removed."""
    base = Path(tempfile.mkdtemp(prefix="klik-ext4-", dir="/tmp"))
    image, mnt = base / "fs.img", base / "mnt"
    mnt.mkdir()
    with image.open("wb") as f:
        f.truncate(256 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-I", "128", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], check=True)
    try:
        yield mnt
    finally:
        for _ in range(10):
            if subprocess.run(["umount", str(mnt)], check=False).returncode == 0:
                break
            time.sleep(1)
        # only what this fixture made: the temp dir under /tmp it created
        if base.parent == Path("/tmp") and base.name.startswith("klik-ext4-") and not os.path.ismount(mnt):
            shutil.rmtree(base)


def test_two_servers_and_a_remind_loop_on_one_store_lose_no_acknowledged_change(ext4):
    from bot.progress import get_progress
    from bot.store import Store

    db = ext4 / "klik.json"
    teams = [f"T0TWO{n}" for n in range(40)]
    with LocalSlack() as fake:
        a = Serve(db, fake.api_url)
        b = Serve(db, fake.api_url)
        for team in teams:  # go-lives, so that `klik remind` has reminders to claim in the same files
            assert Client(a.port).post(*slash('golive "KY - Bølge 3" 2027-01-04', team=team))[0] == 200
        halt = threading.Event()
        remind_runs = []

        def remind_loop() -> None:
            env = base_env(db, SLACK_BOT_TOKEN=TOKEN, SLACK_API_URL=fake.api_url)
            while not halt.is_set():
                done = subprocess.run(klik_argv("remind"), env=env, capture_output=True, text=True,
                                      timeout=120)
                remind_runs.append(done)

        acked: list[tuple[str, int]] = []

        def client(port: int, team_slice: list[str], steps: tuple[int, ...]) -> None:
            c = Client(port, timeout=60)
            for step in steps:
                for team in team_slice:
                    try:
                        status, text = c.post(*slash(f"done 433 {step}", team=team))
                    except (OSError, http.client.HTTPException):
                        c = Client(port, timeout=60)
                        continue
                    if status == 200 and f"markerede trin {step}" in text:
                        acked.append((team, step))

        # both servers write the same workspaces' same task (the same file) at once: odd steps via
        # a, even steps via b, three clients each
        clients = [partial(client, port, teams[i::3], steps)
                   for port, steps in ((a.port, (1, 3, 5, 7)), (b.port, (2, 4, 6))) for i in range(3)]
        with running([remind_loop], timeout=120):
            started = time.monotonic()
            try:
                run_concurrently(clients, timeout=300)
            finally:
                halt.set()
        took = time.monotonic() - started
        for server in (a, b):
            assert stop(server) == 0
            assert no_traceback(server.output), server.output
    assert len(acked) == 7 * len(teams), f"only {len(acked)} of {7 * len(teams)} acknowledged in {took:.0f} s"
    assert remind_runs and all(r.returncode == 0 for r in remind_runs), remind_runs[-1].stderr
    store = Store(db)
    try:
        lost = [(t, s) for t, s in acked if s not in get_progress(store, t, "433").steps]
        audited = {(e["team"], s) for e in store.history() if e.get("action") == "done"
                   for s in e.get("details", {}).get("steps", [])}
    finally:
        store.close()  # or the mount stays busy
    assert lost == [], f"{len(lost)} of {len(acked)} acknowledged changes lost: {lost[:5]}"
    assert set(acked) <= audited
