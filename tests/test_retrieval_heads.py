"""A passage that names a compound of the question only by its head ('Aftalen ...' for
'afsenderaftalen') accounts for part of that word, in a task that writes the whole compound."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.retrieval import HEAD_SHARE, rank_passages


def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([
        Task(id="9101", title="(DP 90) Afsenderaftale med Digitaliseringsstyrelsen",
             description="Kommunen skal have en gyldig afsenderaftale. Aftalen returneres i underskrevet "
                         "stand til styrelsen inden for tre uger."),
        Task(id="9102", title="(KY 90) Serviceaftale for økonomisystemet",
             description="Aftalen returneres til leverandøren efter godkendelse i direktionen."),
    ])


def _hits(kb: KnowledgeBase, question: str):
    index = index_for(kb)
    q = analyse(index, question)
    return index, q, rank_passages(index, q, limit=10, min_coverage=0.0)


def test_head_of_a_compound_counts_in_part_where_the_task_writes_the_compound():
    index, q, hits = _hits(_kb(), "hvordan returneres afsenderaftalen?")
    said = next(h for h in hits if "Aftalen returneres i underskrevet" in index.passages[h.pid].text)
    compound = next(t.pos for t in q.tokens if t.surface == "afsenderaftalen")
    assert said.partial == {compound} and compound in said.explained
    full = q.coverage(said.explained)
    expected = full - (1 - HEAD_SHARE) * q.coverage({compound})
    assert said.coverage < full and abs(said.coverage - expected) < 1e-9


def test_head_is_not_credited_in_a_task_without_the_compound():
    index, q, hits = _hits(_kb(), "hvordan returneres afsenderaftalen?")
    other = [h for h in hits if index.tasks[h.task].id == "9102"]
    assert all(not h.partial for h in other)


def test_who_question_needs_the_compound_itself():
    _, _, hits = _hits(_kb(), "hvem returnerer afsenderaftalen?")
    assert all(not h.partial for h in hits)


def test_yes_no_question_needs_the_compound_itself():
    # a Ja/Nej on 'afsenderaftalen' is not settled by a sentence on some 'aftale'
    _, q, hits = _hits(_kb(), "returneres afsenderaftalen i underskrevet stand?")
    assert q.yesno and all(not h.partial for h in hits)
