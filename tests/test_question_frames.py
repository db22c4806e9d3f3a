"""Question frames that ask for what a task says in other words: the purpose of a task is its goal,
'how does X work' is what the text says of X, 'how often' asks a frequency ('månedsvis'), 'who is the
signer of X' asks who signs X, and 'hvordan ...' is not answered by a goal or result line."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Task
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected

TASKS = [
    Task(id="7701", title="HAVN 4 Takster for bådpladser", project="HAVN", priority="Obligatorisk",
         goal="Lejen for bådpladserne beregnes korrekt fra første opkrævning.",
         description="Havnerabatten beregnes automatisk: der betales fuld leje for den største plads og "
                     "halv leje for de øvrige pladser. Lejen opkræves kvartalsvis forud via "
                     "Betalingsservice.",
         method_steps=[MethodStep(number=1, text="Indtast lejen i havnesystemet")],
         result="Lejen opkræves korrekt."),
    Task(id="7702", title="HAVN 5 Lejeaftale for bådpladser", project="HAVN", priority="Obligatorisk",
         description="Lejeaftalen underskrives af havnechefen. Aftalen sendes til KOMBIT senest 4 uger "
                     "før go-live."),
]


@pytest.mark.parametrize("question", [
    "hvad er formaalet med opgave 7701?", "hvad er formaalet med opgaven om takster?",
    "what is the purpose of havn 4?", "what is the purpose of the rates task?"])
def test_the_purpose_of_a_task_is_no_reason(question):
    assert expected(question) is Expect.ANY


@pytest.mark.parametrize("question", [
    "hvad er formaalet med at underskrive aftalen?", "what is the purpose of the lease?", "hvorfor?"])
def test_the_purpose_of_a_deed_or_thing_is_a_reason(question):
    assert expected(question) is Expect.REASON


@pytest.mark.parametrize("question", ["Hvad er formålet med HAVN 4?", "What's the point of HAVN 4?"])
def test_the_purpose_of_a_task_is_answered_by_its_goal(kb, question):
    a = answer(kb, question)
    assert a.found and a.sources == ["7701"] and "beregnes korrekt" in a.answer, a.answer


@pytest.mark.parametrize("question", ["Hvordan fungerer havnerabatten?", "How does havnerabatten work?",
                                      "Hvordan virker havnerabatten?"])
def test_how_it_works_is_answered_by_what_the_text_says_of_it(kb, question):
    a = answer(kb, question)
    assert a.found and "halv leje" in a.answer, a.answer


def test_how_a_thing_is_done_is_not_answered_by_the_goal_or_result(kb):
    a = answer(kb, "Hvordan opkræves lejen?")
    assert "korrekt" not in a.answer, a.answer
    assert not a.found or "Betalingsservice" in a.answer, a.answer


@pytest.mark.parametrize("question", ["Hvor ofte opkræves lejen?", "Hvor tit opkræves lejen?"])
def test_how_often_is_answered_by_a_frequency_adverb(kb, question):
    a = answer(kb, question)
    assert a.found and "kvartalsvis" in a.answer, a.answer


def test_who_is_the_signer_asks_who_signs(kb):
    a = answer(kb, "Hvem er underskriver på lejeaftalen?")
    assert a.found and a.sources == ["7702"] and "havnechefen" in a.answer, a.answer


def test_which_kind_is_said_by_a_hyphenated_compound_of_its_head():
    tasks = [Task(id="7703", title="HAVN 7 Udtræk af bådregister", project="HAVN", priority="Obligatorisk",
                  description="Bådregistret overføres til den nye løsning på baggrund af et udtræk, som "
                              "kommunen leverer i CSV-format.")]
    a = answer(KnowledgeBase(tasks=tasks), "Hvilket filformat skal udtrækket af bådregistret leveres i?")
    assert a.found and "CSV-format" in a.answer, a.answer
