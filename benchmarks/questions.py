"""Score the answers on a question set laid out like ../shared/eval: DIR/tasks/*.txt (KLIK exports)
and DIR/questions.jsonl (q, found, all, any, none, src, kind).

    python -m benchmarks.questions ../shared/eval          # score per kind, overall, confident wrong
    python -m benchmarks.questions tests/questions/dev -v   # and every failure with its answer

The tasks are imported into a fresh KLIK_DB in a temp dir (never the default database) and every
question is answered by `klik ask --batch FILE --json`, the same pipeline users get. The answers
are graded by DIR/grade.py when the set ships one, else by the same rules in `grading.py`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks import grading


def _klik(args: list[str], env: dict[str, str]) -> str:
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", *args]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"klik {args[0]} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def _grader(directory: Path):
    """The set's own grade(q, a) when it has a grade.py, else ours."""
    path = directory / "grade.py"
    if path.is_file():
        spec = importlib.util.spec_from_file_location("_set_grade", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if hasattr(module, "grade"):
            return module.grade
    return grading.grade


def answer_all(directory: Path) -> tuple[list[dict], list[dict]]:
    questions = [json.loads(line) for line in (directory / "questions.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="klik-questions-") as tmp:
        env = {**os.environ, "KLIK_DB": str(Path(tmp) / "klik.json")}
        env.pop("KLIK_TEAM", None)
        files = sorted(str(p) for p in (directory / "tasks").glob("*") if p.is_file())
        _klik(["import", *files], env)
        batch = Path(tmp) / "q.txt"
        batch.write_text("\n".join(q["q"] for q in questions) + "\n", encoding="utf-8")
        out = _klik(["ask", "--batch", str(batch), "--json"], env)
    answers = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(answers) != len(questions):
        raise SystemExit(f"{len(questions)} questions but {len(answers)} answers")
    return questions, answers


def score(directory: Path, *, verbose: bool = False, out=sys.stdout) -> dict:
    questions, answers = answer_all(directory)
    return report(questions, answers, _grader(directory), verbose=verbose, out=out)


def report(questions: list[dict], answers: list[dict], grade, *, verbose: bool = False,
           out=sys.stdout) -> dict:
    """Print the score per kind, overall and the confident wrong answers; return the figures."""
    per_kind: dict[str, Counter] = defaultdict(Counter)
    confident_wrong = 0
    failures = []
    for i, (q, a) in enumerate(zip(questions, answers, strict=True), 1):
        why = grade(q, a)
        kind = q.get("kind", "?")
        per_kind[kind]["n"] += 1
        per_kind[kind]["ok"] += not why
        if why:
            confident_wrong += bool(a.get("found"))
            failures.append((i, kind, q["q"], why, str(a.get("answer", ""))))
    total = sum(c["n"] for c in per_kind.values())
    right = sum(c["ok"] for c in per_kind.values())
    for kind in sorted(per_kind):
        c = per_kind[kind]
        print(f"{kind:14} {c['ok']:4}/{c['n']:<4} {100 * c['ok'] / c['n']:5.1f}%", file=out)
    print(f"{'all':14} {right:4}/{total:<4} {100 * right / max(total, 1):5.1f}%   "
          f"confident wrong (found=true but wrong): {confident_wrong}", file=out)
    if verbose:
        for i, kind, question, why, answer in failures:
            print(f"\n#{i} [{kind}] {question}\n   {'; '.join(why)}\n   answer: {answer[:300]!r}", file=out)
    return {"right": right, "total": total, "confident_wrong": confident_wrong,
            "per_kind": {k: dict(c) for k, c in per_kind.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.questions",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=Path, help="a folder with tasks/ and questions.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure with its answer")
    args = parser.parse_args(argv)
    if not (args.directory / "questions.jsonl").is_file() or not (args.directory / "tasks").is_dir():
        print(f"{args.directory} has no questions.jsonl and tasks/ folder", file=sys.stderr)
        return 2
    score(args.directory, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
