#!/usr/bin/env python3
"""Held-out PARSING check for klik-bot (stdlib only; deliberately not named test_*.py).

Usage:  python tests/heldout/check_parse.py [--klik PATH_TO_klik] [--keep] [--strict] [--set DIR]
        (--set: another held-out folder laid out like this one; tests/heldout2/check_parse.py uses it)

1. Creates a temporary KLIK_DB (never the default store), runs `klik import tasks/*.txt`, then
   `klik show REF --json` for every task in parse_expectations.json and compares: signatures
   (document, signer, recipient, received step, signed step), text deadlines (days+unit+anchor,
   about), number of method steps, list-marker leaks, waves (one name per wave) and project.
2. Imports every file in malformed/ into a fresh copy of that store and checks that the import exits
   non-zero, prints no traceback, names the file, and leaves the store's files byte-for-byte unchanged.

The expectations were written from the task texts alone; see parse_expectations.json "_format" and
malformed/README.md. Ends with "parse: X/Y checks passed". Exit code 0 (or 1 with --strict and any
failed check; 2 when klik cannot be run at all).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE  # the held-out folder checked (--set): parse_expectations.json, tasks/, malformed/
TIMEOUT = 300

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a"), " ")


def norm(text: object) -> str:
    """Casefold and normalise no-break spaces, non-breaking hyphens and dashes."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text)).translate(_DASHES).translate(_SPACES)
    return re.sub(r"\s+", " ", s).strip().casefold()


def norm_wave(text: object) -> str:
    return re.sub(r"\s+", " ", norm(text).replace("-", " ")).strip()


