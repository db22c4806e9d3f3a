"""Whether the engine's found answers can be told right from wrong: right/wrong counts by confidence and by
signals the engine does not use, per group of question sets.

    python -m benchmarks.calibration tests/questions/who23 tests/heldout26 ...   # one group per kind of set

Each question is answered as `klik ask` answers it (benchmarks/stages.py), graded by its set's rules, and
each found answer is described by its confidence, its shape (lines shown, sources, the winning candidate's
kind) and signals computed from the question and the answer shown only: a second retriever's opinion (BM25
over all passages of the set: the source task's rank, the quoted passage's score against BM25's top),
lexical support (the share of the question's content keys the shown lines, or they with the source's title,
hold; whether the question's rarest word is among them), rapidfuzz's token_set_ratio of question and
answer, and whether it is a who-question, by the lines shown. Output is counts only (right/wrong per bin), for
held-out sets too: no question, answer or task text is printed or kept. Groups: held-out sets
(benchmarks.heldout: 'heldout*' folders not retired) but the newest, the newest held-out set alone
(--newest, default heldout27), the rest.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from benchmarks.heldout import held_out
from benchmarks.questions import _grader
from benchmarks.stages import traced

_META = re.compile(r"^(Kilde|Kilder|Source|Sources|Måske mener du|Did you mean)\b")
_WHO = re.compile(r"\b(hvem|who|whom|whose)\b")


def shown_lines(answer: str) -> list[str]:
    """The lines of an answer that say something (not its source line or suggestions)."""
    return [line for line in answer.splitlines() if line.strip() and not _META.match(line.strip())]


def _bm25(index):
    """A BM25 retriever over every passage of the index (Danish snowball stems, as benchmarks/qa.py)."""
    import bm25s
    import snowballstemmer

    stemmer = snowballstemmer.stemmer("danish")
    texts = [index.passages.text_of(p) for p in range(len(index.passages))]
    corpus = bm25s.tokenize(texts, stemmer=stemmer, show_progress=False, stopwords=None)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    return retriever, corpus.vocab, stemmer


def _bm25_signals(index, bm, question: str, tasks: list[int], shown_keys: set[str]) -> dict:
    """The source task's rank among tasks by BM25's best passage, and the quoted passage's (the source's
    passage sharing most keys with the shown lines) score as a share of BM25's top."""
    from knowledge.fold import content_keys

    retriever, vocab, stemmer = bm
    stems = (stemmer.stemWord(w) for w in re.findall(r"\w+", question.casefold()))
    query = [vocab[w] for w in stems if w in vocab]
    if not query or not tasks:
        return {"bm_task_rank": -1, "bm_quoted": -1.0}
    scores = retriever.get_scores(query)
    top = float(scores.max()) or 1.0
    best = [float(scores[a:b].max()) if b > a else 0.0 for a, b in index.task_span]
    source = max(best[t] for t in tasks)
    quoted = max((p for t in tasks for p in range(*index.task_span[t])),
                 key=lambda p: len(shown_keys & content_keys(index.passages.text_of(p))), default=None)
    return {"bm_task_rank": 1 + sum(1 for v in best if v > source + 1e-9),
            "bm_quoted": float(scores[quoted]) / top if quoted is not None else -1.0}


def signals(index, bm, question: str, got, candidate_kind: str, expects: str) -> dict:
    """The signals of one found answer (numbers and flags only)."""
    from rapidfuzz import fuzz

    from knowledge.fold import content_keys, question_keys

    lines = shown_lines(got.answer)
    shown = "\n".join(lines)
    ids = {t.id: i for i, t in enumerate(index.tasks)}
    tasks = [ids[s] for s in got.sources if s in ids]
    asked, said = question_keys(question), content_keys(shown)
    titled = said | content_keys(" ".join(index.tasks[t].title for t in tasks))
    known = [k for k in asked if index.task_postings.get(k)]
    rarest = min(known, key=lambda k: (len(index.task_postings[k]), k)) if known else None
    out = {"conf": got.confidence, "lines": len(lines), "sources": len(got.sources), "kind": candidate_kind,
           "who": bool(_WHO.search(question.casefold())), "expects": expects,
           "cover_shown": len(asked & said) / len(asked) if asked else 1.0,
           "cover_titled": len(asked & titled) / len(asked) if asked else 1.0,
           "unknown_words": len(asked) - len(known), "rarest_shown": rarest is None or rarest in titled,
           "fuzz_set": fuzz.token_set_ratio(question.casefold(), shown.casefold())}
    out.update(_bm25_signals(index, bm, question, tasks, said))
    return out


