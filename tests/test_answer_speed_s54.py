"""The s54 speed shortcut gives what the long way gave: English senses look up a word's task keys once per
question, only when a word's meaning is chosen, with the same readings as before. (Making each key's
written forms with the index was taken back: measured against the start, it made the benchmark's
questions slower, not faster.)"""

from __future__ import annotations

import pytest

from benchmarks.synth import make_phrased_questions, make_tasks
from knowledge.base import KnowledgeBase
from knowledge.fold import is_stop
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa import english
from knowledge.qa.english import senses
from knowledge.qa.english.reading import danish

LIBRARY = [
    Task(id="7701", title="BIB 1 Udlån af lydbøger", project="Biblioteket", priority="Obligatorisk",
         description="Lånerne reserverer lydbøgerne i appen. Bibliotekaren godkender hver reservation."),
    Task(id="7702", title="BIB 2 Indkøb af tegneserier", project="Biblioteket", priority="Valgfri",
         description="Indkøberen bestiller tegneserierne hos forlaget to gange om året."),
]
def _old_in_context(index, out, single, typed) -> None:
    """_in_context as it was: every other word's task keys looked up for every word read."""
    for i, english_word in single:
        found = senses._senses(index, english_word)
        head = out[i] if out[i] in found else senses._tables().kin.get(out[i], ("",))[0]
        others = [keys for m, w in enumerate(out) if m != i and w[:1].isalpha() and not is_stop(w)
                  for keys in [senses._near_keys(index, w)] if keys]
        every = senses._senses(index, english_word, held=False)
        unheld = senses._unheld_rendering(out[i], head, found, every)
        if unheld and others:
            senses._held_sense(index, out, i, unheld, found, others, typed, english_word)
            continue
        if len(found) < 2 or head not in found:
            continue
        found = senses._same_class(head, found, loose=True)
        if not others:
            continue
        rarest = min(others, key=lambda keys: len(senses._tasks_of(index, keys)))
        if not senses._said_with(index, head, [rarest]):
            apt = [d for d in found if d != head and senses._said_with(index, d, [rarest])]
            if apt:
                senses._read_as(out, i, head, max(apt, key=lambda d: senses._said_with(index, d, others)),
                                typed, english_word)
                continue
        if out[i] != head or senses._said_with(index, head, others):
            continue
        best = max(found, key=lambda d: senses._said_with(index, d, others))
        if senses._said_with(index, best, others):
            senses._read_as(out, i, head, best, typed, english_word)


ENGLISH = ["who approves the reservations of audio books?", "who orders the comics from the publisher?",
           "how often are the comics bought?", "who enters the reservation in the app?",
           "who waters the tomato plants?", "where is the amount noted?", "who signs the order?"]


@pytest.fixture(scope="module")
def english_loaded():
    english.load()


@pytest.mark.parametrize("tasks", [LIBRARY, make_tasks(60)], ids=["invented", "synthetic"])
def test_english_senses_read_as_before(english_loaded, monkeypatch, tasks):
    index = index_for(KnowledgeBase.from_tasks(tasks))
    synthetic = make_phrased_questions(tasks, 80) if tasks[0].id not in {t.id for t in LIBRARY} else []
    texts = ENGLISH + [q.text for q in synthetic if q.text.isascii()]
    new = [danish(index, text) for text in texts]
    monkeypatch.setattr(senses, "_in_context", _old_in_context)
    monkeypatch.setattr("knowledge.qa.english.reading._in_context", _old_in_context)
    old = [danish(index, text) for text in texts]
    assert new == old


def test_a_words_task_keys_are_looked_up_once_per_question(english_loaded, monkeypatch):
    index = index_for(KnowledgeBase.from_tasks(LIBRARY))
    asked: list[str] = []
    near = senses._near_keys
    monkeypatch.setattr(senses, "_near_keys", lambda idx, word: asked.append(word) or near(idx, word))
    memo: dict[str, set[str]] = {}
    out = ["hvem", "godkender", "reservationerne", "af", "lydbøger"]
    first = senses._other_keys(index, out, 1, memo)
    again = senses._other_keys(index, out, 2, memo)
    assert sorted(asked) == sorted(set(asked))  # each word once, whichever word is read
    assert first == [near(index, w) for w in ("reservationerne", "lydbøger") if near(index, w)]
    assert again == [near(index, w) for w in ("godkender", "lydbøger") if near(index, w)]
