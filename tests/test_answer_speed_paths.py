"""The answer path's short cuts give what the long way gives: rank_tasks' first few (grouped by the words
tasks hold) are the full ranking's first few, ties in the same order; holds() finds the question's own
words as the pattern did; what is judged once per answer is forgotten after it; the title index follows
the tasks."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.synth import make_phrased_questions, make_questions, make_tasks
from knowledge import retrieval
from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.types import Expect, holds, judged_once
from knowledge.qa.types.holds import _JUDGED, _said_alone
from knowledge.retrieval import rank_passages, rank_tasks


@pytest.fixture(scope="module")
def synthetic():
    tasks = make_tasks(150)
    kb = KnowledgeBase.from_tasks(tasks)
    texts = [q.text for q in make_questions(tasks, 60) + make_phrased_questions(tasks, 60)]
    return index_for(kb), texts


def test_the_first_few_tasks_are_the_full_rankings_first_few_ties_in_order(synthetic):
    index, texts = synthetic
    rng = random.Random(7)
    compared = 0
    for text in texts:
        q = analyse(index, text)
        content = [t.pos for t in q.content()]
        for positions in [set(content)] + [set(rng.sample(content, k)) for k in range(1, len(content))]:
            full = rank_tasks(index, q, positions)
            for limit in (1, 3, 10):
                assert rank_tasks(index, q, positions, limit=limit) == full[:limit], (text, positions, limit)
                compared += 1
    assert compared > 200


def test_a_word_every_task_holds_ties_them_in_task_order():
    tasks = [Task(id=str(100 + i), title=f"Opgave {i}", description="Leverandøren tester snitfladen.")
             for i in range(6)]
    index = index_for(KnowledgeBase.from_tasks(tasks))
    q = analyse(index, "hvem er leverandøren?")
    firsts = rank_tasks(index, q, {t.pos for t in q.content()}, limit=3)
    assert [t for t, _, _ in firsts] == [0, 1, 2]
    assert [t for t, _, _ in rank_tasks(index, q, {t.pos for t in q.content()})][:3] == [0, 1, 2]


@pytest.mark.parametrize("value, text", [
    ("kmd", "hvem er kmd?"), ("kmd", "hvem er kmds leverandør?"), ("kmd", "kmd_x"), ("kmd", "xkmd kmd."),
    ("ky", "hvem godkender for ky?"), ("a-b", "er a-b klar"), ("", "hvem?"), ("ø", "hvad er ø2"),
    ("netcompany", "netcompany"), ("x", "x½"), ("x", "é x"),
])
def test_the_questions_own_words_are_found_as_the_pattern_found_them(value, text):
    pattern = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text) is not None
    assert _said_alone(value, text) is pattern


def test_what_is_judged_once_is_kept_for_one_answer_only():
    question = "hvem godkender aftalen?"
    text = "Aftalen godkendes af KMD."
    assert _JUDGED.get() is None
    with judged_once():
        first = holds(Expect.PARTY, text, question)
        kept = _JUDGED.get()
        assert kept == {(Expect.PARTY, text, question, None): first}
        assert holds(Expect.PARTY, text, question) is first
    assert _JUDGED.get() is None
    assert holds(Expect.PARTY, text, question) is first


def test_a_new_import_gets_its_own_title_index():
    old = KnowledgeBase.from_tasks([Task(id="1", title="Test af brevflow", description="KMD tester.")])
    new = KnowledgeBase.from_tasks([Task(id="1", title="Opsæt printløsning", description="KMD opsætter.")])
    old_titles, new_titles = index_for(old).title_tasks, index_for(new).title_tasks
    assert any(k.startswith("brevflow") for k in old_titles)
    assert not any(k.startswith("brevflow") for k in new_titles)
    assert any(k.startswith("printl") for k in new_titles)


def test_head_passages_are_the_same_whichever_side_is_walked(synthetic):
    """_by_head walks the head's postings or the holders' passages, whichever is shorter: either way
    it finds every passage of a task writing the compound that says the head, and no other."""
    index, texts = synthetic
    compared = 0
    for text in texts + ["hvem underskriver databehandleraftalen?", "hvornår skal serviceaftalen godkendes?"]:
        q = analyse(index, text)
        for term in retrieval._terms(index, q, set()):
            head = retrieval.compound_head_key(index, q, term[0])
            if head is None:
                continue
            holders = {t for k in term[1] for t in index.task_postings.get(k, ())}
            expected = {pid for t in holders for pid in index.task_passage_ids(t)
                        if index.passage_has(pid, head)}
            heads, _ = retrieval._by_head(index, q, term, tasks=None, pool=None)  # (and those referring back)
            assert set(heads) == expected, text
            compared += 1
    assert compared > 0


def test_a_suggestion_search_gives_up_on_words_too_many_passages_hold(synthetic):
    index, texts = synthetic
    q = next(q for q in (analyse(index, text) for text in texts) if rank_passages(index, q, limit=10))
    everything = rank_passages(index, q, limit=10)
    assert rank_passages(index, q, limit=10, most=len(index.passages)) == everything
    assert rank_passages(index, q, limit=10, most=0) == []
