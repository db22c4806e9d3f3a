"""SIGTERM (platforms stopping a dyno or service) and SIGINT (Ctrl-C) both mean: stop gracefully."""

from __future__ import annotations

import signal
import threading


def stop_on_signals() -> threading.Event:
    """An event set by the first SIGTERM or SIGINT; a second one exits at once."""
    stop = threading.Event()

    def handle(signum, frame) -> None:
        if stop.is_set():
            raise SystemExit(1)
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handle)
    return stop
