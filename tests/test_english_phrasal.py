"""Phrasal verbs and compounds of English questions: a task's present tense split by its object
('Webredaktøren sætter kortet op') is read as the prefixed verb ('opsætter', 'sets up'); three English
nouns make one Danish compound ('music school portal' -> 'musikskoleportal'); 'hand out' is 'udlevere';
and a step's imperative of the asked verb ('Udlevér nøgler til montørerne') names no one for 'who'."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import Task
from knowledge.morphology import particle_verb_keys
from knowledge.qa.analysis import analyse
from knowledge.qa.types import Expect, holds

TASKS = [
    Task(id="9811", title="MS 1 Aftale om Musikskoleportalen", project="Musik", priority="Obligatorisk",
         description="Musikskoleportalen leveres af Tonehuset ApS. Webredaktøren sætter kortet op."),
    Task(id="9812", title="NK 2 Nye anlæg", project="Nødkald", priority="Obligatorisk",
         description="Nøglerne udleveres af gruppelederen i hjemmeplejen.",
         ),
]


@pytest.mark.parametrize("text, verb", [
    ("Webredaktøren sætter kortet op.", "opsætter"),
    ("Montøren deler nøglerne ud til borgerne.", "uddeler"),
])
def test_a_present_tense_split_by_its_object_is_keyed_as_the_prefixed_verb(text, verb):
    from knowledge.fold import key
    assert key(verb) in particle_verb_keys(text), particle_verb_keys(text)


def test_a_particle_before_a_number_is_no_particle_verb():
    assert not particle_verb_keys("Vi går op til 40 timer.")


def test_the_doer_of_a_split_particle_verb_answers_who_asks_the_prefixed_verb(index):
    for question in ("Who sets up the map?", "Hvem opsætter kortet?"):
        q = analyse(index, question)
        assert holds(q.expects, "Webredaktøren sætter kortet op.", q.text), q.text


def test_three_english_nouns_make_one_danish_compound(index):
    q = analyse(index, "Who supplies the music school portal?")
    assert "musikskoleportal" in q.text, q.text


def test_hand_out_is_udlevere(index):
    assert "udleverer" in analyse(index, "Who hands out the keys?").text


def test_a_steps_imperative_of_the_asked_verb_names_no_one(index):
    q = analyse(index, "Hvem udleverer nøglerne til montørerne?")
    assert q.expects is Expect.PARTY
    assert not holds(q.expects, "Udlevér nøgler til montørerne", q.text)
    assert holds(q.expects, "Nøglerne udleveres af gruppelederen i hjemmeplejen.", q.text)


def test_a_compound_the_tasks_have_beats_one_that_only_begins_a_longer_word():
    task = Task(id="9831", title="SO 2 Tilslutning", project="SO", priority="Obligatorisk",
                description="Testtilslutningen skal være på plads senest 8 uger før go-live. "
                            "Testtilslutningsaftalen underskrives af IT-chefen.")
    kb = KnowledgeBase.from_tasks([task])
    q = analyse(index_for(kb), "When must the test connection be in place?")
    assert "testtilslutning " in q.text, q.text
