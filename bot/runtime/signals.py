"""SIGTERM (platforms stopping a dyno or service) and SIGINT (Ctrl-C) both mean: stop gracefully."""

from __future__ import annotations

import signal
import time

POLL_SECONDS = 0.1


class StopRequest:
    """Set by the first SIGTERM or SIGINT; a second one exits at once.

    The handler only flips a flag. It runs in the main thread between any two bytecodes, so it
    must not take a lock: `threading.Event.set()` there deadlocked when the signal arrived while
    the main thread held the same event's lock inside `Event.wait()` (seen in CI)."""

    def __init__(self) -> None:
        self.requested = False

    def handle(self, signum, frame) -> None:
        if self.requested:
            raise SystemExit(1)
        self.requested = True

    def wait(self, *, poll: float = POLL_SECONDS) -> None:
        """Until a stop is requested. A signal wakes the sleep at once (PEP 475 then resumes it
        for at most `poll` seconds), so stopping takes at most `poll` longer."""
        while not self.requested:
            time.sleep(poll)


def stop_on_signals() -> StopRequest:
    """Install the handlers for SIGTERM and SIGINT; `.wait()` returns after the first."""
    stop = StopRequest()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop.handle)
    return stop
