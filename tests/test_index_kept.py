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


def test_task_keys_are_read_at_the_build_and_follow_the_tasks():
    from knowledge.fold import content_keys
    from knowledge.qa.candidate import task_keys

    task = Task(id="9302", title="Bestil lønsystem", project="Prisme", code="KP 2",
                goal="Lønsystemet er bestilt hos leverandøren.", description="Kommunen bestiller.")
    index = index_for(KnowledgeBase.from_tasks([task]))
    assert 0 in index.__dict__.get("task_keys", {})  # made with the index, not by the first question
    keys = task_keys(index, 0)
    assert keys.system == content_keys("Bestil lønsystem Prisme")
    assert keys.label == content_keys("9302 KP 2 Bestil lønsystem")
    assert keys.topic == content_keys("Bestil lønsystem Lønsystemet er bestilt hos leverandøren.")
    # new tasks are a new knowledge base with its own index: the keys of the task as it is now
    renamed = task.model_copy(update={"title": "Afprøv lønsystem", "project": "Opus"})
    again = task_keys(index_for(KnowledgeBase.from_tasks([renamed])), 0)
    assert again.system == content_keys("Afprøv lønsystem Opus") and not content_keys("Prisme") & again.system
