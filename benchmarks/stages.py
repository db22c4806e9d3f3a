"""Where a question set's wrong answers lose the expected answer: the pipeline stage, per question or
as a stage x kind table.

    python -m benchmarks.stages tests/questions/dev          # one line per wrong answer
    python -m benchmarks.stages tests/heldout3 --counts      # only the stage x kind table

Each question is answered in this process, as `klik ask` answers it (benchmarks/questions.py), with
the pipeline's trace on (knowledge/qa/trace.py), and graded by the set's rules. A wrong answer gets one
stage, the first that applies:

- ROUTED: answered by a route that reads no passage (own work, an unknown task, nothing asked) or
  about another task than the expected source.
- NOT-RETRIEVED: no candidate holds the expected words, though a passage of the source task does;
  the detail says whether retrieval never scored it (no-shared-words), scored it under the cut-off
  (below-coverage) or ranked it under the passages kept (ranked-out), or kept it but did not quote it
  (not-quoted: the limit for an untyped question, a which/how filter).
- NO-PASSAGE: no candidate and no single passage of the source holds all the expected words (the
  answer would be composed: a list, a count, a reworded value).
- REJECTED: a candidate held the expected words but was dropped: the detail names the step (its
  coverage too low from the start, a prior in the pipeline, the check line in checks.check, the
  English yes/no care, the gate line in gate.answers, or the partial-answer reason).
- OUTRANKED: it survived, but another candidate won (the detail names the winner's kind, and
  'then-refused' when the winner was then judged partial or too weak, so the engine abstained).
- SHOWN: it won, but the answer shown lost the words or the source (the clause cut, a yes/no settled
  the other way).
- LET-THROUGH: a question the tasks do not answer got an answer: the detail names the winning
  candidate's kind and whether a word of the question no task holds, or only part of the question,
  was explained.
"""

from __future__ import annotations

import argparse
import json
import linecache
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.grading import has_keyword, norm_ref, norm_text
from benchmarks.heldout import held_out
from benchmarks.questions import _grader

THRESHOLD = 0.6  # knowledge.qa.pipeline.FOUND_THRESHOLD, read again in _engine()
_POLARITY = frozenset({"ja", "nej", "yes", "no"})


@dataclass
class Verdict:
    stage: str
    detail: str = ""
    lacking: str = ""  # the question's words the closest holding answer does not explain (per question only)


