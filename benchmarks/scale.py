"""`python -m benchmarks.scale`: `klik serve` at 1,000 and 10,000 imported tasks, as real processes:
import time, start-up time until the port opens (knowledge and answer index built first), RSS,
the first question right after the port opens, and the first question after another import
(answered at once from the old knowledge; the new tasks are swapped in when built in the
background). The baseline, measured in the same run, is a bare bolt app started the same way.

Tasks are the two shipped exports with new ids (about 4 KB each, as real KLIK tasks)."""

from __future__ import annotations

import argparse
import os
import re
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bot import slackrequests as sr
from bot.localslack import LocalSlack

SEEDS = Path(__file__).resolve().parents[1] / "knowledge" / "seeds"
PER_FILE = 100
TEAM = "T0SCALE"


def write_exports(folder: Path, count: int, *, first: int) -> list[Path]:
    """`count` tasks in files of PER_FILE, a file in the markdown format, the next tab-separated."""
    md = (SEEDS / "ky-433-sa06-finans.md.txt").read_text(encoding="utf-8")
    tsv = (SEEDS / "kp-efaktura-8b.tsv.txt").read_text(encoding="utf-8")
    files = []
    for start in range(0, count, PER_FILE):
        parts = []
        for n in range(first + start, first + min(count, start + PER_FILE)):
            if (start // PER_FILE) % 2:
                parts.append(md.replace("**Master-opgave ID** 433", f"**Master-opgave ID** {n}")
                             .replace("(B3)", f"del {n} (B3)"))
            else:
                parts.append(tsv.replace("(eFaktura 8b)", f"(eFaktura {n})"))
        path = folder / f"export-{first + start}.{'md' if (start // PER_FILE) % 2 else 'tsv'}.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        files.append(path)
    return files


def klik(*args: str, env: dict) -> list[str]:
    return [sys.executable, "-c", "from bot.cli import main; main()", *args]


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024


def timed_import(files: list[Path], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(klik("import", *map(str, files), env=env), env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def ask(port: int, secret: str, question: str, fake: LocalSlack) -> tuple[float, str]:
    body, ctype = sr.slash_command(question, team=TEAM, user="U0SCALE", channel="C0SCALE",
                                   response_url=fake.response_url(secrets.token_hex(4)))
    request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                     method="POST", headers={"Content-Type": ctype, **sr.sign(secret, body)})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
    return (time.perf_counter() - start) * 1000, text


def serve(command: list[str], env: dict) -> tuple[subprocess.Popen, int, float]:
    """Start a server; (process, port, seconds until it said where it listens)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if m := re.search(r"lytter på http://127\.0\.0\.1:(\d+)", line):
            return proc, int(m[1]), time.perf_counter() - start
    raise SystemExit(f"{command} did not start")


BARE_BOLT = """
import sys
from slack_bolt import App
from bot.config import slack_settings
from bot.runtime.app import web_client
from bot.runtime.server import SlackHTTPServer
settings = slack_settings(mode="http")
app = App(client=web_client(settings), signing_secret=settings.signing_secret, process_before_response=True)
app.command("/klik")(lambda ack, command: ack(text="ok"))
server = SlackHTTPServer(app, host="127.0.0.1", port=0)
print(f"lytter på http://127.0.0.1:{server.port}/slack/events", file=sys.stderr, flush=True)
server.serve_forever()
"""


def measure(size: int, tmp: Path, fake: LocalSlack) -> dict:
    secret = secrets.token_hex(16)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_"))}
    env |= {"KLIK_DB": str(tmp / f"db-{size}" / "klik.json"), "SLACK_BOT_TOKEN": "xoxb-scale",
            "SLACK_SIGNING_SECRET": secret, "SLACK_API_URL": fake.api_url, "PORT": "0"}
    folder = tmp / f"exports-{size}"
    folder.mkdir()
    row = {"import_s": timed_import(write_exports(folder, size, first=100000), env)}
    proc, port, row["start_s"] = serve(klik("serve", "--host", "127.0.0.1", env=env), env)
    try:
        row["rss_mb"] = rss_mb(proc.pid)
        row["first_ms"], _ = ask(port, secret, "hvem er forvaltningsansvarlig for Prisme?", fake)
        more = tmp / f"more-{size}"
        more.mkdir()
        timed_import(write_exports(more, 2 * PER_FILE, first=900000), env)  # the second file: markdown
        imported, imported_at = time.perf_counter(), time.time()
        row["after_import_ms"], _ = ask(port, secret, "hvad er målet med opgave 900101?", fake)
        while "del 900101" not in ask(port, secret, "status 900101", fake)[1]:  # its title
            time.sleep(0.2)
        row["swap_s"] = time.perf_counter() - imported
    finally:
        proc.terminate()
        proc.wait(30)
    row["restart_s"], row["restart_first_ms"] = restart(env, secret, fake, since=imported_at)
    bare, _, row["bolt_start_s"] = serve([sys.executable, "-c", BARE_BOLT], env)
    row["bolt_rss_mb"] = rss_mb(bare.pid)
    bare.terminate()
    bare.wait(30)
    return row


def restart(env: dict, secret: str, fake: LocalSlack, *, since: float) -> tuple[float, float]:
    """Start again on the same tasks: the knowledge the last server built (kept beside the store by a
    forked process once built; waited for here) is read back instead of built."""
    kept = Path(env["KLIK_DB"] + ".knowledge")
    deadline = time.time() + 300
    while not (kept.exists() and kept.stat().st_mtime > since) and time.time() < deadline:
        time.sleep(0.2)
    proc, port, started = serve(klik("serve", "--host", "127.0.0.1", env=env), env)
    try:
        first, _ = ask(port, secret, "hvem er forvaltningsansvarlig for Prisme?", fake)
    finally:
        proc.terminate()
        proc.wait(30)
    return started, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000", help="task counts, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, LocalSlack(team=TEAM) as fake:
        rows = [(int(n), measure(int(n), Path(tmp), fake)) for n in args.sizes.split(",")]
    print(f"{'tasks':>7}{'import s':>10}{'start s':>9}{'bolt start s':>14}{'RSS MB':>8}{'bolt RSS':>10}"
          f"{'1st question ms':>17}{'after import ms':>17}{'swap s':>8}{'restart s':>11}{'1st after ms':>14}")
    for n, r in rows:
        print(f"{n:>7,}{r['import_s']:>10.1f}{r['start_s']:>9.1f}{r['bolt_start_s']:>14.1f}{r['rss_mb']:>8.0f}"
              f"{r['bolt_rss_mb']:>10.0f}{r['first_ms']:>17.0f}{r['after_import_ms']:>17.0f}{r['swap_s']:>8.1f}"
              f"{r['restart_s']:>11.1f}{r['restart_first_ms']:>14.0f}")
    print("\nstart s: process start until the port is open, knowledge and answer index built; 1st question: "
          "the first /klik question after that; after import: the first question right after another "
          f"`klik import` of {2 * PER_FILE} tasks (old knowledge until the new is swapped in, swap s later); "
          "restart: the same tasks started again (the knowledge the running bot kept is read back), "
          "and the first question after that.")


if __name__ == "__main__":
    main()
