"""The question sets in tests/questions/: >= 95% right, and never an answer to a question the
knowledge base cannot answer (those must come back found=false)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_file
from knowledge.qa.pipeline import Answer, answer

HERE = Path(__file__).parent / "questions"
REQUIRED_ACCURACY = 0.95


def load_questions(name: str) -> list[dict]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def own_tasks():
    return [t for path in sorted((HERE / "tasks").glob("*.txt")) for t in parse_file(path)]


def problems(case: dict, got: Answer) -> list[str]:
    """What is wrong with an answer, judged by the case's checks (empty: right)."""
    wrong = []
    expect_found = case.get("found", True)
    if got.found != expect_found:
        wrong.append(f"found={got.found}, expected {expect_found}")
    text = " ".join(got.answer.split()).casefold()
    for part in case.get("contains", []):
        if " ".join(part.split()).casefold() not in text:
            wrong.append(f"missing {part!r}")
    for part in case.get("not_contains", []):
        if part.casefold() in text:
            wrong.append(f"should not say {part!r}")
    expected = case.get("source")
    if expected is not None:
        expected = [expected] if isinstance(expected, str) else expected
        if set(got.sources) - set(expected):
            wrong.append(f"unrelated source(s) {sorted(set(got.sources) - set(expected))}")
        if expect_found and not set(got.sources) & set(expected):
            wrong.append(f"sources {got.sources}, expected {expected}")
    if not expect_found and got.sources:
        wrong.append(f"a not-found answer names sources {got.sources}")
    if "lang" in case and got.lang != case["lang"]:
        wrong.append(f"lang={got.lang}, expected {case['lang']}")
    if not 0.0 <= got.confidence <= 1.0:
        wrong.append(f"confidence {got.confidence} outside 0..1")
    return wrong


def run_set(kb: KnowledgeBase, cases: list[dict], title: str, capsys) -> None:
    failures, wrong_not_found = [], []
    for case in cases:
        golive = {k: date.fromisoformat(v) for k, v in case.get("golive", {}).items()} or None
        got = answer(kb, case["q"], golive=golive)
        if wrong := problems(case, got):
            failures.append(f"  {case['q']!r}: {'; '.join(wrong)}\n    -> {got.answer!r}")
            if not case.get("found", True) and got.found:
                wrong_not_found.append(case["q"])
    accuracy = 1 - len(failures) / len(cases)
    not_found = sum(1 for c in cases if not c.get("found", True))
    with capsys.disabled():
        print(f"\n{title}: {len(cases) - len(failures)}/{len(cases)} right ({accuracy:.1%}), "
              f"{not_found} must-not-answer questions, {len(wrong_not_found)} answered anyway")
        for line in failures:
            print(line)
    assert not wrong_not_found, f"answered questions it cannot know: {wrong_not_found}"
    assert accuracy >= REQUIRED_ACCURACY, f"{title}: accuracy {accuracy:.1%} < {REQUIRED_ACCURACY:.0%}"


@pytest.fixture(scope="module")
def seed_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds())


def test_seed_question_set(seed_kb, capsys):
    cases = load_questions("seeds.jsonl")
    assert len(cases) >= 100
    assert sum(1 for c in cases if not c.get("found", True)) >= 20
    run_set(seed_kb, cases, "seed questions", capsys)


def test_own_tasks_question_set(capsys):
    """Tasks written for this test in both export formats, answered together with the seeds, so
    the engine is not tuned to two documents and must pick the right one of six."""
    tasks = own_tasks()
    assert len(tasks) >= 3
    kb = KnowledgeBase.from_tasks(load_seeds() + tasks)
    run_set(kb, load_questions("own_tasks.jsonl"), "own-task questions", capsys)