def _load(directory: Path) -> list[dict]:
    lines = (directory / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _import(directory: Path, db: Path) -> None:
    env = {**os.environ, "KLIK_DB": str(db)}
    env.pop("KLIK_TEAM", None)
    files = sorted(str(p) for p in (directory / "tasks").glob("*") if p.is_file())
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", "import", *files]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"klik import failed: {done.stderr.strip()[-500:]}")


def _engine():
    """The asking function and knowledge of the store KLIK_DB names (imported here: it reads the env)."""
    from bot.ask import ask
    from bot.catalog import load_knowledge
    from bot.config import default_team, local_user, store_location
    from bot.mrkdwn import local_user_id
    from bot.store import Store
    from knowledge.index import index_for
    from knowledge.qa import pipeline

    global THRESHOLD
    THRESHOLD = pipeline.FOUND_THRESHOLD
    store = Store(store_location())
    kb = load_knowledge(store)
    team, user = default_team(store), local_user_id(local_user())

    def asking(text: str):
        return ask(store, kb, team=team, question=text, user=user).answer

    return asking, index_for(kb)


def traced(directory: Path):
    """Each question of the set answered as `klik ask` answers it, in a store of the set's own tasks, with
    the pipeline's trace on: (number, item, result, trace record, index) per question."""
    from knowledge.qa import trace

    questions = _load(directory)
    with tempfile.TemporaryDirectory(prefix="klik-stages-") as tmp:
        db = Path(tmp) / "klik.json"
        _import(directory, db)
        old = os.environ.get("KLIK_DB")
        os.environ["KLIK_DB"] = str(db)
        try:
            asking, index = _engine()
            for i, item in enumerate(questions, 1):
                trace.ACTIVE = trace.Trace()
                try:
                    result = asking(item["q"])
                    record = trace.ACTIVE
                finally:
                    trace.ACTIVE = None
                yield i, item, result, record, index
        finally:
            if old is None:
                os.environ.pop("KLIK_DB", None)
            else:
                os.environ["KLIK_DB"] = old


def diagnose(directory: Path) -> list[tuple[int, dict, dict, Verdict]]:
    """Every wrong answer of the set, with the stage that lost it."""
    grade = _grader(directory)
    out = []
    for i, item, result, record, index in traced(directory):
        got = {"answer": result.answer, "found": result.found, "sources": result.sources}
        if grade(item, got):
            out.append((i, item, got, classify(index, item, got, record)))
    return out


def _matcher(item: dict, *, polar: bool):
    """Whether a text holds the expected words (with polar=False, leaving out ja/nej: a passage settles
    a yes/no without saying either)."""
    words = [k for k in item.get("all", []) if polar or norm_text(k).strip() not in _POLARITY]
    anys = [k for k in item.get("any", []) if polar or norm_text(k).strip() not in _POLARITY]
    anys = anys if anys or polar else []

    def holds(text: str) -> bool:
        said = norm_text(text)
        return all(has_keyword(said, k) for k in words) and \
            (not anys or any(has_keyword(said, k) for k in anys))

    return holds


def _src_tasks(index, item: dict) -> set[int]:
    wanted = {norm_ref(s) for s in item.get("src", [])}
    return {i for i, t in enumerate(index.tasks) if norm_ref(t.id) in wanted}


def classify(index, item: dict, got: dict, record) -> Verdict:
    attempt = record.attempts[record.chosen] if record and record.attempts else {}
    route = attempt.get("route", "?")
    q = attempt.get("q")
    if not item.get("found", True):
        return _let_through(attempt, route, q)
    if route.startswith("own:") or route in ("unknown_task", "empty"):
        return Verdict("ROUTED", route)
    src = _src_tasks(index, item)
    if q is not None and q.tasks and src and not src & set(q.tasks):
        return Verdict("ROUTED", "named-other-task")
    holds = _matcher(item, polar=False)
    shots = {s.ident: s for s in attempt.get("built", [])}
    good = [s for s in shots.values() if holds(s.text) and (not src or src <= set(s.tasks))]
    if not good:
        return _not_held(index, item, attempt, q, src, holds)
    best = attempt.get("best")
    order = {ident: n for n, ident in enumerate(attempt.get("ranked", []))}
    good.sort(key=lambda s: order.get(s.ident, len(order)))
    first = good[0]
    if any(s.ident == best for s in good):
        if route.startswith("partial:"):
            return Verdict("REJECTED", _partial_detail(index, q, first, route))
        if route == "found":
            yesno = q is not None and q.yesno
            return Verdict("SHOWN", "settled" if yesno and not _matcher(item, polar=True)(got["answer"])
                           else "clause-or-source")
        settled = attempt.get("settled")
        if settled and not settled[0].found:
            return Verdict("REJECTED", "settled-unknown")  # yesno.settle found no verdict in it
        return Verdict("REJECTED", _dropped(index, attempt, q, first) or route)
    dropped = _dropped(index, attempt, q, first)
    if dropped:
        return Verdict("REJECTED", dropped)
    winner = _shot(attempt, best)
    kind = winner.kind if winner is not None else "?"
    return Verdict("OUTRANKED", f"by {kind}" + ("" if route == "found" else " then-refused"))


def _shot(attempt: dict, ident):
    for key in ("careful", "checked", "weighed", "built"):
        for s in attempt.get(key, []):
            if s.ident == ident:
                return s
    return None


def _let_through(attempt: dict, route: str, q) -> Verdict:
    if route.startswith("own:"):
        return Verdict("LET-THROUGH", route)
    if route != "found":
        return Verdict("SHOWN", "forbidden-in-abstention")  # found=False, but it quotes a forbidden word
    winner = _shot(attempt, attempt.get("best"))
    kind = winner.kind if winner is not None else "?"
    if q is None or winner is None:
        return Verdict("LET-THROUGH", kind)
    if q.unknown():
        return Verdict("LET-THROUGH", f"{kind} unknown-word")
    if q.coverage(set(winner.explained)) < 0.999:
        return Verdict("LET-THROUGH", f"{kind} part-covered")
    return Verdict("LET-THROUGH", f"{kind} all-covered")


def _not_held(index, item: dict, attempt: dict, q, src: set[int], holds) -> Verdict:
    """No candidate held the expected words: did a passage of the source task?"""
    tasks = src or range(len(index.tasks))
    holding = [pid for t in tasks for pid in index.task_passage_ids(t)
               if holds(index.passages[pid].whole or index.passages[pid].text)]
    if not holding:
        return Verdict("NO-PASSAGE", "spread" if src and _spread(index, src, holds, item) else "absent")
    if set(holding) & set(attempt.get("quoted", [])):
        return Verdict("NOT-RETRIEVED", "quoted-cut")  # the clause shown left the words out
    if set(holding) & set(attempt.get("hits", [])):
        return Verdict("NOT-RETRIEVED", "not-quoted")
    if q is None:
        return Verdict("NOT-RETRIEVED", "?")
    from knowledge.retrieval import rank_passages

    wide = [h for h in rank_passages(index, q, tasks=sorted(src) or None, limit=400, min_coverage=0.0)
            if h.pid in holding]
    if not wide:
        return Verdict("NOT-RETRIEVED", "no-shared-words " + _lacking(q, set()), _words(q, set()))
    top = max(wide, key=lambda h: h.coverage)
    if top.coverage >= THRESHOLD:
        return Verdict("NOT-RETRIEVED", "ranked-out")
    return Verdict("NOT-RETRIEVED", "below-coverage " + _lacking(q, top.explained), _words(q, top.explained))


def _words(q, explained: set[int]) -> str:
    return " ".join(f"{t.surface}{'?' if t.match == 0 else ''}:{t.weight:.2f}" for t in q.content()
                    if t.pos not in explained)


def _lacking(q, explained: set[int]) -> str:
    """What the question's words the answer does not explain are: 'unknown' when one of them is in no
    task (a word form or synonym the tasks do not write), else 'elsewhere' (the tasks have the words,
    not in the answer's passage)."""
    missing = [t for t in q.content() if t.pos not in explained]
    return "unknown" if any(t.match == 0 for t in missing) else "elsewhere"


def _spread(index, src: set[int], holds, item: dict) -> bool:
    """Whether the source task's text as a whole holds the expected words (not one passage)."""
    text = " ".join(index.passages[pid].text for t in src for pid in index.task_passage_ids(t))
    return holds(text)


def _dropped(index, attempt: dict, q, good) -> str:
    """Where a candidate holding the answer fell under the threshold or out of the found ones."""
    if q is None:
        return ""
    phases = (("built", "created"), ("weighed", "pipeline-prior"), ("checked", "check"),
              ("careful", "careful"))
    before = None
    for key, name in phases:
        shot = next((s for s in attempt.get(key, []) if s.ident == good.ident), None)
        if shot is None:
            continue
        cover = q.coverage(set(shot.explained))
        if not shot.found or shot.prior * cover < THRESHOLD:
            if key == "built":
                lacking = _lacking(q, set(shot.explained))
                return f"coverage {lacking}" if cover < THRESHOLD else "created-prior"
            if key == "checked" and before is not None:
                return "check:" + _check_line(index, q, before)
            return name
        before = shot
    judged = attempt.get("judged", {})
    if judged.get(good.ident) is False:
        return "gate:" + _gate_line(index, q, before)
    return ""


def _partial_detail(index, q, good, route: str) -> str:
    why = route.split(":", 1)[1]
    return "gate:" + _gate_line(index, q, good) if why == "gate.answers" else f"partial:{why}"


def _candidate(shot):
    from knowledge.qa.candidate import Candidate

    return Candidate(shot.kind, shot.text, list(shot.tasks), set(shot.explained), prior=shot.prior,
                     found=shot.found)


def _check_line(index, q, shot) -> str:
    """The line of checks.check that lowered the candidate's prior or made it not found."""
    from knowledge.qa import checks

    c = _candidate(shot)
    seen: list[tuple[int, float, bool]] = []
    code = checks.check.__code__

    def tracer(frame, event, arg):
        if frame.f_code is not code:
            return None
        if event == "line":
            seen.append((frame.f_lineno, c.prior, c.found))
        return tracer

    _traced(tracer, lambda: checks.check(index, q, [c]))
    seen.append((0, c.prior, c.found))
    for (line, prior, found), (_, after, found_after) in zip(seen, seen[1:], strict=False):
        if after < prior or found_after != found:
            return _named(checks.__file__, line)
    return "?"


def _gate_line(index, q, shot) -> str:
    """The condition of gate.answers that judged the candidate no answer."""
    from knowledge.qa import gate

    if shot is None:
        return "?"
    last = [0]
    code = gate.answers.__code__

    def tracer(frame, event, arg):
        if frame.f_code is not code:
            return None
        if event == "line":
            last[0] = frame.f_lineno
        return tracer

    _traced(tracer, lambda: gate.answers(index, q, _candidate(shot)))
    return _named(gate.__file__, last[0])


def _traced(tracer, call) -> None:
    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(old)


def _named(path: str, line: int) -> str:
    """The functions the condition of a check line calls (its `if`, looked for upwards from the line
    run last, and read to its colon): 'holds+_goal_for_why@78'."""
    for n in range(line, max(line - 6, 0), -1):
        if not linecache.getline(path, n).strip().startswith(("if ", "elif ")):
            continue
        text, end = "", n
        while end < n + 6 and not text.rstrip().endswith(":"):
            text += linecache.getline(path, end).split("#")[0].strip() + " "
            end += 1
        names = [m for m in dict.fromkeys(re.findall(r"([A-Za-z_][\w.]*)\(", text))
                 if m not in _PLAIN_CALLS and not m.endswith((".search", ".match", ".sub", ".fullmatch"))]
        return "+".join(names[:2] or ["line"]) + f"@{n}"
    return f"line@{line}"


# calls that say nothing of which check it is
_PLAIN_CALLS = frozenset({"any", "all", "bool", "set", "len", "said", "str", "isinstance", "ascii_fold"})


def table(rows: list[tuple[int, dict, dict, Verdict]], out=None) -> None:
    """Stage (with detail) x kind: wrong answers, confident wrong in parentheses."""
    cells: dict[str, Counter] = defaultdict(Counter)
    cw: dict[str, Counter] = defaultdict(Counter)
    kinds: Counter = Counter()
    for _, item, got, v in rows:
        for name in (v.stage, f"  {v.stage} {v.detail}"):
            cells[name][item.get("kind", "?")] += 1
            cw[name][item.get("kind", "?")] += bool(got["found"])
        kinds[item.get("kind", "?")] += 1
    print_table(cells, cw, kinds, out)


def print_table(cells, cw, kinds, out=None) -> None:
    out = out or sys.stdout
    cols = sorted(kinds, key=lambda k: -kinds[k])
    width = max([len(r) for r in cells] + [12])
    print(f"{'stage':{width}} {'all':>9} " + " ".join(f"{k[:9]:>9}" for k in cols), file=out)
    for name in sorted(cells, key=_order):
        row, bad = cells[name], cw[name]
        total = f"{sum(row.values())}({sum(bad.values())})"
        print(f"{name:{width}} {total:>9} " + " ".join(
            f"{f'{row[k]}({bad[k]})' if row[k] else '.':>9}" for k in cols), file=out)
    total = sum(kinds.values())
    print(f"{'all wrong':{width}} {total:>9} " + " ".join(f"{kinds[k]:>9}" for k in cols), file=out)


def _order(name: str) -> tuple:
    stages = ["ROUTED", "NOT-RETRIEVED", "NO-PASSAGE", "REJECTED", "OUTRANKED", "SHOWN", "LET-THROUGH"]
    stage = name.split()[0]
    return (stages.index(stage) if stage in stages else len(stages), name.startswith(" "), name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__.split("\n")[0])
    parser.add_argument("directories", type=Path, nargs="+", help="folders with tasks/ and questions.jsonl")
    parser.add_argument("--counts", action="store_true",
                        help="only the stage x kind table (summed over sets)")
    args = parser.parse_args(argv)
    if not args.counts and any(held_out(d) for d in args.directories):
        print("held-out sets: --counts only (their questions are not to be read)", file=sys.stderr)
        return 2
    rows = []
    for directory in args.directories:
        if not (directory / "questions.jsonl").is_file() or not (directory / "tasks").is_dir():
            print(f"{directory} has no questions.jsonl and tasks/ folder", file=sys.stderr)
            return 2
        found = diagnose(directory)
        rows += found
        if not args.counts:
            for i, item, got, v in found:
                print(f"#{i} [{item.get('kind', '?')}] {v.stage} {v.detail} | {item['q']}"
                      + (f"\n   lacking: {v.lacking}" if v.lacking else "") + "\n"
                      f"   answer ({'found' if got['found'] else 'not found'}): {got['answer'][:200]!r}")
    table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
