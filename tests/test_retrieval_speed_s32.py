"""rank_passages' tables kept with the index give what the postings give: a list intro's keys are the keys
whose postings hold the intro, the passages saying a compound's head are those the postings walk finds, and
ranking with a warm index (tables made, questions asked before) gives what a fresh index of the same tasks
gives; an index of other tasks keeps its own tables. (And agents.deeds, which tries its slow passive pattern
only on a text holding 'af', finds what it finds trying it on every text.)"""

from __future__ import annotations

import pytest

from benchmarks.synth import make_phrased_questions, make_questions, make_tasks
from knowledge import retrieval
from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.qa.analysis import analyse
from knowledge.retrieval import rank_passages


def _fresh(tasks):
    return index_for(KnowledgeBase.from_tasks(list(tasks)))


@pytest.fixture(scope="module")
def synthetic():
    tasks = make_tasks(150)
    texts = [q.text for q in make_questions(tasks, 60) + make_phrased_questions(tasks, 60)]
    return tasks, texts


def _hits(index, text):
    q = analyse(index, text)
    return [(h.pid, h.task, h.coverage, h.explained, h.rank, h.partial, h.referred)
            for h in rank_passages(index, q, limit=12, min_coverage=0.6)]


def test_an_intros_keys_are_the_keys_whose_postings_hold_it(synthetic):
    index = _fresh(synthetic[0])
    intros = set(retrieval._list_intros(index).values())
    assert intros  # (the synthetic tasks have lists of facts under an intro)
    kept = retrieval._intro_keys(index)
    assert set(kept) == intros
    for pid in intros:
        assert kept[pid] == {k for k in index.postings if index.passage_has(pid, k)}


def test_the_kept_head_passages_are_the_ones_the_postings_walk_finds(synthetic):
    index = _fresh(synthetic[0])
    for head, ks in [("ansvar", ["forvaltningsansvar"]), ("ansvar", ["driftsansvar"]),
                     ("aftal", ["databehandleraftal", "tilslutningsaftal"])]:
        holders = {t for k in ks for t in index.task_postings.get(k, ())}
        walked = {pid for pid in index.postings.get(head, ()) if index.passage_task[pid] in holders}
        assert retrieval._head_passages(index, head, ks, None) == walked
        some = sorted(holders)[:2]
        assert retrieval._head_passages(index, head, ks, some) == \
            {pid for pid in walked if index.passage_task[pid] in some}


def test_a_warm_index_ranks_as_a_fresh_one(synthetic):
    tasks, texts = synthetic
    warm = _fresh(tasks)
    first = [_hits(warm, text) for text in texts]  # every table made, these questions' values kept
    assert [_hits(warm, text) for text in texts] == first
    fresh = _fresh(tasks)  # asked in the other order: one question's kept values change no other's
    assert [_hits(fresh, text) for text in reversed(texts)] == first[::-1]
    assert any(first)


def test_an_index_of_other_tasks_keeps_its_own_tables(synthetic):
    tasks, texts = synthetic
    first, other = _fresh(tasks), _fresh(tasks[:40])
    for text in texts:
        _hits(first, text)
    assert retrieval._intro_keys(other) is not retrieval._intro_keys(first)
    assert set(retrieval._intro_keys(other)) == set(retrieval._list_intros(other).values())
    asked = [_hits(other, text) for text in texts]
    again = _fresh(tasks[:40])
    assert [_hits(again, text) for text in texts] == asked

def test_the_kept_task_holders_are_the_union_of_the_keys_postings(synthetic):
    index = _fresh(synthetic[0])
    for keys in [("leverandor", "drift"), ("forvaltningsansvar",), ("udbetaling",), ("nosuchkey",), ()]:
        held = retrieval._task_holders(index, keys)
        assert held == {t for k in keys for t in index.task_postings.get(k, ())}
        assert retrieval._task_holders(index, keys) is held  # kept: made once per index


_SENTENCES = [
    "Aftalen underskrives af kommunaldirektøren.", "Opsætningen foretages af KMD og testes af kommunen.",
    "Prøverne tages af miljøteknikeren – ikke af laboratoriet.", "Rutinen sættes op af leverandøren.",
    "Efter brug afhentes hjertestarteren hver tirsdag af Falck.", "Aftalen skal ikke underskrives AF nogen.",
    "Det er kommunen, der opretter brugerne.", "Leverandøren opretter abonnementet.",
    "AquaRegister ApS står for indlæsningen.", "Indberetningen er en opgave, som vejingeniøren varetager.",
    "Behandlingstiden hos Udbetaling Danmark for Vobux Sag er op til 34 arbejdsdage.",
    "Status af sagen sendes af\nKOMBIT.", "afsendes\taf\tKL", "Leverandør for Disebus: KOMBIT.", "",
]


def test_deeds_without_an_af_are_found_as_when_the_passive_is_always_tried(synthetic, monkeypatch):
    import re

    from knowledge.passages import task_passages
    from knowledge.qa import agents

    texts = _SENTENCES + [p.text for task in synthetic[0][:60] for p in task_passages(task)]
    verbs = {"opret", "underskriv", "leverandor"}
    found = [agents.deeds(text, verbs) for text in texts]
    monkeypatch.setattr(agents, "_AF", re.compile(""))  # (matches every text: the passive always tried)
    assert [agents.deeds(text, verbs) for text in texts] == found
    assert any(found[:6]) and not any(agents._AF.search(t) is None for t in texts)
