"""A list item is credited with its intro's words only for a term some intro says (s53): the keys of every
intro are read once per index, and a question none of whose terms any intro writes walks none of its scored
list items. These tests pin the shortcut to what it replaced: the same credits, in the same order."""

from __future__ import annotations

from collections import defaultdict

import pytest

from benchmarks.synth import make_phrased_questions, make_questions, make_tasks
from knowledge import retrieval
from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.analysis import analyse

TASKS = [
    Task(id="6601", title="HAVN 1 Udlejning af bådpladser", project="Lystbådehavnen", priority="Obligatorisk",
         description="Pladsen lejes for en sæson ad gangen.\nLejeren skal medbringe:\n"
                     "- gyldig ansvarsforsikring\n- bådens registreringsbevis\n- kvittering for depositum"),
    Task(id="6602", title="HAVN 2 Optagning af både", project="Lystbådehavnen", priority="Valgfri",
         description="Bådene tages op med havnens kran i oktober. Kranføreren aftaler tiden med ejeren."),
]


@pytest.fixture(scope="module")
def harbour():
    return index_for(KnowledgeBase.from_tasks(TASKS))


def _old_credit_intros(index, terms, total, scores, explained, referred) -> None:
    """_credit_intros as it was: every term's share tried on every scored list item."""
    intros, intro_keys = retrieval._list_intros(index), retrieval._intro_keys(index)
    shares = [(tok.pos, ks, tok.weight * tok.match / total * retrieval.REFER_SHARE) for tok, ks in terms]
    for pid in scores.keys() & intros.keys():
        said, own = intro_keys[intros[pid]], explained[pid]
        for pos, ks, share in shares:
            if pos not in own and not said.isdisjoint(ks):
                scores[pid] += share
                own.add(pos)
                referred[pid].add(pos)


def _credited(index, text: str, credit):
    """The scores, explained and referred positions after crediting the question's terms, then its intros."""
    q = analyse(index, text)
    terms = retrieval._terms(index, q, set())
    total = q.total()
    scores, explained = defaultdict(float), defaultdict(set)
    partial, referred = defaultdict(set), defaultdict(set)
    candidates, seeds, titled = retrieval._looked_at(index, terms, total, tasks=None, min_coverage=0.0,
                                                     most=None)
    retrieval._credit_terms(index, q, terms, total, candidates, seeds, titled, tasks=None, scores=scores,
                            explained=explained, partial=partial, referred=referred)
    credit(index, terms, total, scores, explained, referred)
    return (list(scores.items()), {pid: s for pid, s in explained.items() if s},
            {pid: s for pid, s in referred.items() if s})


def test_the_words_intros_say_are_every_intros_keys(harbour):
    kept = retrieval._intro_keys(harbour)
    assert kept  # ('Lejeren skal medbringe:' above its items)
    assert retrieval._intro_words(harbour) == frozenset().union(*kept.values())


def test_a_question_no_intro_speaks_to_walks_no_list_item(harbour):
    q = analyse(harbour, "hvornår tages bådene op med kranen?")
    terms = retrieval._terms(harbour, q, set())
    assert terms and all(retrieval._intro_words(harbour).isdisjoint(ks) for _, ks in terms)

    class Untouchable(dict):
        def keys(self):
            raise AssertionError("a scored list item was walked")

    retrieval._credit_intros(harbour, terms, q.total(), Untouchable({1: 0.5}), defaultdict(set),
                             defaultdict(set))


def test_an_item_is_still_credited_with_its_intros_words(harbour):
    text = "hvad skal lejeren medbringe af forsikring?"
    q = analyse(harbour, text)
    said = retrieval._intro_words(harbour)
    assert any(not said.isdisjoint(ks) for _, ks in retrieval._terms(harbour, q, set()))
    got = _credited(harbour, text, retrieval._credit_intros)
    assert got == _credited(harbour, text, _old_credit_intros)
    assert got[2]  # (the item 'gyldig ansvarsforsikring' says 'lejeren ... medbringe' by its intro)


def test_the_benchmarks_questions_are_credited_as_before():
    tasks = make_tasks(120)
    index = index_for(KnowledgeBase.from_tasks(tasks))
    unsaid = 0  # questions no intro speaks to, whose list items are no longer walked
    for q in make_questions(tasks, 60) + make_phrased_questions(tasks, 60):
        assert _credited(index, q.text, retrieval._credit_intros) == \
            _credited(index, q.text, _old_credit_intros), q.text
        asked = analyse(index, q.text)
        terms = retrieval._terms(index, asked, set())
        unsaid += all(retrieval._intro_words(index).isdisjoint(ks) for _, ks in terms)
    assert unsaid