def _winner(record) -> tuple[str, str]:
    """The winning candidate's kind and the question's expected type, from the pipeline's trace."""
    att = record.attempts[record.chosen] if record and record.attempts else {}
    q, best = att.get("q"), att.get("best")
    steps = ("built", "weighed", "checked", "careful", "settled")
    shots = {s.ident: s for step in steps for s in att.get(step, [])}
    win = shots.get(best)
    return (win.kind if win else "?"), (q.expects.name if q is not None else "?")


def rows_of(directory: Path) -> list[dict]:
    """One row per question: found, right, and for a found answer its signals."""
    grade = _grader(directory)
    rows, bm = [], None
    for _, item, got, record, index in traced(directory):
        if bm is None:
            bm = _bm25(index)
        right = not grade(item, {"answer": got.answer, "found": got.found, "sources": got.sources})
        row = {"found": got.found, "right": right}
        if got.found:
            row.update(signals(index, bm, item["q"], got, *_winner(record)))
        rows.append(row)
    return rows


def _upto(value: float, edges: list[float]) -> str:
    return next((f"<={e}" for e in edges if value <= e), f">{edges[-1]}")


BINS = {
    "confidence": lambda r: _upto(r["conf"], [0.7, 0.8, 0.9, 0.99]),
    "lines shown": lambda r: min(r["lines"], 5),
    "sources": lambda r: min(r["sources"], 3),
    "question keys in shown lines": lambda r: _upto(r["cover_shown"], [0, 0.34, 0.5, 0.67, 0.99]),
    "... in shown lines or title": lambda r: _upto(r["cover_titled"], [0, 0.34, 0.5, 0.67, 0.99]),
    "rarest word shown or titled": lambda r: r["rarest_shown"],
    "words no task holds": lambda r: min(r["unknown_words"], 2),
    "fuzz token_set_ratio": lambda r: _upto(r["fuzz_set"], [30, 40, 50, 60, 70, 80]),
    "BM25 rank of source task": lambda r: min(r["bm_task_rank"], 4),
    "BM25 quoted / top": lambda r: _upto(r["bm_quoted"], [0, 0.25, 0.5, 0.75, 0.99]),
    "who-question x lines": lambda r: f"{r['who']}:{min(r['lines'], 5)}",
    "who-question x kind, 5+ lines": lambda r: f"{r['who']}:{r['kind']}" if r["lines"] >= 5 else "<5 lines",
}


def tables(groups: dict[str, list[dict]]) -> str:
    """Right/wrong of found answers per bin of every signal, one column per group."""
    names = list(groups)
    out = ["found answers right/wrong: " + "  ".join(
        f"{n} {sum(r['right'] for r in g if r['found'])}/{sum(not r['right'] for r in g if r['found'])}"
        for n, g in groups.items())]
    for title, bin_of in BINS.items():
        counts = {n: Counter((str(bin_of(r)), r["right"]) for r in g if r["found"])
                  for n, g in groups.items()}
        out.append(f"== {title}   right/wrong:  " + " | ".join(names))
        for b in sorted({b for c in counts.values() for b, _ in c}):
            out.append(f"  {b:>16}  " + " | ".join(f"{counts[n][(b, True)]:5}/{counts[n][(b, False)]:<4}"
                                                     for n in names))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--newest", default="heldout27", help="the held-out set checked alone")
    args = parser.parse_args()
    groups: dict[str, list[dict]] = {"own": [], "held-out": [], args.newest: []}
    for d in args.dirs:
        name = args.newest if d.name == args.newest else "held-out" if held_out(d) else "own"
        groups[name] += rows_of(d)
    print(tables({n: g for n, g in groups.items() if g}))


if __name__ == "__main__":
    main()
