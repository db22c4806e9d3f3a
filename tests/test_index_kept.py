"""Index.kept: a value derived from the read-only index is made once per name and key."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task


def _index():
    return index_for(KnowledgeBase.from_tasks([Task(id="9301", title="(KP 1) Opret brugere",
                                                   description="Kommunen opretter brugere.")]))


def test_a_kept_value_is_made_once_per_name_and_key():
    index, made = _index(), []

    def make(value):
        return lambda: made.append(value) or value

    assert index.kept("_test", "a", make(1)) == 1
    assert index.kept("_test", "a", make(2)) == 1  # kept: not made again
    assert index.kept("_test", "b", make(3)) == 3
    assert index.kept("_other", "a", make(4)) == 4  # another name keeps its own
    assert made == [1, 3, 4]


def test_kept_values_are_dropped_past_the_bound_and_made_anew():
    index, made = _index(), []
    for key in range(4):
        index.kept("_bounded", key, lambda key=key: made.append(key) or key, most=2)
    assert index.kept("_bounded", 0, lambda: made.append("again") or 0, most=2) == 0
    assert made == [0, 1, 2, 3, "again"]  # the fourth value dropped the first three
