"""Benchmark: the answer engine against a naive baseline on synthetic knowledge bases.

    python -m benchmarks.qa                  # 1,000 and 10,000 tasks
    python -m benchmarks.qa --sizes 500      # other sizes
    python -m benchmarks.qa --quick          # 1,000 tasks, fewer questions
    python -m benchmarks.qa --sizes 1000 --repeat 5   # the engine's p99 in 5 fresh processes, and the least

Two baselines, measured in the same run on the same questions:
- extractOne: rapidfuzz `process.extractOne` over every passage (found when it scores >= 70);
- BM25 (bm25s, Danish snowball stems): the best passage, within the named task when the question
  names one, found when its score clears the threshold that suits BM25 best on these questions
  (picked afterwards, in its favour). Needs `pip install bm25s` (in the `bench` extra).
Questions come in two sets: the templates the synthetic tasks were written with, and the same
facts in people's own phrasing (other word order and verbs, English, filler words).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import re
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from benchmarks.synth import Question, make_phrased_questions, make_questions, make_tasks
from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.passages import task_passages
from knowledge.qa import english
from knowledge.qa.pipeline import answer

BASELINE_CUTOFF = 70


@dataclass
class Run:
    accuracy: float
    not_found_wrong: int
    p50_ms: float
    p99_ms: float
    p99_cpu_ms: float = 0.0  # CPU time of this thread: what the question costs on a busy machine


@dataclass
class Reply:
    text: str
    found: bool
    sources: list[str]


def right(q: Question, got: Reply) -> bool:
    """Found/not found as expected; a found answer quotes the expected text and only its task."""
    if got.found != q.found:
        return False
    if not q.found:
        return True
    text = " ".join(got.text.split()).casefold()
    return all(" ".join(e.split()).casefold() in text for e in q.expect) and got.sources == [q.source]


def measure(questions: list[Question], ask: Callable[[str], Reply]) -> Run:
    times, cpu, good, wrong_nf = [], [], 0, 0
    for q in questions:
        start, start_cpu = time.perf_counter(), time.thread_time()
        got = ask(q.text)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        good += right(q, got)
        wrong_nf += (not q.found) and got.found
    times.sort()
    cpu.sort()
    at = min(len(times) - 1, int(len(times) * 0.99))
    return Run(good / len(questions), wrong_nf, statistics.median(times), times[at], cpu[at])


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc), in MB."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return float("nan")


def bm25_baseline(tasks, passages):
    """BM25 over all passages; a question naming a task id is searched in that task only. Returns
    ask(text, threshold) and the threshold grid to try."""
    import bm25s
    import numpy as np
    import snowballstemmer

    stemmer = snowballstemmer.stemmer("danish")
    corpus = bm25s.tokenize([text for _, text in passages], stemmer=stemmer, show_progress=False,
                            stopwords=None)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    vocab = corpus.vocab
    by_task: dict[str, list[int]] = {}
    for i, (task_id, _) in enumerate(passages):
        by_task.setdefault(task_id, []).append(i)
    ids = re.compile(r"\b(" + "|".join(re.escape(t.id) for t in sorted(tasks, key=lambda t: -len(t.id)))
                     + r")\b")

    def ask(text: str, threshold: float) -> Reply:
        words = [stemmer.stemWord(w) for w in re.findall(r"\w+", text.casefold())]
        query = [vocab[w] for w in words if w in vocab]
        if not query:
            return Reply("", False, [])
        scores = retriever.get_scores(query)
        named = ids.search(text)
        pool = np.array(by_task[named.group(1)]) if named else np.arange(len(passages))
        best = pool[int(np.argmax(scores[pool]))]
        if scores[best] < threshold:
            return Reply("", False, [])
        task_id, passage = passages[best]
        return Reply(passage, True, [task_id])

    return ask


def bench(size: int, n_questions: int, baseline_questions: int, *, phrased: bool = False) -> str:
    tasks = make_tasks(size)
    questions = (make_phrased_questions if phrased else make_questions)(tasks, n_questions)
    kb = KnowledgeBase.from_tasks(tasks)
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    index_for(kb)
    build_s = time.perf_counter() - start
    memory = rss_mb() - before
    gc.collect()  # the build's garbage is collected once here, not inside a timed question
    passages = [(t.id, p.text) for t in tasks for p in task_passages(t)]
    texts = [utils.default_process(text) for _, text in passages]

    def baseline(text: str) -> Reply:
        best = process.extractOne(utils.default_process(text), texts, scorer=fuzz.WRatio,
                                  processor=None, score_cutoff=BASELINE_CUTOFF)
        if best is None:
            return Reply("", False, [])
        task_id, passage = passages[best[2]]
        return Reply(passage, True, [task_id])

    ours = measure(questions, _engine(kb))
    theirs = measure(questions[:baseline_questions], baseline)
    bm25 = _best_bm25(tasks, passages, questions[:baseline_questions])
    return (f"{size:>7,} {'phrased' if phrased else 'template':>9} {len(questions):>5} │ "
            f"{ours.accuracy:>6.1%} {ours.not_found_wrong:>4} "
            f"{ours.p50_ms:>7.2f} {ours.p99_ms:>7.2f} {ours.p99_cpu_ms:>7.2f} │ {bm25}"
            f"{theirs.accuracy:>6.1%} {theirs.p99_ms:>7.1f} │ {build_s:>7.2f} {memory:>7.0f}")


def engine_run(size: int, n_questions: int, phrased: bool) -> Run:
    """The engine alone on one knowledge base, as `bench` measures it (a process's first questions)."""
    tasks = make_tasks(size)
    questions = (make_phrased_questions if phrased else make_questions)(tasks, n_questions)
    kb = KnowledgeBase.from_tasks(tasks)
    index_for(kb)
    gc.collect()
    return measure(questions, _engine(kb))


def _engine(kb: KnowledgeBase) -> Callable[[str], Reply]:
    """The engine on `kb`, its first-call costs paid, as a running bot has them paid."""
    def engine(text: str) -> Reply:
        a = answer(kb, text)
        return Reply(a.answer, a.found, a.sources)

    engine("hvem er forvaltningsansvarlig for Prisme?")  # warm-up: first-call costs are not per question
    english.load()  # as a running bot does after its start (bot/runtime/knowledge.py)
    gc.collect()
    return engine


def _repeated(size: int, n_questions: int, phrased: bool, times: int) -> str:
    """The engine measured `times` more, each in a fresh process: in one process the answer caches
    (word keys, sentence judgements) would be warm from the run before, which no first question has;
    the p99 of one run swings by a millisecond with the machine's load, so the least is shown too."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn, max_tasks_per_child=1) as pool:
        runs = [pool.submit(engine_run, size, n_questions, phrased).result() for _ in range(times)]
    p99, cpu = ([f"{getattr(r, name):.2f}" for r in runs] for name in ("p99_ms", "p99_cpu_ms"))
    return (f"{'':>23} │ again: p50 {min(r.p50_ms for r in runs):.2f}, p99 {' '.join(p99)} (least "
            f"{min(map(float, p99)):.2f}), p99 cpu {' '.join(cpu)} (least {min(map(float, cpu)):.2f})")


def _best_bm25(tasks, passages, questions) -> str:
    try:
        ask = bm25_baseline(tasks, passages)
    except ImportError:
        return f"{'(pip install bm25s)':^37} │ "
    runs = [measure(questions, lambda text, th=th: ask(text, th)) for th in (0.0, 2.0, 4.0, 6.0, 8.0, 10.0)]
    best = max(runs, key=lambda r: r.accuracy)
    return (f"{best.accuracy:>6.1%} {best.not_found_wrong:>4} {best.p50_ms:>7.2f} {best.p99_ms:>7.2f} "
            f"{best.p99_cpu_ms:>7.2f} │ ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated task counts")
    parser.add_argument("--quick", action="store_true", help="1,000 tasks and fewer questions")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure the engine this many times in all, each in a fresh process")
    args = parser.parse_args(argv)
    sizes = [1000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    n_questions = 200 if args.quick else 500
    print("Synthetic KLIK tasks; questions with known answers, ~20% that must be answered 'not found'.")
    print(f"{'':23} │ {'engine':^37} │ {'baseline BM25':^37} │ {'extractOne':^14} │ {'index':^15}")
    print(f"{'tasks':>7} {'questions':>9} {'n':>5} │ {'acc':>6} {'!nf':>4} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'p99 cpu':>7} │ "
          f"{'acc':>6} {'!nf':>4} {'p50 ms':>7} {'p99 ms':>7} {'p99 cpu':>7} │ {'acc':>6} {'p99 ms':>7} │ "
          f"{'build s':>7} {'MB':>7}")
    for size in sizes:
        # The baselines scan every passage per question; at 10,000 tasks a sample keeps the run short.
        for phrased in (False, True):
            print(bench(size, n_questions, n_questions if size <= 2000 else 100, phrased=phrased), flush=True)
            if args.repeat > 1:
                print(_repeated(size, n_questions, phrased, args.repeat - 1), flush=True)
    print("acc: right answers (found/not found as expected, expected text, only the right task); "
          "!nf: questions it cannot know that were answered anyway; p99 cpu: the thread's CPU time, "
          "which other load on the machine does not inflate.")


if __name__ == "__main__":
    main()
