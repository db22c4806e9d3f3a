"""The tests' thread helper (tests/threads.py): at once, results in order, exceptions and hangs fail."""

from __future__ import annotations

import threading

import pytest
from threads import run_concurrently, running


def test_calls_run_at_once_and_return_in_order():
    together = threading.Barrier(4, timeout=10)  # broken unless all four wait at the same time

    def call(n: int) -> int:
        together.wait()
        return n * n

    assert run_concurrently([lambda n=n: call(n) for n in range(4)]) == [0, 1, 4, 9]


def test_a_thread_s_exception_is_raised_in_the_test():
    def fails() -> None:
        raise ValueError("in a thread")

    with pytest.raises(ValueError, match="in a thread"):
        run_concurrently([lambda: None, fails, lambda: None])


def test_a_thread_still_running_after_the_timeout_fails():
    release = threading.Event()
    try:
        with pytest.raises(AssertionError, match="1 of 2 threads still running after 0.2 s"):
            run_concurrently([lambda: None, lambda: release.wait(10)], timeout=0.2)
    finally:
        release.set()


def test_the_block_runs_while_the_threads_do():
    started, release = threading.Event(), threading.Event()

    def worker() -> str:
        started.set()
        release.wait(10)
        return "done"

    with running([worker], timeout=10) as results:
        assert started.wait(10) and results == [None]
        release.set()
    assert results == ["done"]