def is_null(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def kw_match(expected: list | None, parsed: object) -> bool:
    """expected None: parsed must be null. A list: any keyword in parsed (a None item accepts null)."""
    if expected is None:
        return is_null(parsed)
    if is_null(parsed):
        return None in expected
    p = norm(parsed)
    return any(k is not None and norm(k) in p for k in expected)


def step_match(expected: object, parsed: object) -> bool:
    accepted = expected if isinstance(expected, list) else [expected]
    return parsed in accepted


# ---------------------------------------------------------------- running klik


class Klik:
    def __init__(self, exe: str):
        self.exe = exe

    def run(self, args: list[str], db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ)
        env["KLIK_DB"] = str(db)
        try:
            return subprocess.run(
                [self.exe, *args],
                cwd=cwd or SET,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(
                exc.cmd, 124, exc.stdout or "", f"TIMEOUT after {TIMEOUT}s"
            )


def find_klik(arg: str | None) -> str:
    if arg:
        return arg
    repo_venv = HERE.parents[1] / ".venv" / "bin" / "klik"
    if repo_venv.exists():
        return str(repo_venv)
    found = shutil.which("klik")
    if found:
        return found
    sys.exit("check_parse: klik not found; pass --klik PATH")


def snapshot(directory: Path) -> dict[str, bytes]:
    # The lock file holds the pid of the last process that took the lock, not stored data.
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.suffix != ".lock"
    }


# ---------------------------------------------------------------- scoring


class Score:
    def __init__(self):
        self.passed = 0
        self.total = 0
        self.by_cat: dict[str, list[int]] = {}

    def add(self, cat: str, ok: bool, n: int = 1) -> bool:
        c = self.by_cat.setdefault(cat, [0, 0])
        c[1] += n
        self.total += n
        if ok:
            c[0] += n
            self.passed += n
        return ok


def best_assignment(n_exp: int, n_par: int, gain) -> tuple[int, list[int | None]]:
    """Max-total one-to-one assignment of expected items to parsed items (small sizes: brute force)."""
    best = (-1, [None] * n_exp)

    def rec(i: int, used: frozenset, acc: int, chosen: list):
        nonlocal best
        if i == n_exp:
            if acc > best[0]:
                best = (acc, chosen[:])
            return
        rec(i + 1, used, acc, chosen + [None])
        for j in range(n_par):
            if j not in used:
                g = gain(i, j)
                if g > 0:
                    rec(i + 1, used | {j}, acc + g, chosen + [j])

    rec(0, frozenset(), 0, [])
    return best


SIG_FIELDS = ("signer", "recipient", "received_step", "signed_step")


def check_signatures(exp_sigs: list, task: dict, score: Score, out: list[str]) -> None:
    parsed = task.get("signatures") or []

    def field_ok(e: dict, p: dict, f: str) -> bool:
        if f in ("received_step", "signed_step"):
            return step_match(e[f], p.get(f))
        return kw_match(e[f], p.get(f))

    def gain(i: int, j: int) -> int:
        e, p = exp_sigs[i], parsed[j]
        if not kw_match(e["document"], p.get("document")):
            return 0
        return 10 + sum(field_ok(e, p, f) for f in SIG_FIELDS)

    _, chosen = best_assignment(len(exp_sigs), len(parsed), gain)
    found = 0
    for e, j in zip(exp_sigs, chosen, strict=False):
        label = "/".join(e["document"][:2])
        if j is None:
            score.add("signature.document", False)
            for f in SIG_FIELDS:
                score.add(f"signature.{f}", False)
            out.append(f"    MISSING signature: {label} (signer {e['signer']})")
            continue
        found += 1
        p = parsed[j]
        score.add("signature.document", True)
        bad = []
        for f in SIG_FIELDS:
            if not score.add(f"signature.{f}", field_ok(e, p, f)):
                bad.append(f"{f}: expected {e[f]!r}, got {p.get(f)!r}")
        if bad:
            out.append(f"    signature {label} -> {p.get('document')!r}: " + "; ".join(bad))
    out.insert(0, f"  signatures found {found}/{len(exp_sigs)} (parsed {len(parsed)})")
    if len(parsed) > found and (found < len(exp_sigs) or not exp_sigs):
        for p in parsed:
            out.append(
                f"    (parsed: {p.get('document')!r} signer={p.get('signer')!r} "
                f"recipient={p.get('recipient')!r} steps={p.get('received_step')}/{p.get('signed_step')})"
            )


def anchor_ok(e: dict, parsed_anchor: object) -> bool:
    pa = norm(parsed_anchor)
    if not pa:
        return False
    if pa == norm(e["anchor"]):
        return True
    return any(norm(k) in pa for k in e.get("anchor_accept") or [])


def check_deadlines(exp_dls: list, task: dict, score: Score, out: list[str]) -> None:
    parsed = task.get("text_deadlines") or []
    scored = [e for e in exp_dls if not e.get("optional")]
    optional = [e for e in exp_dls if e.get("optional")]

    def core(e: dict, p: dict) -> bool:
        return (
            p.get("days") == e["days"]
            and p.get("unit") == e["unit"]
            and anchor_ok(e, p.get("anchor"))
        )

    def about(e: dict, p: dict) -> bool:
        return kw_match(e["about"], p.get("about")) if e["about"] is not None else True

    def make_gain(items):
        return lambda i, j: (10 + about(items[i], parsed[j])) if core(items[i], parsed[j]) else 0

    _, chosen = best_assignment(len(scored), len(parsed), make_gain(scored))
    found = 0
    for e, j in zip(scored, chosen, strict=False):
        desc = f"{e['days']:+d} {e['unit']} {e['anchor']!r} about {e['about']}"
        if j is None:
            score.add("deadline.days+unit+anchor", False)
            if e["about"] is not None:
                score.add("deadline.about", False)
            out.append(f"    MISSING deadline: {desc}")
            continue
        found += 1
        p = parsed[j]
        score.add("deadline.days+unit+anchor", True)
        if e["about"] is not None and not score.add("deadline.about", about(e, p)):
            out.append(f"    deadline {desc}: about expected {e['about']}, got {p.get('about')!r}")
    used = {j for j in chosen if j is not None}
    rest = [p for k, p in enumerate(parsed) if k not in used]
    for e in optional:
        hit = any(core(e, p) for p in rest)
        out.append(
            f"    optional deadline {e['days']:+d} {e['unit']} {e['anchor']!r}: "
            f"{'found' if hit else 'not found'} (not scored)"
        )
    out.insert(0, f"  text deadlines found {found}/{len(scored)} (parsed {len(parsed)})")
    if found < len(scored) and parsed:
        for p in parsed:
            out.append(
                f"    (parsed: {p.get('days')} {p.get('unit')} anchor={p.get('anchor')!r} "
                f"about={p.get('about')!r} text={p.get('text')!r})"
            )


STEP_MARKER = re.compile(r"^\s*(?:[-•–—*·▪]\s|\d+[.)](?:\s|$)|\d+\))")
FACT_MARKER = re.compile(r"^\s*(?:[-•–—*·▪]\s|\d+\)\s?)")


def check_markers(task: dict) -> list[str]:
    bad = []
    for s in task.get("method_steps") or []:
        if STEP_MARKER.match(s.get("text") or ""):
            bad.append(f"step {s.get('number')}: {s.get('text')[:60]!r}")
    for f in task.get("facts") or []:
        for key in ("subject", "value"):
            if FACT_MARKER.match(f.get(key) or ""):
                bad.append(f"fact {key}: {(f.get(key) or '')[:60]!r}")
    return bad


def check_task(ref: str, exp: dict, task: dict | None, score: Score) -> list[str]:
    lines: list[str] = []
    if task is None:
        n_sig = len(exp["signatures"])
        score.add("signature.document", False, n_sig)
        for f in SIG_FIELDS:
            score.add(f"signature.{f}", False, n_sig)
        scored = [d for d in exp["text_deadlines"] if not d.get("optional")]
        score.add("deadline.days+unit+anchor", False, len(scored))
        score.add("deadline.about", False, sum(d["about"] is not None for d in scored))
        score.add("steps", False)
        score.add("list_markers", False)
        score.add("waves", False, len(exp["waves"]) + 1)
        score.add("project", False)
        return ["  task not shown: every check for it fails"]

    sig_out: list[str] = []
    check_signatures(exp["signatures"], task, score, sig_out)
    lines += sig_out
    dl_out: list[str] = []
    check_deadlines(exp["text_deadlines"], task, score, dl_out)
    lines += dl_out

    n_steps = len(task.get("method_steps") or [])
    ok = score.add("steps", n_steps == exp["steps"])
    lines.append(f"  steps {n_steps}/{exp['steps']}" + ("" if ok else "  FAIL"))

    bad = check_markers(task)
    score.add("list_markers", not bad)
    lines.append(f"  list-marker violations: {len(bad)}")
    lines += [f"    {b}" for b in bad[:8]]

    parsed_waves = task.get("waves") or []
    pw = [norm_wave(w) for w in parsed_waves]
    wave_bad = []
    for w in exp["waves"]:
        if not score.add("waves", pw.count(norm_wave(w)) == 1):
            wave_bad.append(w)
    ok_n = score.add("waves", len(parsed_waves) == len(exp["waves"]))
    lines.append(
        f"  waves {len(exp['waves']) - len(wave_bad)}/{len(exp['waves'])} one name each"
        + ("" if ok_n and not wave_bad else f"  FAIL: expected {exp['waves']}, got {parsed_waves}")
    )

    ok = score.add("project", (task.get("project") or "").strip() == exp["project"])
    if not ok:
        lines.append(f"  project: expected {exp['project']!r}, got {task.get('project')!r}")
    return lines


# ---------------------------------------------------------------- malformed files


def check_malformed(klik: Klik, base_db_dir: Path, tmp: Path, score: Score) -> None:
    info_path = SET / "malformed" / "expected.json"
    info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.exists() else {}
    files = sorted(
        p
        for p in (SET / "malformed").iterdir()
        if p.is_file() and p.name not in ("README.md", "expected.json")
    )
    print(
        f"\nMalformed files ({len(files)}): import into a fresh copy of the store must be refused"
    )
    for i, path in enumerate(files):
        db_dir = tmp / f"malformed-{i:02d}"
        shutil.copytree(base_db_dir, db_dir)
        before = snapshot(db_dir)
        proc = klik.run(["import", f"malformed/{path.name}"], db_dir / "klik.json")
        output = (proc.stdout or "") + (proc.stderr or "")
        after = snapshot(db_dir)
        checks = {
            "exit non-zero": score.add("malformed.exit_nonzero", proc.returncode != 0),
            "no traceback": score.add(
                "malformed.no_traceback", "Traceback (most recent call last)" not in output
            ),
            "names file": score.add("malformed.names_file", path.name in output),
            "store unchanged": score.add("malformed.store_unchanged", before == after),
        }
        extra = []
        meta = info.get(path.name, {})
        if meta.get("line"):
            named = re.search(rf"(?<!\d){meta['line']}(?!\d)", output)
            extra.append(f"line {meta['line']} {'named' if named else 'not named'}")
        if meta.get("task"):
            extra.append(
                f"task {meta['task']} {'named' if norm(meta['task']) in norm(output) else 'not named'}"
            )
        status = (
            "ok"
            if all(checks.values())
            else "FAIL " + ", ".join(k for k, v in checks.items() if not v)
        )
        print(
            f"  {path.name}: rc={proc.returncode} {status}"
            + (f"  (info, not scored: {'; '.join(extra)})" if extra else "")
        )
        first = output.strip().splitlines()[:3]
        for line in first:
            print(f"      | {line[:160]}")
        if before != after:
            changed = sorted(
                set(before) ^ set(after)
                | {k for k in before if k in after and before[k] != after[k]}
            )
            print(f"      changed store files: {changed}")


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--klik", help="path to the klik executable (default: repo .venv/bin/klik, then PATH)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the temporary store")
    ap.add_argument("--strict", action="store_true", help="exit 1 when any check fails")
    ap.add_argument("--set", type=Path, default=HERE, help="the held-out folder (default: this one)")
    args = ap.parse_args()
    global SET
    SET = args.set.resolve()

    klik = Klik(find_klik(args.klik))
    expectations = {
        k: v
        for k, v in json.loads((SET / "parse_expectations.json").read_text(encoding="utf-8")).items()
        if not k.startswith("_")
    }
    tmp = Path(tempfile.mkdtemp(prefix=f"klik-{SET.name}-parse-"))
    base_dir = tmp / "store"
    base_dir.mkdir()
    db = base_dir / "klik.json"
    score = Score()
    try:
        files = sorted(p.name for p in (SET / "tasks").glob("*.txt"))
        print(f"klik: {klik.exe}\nKLIK_DB: {db} (temporary)\n")
        proc = klik.run(["import", *[f"tasks/{f}" for f in files]], db)
        if proc.returncode == 127 or (proc.returncode != 0 and not (proc.stdout or proc.stderr)):
            print(proc.stderr)
            return 2
        print(f"klik import tasks/*.txt ({len(files)} files): rc={proc.returncode}")
        if proc.returncode != 0:
            print((proc.stdout + proc.stderr)[-2000:])

        for ref, exp in expectations.items():
            show = klik.run(["show", ref, "--json"], db)
            task = None
            if show.returncode == 0:
                try:
                    task = json.loads(show.stdout)
                except json.JSONDecodeError:
                    task = None
            before = score.passed, score.total
            lines = check_task(ref, exp, task, score)
            p, t = score.passed - before[0], score.total - before[1]
            print(f"\n{ref} ({exp['project']}): {p}/{t}")
            if task is None:
                print(
                    f"  klik show {ref!r} --json: rc={show.returncode} "
                    f"{(show.stdout + show.stderr).strip()[:300]}"
                )
            print("\n".join(lines))

        check_malformed(klik, base_dir, tmp, score)

        print("\nBy check:")
        for cat, (p, t) in score.by_cat.items():
            print(f"  {cat:30s} {p}/{t}")
        sig_found = score.by_cat.get("signature.document", [0, 0])
        dl_found = score.by_cat.get("deadline.days+unit+anchor", [0, 0])
        print(
            f"\nsignatures found {sig_found[0]}/{sig_found[1]}, "
            f"text deadlines found {dl_found[0]}/{dl_found[1]}"
        )
        print(f"parse: {score.passed}/{score.total} checks passed")
    finally:
        if args.keep:
            print(f"(kept {tmp})")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if args.strict and score.passed < score.total else 0


if __name__ == "__main__":
    sys.exit(main())
