"""English words with no line of their own and words with several meanings (knowledge/qa/english.py):
a loanword spelt by the regular English -> Danish correspondences ('objects' -> 'objekter') when the
tasks hold it, and of a word's dictionary meanings the one a task says with the question's other
words ('enters the rates' -> 'indtaster', where the first meaning, 'påføre', is another task's)."""

import re

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.models import MethodStep, Task
from knowledge.qa.english import _loan_spellings, danish
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="951", title="KIRK 1 Takster i gravregistret", project="KIRK", priority="Obligatorisk",
         description="Kirkegårdskontoret indtaster kommunens takster i gravregistret. Kommunen kontrollerer "
                     "mindst 12 brandsynsobjekter i prøveindlæsningen. Eksterne konsulenter må ikke "
                     "registrere objekterne."),
    Task(id="952", title="KIRK 2 Fakturering", project="KIRK", priority="Valgfri",
         description="Økonomiafdelingen påfører EAN-nummeret på hver faktura."),
]


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(tasks=TASKS)


@pytest.fixture(scope="module")
def index(kb):
    return index_for(kb)


@pytest.mark.parametrize(("english", "loan"), [
    ("object", "objekt"), ("category", "kategori"), ("technical", "teknisk"), ("migration", "migrering"),
    ("quality", "kvalitet"), ("strategy", "strategi"), ("protocol", "protokol"),
])
def test_an_english_word_is_spelt_as_the_danish_loanword_of_its_root(english, loan):
    assert loan in _loan_spellings(english)


def test_a_loanword_the_tasks_hold_is_read_for_an_english_word_no_list_has(index):
    text, typed = danish(index, "How many objects does the municipality check?")
    assert "objekt" in text.split() and typed["objekt"] == "objects"


def test_a_word_without_a_loanword_in_the_tasks_stays_as_typed(index):
    text, _ = danish(index, "How many elephants does the municipality check?")
    assert "elephants" in text


def test_of_a_words_meanings_the_one_a_task_says_with_the_other_words_is_read(index):
    rates, _ = danish(index, "Who enters the rates?")
    ean, _ = danish(index, "Who enters the EAN number?")
    assert "indtaste" in rates and "påføre" not in rates
    assert "påføre" in ean  # the dictionary's first meaning, said with the EAN number, stands


def test_the_meaning_in_context_answers_from_its_task(kb):
    a = answer(kb, "Who enters the rates in the grave register?")
    assert a.found and "Kirkegårdskontoret" in a.answer and "951" in a.sources
    ean = answer(kb, "Who enters the EAN number?")
    assert ean.found and "Økonomiafdelingen" in ean.answer and ean.sources == ["952"]


_COURSES = [
    Task(id="961", title="UDD 1 Uddannelse af medarbejderne", project="UDD", priority="Obligatorisk",
         duration_days=20,
         description="Alle brugere gennemfører et e-læringskursus på 45 minutter. Superbrugerne deltager "
                     "desuden i et kursus på to dage i Aarhus."),
]


def test_two_english_words_are_joined_as_the_compound_of_their_danish_words():
    index = index_for(KnowledgeBase(tasks=_COURSES))
    text, typed = danish(index, "How long is the e-learning course?")
    assert "e-læringskursus" in text and typed["e-læringskursus"] == "e-learning course"


def test_the_joined_compound_answers_for_that_thing_not_the_task_or_another_course():
    kb = KnowledgeBase(tasks=_COURSES)
    a = answer(kb, "How long does the e-learning course last?")
    assert a.found and "45 minutter" in a.answer and "20" not in a.answer


_LOADS = [
    Task(id="971", title="BRD 3 Overførsel af objekter", project="BRD", priority="Obligatorisk",
         description="Leverandøren indlæser en prøvefil 6 uger før go-live. Kommunen kontrollerer mindst 25 "
                     "objekter i prøveindlæsningen. Filen må højst have 20.000 rækker; større kommuner deler "
                     "filen op. Aftalen underskrives af kommunaldirektøren eller af en person med fuldmagt "
                     "fra kommunaldirektøren."),
]


@pytest.mark.parametrize(("english", "compound"), [
    ("Who loads the test file?", "prøvefil"),  # a word left as typed: its dictionary words as the head
    ("How many objects are checked in the trial load?", "prøveindlæsning"),  # a verb's noun in -ning
])
def test_english_words_are_joined_as_the_tasks_compound_of_their_danish_words(english, compound):
    text, typed = danish(index_for(KnowledgeBase(tasks=_LOADS)), english)
    assert compound in re.findall(r"[\w-]+", text) and " " in typed[compound]


@pytest.mark.parametrize(("question", "said"), [
    ("Who loads the test file?", "Leverandøren"),
    ("How many objects are checked in the trial load?", "25"),
    ("What should larger municipalities do if the file is too big?", "deler filen op"),  # 'too' frames
])
def test_the_joined_words_answer_from_the_sentence_that_says_them(question, said):
    a = answer(KnowledgeBase(tasks=_LOADS), question)
    assert a.found and said in a.answer and a.sources == ["971"]


def test_instead_of_is_read_as_danish_asks_it():
    index = index_for(KnowledgeBase(tasks=_LOADS))
    text, _ = danish(index, "Can someone with a power of attorney sign instead of the chief executive?")
    assert "i stedet for" in text
    a = answer(KnowledgeBase(tasks=_LOADS), "Can someone with a power of attorney sign instead of the CEO?")
    assert a.found and a.answer.startswith("Yes")


def test_final_is_the_meaning_the_tasks_say_and_the_last_of_the_steps():
    tasks = [Task(id="981", title="BRD 4 Indlæsning", project="BRD", priority="Obligatorisk",
                  description="Den endelige indlæsning foregår i weekenden før go-live.",
                  method_steps=[MethodStep(number=1, text="Send filen"),
                                MethodStep(number=2, text="Godkend indlæsningen")])]
    kb = KnowledgeBase(tasks=tasks)
    text, _ = danish(index_for(kb), "When does the final load take place?")
    assert "endelig" in text and "sidste" not in text
    load = answer(kb, "When does the final load take place?")
    assert load.found and "weekenden før go-live" in load.answer
    step = answer(kb, "What is the final step of BRD 4?")
    assert step.found and "Godkend indlæsningen" in step.answer
