"""Benchmark: parsing the seeds, and task lookups (hit, miss with suggestions) among 10,000 tasks."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.catalog import TASKS, load_knowledge
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds, ref_key
from knowledge.models import Task
from knowledge.parse import parse_file

SEEDS = sorted((Path(__file__).parents[1] / "knowledge" / "seeds").glob("*.txt"))

N = 10_000


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(p50, p99) in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]


def _many(n: int) -> list[Task]:
    template = load_seeds()[1]
    return [template.model_copy(update={"id": str(1000 + i), "title": f"SA {i} opgave nummer {i}"})
            for i in range(n)]


def main() -> None:
    p50, p99 = _timed(lambda: [parse_file(path) for path in SEEDS], 20)
    print(f"parse both seeds:                  p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")

    tasks = _many(N)
    start = time.perf_counter()
    kb = KnowledgeBase.from_tasks(tasks)
    print(f"KnowledgeBase of {N} tasks:     built in {(time.perf_counter() - start) * 1000:.1f} ms")
    refs = [str(1000 + i) for i in range(0, N, 7)]
    p50, p99 = _timed(lambda: [kb.get(r) for r in refs], 50)
    per = 1000 / len(refs)
    print(f"get (hit), per lookup:             p50 {p50 * per:7.2f} µs   p99 {p99 * per:7.2f} µs")
    p50, p99 = _timed(lambda: kb.get("EFAKTURA 8B"), 200)
    print(f"get (miss, no fuzzy):              p50 {p50 * 1000:7.2f} µs   p99 {p99 * 1000:7.2f} µs")
    p50, p99 = _timed(lambda: kb.suggest("opgave nummer 4711x"), 30)
    print(f"suggest (miss, ids + titles):      p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "klik.json")
        with store.transaction() as tx:
            for t in tasks:
                tx.put(TASKS, ref_key(t.id), t.model_dump(mode="json"))
        start = time.perf_counter()
        load_knowledge(store)
        print(f"load_knowledge, {N} imported:   first {(time.perf_counter() - start) * 1000:.0f} ms", end="")
        p50, p99 = _timed(lambda: load_knowledge(store), 200)
        print(f", cached p50 {p50 * 1000:.0f} µs p99 {p99 * 1000:.0f} µs")


if __name__ == "__main__":
    main()
