"""Threads in tests: callables run at once, joined with a timeout, and the first exception raised
again in the test's own thread (a thread's exception is otherwise only printed, and the test passes)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def running(calls: Iterable[Callable[[], Any]], *, timeout: float = 60) -> Iterator[list[Any]]:
    """Start each call in its own thread, run the block meanwhile, and on leaving it wait for every
    thread (at most `timeout` seconds in all); then raise the first exception a call raised, or
    fail if one is still running. Yields the calls' results, in call order, filled in as they end."""
    calls = list(calls)
    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(n: int, call: Callable[[], Any]) -> None:
        try:
            results[n] = call()
        except BaseException as exc:  # noqa: BLE001 - raised again in the test's thread below
            errors.append(exc)

    # daemon: a thread that hangs fails its test below instead of keeping the test run alive
    threads = [threading.Thread(target=run, args=(n, call), daemon=True, name=f"test-call-{n}")
               for n, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    try:
        yield results
    finally:
        deadline = time.monotonic() + timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
    if errors:
        raise errors[0]
    hanging = [t.name for t in threads if t.is_alive()]
    assert not hanging, f"{len(hanging)} of {len(threads)} threads still running after {timeout} s"


def run_concurrently(calls: Iterable[Callable[[], Any]], *, timeout: float = 60) -> list[Any]:
    """Run the calls at once in threads and return their results in order (see `running`)."""
    with running(calls, timeout=timeout) as results:
        pass
    return results
