"""Whether an answer is a step the task has, not one item of a list of others."""

from __future__ import annotations

import re

from knowledge.fold import content_keys, question_keys
from knowledge.index import Index
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.reading import said
from knowledge.qa.types import Expect


def _no_such_step(index: Index, q: Question, c: Candidate) -> bool:
    """Whether the step asked for ('trin 4') is past the last step of every task the answer is from."""
    return bool(q.step and q.step > 0 and c.tasks and
                all(len(index.tasks[t].method_steps) < q.step for t in c.tasks[:3]))


def not_a_step(q: Question, c: Candidate) -> bool:
    """Whether a question of what step N (or the last step) says is answered by a line that is no step
    ('hvad står der i trin 2?' - 'Alle skabe står i Bogkassen ...', 'sidste trin i lån af X?' - 'Et lån: 10
    X'): only the step itself says it; who or when a step names may be said elsewhere."""
    return q.step is not None and q.expects is Expect.ANY and c.kind in ("passage", "fact") and \
        not _STEP_LINE.match(said(c.text))


# a step as quoted: '3. Send listen', '2) Tjek lyset', 'Trin 2: ...'
_STEP_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s|(?:trin|step)\s+\d{1,2}\b)", re.IGNORECASE)


# A label and a list of items on one line: 'Involverede parter: KOMBIT, ESDH-leverandøren'.
_LABELLED_LIST = re.compile(r"^[^:\n]{2,40}:\s*(?P<items>[^.\n:]+,[^.\n:]+)$")


def _listed_among_others(q: Question, c: Candidate) -> bool:
    """'Hvad hedder ESDH-leverandøren?' is not answered by 'Involverede parter: ESDH-leverandøren, KOMBIT':
    the thing asked about stands as one item of a list; the other items are not its name."""
    m = _LABELLED_LIST.match(said(c.text).strip())
    if m is None:
        return False
    asked = question_keys(q.text, q.held)
    items = [content_keys(i) for i in m.group("items").split(",")]
    return any(i and i <= asked for i in items)
