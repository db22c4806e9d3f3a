# ruff: noqa: E501
"""English questions (session 61), on tasks written here (a harbour's lighthouse tours and its beach day):
two capitalised English words that name no thing the tasks hold are the English name of the tasks' Danish
compound ('the Beach Day' -> 'Stranddagen'), or, with no such compound, read as the lowercase words are
(kept as a name, 'the Carillon Day' took another sentence's '30 dage' for its day); 'the X task' names the task, whose own dates say when
it ends (not a deadline its text gives for X); 'who chairs X?', a role no task names, is not answered by
the sentence that names X; 'because of' frames the
cause that follows; the word list has the coast's and the countryside's things ('lighthouse' -> 'fyrtårn',
'waterline' -> 'vandkant') and a notice period as the tasks list it ('Opsigelse: 2 måneders varsel')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.english.reading import danish
from knowledge.qa.pipeline import answer

_TASKS = """## HAVN 1 – Tilslutningsaftale til Mågebogen
**Master-opgave ID** 96601
**Opgavetitel** HAVN 1 – Tilslutningsaftale til Mågebogen
**Projekt** Fælles Havnefyr
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 10
**Slutdato (fra Go-Live)** -40
**Startdato (fra Slutdato)** –10
**Bølger** Havnefyr – Bølge 1
**Beskrivelse** Mågebogen er systemet, hvor borgerne booker ture til kommunens fyrtårne. Aftalen omfatter:
- Udvikler: Tågehorn Data
- Hosting: Bølgeskum Hosting
- Pris: 640 kr. pr. måned
- Opsigelse: 2 måneders varsel
- Sletning: 30 dage efter aftalens ophør
Aftalen underskrives af direktøren for Teknik og Miljø og returneres til Tågehorn Data senest 5 uger før go-live.
**Anbefalet udfører** Havneteamet
## HAVN 4 – Stranddagen (valgfri)
**Master-opgave ID** 96604
**Opgavetitel** HAVN 4 – Stranddagen (valgfri)
**Projekt** Fælles Havnefyr
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Slutdato (fra Go-Live)** 4
**Startdato (fra Slutdato)** –2
**Bølger** Havnefyr – Bølge 1
**Beskrivelse** Kommunen kan holde Stranddagen lørdag den 14. juni 2031 kl. 10-15 ved Molehuset. Der er plads til 70 borgere. Værten er den tidligere havnefoged Ole Tangkær, og sejlklubbens klubformand hjælper til. Stranddagen oprettes i Mågebogen senest 2 uger før go-live. Der skal ikke skrives noget under.
**Anbefalet udfører** Havneteamet
## HAVN 5 – Turreglerne
**Master-opgave ID** 96605
**Opgavetitel** HAVN 5 – Turreglerne
**Projekt** Fælles Havnefyr
**Fase** Fase 2 – Klargøring
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Bølger** Havnefyr – Bølge 1
**Beskrivelse** Reglerne for turene til fyrtårnene:
1. Børn fra 9 år må komme med op i fyrtårnet.
2. Turene aflyses ved vind over 14 m/s.
3. Hver bænk skal stå mindst 5 meter fra vandkanten.
4. Ingen ture, når vandstanden er over 60 cm.
Turreglerne vedtages af havne- og kystudvalget senest 10 dage før go-live.
**Anbefalet udfører** Havneteamet
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def _ask(question: str):
    return answer(_kb(), question)


# An event named in capitals, as English names it: the tasks' Danish compound of the two words.
_NAMED_EVENT = [
    ("When is the Beach Day?", "14. juni 2031"),
    ("Where is the Beach Day held?", "Molehuset"),
    ("How many citizens can come to the Beach Day?", "70"),
]


def _answers_with(question: str, expected: str) -> None:
    a = _ask(question)
    assert a.found, a.answer
    assert expected in a.answer, a.answer


@pytest.mark.parametrize(("question", "expected"), _NAMED_EVENT)
def test_a_capitalised_event_name_is_the_tasks_compound(question, expected):
    _answers_with(question, expected)


# Neighbours: the lowercase name keeps its answer; a capitalised name with no compound in the tasks
# ('Lighthouse Day': no 'Fyrdagen' here) stays honest rather than taking the agreement's '30 dage'.
def test_the_lowercase_event_name_keeps_its_answer():
    a = _ask("When is the beach day?")
    assert a.found and "14. juni 2031" in a.answer, a.answer


@pytest.mark.parametrize("question", ["When is the Lighthouse Day?", "When is the Carillon Day?"])
def test_a_capitalised_name_with_no_compound_stays_honest(question):
    a = _ask(question)
    assert not a.found or "30 dage" not in a.answer, a.answer


# The word list: the coast's things, and a notice period as the tasks list it.
_WORDS = [
    ("From what age may children go up the lighthouse?", "9 år"),
    ("How far from the waterline must each bench be?", "5 meter"),
    ("How high may the water level be for the tours?", "60 cm"),
]


@pytest.mark.parametrize(("question", "expected"), _WORDS)
def test_the_word_list_reads_the_coasts_words(question, expected):
    _answers_with(question, expected)


def test_a_notice_period_is_read_as_the_tasks_list_it():
    index = index_for(_kb())
    assert "opsigelse" in danish(index, "What is the notice period for Mågebogen?")[0]


def test_because_of_frames_the_cause():
    # the cause is read as a word of the question, not an unknown 'because': the sentence that calls the
    # tours off is the one the answer gives (as the closest, like its Danish twin: a condition is no date)
    a = _ask("When are the tours called off because of wind?")
    twin = _ask("Hvornår aflyses turene af vind?")
    assert "14 m/s" in a.answer and a.found == twin.found, a.answer


# 'who hosts X?' of a system is its hosting firm.
def test_who_hosts_a_system_is_its_hosting_firm():
    a = _ask("Who hosts Mågebogen?")  # a control
    assert a.found and "Bølgeskum Hosting" in a.answer, a.answer


# 'the X task' names the task: its own end, not the deadline for creating X in the system.
@pytest.mark.parametrize("question", ["When does the Beach Day task end?", "When does the beach day task end?"])
def test_the_named_task_ends_on_its_own_date(question):
    a = _ask(question)
    assert a.found and "4" in a.answer and "2 uger" not in a.answer, a.answer


def test_a_thing_in_the_task_keeps_its_deadline():
    a = _ask("When must the Beach Day be created in Mågebogen?")  # a control: the sentence's deadline
    assert a.found and "2 uger" in a.answer, a.answer


# A role no task names, asked first: the sentence naming the rest names someone else.
def test_a_role_no_task_names_is_not_answered_by_the_rest():
    a = _ask("Who chairs the committee that adopts the tour rules?")
    assert not a.found, a.answer


def test_who_adopts_the_rules_keeps_its_answer():
    a = _ask("Who adopts the tour rules?")  # a control
    assert a.found and "kystudvalget" in a.answer, a.answer
