"""Less work per question, the same answers (session 65): the titles' heads counted when the index is built,
not on a question's first use; in_context leaving a question with a word no task holds before it ranks the
tasks for its scope; top_tasks reading each tied group's positions once; rank_passages crediting a term's
passages in one update; the own keys' passages looked up by bisection. Each answer must stay as it was."""

from collections import defaultdict

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Context
from knowledge.qa.intents import context
from knowledge.qa.pipeline import answer
from knowledge.retrieval import _credit_all, top_tasks


def _task(code: str, ident: str, title: str, text: str) -> str:
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fælles Skovdrift

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -10

**Mål** Opgaven er løst.

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("SKOV 1", "7701", "Opsæt brændeportalen",
          "Skovfogederne registrerer brændestablerne i portalen.\n\n"
          "Portalen driftes af Barkspire Data. Supporten findes på telefon 44 55 66 77."),
    _task("SKOV 2", "7702", "Test af savværksplanen",
          "Savværket planlægger fældningen om vinteren. Planen ligger i skovkontorets arkiv."),
    _task("SKOV 3", "7703", "Bestil motorsavskurset",
          "Kurset holdes i Rold Skov. Prisen er 900 kr. pr. deltager."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def test_title_heads_counted_when_the_index_is_built(kb):
    index = index_for(kb)
    heads = index.__dict__.get("_titled_heads")
    assert heads is not None  # made with the index, not by the first question that asks of a title
    assert heads.get("portal") == 1  # 'brændeportalen': one title's compound
    assert heads.get("plan") == 1  # 'savværksplanen'
    assert "kursus" not in heads or heads["kursus"] == 1


def test_in_context_leaves_a_word_no_task_holds_before_scoping(kb, monkeypatch):
    index = index_for(kb)
    q = analyse(index, "hvad koster en hængekøje?")

    def no_scope(*_args, **_kwargs):
        raise AssertionError("scope ranked the tasks for a word no task holds")

    monkeypatch.setattr(context, "scope", no_scope)
    assert context.in_context(Context(index=index, q=q)) == []


def test_in_context_still_scopes_a_question_the_tasks_hold(kb, monkeypatch):
    index = index_for(kb)
    q = analyse(index, "hvor findes supporten til portalen?")
    asked = []

    def seen_scope(ctx, handled):
        asked.append(handled)
        return [], set()

    monkeypatch.setattr(context, "scope", seen_scope)
    assert context.in_context(Context(index=index, q=q)) == []
    assert asked  # every word is held: the scope is read as before


def test_answers_kept(kb):
    found = answer(kb, "hvad er telefonnummeret til supporten for brændeportalen?")
    assert found.found and "44 55 66 77" in found.answer
    price = answer(kb, "hvad er prisen for motorsavskurset?")
    assert price.found and "900 kr" in price.answer
    place = answer(kb, "hvor holdes motorsavskurset?")
    assert place.found and "Rold Skov" in place.answer
    assert not answer(kb, "hvad koster en hængekøje?").found  # honest: no task says it


def test_tied_tasks_each_get_their_own_positions(kb):
    index = index_for(kb)
    q = analyse(index, "hvad er opgaven?")
    positions = {t.pos for t in q.content()}
    tied = top_tasks(index, q, positions)
    assert [t for t, _, _ in tied] == sorted(t for t, _, _ in tied)
    if len(tied) > 1:
        tied[0][2].add(99)
        assert 99 not in tied[1][2]  # a caller may change its set: no other task's changes with it


def _credit_one_by_one(matched, gain, pos, scores, explained):
    for pid in matched:
        scores[pid] += gain
        explained[pid].add(pos)


@pytest.mark.parametrize("before", [(), (3, 40, 7), tuple(range(0, 200, 3))])
def test_credit_all_as_one_by_one(before):
    matched = {5, 3, 900, 41, 7, 12, 64, 128, 2}
    old_scores, old_explained = defaultdict(float), defaultdict(set)
    new_scores, new_explained = defaultdict(float), defaultdict(set)
    for scores, explained in ((old_scores, old_explained), (new_scores, new_explained)):
        for pid in before:
            scores[pid] += 0.25
            explained[pid].add(0)
    _credit_one_by_one(matched, 0.4, 2, old_scores, old_explained)
    _credit_all(matched, 0.4, 2, scores=new_scores, explained=new_explained)
    assert list(new_scores.items()) == list(old_scores.items())  # the same values in the same key order
    assert list(new_explained.items()) == list(old_explained.items())


def test_holding_one_key_as_any_key(kb):
    index = index_for(kb)
    pids = list(range(len(index.passages)))[::-1]  # (any order: the set is built in the pids' order)
    portal, saw = key("portalen"), key("savværket")
    assert portal in index.postings and saw in index.postings
    for ks in ([portal], [portal, saw], ["ukendtnoegle"], ["ukendtnoegle", portal]):
        postings = [index.postings[k] for k in ks if k in index.postings]
        by_scan = {pid for pid in pids if any(pid in posting for posting in postings)}
        assert index.holding(pids, ks) == by_scan
        assert list(index.holding(pids, ks)) == list(by_scan)
