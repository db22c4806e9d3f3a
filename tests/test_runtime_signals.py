"""Stopping `klik serve`/`klik socket` on SIGTERM/SIGINT: never a deadlock, a second signal exits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest

from bot.runtime.signals import StopRequest, stop_on_signals


def test_a_signal_inside_wait_never_blocks_the_handler(monkeypatch):
    # A signal can arrive at any bytecode of wait(); simulate it arriving inside the sleep. The
    # old Event-based handler took the lock wait() held and hung the server for good.
    stop = StopRequest()
    monkeypatch.setattr("bot.runtime.signals.time.sleep", lambda s: stop.handle(signal.SIGTERM, None))
    done = threading.Event()
    worker = threading.Thread(target=lambda: (stop.wait(), done.set()), daemon=True)
    worker.start()
    assert done.wait(5), "wait() did not return after the signal"


def test_a_second_signal_exits_at_once():
    stop = StopRequest()
    stop.handle(signal.SIGTERM, None)
    with pytest.raises(SystemExit):
        stop.handle(signal.SIGINT, None)


def test_real_sigterms_at_any_moment_stop_the_wait():
    # Many real signals at varied moments around wait(), in a child process (handlers are per process).
    script = (
        "import os, signal, threading, time, random\n"
        "from bot.runtime.signals import stop_on_signals\n"
        "for i in range(40):\n"
        "    stop = stop_on_signals()\n"
        "    threading.Timer(random.random() * 0.003, os.kill, (os.getpid(), signal.SIGTERM)).start()\n"
        "    stop.wait(poll=0.005)\n"
        "print('stopped 40 times')\n")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert "stopped 40 times" in result.stdout


def test_stop_on_signals_installs_for_both(monkeypatch):
    installed = {}
    monkeypatch.setattr("bot.runtime.signals.signal.signal", lambda sig, fn: installed.__setitem__(sig, fn))
    stop = stop_on_signals()
    assert set(installed) == {signal.SIGTERM, signal.SIGINT}
    installed[signal.SIGTERM](signal.SIGTERM, None)
    assert stop.requested
