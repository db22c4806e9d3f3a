"""`python -m benchmarks.startup`: how long `klik ask`, `klik say` and `klik --help` take from
process start to answer, next to `python -c pass` and `import slack_bolt`, and how much CPU an idle
`klik serve` and `klik socket` use over --idle seconds, next to a bare bolt app on the same server,
all in the same run. Fake Slack (Web API and Socket Mode) on 127.0.0.1; a temp KLIK_DB.

Each command runs from a copy of the source tree twice: with bytecode (`.pyc` written by a warm-up
run, as in a normal install) and without (PYTHONDONTWRITEBYTECODE=1 and no `.pyc`: every module
compiled at each start, as in an editable install in an environment that sets it). With
`--before DIR` (a checkout of an earlier version, e.g. `git worktree add /tmp/before HEAD~5`) the
same commands run from it too, without the speed-up dependencies it did not name (PyStemmer).
Runs are interleaved (one of each per round) so a machine's changing
load hits every column alike; figures are medians."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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
ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [("python -c pass", [sys.executable, "-c", "pass"]),
            ("python -c 'import slack_bolt'", [sys.executable, "-c", "import slack_bolt"]),
            (f'klik ask "{QUESTION}"', [*KLIK, "ask", QUESTION]),
            ('klik say "/klik status 433"', [*KLIK, "say", "/klik status 433"]),
            ("klik --help", [*KLIK, "--help"])]


def source_copy(tree: Path, into: Path) -> Path:
    """The packages of `tree`, without any `.pyc`, in a fresh folder."""
    for package in ("bot", "knowledge", "handlers"):
        shutil.copytree(tree / package, into / package, ignore=shutil.ignore_patterns("__pycache__"))
    return into


def hidden_dependencies(tree: Path, tmp: Path) -> list[str]:
    """Folders that hide from an earlier version the optional speed-ups it did not depend on (its
    pyproject.toml does not name them), so it runs as it was installed: snowballstemmer uses
    PyStemmer's C stemmer whenever it can import it."""
    pyproject = tree / "pyproject.toml"
    if not pyproject.exists() or "pystemmer" in pyproject.read_text().casefold():
        return []
    shim = tmp / f"hide-{tree.name}"
    shim.mkdir(exist_ok=True)
    (shim / "Stemmer.py").write_text('raise ImportError("not a dependency of this version")\n')
    return [str(shim)]


def variants(trees: dict[str, Path], tmp: Path, env: dict) -> dict[str, tuple[Path, dict]]:
    """'<tree> pyc' and '<tree> no pyc': where to run from and with which environment."""
    found = {}
    for name, tree in trees.items():
        for bytecode in (True, False):
            where = source_copy(tree, tmp / f"{name}-{'pyc' if bytecode else 'src'}")
            path = [str(where), *hidden_dependencies(tree, tmp)]
            run_env = {**env, "PYTHONPATH": os.pathsep.join(path)}
            run_env.pop("PYTHONDONTWRITEBYTECODE", None)
            if not bytecode:
                run_env["PYTHONDONTWRITEBYTECODE"] = "1"
            found[f"{name} {'pyc' if bytecode else 'no pyc'}"] = (where, run_env)
    return found


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def walls(found: dict[str, tuple[Path, dict]], runs: int) -> dict[tuple[str, str], tuple[float, float]]:
    """Median (wall, CPU) seconds per (command, variant), runs interleaved round by round. CPU
    seconds (user + system) are less noisy than wall time on a machine shared with other jobs."""
    for where, env in found.values():  # warm-up: writes the .pyc files where allowed
        for _, command in COMMANDS:
            subprocess.run(command, env=env, cwd=where, check=True, capture_output=True)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for _ in range(runs):
        for name, command in COMMANDS:
            for variant, (where, env) in found.items():
                cpu, start = cpu_of_children(), time.perf_counter()
                subprocess.run(command, env=env, cwd=where, check=True, capture_output=True)
                times.setdefault((name, variant), []).append((time.perf_counter() - start,
                                                              cpu_of_children() - cpu))
    return {key: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
            for key, values in times.items()}


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
    parser.add_argument("--before", type=Path, metavar="DIR", help="an earlier version's source tree")
    args = parser.parse_args()
    trees = {"now": ROOT, **({"before": args.before.resolve()} if args.before else {})}
    with tempfile.TemporaryDirectory() as tmp, LocalSlack() as fake:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_", "PORT"))}
        env |= {"KLIK_DB": str(Path(tmp) / "klik.json"), "SLACK_BOT_TOKEN": TOKEN,
                "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.api_url, "PORT": "0"}
        found = variants(trees, Path(tmp), env)
        medians = walls(found, args.runs)
        py = [sys.executable, "-c"]
        idle = [("bare bolt app on waitress", idle_cpu(serve([*py, BARE_BOLT], env)[0], args.idle)),
                ("klik serve", idle_cpu(serve([*KLIK, "serve", "--host", "127.0.0.1"], env)[0], args.idle)),
                ("klik socket", socket_idle(env, args.idle))]
    for column, what in ((0, "wall s"), (1, "CPU s")):
        print(f"{f'start-up, {what} (median of {args.runs})':<52}" + "".join(f"{v:>15}" for v in found))
        for name, _ in COMMANDS:
            print(f"{name:<52}" + "".join(f"{medians[(name, v)][column]:>15.3f}" for v in found))
        print()
    print(f"{f'idle for {args.idle:.0f} s':<52}{'CPU %':>15}")
    for name, percent in idle:
        print(f"{name:<52}{percent:>15.1f}")


if __name__ == "__main__":
    main()
