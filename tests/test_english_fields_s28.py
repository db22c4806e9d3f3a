"""English questions on tasks of two more municipal fields (beaches and lifeguards, bicycles left
behind and removed by the municipality) and everyday words of training and start-up are read in the
tasks' Danish words."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="7301", title="ST 1 Aftale om strandpleje", project="Strande", priority="Obligatorisk",
         duration_days=20,
         description="Strandene renses af en entreprenør hver morgen i højsæsonen. Tang fjernes, hvis "
                     "det dækker stranden. Redningsposterne bemandes af livreddere fra kl. 9 til 17. "
                     "Vagtplanen lægges ind af koordinatoren. Opstarten koster 12.000 kr."),
    Task(id="7302", title="CY 1 Cykler", project="Cykler", priority="Obligatorisk",
         description="Efterladte cykler mærkes med et rødt bånd af vagterne. Efter 60 dage fjernes de og "
                     "opbevares på materielgården. Cykler, der ikke afhentes, bliver hittegods. "
                     "Oplæringen af vagterne tager 3 timer."),
]


@pytest.mark.parametrize("english, danish_word", [
    ("Who cleans the beaches?", "strand"),
    ("When is seaweed removed?", "tang"),
    ("Who mans the lifeguard towers?", "redningspost"),
    ("Where do the lifeguards come from?", "livredder"),
    ("Who enters the rota?", "vagtplan"),
    ("What happens to abandoned bikes?", "efterladt"),
    ("Where is the depot?", "materielgård"),
    ("What is the startup cost?", "opstart"),
    ("What are bikes marked with, tape?", "bånd"),
])
def test_words_of_two_more_fields_are_read_in_danish(index, english, danish_word):
    q = analyse(index, english)
    assert danish_word in q.text, q.text


@pytest.mark.parametrize("question, expected", [
    ("How long does the training of the wardens take?", "3 timer"),
    ("How much is the startup cost?", "12.000"),
    ("What are abandoned bikes marked with?", "rødt bånd"),
])
def test_english_questions_of_the_fields_are_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "How long does task 7301 take?",
    "how long will the ST 1 task take?",
])
def test_how_long_does_a_named_task_take_is_the_tasks_length(kb, question):
    a = answer(kb, question)
    assert a.found and "20" in a.answer and a.sources == ["7301"], a.answer


def test_how_long_of_a_thing_in_a_task_is_not_the_tasks_length(kb):
    a = answer(kb, "How long does the training of the wardens take?")
    assert "20 days" not in a.answer, a.answer


def test_irregular_past_forms_are_read_as_their_verbs():
    from knowledge.qa.english.words import _bases
    for form, base in (("oversaw", "oversee"), ("overseen", "oversee"), ("dealt", "deal"),
                       ("fell", "fall"), ("broken", "break"), ("sought", "seek")):
        assert base in _bases(form), form


EVERYDAY = [
    Task(id="7501", title="HU 1 Husets drift", project="Drift", priority="Obligatorisk",
         description="Adgangskortene udleveres i skranken. Pjecerne ligger i kantinen. Hjertestarterne "
                     "monteres af viceværten. Regnearket sendes til formanden. Plejecentrene får nye skabe."),
]


@pytest.mark.parametrize("english, danish_word", [
    ("Where are the access cards handed out?", "adgangskort"),
    ("Where are the brochures?", "pjece"),
    ("Who installs the defibrillators?", "hjertestarter"),
    ("Who gets the spreadsheet, the chairman?", "formand"),
    ("Which care homes get new cabinets?", "plejecenter"),
])
def test_everyday_things_of_a_municipality_are_read_in_danish(english, danish_word):
    from knowledge.base import KnowledgeBase
    from knowledge.index import index_for
    q = analyse(index_for(KnowledgeBase(tasks=EVERYDAY)), english)
    assert danish_word in q.text, q.text


def test_a_progressive_is_no_passive_of_the_participle_after_it(index):
    # ('is ... abandoned' read as a passive gave 'hvem efterladtes slette cykel?')
    q = analyse(index, "Who is removing the abandoned bikes?")
    assert "efterladtes" not in q.text and "efterladt" in q.text, q.text
