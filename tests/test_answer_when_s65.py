# ruff: noqa: E501
"""When-questions (session 65), on tasks written here: the party a deadline's clause has doing its deed
('Barkflis Systemer lægger kortet ind inden for 4 arbejdsdage efter modtagelsen') or sends its thing to
('... sendes til Tørvestik Service senest ...') is the one a question calls by its role - the supplier, the
firm or the developer - and the word before the role that names that party too: a word of its name ('the
service firm' for 'Tørvestik Service') or the label a line of its project gives it ('the maintenance firm'
where 'Vedligehold: Grenknæk Teknik'). Not where the word before the role names nothing of that party, nor
where a fact of the project names another party so, nor where the question sends the thing to the role."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## SKOV 4 – Stikortet for skovløbet
**Master-opgave ID** 77104
**Opgavetitel** SKOV 4 – Stikortet for skovløbet
**Projekt** Fælles Skovløb
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –10
**Bølger** Skovløb – Bølge 1
**Beskrivelse** Stikortet viser ruterne for skovløbet. Stikortet godkendes af naturchefen og sendes til Barkflis Systemer senest 3 uger før go-live. Barkflis Systemer lægger kortet ind i Løbebogen inden for 4 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Naturvejleder
## TØRV 2 – Gravereglerne
**Master-opgave ID** 77202
**Opgavetitel** TØRV 2 – Gravereglerne
**Projekt** Fælles Tørvegrav
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –25
**Startdato (fra Slutdato)** –6
**Bølger** Tørv – Bølge 1
**Beskrivelse** Gravereglerne vedtages af teknikudvalget og sendes til Tørvestik Service senest 5 uger før go-live.
**Anbefalet udfører** Miljømedarbejder
## KILDE 1 – Serviceaftale for kildehuset
**Master-opgave ID** 77301
**Opgavetitel** KILDE 1 – Serviceaftale for kildehuset
**Projekt** Fælles Kildehus
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –50
**Startdato (fra Slutdato)** –10
**Bølger** Kilde – Bølge 1
**Beskrivelse** Besøg i kildehuset bookes i Kildebogen.
Vedligehold: Grenknæk Teknik
Serviceaftalen underskrives af kulturchefen og sendes retur til Grenknæk Teknik senest 6 uger før go-live.
**Anbefalet udfører** Kulturkonsulent
## KILDE 2 – Besøgslisten
**Master-opgave ID** 77302
**Opgavetitel** KILDE 2 – Besøgslisten
**Projekt** Fælles Kildehus
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –5
**Bølger** Kilde – Bølge 1
**Beskrivelse** Lederen af kildehuset godkender besøgslisten og sender den til Grenknæk Teknik senest 2 uger før go-live. Grenknæk Teknik gennemgår listen inden for 6 arbejdsdage efter modtagelsen af besøgslisten.
**Anbefalet udfører** Kulturkonsulent
## HUMLE 3 – Humlelisten
**Master-opgave ID** 77403
**Opgavetitel** HUMLE 3 – Humlelisten
**Projekt** Fælles Humle
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –5
**Bølger** Humle – Bølge 1
**Beskrivelse** Humlelisten viser kommunens humlebede.

• Udvikler: Ranke Data
• Pris: 300 kr. pr. måned

Humlelisten godkendes af parkchefen og sendes til Ranke Data senest 10 dage før go-live. Stangholt Teknik lægger listen ind inden for 2 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Parkmedarbejder
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, expected", [
    # the doer of the clause called the developer
    ("How long does the developer have to put the trail map into Løbebogen?", "4 arbejdsdage"),
    ("hvor lang tid har udvikleren til at lægge stikortet ind?", "4 arbejdsdage"),
    # the recipient called by a word of its name before the role
    ("When must the digging rules be sent to the service firm?", "5 uger"),
    # the doer called by the label its project gives it ('Vedligehold: Grenknæk Teknik')
    ("How long does the maintenance firm have to go through the visitor list after receiving it?", "6 arbejdsdage"),
])
def test_a_party_named_by_its_role_and_what_it_is(question: str, expected: str) -> None:
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question, wrong", [
    # the project's fact names another party the developer ('Udvikler: Ranke Data'): Stangholt Teknik is not
    ("How long does the developer have to enter the hop list after receiving it?", "2 arbejdsdage"),
    # a word before the role that names nothing of the party ('the cleaning firm')
    ("How long does the cleaning firm have to go through the visitor list after receiving it?", "6 arbejdsdage"),
])
def test_a_role_the_tasks_do_not_give_the_party_stays_unanswered(question: str, wrong: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and wrong in a.answer), a.answer


def _task_of(index, code: str) -> int:
    return next(t for t, task in enumerate(index.tasks) if task.code == code or code in task.title)


@pytest.mark.parametrize("question, text, code, named", [
    ("how long does the developer have to enter the trail map?",
     "Barkflis Systemer lægger kortet ind i Løbebogen inden for 4 arbejdsdage efter modtagelsen.", "SKOV 4", True),
    # the thing goes to the role: whom it is sent to, not who enters it
    ("when must the trail map be sent to the developer?",
     "Barkflis Systemer lægger kortet ind i Løbebogen inden for 4 arbejdsdage efter modtagelsen.", "SKOV 4", False),
    # another party is the project's developer
    ("how long does the developer have to enter the hop list?",
     "Stangholt Teknik lægger listen ind inden for 2 arbejdsdage efter modtagelsen.", "HUMLE 3", False),
])
def test_the_doer_is_named_by_its_role_only_where_it_may_be(question: str, text: str, code: str,
                                                             named: bool) -> None:
    from knowledge.index import index_for
    from knowledge.qa.analysis.reading import analyse
    from knowledge.qa.deadline_words import names_doer

    index = index_for(_kb())
    q = analyse(index, question)
    role = next(t for t in q.content() if "udvikl" in t.keys)
    assert names_doer(index, q, role, text, _task_of(index, code)) is named


@pytest.mark.parametrize("question, named", [
    # 'service' is a word of the recipient's name 'Tørvestik Service'
    ("when must the digging rules be sent to the service firm?", True),
    # 'cleaning' names nothing of it
    ("when must the digging rules be sent to the cleaning firm?", False),
])
def test_the_recipient_is_named_by_a_role_with_a_word_of_its_name(question: str, named: bool) -> None:
    from knowledge.index import index_for
    from knowledge.qa.analysis.reading import analyse
    from knowledge.qa.deadline_words import names_recipient

    index = index_for(_kb())
    q = analyse(index, question)
    role = next(t for t in q.content() if "leverandor" in t.keys)
    text = "Gravereglerne vedtages af teknikudvalget og sendes til Tørvestik Service senest 5 uger før go-live."
    assert names_recipient(index, q, role, text, _task_of(index, "TØRV 2")) is named
