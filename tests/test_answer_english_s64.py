"""English questions (session 64): how a Danish word the dictionary knows reaches the tasks' compound.

A word rendered as the dictionary's first Danish word, which the tasks do not hold ('boxes' -> 'felt'),
joins the word before it by the dictionary's other words as the compound's head ('picnic boxes', the first
kept as typed, -> the tasks' 'picnickasserne', by 'kasse'; knowledge/qa/english/compounds.py _join_parts).
On tasks written here (a school's outings and a winter lake's night watch). Controls: a compound the tasks
do not write stays unanswered; two words the dictionary reads both still join as before ('night guards')."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.qa.english.reading import danish
from knowledge.qa.pipeline import answer

_TASKS = [
    Task(id="64101", title="FROST 1 Natvagten på søen", project="Fælles Vintersø", priority="Obligatorisk",
         description="Natvagterne oplæres af Frostholm Redning hver november. Natvagterne går på søen "
                     "hver weekend, når isen er mindst 12 cm tyk."),
    Task(id="64102", title="UDFLUGT 2 Skovturens mad", project="Fælles Udflugter", priority="Valgfri",
         description="Picnickasserne pakkes af Kurvholm Catering aftenen før hver tur. Termokasserne "
                     "vaskes af køkkenet efter turen."),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(_TASKS)


@pytest.mark.parametrize(("question", "compound", "expected"), [
    ("Who packs the picnic boxes?", "picnickasse", "Kurvholm Catering"),
    ("Who trains the night guards?", "natvagt", "Frostholm Redning"),
])
def test_a_rendered_word_reaches_the_tasks_compound(kb, question, compound, expected):
    rendered, _ = danish(index_for(kb), question)
    assert compound in rendered, rendered
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Who packs the pizza boxes?",  # 'pizzakasse': no task writes it
    "Who trains the night nurses?",
])
def test_a_compound_the_tasks_do_not_write_gets_no_answer(kb, question):  # controls
    got = answer(kb, question)
    assert not got.found, got.answer

