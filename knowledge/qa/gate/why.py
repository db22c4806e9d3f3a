"""Whether a task's goal answers a 'hvorfor' question."""

from __future__ import annotations

from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.types import Expect
from knowledge.wording import label


def _goal_for_why(q: Question, c: Candidate) -> bool:
    """A task's goal (its Mål) is why the task is done: it answers 'hvorfor skal vi <the task>?' in any
    words (the fields intent gives it only when the question's words are the task's title)."""
    return q.expects is Expect.REASON and c.kind == "field" and \
        c.text.startswith((label("goal", "da") + ":", label("goal", "en") + ":"))
