"""`/klik due` with 600 due tasks stays inside Slack's limits: the most urgent first, a count, and a
'Vis flere' button that pages through the rest; the CLI has --limit/--all and survives a closed pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from handlers.deadlines import DUE_MORE
from knowledge.base import load_seeds
from knowledge.models import MethodStep, Task

MAX_MESSAGE_BYTES = 40_000  # far under Slack's limits, far over one page


def _tasks(n: int) -> list[Task]:
    return [Task(id=str(3000 + i), title=f"Forfalden opgave {i} " + "z" * 120, project="KY",
                 waves=["KY - Bølge 3"], end_offset_days=-(10 + i % 300), start_offset_days=-30,
                 method_steps=[MethodStep(number=1, text="Gør det")]) for i in range(n)]


@pytest.fixture
def slack_tasks():
    return [*load_seeds(), *_tasks(600)]


def _check(body: dict) -> None:
    blocks = body.get("blocks", [])
    assert len(blocks) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks if b["type"] == "section")
    assert len(json.dumps(body, ensure_ascii=False).encode()) < MAX_MESSAGE_BYTES


def test_due_with_600_due_tasks_stays_within_slacks_limits_and_pages(slack_app):
    s = slack_app.slack
    assert s.command('golive "KY - Bølge 3" 2026-09-01').status == 200
    body = s.command("due").json()
    _check(body)
    assert body["text"].startswith("601 opgaver")  # 600 plus 433
    text = json.dumps(body, ensure_ascii=False)
    assert "her 1-40, det mest presserende først" in text and "OVERSKREDET" in text
    button = next(e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert button["action_id"] == DUE_MORE and "561 tilbage" in button["text"]["text"]
    first = body["blocks"][1]["text"]["text"].splitlines()[0]
    res, url = s.click(DUE_MORE, button["value"])
    assert res.status == 200
    [page] = slack_app.fake.wait_for(lambda c: c.method == "response_url" and c.path.endswith(url[-3:]))
    _check(page.body)
    assert "her 41-80" in json.dumps(page.body, ensure_ascii=False)
    assert first not in json.dumps(page.body, ensure_ascii=False)


def _klik(db, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "KLIK_DB": str(db), "KLIK_TEAM": "T1", **(env or {})})


def test_cli_due_limits_and_all(tmp_path):
    from click.testing import CliRunner

    from bot.cli import cli

    os.environ["KLIK_DB"] = str(tmp_path / "klik.json")
    try:
        run = CliRunner()
        assert run.invoke(cli, ["golive", "KY - Bølge 3", "2026-09-01"]).exit_code == 0
        limited = run.invoke(cli, ["due", "--today", "2026-12-01", "--limit", "0"]).output
        assert "og 1 opgave mere" in limited and "--all" in limited
        everything = run.invoke(cli, ["due", "--today", "2026-12-01", "--all"]).output
        assert "433" in everything and "mere" not in everything
    finally:
        del os.environ["KLIK_DB"]


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`klik due | head -1`: the reader goes away; no 'Uventet fejl: BrokenPipeError', no traceback."""
    db = tmp_path / "klik.json"
    assert _klik(db, "golive", "KY - Bølge 3", "2026-09-01").returncode == 0
    closed_reader = ("import os, sys; r, w = os.pipe(); os.close(r); os.dup2(w, 1); "
                     "sys.argv = ['klik', *sys.argv[1:]]; from bot.cli import main; main()")
    for args in (["due", "--today", "2026-12-01"], ["show", "433"]):
        proc = subprocess.run([sys.executable, "-c", closed_reader, *args], capture_output=True, text=True,
                              env={**os.environ, "KLIK_DB": str(db), "KLIK_TEAM": "T1"}, timeout=60)
        assert "BrokenPipe" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert "Uventet" not in proc.stderr and proc.returncode in (0, 1)  # click's quiet EPIPE exit
