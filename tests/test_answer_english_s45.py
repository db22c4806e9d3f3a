"""English words read by how English makes them (s45): a noun of a verb as the tasks' Danish verbal noun
('replacement' -> 'udskiftning'), a compound's head after a Danish particle English leaves out ('alarm
call' -> 'alarmopkald'), hyphenated and prefixed words by their parts ('key-box', 'reopen'),
times of day ('6pm' -> 'kl. 18'), unit abbreviations and the frames 'by the end of',
'fortnight', 'every other'."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.english.words import _verbs_of_noun
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9961", title="BIB 1 Selvbetjening på biblioteket", project="Åbne biblioteker",
         priority="Obligatorisk",
         description="Biblioteket har åbent med selvbetjening fra kl. 7 til kl. 22. Udskiftningen af "
                     "adgangskortlæserne foretages af Dørteknik ApS. Et telefonopkald til vagten besvares "
                     "inden for fem minutter. Nøglen ligger i en nøgleboks ved personaleindgangen. "
                     "Genåbningen efter ombygningen sker 1. marts. Lånerne skal afmelde reservationer senest "
                     "14 dage før afhentning."),
    Task(id="9962", title="BIB 2 Arrangementer for børn", project="Åbne biblioteker", priority="Valgfri",
         description="Der holdes højtlæsning for børn hver anden uge. Forældrene tilmelder børnene på "
                     "bibliotekets hjemmeside."),
]


@pytest.mark.parametrize(("english", "danish_words"), [
    ("Who does the replacement of the card readers?", ["udskiftning"]),  # a noun of 'replace'
    ("How quickly is a phone call to the guard answered?", ["telefonopkald"]),  # 'op-' before 'kald'
    ("Where is the key-box?", ["nøgleboks"]),  # a hyphenated word as its parts, joined as Danish does
    ("Is the library open after 9pm?", ["kl. 21"]),
    ("Is it open from 7 a.m.?", ["kl. 7"]),
    ("Is the reading held every other week?", ["hver anden uge"]),
    ("Must we cancel within a fortnight?", ["14 dage"]),
    ("Is it answered within 5 mins?", ["minutter"]),
    ("What must be done by the end of March?", ["inden udgangen af"]),
    ("Can the card reader be reinstalled?", ["igen"]),
    ("Who is the point of contact for the card readers?", ["kontaktperson"]),  # no 'formålet med'
    ("How come the library closes at 10pm?", ["hvorfor", "kl. 22"]),
])
def test_english_word_families_and_frames_are_read_as_danish_says_them(index, english, danish_words):
    q = analyse(index, english)
    assert q.lang == "en" and all(w in q.text for w in danish_words), q.text


@pytest.mark.parametrize(("noun", "verb"), [
    ("replacement", "replace"), ("approval", "approve"), ("cancellation", "cancel"),
    ("notification", "notify"), ("installation", "install"), ("closure", "close"), ("delivery", "deliver"),
])
def test_a_noun_of_a_verb_names_its_verb(noun, verb):
    assert verb in _verbs_of_noun(noun)


def test_a_word_listed_whole_is_not_read_by_its_parts(index):
    # 'go-live' is a word of the lists as typed: not 'go' and 'live'
    assert "idriftsættelse" in analyse(index, "When is the go-live?").text


@pytest.mark.parametrize(("question", "expected"), [
    ("Who does the replacement of the card readers?", "Dørteknik"),
    ("How quickly are calls to the guard answered?", "fem minutter"),
])
def test_an_english_question_in_word_families_is_answered_from_the_task(kb, question, expected):
    a = answer(kb, question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


def test_a_word_the_tasks_do_not_say_still_gets_no_answer(kb):
    a = answer(kb, "Who approves the renovation of the roof?")
    assert not a.found, a.answer
