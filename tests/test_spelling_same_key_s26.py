"""A misspelt question word whose key the tasks have ('mailadrese', read as 'mail' like 'mailadresse')
is written as the glossary or the tasks write it, so the checks that read the question's words read
what it asks for (a mail); a word written so is never changed into another."""

import pytest

from knowledge.models import Task
from knowledge.qa.pipeline import answer
from knowledge.qa.spelling import fix_task_words

TASKS = [
    Task(id="7201", title="KO 1 Kontrakt", project="Kontrakt", priority="Obligatorisk",
         description="Kontakt hos Leverandøren ApS: Kasper Holm, kundeansvarlig, tlf. 42 18 77 90. "
                     "Spørgsmål sendes på mail til support@leverandoeren.dk. Aftalerne underskrives af "
                     "direktøren."),
]


def test_a_misspelt_word_of_a_known_key_is_written_as_meant(index):
    fixed, words = fix_task_words("hvad er kasper holms mailadrese", index)
    assert "mailadresse" in fixed.split() and "mailadresse" in words, fixed


@pytest.mark.parametrize("question", ["hvad er mailadressen", "hvem underskriver aftalerne",
                                      "hvem underskriver aftalen"])
def test_a_word_written_so_is_left_as_it_is(index, question):
    assert fix_task_words(question, index)[0] == question


def test_a_misspelt_value_word_asks_for_that_value(kb):
    a = answer(kb, "hvad er kasper holms mailadrese")
    assert not a.found and "mailadresse" in a.answer, a.answer  # 'oplyser ikke nogen mailadresse'


def test_a_which_question_is_not_answered_by_a_title_that_only_restates_its_noun():
    from knowledge.base import KnowledgeBase
    kb = KnowledgeBase(tasks=[Task(
        id="7202", title="VB 4 – Tilslut betalingsløsningen til gebyret", project="Vielser",
        priority="Obligatorisk", description="Gebyret opkræves via Nets Easy. Aftalen underskrives af "
                                             "økonomichefen.")])
    a = answer(kb, "hvilken betalingsløsning bruges til gebyret")
    assert not (a.found and a.answer.startswith("VB 4")), a.answer


def test_another_inflection_is_no_typo(index):
    # 'aftalernes' (a genitive) is written right: the tasks' 'aftalerne' is another inflection
    asked = "hvem underskriver aftalernes bilag"
    assert fix_task_words(asked, index)[0] == asked
