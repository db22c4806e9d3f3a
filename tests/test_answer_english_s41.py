"""English questions read in Danish forms: a name asked as 'hvad hedder' ('what is X called', 'the name of
X'), occasions as 'gange' ('how many times a year'), advance notice as 'hvor lang tid i forvejen', and the
second meanings of english.txt's s41 block, read only where no earlier line's word is in the tasks."""

import pytest

from knowledge.models import Task
from knowledge.qa.analysis import analyse
from knowledge.qa.english import plain_question
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9241", title="(SKB 1) Kontrakt med busselskabet", project="Digital skolebuskørsel",
         priority="Obligatorisk",
         description="Kommunen indgår et tillæg til kørselskontrakten med Vestbus A/S. "
                     "Tabletterne betales af busselskabet. Ændringer i ruterne skal meldes til Vestbus "
                     "5 arbejdsdage i forvejen. "
                     "Et mistet buskort erstattes gratis én gang."),
    Task(id="9261", title="(KGD 1) Overførsel af gravstedsregister", project="Nyt kirkegårdssystem",
         priority="Obligatorisk",
         description="Kirkegårdslederen overfører registret fra det gamle system GravData. Kapellet holder "
                     "lukket om mandagen. Tilskuddet udbetales to gange årligt, i marts og september."),
]


@pytest.mark.parametrize(("english", "plain"), [
    ("what is the old system called?", "What is the name of the old system?"),
    ("what's the new app called?", "What is the name of the new app?"),
    ("What were the groups named?", "What is the name of the groups?"),
    # 'called' that is no name: a verb of its own
    ("who called the meeting?", "who called the meeting?"),
])
def test_called_asks_a_name(english, plain):
    assert plain_question(english) == plain


@pytest.mark.parametrize(("english", "reading"), [
    ("What is the name of the bus company?", "hvad hedder"),
    ("what is the old system called?", "hvad hedder"),
    ("How many times a year is the grant paid out?", "hvor mange gange om året"),
    ("Is it replaced free the second time?", "anden gang"),
    ("How far ahead must route changes be reported?", "hvor lang tid i forvejen"),
    ("How much notice does the bus company need?", "hvor lang tid i forvejen"),
])
def test_question_frames_of_s41(index, english, reading):
    q = analyse(index, english)
    assert q.lang == "en" and reading in q.text, q.text


@pytest.mark.parametrize(("english", "danish"), [
    ("Who pays for the bus company's tablets?", "busselskab"),  # 'company' also a 'selskab'
    ("Is the chapel shut on Mondays?", "lukke"),  # 'shut' also 'lukke', not only 'nedlægge'
    ("Is a replacement card free?", "erstat"),
])
def test_second_meanings_of_s41(index, english, danish):
    assert danish in analyse(index, english).text, analyse(index, english).text


@pytest.mark.parametrize(("question", "expected"), [
    ("what was the old system called?", "GravData"),
    ("how many times a year is the grant paid out?", "to gange"),
    ("how much notice does Vestbus need for route changes?", "5 arbejdsdage"),
])
def test_questions_are_answered_from_the_danish(kb, question, expected):
    a = answer(kb, question)
    assert a.found and expected in a.answer, a.answer
