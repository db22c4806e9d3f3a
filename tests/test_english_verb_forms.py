"""English verb forms read as the Danish question would ask them: a preposition put before 'whom'
('To whom is the report sent?') stands after the verb, as 'Who is the report sent to?' has it, and
'get' with a participle ('Who gets trained?', 'When does the report get sent?') is the passive."""

import re

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9811", title="BIB 1 Test af udlånssystemet", project="Bibliotek", priority="Obligatorisk",
         description="Testrapporten underskrives af bibliotekschefen og sendes til KOMBIT senest 2 uger før "
                     "go-live. Superbrugerne uddannes af leverandøren. Tablets til testen lånes af "
                     "it-afdelingen."),
]


@pytest.mark.parametrize(("fronted", "after"), [
    ("To whom is the test report sent?", "Who is the test report sent to?"),
    ("By whom is the test report signed?", "Who is the test report signed by?"),
    ("From whom are the tablets borrowed?", "Who are the tablets borrowed from?")])
def test_a_preposition_before_whom_is_read_after_the_verb(index, fronted, after):
    assert analyse(index, fronted).text == analyse(index, after).text


def test_to_whom_is_answered_by_the_recipient(kb):
    a = answer(kb, "To whom is the test report sent?")
    assert a.found and "KOMBIT" in a.answer, a.answer


@pytest.mark.parametrize(("question", "passive"), [("Who gets trained?", "uddannes"),
                                                   ("When does the test report get sent?", "sendes"),
                                                   ("Who got paid for the test?", "betales")])
def test_get_with_a_participle_is_the_passive(index, question, passive):
    words = re.findall(r"\w+", analyse(index, question).text)
    assert passive in words and "får" not in words and "fik" not in words, words


def test_get_before_a_noun_or_an_idiom_stays_get(index):
    # 'gets the report' receives it; 'get started' begins, no passive of 'start'
    assert "får" in re.findall(r"\w+", analyse(index, "Who gets the test report?").text)
    assert "være" not in re.findall(r"\w+", analyse(index, "How do we get started?").text)


def test_who_gets_trained_is_answered_by_the_passive_sentence(kb):
    a = answer(kb, "Who gets trained?")
    assert a.found and "Superbrugerne" in a.answer, a.answer
