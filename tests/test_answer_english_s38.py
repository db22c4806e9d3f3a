"""English questions read in Danish forms: a glossary phrase of two renderings ('hand in': 'indsende',
'aflevere') read in the sense the question's task says, a body's English name read whole though a glossary
phrase sits inside it, a passive kept in the verb the question was read with in context, and the general
words of english.txt's s38 block."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9801", title="HP 1 Handlingsplaner for arbejdsmiljø", project="Arbejdsmiljø",
         priority="Obligatorisk",
         description="Hver afdeling udarbejder en handlingsplan. Handlingsplanerne afleveres til "
                     "sekretariatet senest 30 dage efter Go-Live. Datatilsynet skal orienteres om "
                     "behandlingen. "
                     "Arbejdsmiljørepræsentanten deltager i arbejdet.",
         recommended_responsible="Sekretariatschef"),
    Task(id="9802", title="HP 2 Skema og system", project="Arbejdsmiljø", priority="Valgfri",
         description="Skemaet indsendes til KOMBIT i uge 12. Spørgeskemaet kobles til lønsystemet, så "
                     "medarbejderne hentes automatisk. Receptionen passer på de trykte skemaer."),
]


@pytest.mark.parametrize(("english", "reading"), [
    ("When do the action plans have to be handed in?", "afleveres"),  # the task's 'aflevere', not 'indsende'
    ("Who do we hand in the action plans to?", "aflevere"),
    ("Do we have to notify the Danish Data Protection Agency?", "datatilsynet"),  # the name, read whole
    ("Which system is the questionnaire connected to?", "kobles"),  # the verb read in context stays
    ("Who looks after the printed questionnaires?", "passer"),
    ("Who do we hand the action plans in to?", "aflevere"),  # a phrasal verb split by its object
    ("Who signs the form?", "underskriver"),  # a verb: the noun 'skilt' is no meaning of it
])
def test_english_phrases_read_in_the_tasks_sense(index, english, reading):
    q = analyse(index, english)
    assert q.lang == "en" and reading in q.text, q.text


@pytest.mark.parametrize(("english", "joined"), [
    ("who do we hand the plans in to?", "hand in the plans to?"),
    ("who fills it in?", "fills in it?"),
    ("who sends the questionnaire out?", "sends out the questionnaire?"),
])
def test_a_phrasal_verb_split_by_its_object_is_joined(english, joined):
    from knowledge.qa.english import _modal_first
    assert joined in _modal_first(english)


def test_a_particle_before_its_own_object_stays_a_preposition():
    from knowledge.qa.english import _modal_first
    assert _modal_first("do we put the plans in a folder?") == "do we put the plans in a folder?"


def test_a_phrase_of_the_glossary_keeps_its_first_rendering_where_the_task_says_it(index):
    # the form task says 'indsendes': 'hand in the form' stays 'indsende'
    assert "indsend" in analyse(index, "When do we hand in the form?").text


@pytest.mark.parametrize(("english", "danish"), [
    ("Who writes the action plan?", "handlingsplan"),
    ("Is the safety representative involved?", "arbejdsmiljørepræsentant"),
    ("Which workplace makes the plan?", "arbejdsplads"),
])
def test_general_words_of_s38(index, english, danish):
    assert danish in analyse(index, english).text, analyse(index, english).text


@pytest.mark.parametrize(("english", "expected"), [
    ("When do the action plans have to be handed in?", "30 dage"),
    ("Who looks after the printed questionnaires?", "Receptionen"),
])
def test_english_questions_are_answered_from_the_danish(kb, english, expected):
    a = answer(kb, english)
    assert a.found and expected in a.answer, a.answer
