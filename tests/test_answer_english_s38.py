"""English questions read in Danish forms: a body's English name read whole though a glossary phrase sits
inside it, a verb's meanings read in context kept to verbs, and the general words of english.txt's s38
block."""

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
    ("Do we have to notify the Danish Data Protection Agency?", "datatilsynet"),  # the name, read whole
    ("Who looks after the printed questionnaires?", "passer"),
    ("Who signs the form?", "underskriver"),  # a verb: the noun 'skilt' is no meaning of it
])
def test_english_phrases_read_in_the_tasks_sense(index, english, reading):
    q = analyse(index, english)
    assert q.lang == "en" and reading in q.text, q.text


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
    ("What is the deadline for the action plans?", "30 dage"),
    ("Who looks after the printed questionnaires?", "Receptionen"),
])
def test_english_questions_are_answered_from_the_danish(kb, english, expected):
    a = answer(kb, english)
    assert a.found and expected in a.answer, a.answer
