"""`klik serve` / `klik socket` as an admin runs them: settings checked first, then a real process
answering signed requests from Slack."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import SECRET, TOKEN
from threads import running

from bot import slackrequests as sr
from bot.config import ConfigError, slack_settings
from bot.localslack import LocalSlack

GOOD = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET}


@pytest.mark.parametrize(("env", "mode", "names"), [
    ({}, "http", "SLACK_BOT_TOKEN mangler"),
    ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "http", "SLACK_BOT_TOKEN skal starte med xoxb-"),
    ({"SLACK_BOT_TOKEN": TOKEN}, "http", "SLACK_SIGNING_SECRET mangler"),
    ({**GOOD, "SLACK_SIGNING_SECRET": "xoxb-oops"}, "http", "SLACK_SIGNING_SECRET indeholder et token"),
    ({"SLACK_BOT_TOKEN": TOKEN}, "socket", "SLACK_APP_TOKEN mangler"),
    ({"SLACK_BOT_TOKEN": TOKEN, "SLACK_APP_TOKEN": "xoxb-1"}, "socket",
     "SLACK_APP_TOKEN skal starte med xapp-"),
    ({**GOOD, "SLACK_API_URL": "slack.com/api"}, "http", "SLACK_API_URL skal være en http(s)-adresse"),
    ({**GOOD, "PORT": "web"}, "http", "PORT skal være et portnummer"),
])
def test_a_bad_setting_is_named_with_how_to_fix_it(env, mode, names):
    with pytest.raises(ConfigError) as err:
        slack_settings(mode=mode, env=env)
    assert str(err.value).startswith(names) and "\n" not in str(err.value)


def test_good_settings():
    settings = slack_settings(mode="http",
                              env={**GOOD, "PORT": "8080", "SLACK_API_URL": "http://127.0.0.1:9/api"})
    assert settings.port == 8080 and settings.api_url == "http://127.0.0.1:9/api/"
    socket = slack_settings(mode="socket", env={"SLACK_BOT_TOKEN": TOKEN, "SLACK_APP_TOKEN": "xapp-1"})
    assert socket.app_token == "xapp-1" and socket.signing_secret == ""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "KLIK_", "PORT"))}
    return {**env, "KLIK_DB": str(tmp_path / "klik.json"), **extra}


def _klik(*args: str) -> list[str]:
    return [sys.executable, "-c", "from bot.cli import main; main()", *args]


@pytest.mark.parametrize("command", ["serve", "socket"])
def test_start_without_settings_stops_with_one_line(tmp_path, command):
    done = subprocess.run(_klik(command), env=_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and done.stderr.startswith("Fejl: SLACK_BOT_TOKEN mangler")


def test_rejected_token_stops_the_start(tmp_path):
    with LocalSlack() as fake:
        fake.answer = lambda method, body: {"ok": False, "error": "invalid_auth"}
        env = _env(tmp_path, **GOOD, SLACK_API_URL=fake.api_url)
        done = subprocess.run(_klik("serve", "--host", "127.0.0.1", "--port", "0"), env=env,
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Fejl: Slack afviste SLACK_BOT_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_klik_serve_answers_signed_requests_and_rejects_unsigned(tmp_path):
    with LocalSlack() as fake:
        env = _env(tmp_path, **GOOD, SLACK_API_URL=fake.api_url, PORT="0")
        proc = subprocess.Popen(_klik("serve", "--host", "127.0.0.1"), env=env, stderr=subprocess.PIPE,
                                text=True)
        try:
            port = None
            for line in proc.stderr:
                m = re.search(r"lytter på http://127\.0\.0\.1:(\d+)/slack/events", line)
                if m:
                    port = int(m[1])
                    break
            assert port, "klik serve did not say where it listens"
            url = f"http://127.0.0.1:{port}/slack/events"
            body, ctype = sr.slash_command("done 433 1", team="T0SERVE", user="U0BOB", channel="C1",
                                           response_url=fake.response_url("x"))
            signed = urllib.request.Request(url, data=body.encode(), method="POST",
                                            headers={"Content-Type": ctype, **sr.sign(SECRET, body)})
            with urllib.request.urlopen(signed, timeout=10) as res:
                assert res.status == 200 and "markerede trin 1" in res.read().decode()
            unsigned = urllib.request.Request(url, data=body.encode(), method="POST",
                                              headers={"Content-Type": ctype})
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(unsigned, timeout=10)
            assert err.value.code == 401
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10) as res:
                assert res.status == 200
            assert proc.poll() is None
            assert [c.method for c in fake.calls] == ["auth.test"]
        finally:
            proc.terminate()  # SIGTERM, as a platform stops a service
            code = proc.wait(timeout=20)
    assert code == 0  # a graceful stop
    from bot.progress import get_progress
    from bot.store import Store

    assert list(get_progress(Store(tmp_path / "klik.json"), "T0SERVE", "433").steps) == [1]


def test_rejected_app_token_stops_socket_mode_with_how_to_fix_it(tmp_path):
    with LocalSlack() as fake:
        answer = fake.answer
        fake.answer = lambda method, body: ({"ok": False, "error": "invalid_auth"}
                                            if method == "apps.connections.open" else answer(method, body))
        env = _env(tmp_path, SLACK_BOT_TOKEN=TOKEN, SLACK_APP_TOKEN="xapp-wrong", SLACK_API_URL=fake.api_url)
        done = subprocess.run(_klik("socket"), env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "Fejl: Slack afviste SLACK_APP_TOKEN (invalid_auth)" in done.stderr
    assert "connections:write" in done.stderr and "Traceback" not in done.stderr


def test_kill_9_under_concurrent_load_loses_no_acknowledged_change(tmp_path):
    """Four clients send /klik done to `klik serve` (each request its own workspace, so the store
    holds many files); the server is killed with SIGKILL mid-stream. Every change that got its
    200 is there after a restart, each with its audit line, and the store opens cleanly."""
    import signal
    import threading

    from bot.progress import get_progress
    from bot.store import Store

    with LocalSlack() as fake:
        env = _env(tmp_path, **GOOD, SLACK_API_URL=fake.api_url, PORT="0")
        proc = subprocess.Popen(_klik("serve", "--host", "127.0.0.1"), env=env, stderr=subprocess.PIPE,
                                text=True)
        port = None
        for line in proc.stderr:
            if m := re.search(r"lytter på http://127\.0\.0\.1:(\d+)/slack/events", line):
                port = int(m[1])
                break
        assert port
        acknowledged: list[str] = []
        stop = threading.Event()

        def client(n: int) -> None:
            i = 0
            while not stop.is_set():
                team = f"T0K{n}X{i}"
                i += 1
                body, ctype = sr.slash_command("done 433 1", team=team, user="U0BOB", channel="C1",
                                               response_url=fake.response_url(team))
                request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                                 method="POST", headers={"Content-Type": ctype,
                                                                         **sr.sign(SECRET, body)})
                try:
                    with urllib.request.urlopen(request, timeout=30) as res:
                        if res.status == 200 and "markerede trin 1" in res.read().decode():
                            acknowledged.append(team)
                except TimeoutError:
                    continue  # a slow answer on a loaded machine, not an acknowledgement
                except (OSError, http.client.HTTPException):  # e.g. IncompleteRead mid-answer
                    return  # the server is gone

        with running([lambda n=n: client(n) for n in range(4)], timeout=40):
            deadline = time.monotonic() + 120  # generous: a loaded machine is slow, not wrong
            while len(acknowledged) < 60 and time.monotonic() < deadline:
                time.sleep(0.05)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            stop.set()
    assert len(acknowledged) >= 60
    store = Store(tmp_path / "klik.json")
    lost = [t for t in acknowledged if list(get_progress(store, t, "433").steps) != [1]]
    assert lost == []
    audited = {e["team"] for e in store.history() if e["action"] == "done"}
    assert set(acknowledged) <= audited
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name]


@pytest.mark.parametrize("name", ["klik.json", "klik.tasks.json"])
def test_a_damaged_file_stops_klik_serve_with_one_line_naming_it(tmp_path, name):
    (tmp_path / name).write_text('{"_meta":{"tx":"ab')  # truncated mid-write by something else
    with LocalSlack() as fake:
        env = _env(tmp_path, **GOOD, SLACK_API_URL=fake.api_url, PORT="0")
        done = subprocess.run(_klik("serve", "--host", "127.0.0.1"), env=env, capture_output=True, text=True,
                              timeout=60)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"Fejl: Databasefilen {tmp_path / name} kan ikke læses")
