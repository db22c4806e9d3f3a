"""Question sets in the eval format (tasks/ + questions.jsonl), scored through `klik import` and
`klik ask --batch --json` in a temp KLIK_DB by benchmarks.questions: our own development set must
stay >= 85% right and never answer a question its tasks do not answer."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from benchmarks import grading
from benchmarks.questions import answer_all, report

DEV = Path(__file__).parent / "questions" / "dev"


def test_dev_set_has_every_kind_and_unanswerable_questions():
    lines = (DEV / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line) for line in lines]
    kinds = {q["kind"] for q in questions}
    assert {"fact", "who", "when", "how-many", "step", "signature", "deadline-text", "consequence", "yes-no",
            "list-across", "english", "typo", "paraphrase", "not-found", "partial"} <= kinds
    assert sum(not q["found"] for q in questions) >= len(questions) // 6


@pytest.fixture(scope="module")
def answered() -> tuple[list[dict], list[dict]]:
    return answer_all(DEV)


def test_dev_set_score_and_no_answers_to_what_the_tasks_do_not_say(answered):
    questions, answers = answered
    answered_anyway = [q["q"] for q, a in zip(questions, answers, strict=True)
                       if not q["found"] and a["found"]]
    assert not answered_anyway
    assert all(set(a) >= {"question", "answer", "found", "sources", "confidence"} for a in answers)
    right = sum(not grading.grade(q, a) for q, a in zip(questions, answers, strict=True))
    assert right / len(questions) >= 0.85, f"{right}/{len(questions)}"


def test_grading_rules_follow_the_eval_readme():
    q = {"q": "x", "found": True, "all": ["KY"], "any": ["ja", "nej"], "none": [], "src": ["KSD 9"]}
    good = {"answer": "Nej – KY bruger det.\nKilde: opgave KSD 9 – titel", "found": True, "sources": ["ksd9"]}
    assert grading.grade(q, good) == []
    title_only = {"answer": "Det står der.\nKilde: opgave KSD 9 – KY nej", "found": True,
                  "sources": ["KSD 9"]}
    assert grading.grade(q, title_only)  # a citation line cannot satisfy a keyword
    assert grading.grade({**q, "found": False}, {**good, "found": True})


def test_report_prints_per_kind_and_confident_wrong(answered):
    out = io.StringIO()
    result = report(*answered, grading.grade, verbose=True, out=out)
    assert "confident wrong" in out.getvalue() and result["total"] == len(answered[0])
    assert set(result["per_kind"]) >= {"yes-no", "partial", "not-found"}


def test_list_set_answers_every_list_and_nothing_it_cannot_know():
    """tests/questions/lists: lists across tasks on the exports of tests/fixtures/exports/more."""
    questions, answers = answer_all(Path(__file__).parent / "questions" / "lists")
    wrong = [(q["q"], why) for q, a in zip(questions, answers, strict=True) if (why := grading.grade(q, a))]
    assert len(wrong) <= len(questions) // 20, wrong
    assert not [q["q"] for q, a in zip(questions, answers, strict=True) if not q["found"] and a["found"]]


def test_sign4_set_gives_the_signer_and_deadline_of_the_paper_asked_about():
    """tests/questions/sign4: two papers per task; an answer about one never gives the other's signer
    or deadline, and a paper no task has is not answered with another paper's signer."""
    questions, answers = answer_all(Path(__file__).parent / "questions" / "sign4")
    wrong = [(q["q"], why) for q, a in zip(questions, answers, strict=True) if (why := grading.grade(q, a))]
    assert len(wrong) <= 2, wrong
    assert not [q["q"] for q, a in zip(questions, answers, strict=True)
                if q["kind"] != "signature" and not q["found"] and a["found"]]
