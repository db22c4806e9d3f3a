"""`python -m benchmarks.startup`: how long `klik ask` and `klik say` take from process start to
answer (median of --runs), next to `python -c pass` and `import slack_bolt`, and how much CPU an
idle `klik serve` and `klik socket` use over --idle seconds, next to a bare bolt app on the same
server, all in the same run. Fake Slack (Web API and Socket Mode) on 127.0.0.1; a temp KLIK_DB."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scale import BARE_BOLT, serve
from bot.localslack import LocalSlack

QUESTION = "hvem underskriver bestillingsformularen?"
KLIK = [sys.executable, "-m", "bot.cli"]
TOKEN, SECRET, APP_TOKEN = "xoxb-startup", "startup-secret", "xapp-1-startup"


def wall(command: list[str], env: dict, runs: int) -> float:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the .pyc files
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_cpu(proc: subprocess.Popen, seconds: float) -> float:
    """% of one core the process used while nothing was sent to it."""
    time.sleep(1)  # let start-up work settle
    before, start = cpu_seconds(proc.pid), time.monotonic()
    time.sleep(seconds)
    used = cpu_seconds(proc.pid) - before
    proc.terminate()
    proc.wait(30)
    return 100 * used / (time.monotonic() - start)


def socket_idle(env: dict, seconds: float) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from fake_socket_mode import FakeSocketMode

    with LocalSlack() as fake, FakeSocketMode(app_token=APP_TOKEN) as socket:
        answer = fake.answer
        fake.answer = lambda method, body: ({"ok": True, "url": socket.ws_url()}
                                            if method == "apps.connections.open" else answer(method, body))
        env = {**env, "SLACK_API_URL": fake.api_url, "SLACK_APP_TOKEN": APP_TOKEN}
        proc = subprocess.Popen([*KLIK, "socket"], env=env, stderr=subprocess.DEVNULL)
        socket.wait_connections(1, timeout=60)
        return idle_cpu(proc, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds to watch an idle server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, LocalSlack() as fake:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_", "PORT"))}
        env |= {"KLIK_DB": str(Path(tmp) / "klik.json"), "SLACK_BOT_TOKEN": TOKEN,
                "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.api_url, "PORT": "0"}
        py = [sys.executable, "-c"]
        rows = [("python -c pass", wall([*py, "pass"], env, args.runs)),
                ("python -c 'import slack_bolt'", wall([*py, "import slack_bolt"], env, args.runs)),
                (f'klik ask "{QUESTION}"', wall([*KLIK, "ask", QUESTION], env, args.runs)),
                ('klik say "/klik status 433"', wall([*KLIK, "say", "/klik status 433"], env, args.runs))]
        idle = [("bare bolt app on waitress", idle_cpu(serve([*py, BARE_BOLT], env)[0], args.idle)),
                ("klik serve", idle_cpu(serve([*KLIK, "serve", "--host", "127.0.0.1"], env)[0], args.idle)),
                ("klik socket", socket_idle(env, args.idle))]
    print(f"{f'start-up (median of {args.runs})':<60}{'wall s':>8}")
    for name, seconds in rows:
        print(f"{name:<60}{seconds:>8.2f}")
    print(f"\n{f'idle for {args.idle:.0f} s':<60}{'CPU %':>8}")
    for name, percent in idle:
        print(f"{name:<60}{percent:>8.1f}")


if __name__ == "__main__":
    main()
