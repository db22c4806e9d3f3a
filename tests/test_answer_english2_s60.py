# ruff: noqa: E501
"""English when/how-long questions (session 60), on tasks written here (a knitting club's yarn library and
its open days): an English gerund before 'day' names the tasks' event-day compound of a Danish verb
('knitting day' -> 'strikkedag', 'dancing day' -> 'dansedag') once the word list has the everyday verb;
'after termination' is after the agreement's end ('efter aftalens ophør', not only 'opsige', to give
notice); a word the glossary reads is no loanword ('deleted' is not 'delet', keyed like 'dele'); 'how many X
are allowed per Y?' asks what there may be ('må være'), not what is made possible ('muliggøres')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## GARN 1 – Tilslutningsaftale til Nøglebogen
**Master-opgave ID** 97701
**Opgavetitel** GARN 1 – Tilslutningsaftale til Nøglebogen
**Projekt** Fælles Garnbiblioteker
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 10
**Slutdato (fra Go-Live)** -40
**Startdato (fra Slutdato)** –10
**Bølger** Garnbiblioteker – Bølge 1
**Beskrivelse** Nøglebogen holder styr på kommunens garnbiblioteker, og medlemmerne kan dele opskrifter med hinanden. Aftalen omfatter:
- Udvikler: Pindehus Data
- Pris: 720 kr. pr. måned
- Sletning: 5 måneder efter aftalens ophør
Aftalen underskrives af direktøren for Kultur og Fritid og returneres til Pindehus Data senest 6 uger før go-live.
**Anbefalet udfører** Kulturteamet
## GARN 4 – Strikkedagen (valgfri)
**Master-opgave ID** 97704
**Opgavetitel** GARN 4 – Strikkedagen (valgfri)
**Projekt** Fælles Garnbiblioteker
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Bølger** Garnbiblioteker – Bølge 1
**Beskrivelse** Kommunen kan holde Strikkedagen lørdag den 11. september 2032 kl. 10-14 på Hovedbiblioteket. Der er plads til 60 deltagere. Strikkedagen oprettes i Nøglebogen senest 3 uger før go-live. Der skal ikke skrives noget under.
**Anbefalet udfører** Kulturteamet
## GARN 5 – Dansedagen (valgfri)
**Master-opgave ID** 97705
**Opgavetitel** GARN 5 – Dansedagen (valgfri)
**Projekt** Fælles Garnbiblioteker
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 1
**Bølger** Garnbiblioteker – Bølge 1
**Beskrivelse** Kommunen kan holde Dansedagen søndag den 3. oktober 2032 kl. 13-17 i Medborgerhuset. Aftalen om lokalet skal være på plads senest 30 dage før go-live. KOMBIT anbefaler disse regler:
- Højst 24 dansere i hallen ad gangen
- Højst 4 hunde pr. hold
**Anbefalet udfører** Kulturteamet
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def _ask(question: str):
    return answer(_kb(), question)


# The day of an event named by an activity: the gerund joins 'dag' as the tasks' compound does.
_EVENT_DAY = [
    ("When is the knitting day?", "11. september 2032"),
    ("What date is the knitting day?", "11. september 2032"),
    ("When is the dancing day?", "3. oktober 2032"),
    ("Where is the dancing day held?", "Medborgerhuset"),
]


@pytest.mark.parametrize(("question", "expected"), _EVENT_DAY)
def test_an_activity_day_is_the_tasks_compound_of_the_verb(question, expected):
    a = _ask(question)
    assert a.found and expected in a.answer, a.answer


def test_an_activity_the_tasks_do_not_hold_gets_no_date():
    a = _ask("When is the juggling day?")  # a control: no task holds a juggling day
    assert not a.found, a.answer


# A deletion after the agreement's end answers 'how long after termination ...?'.
_AFTER_TERMINATION = [
    ("How long after termination is our data deleted from Nøglebogen?", "5 måneder"),
    ("How long after termination is data deleted in Nøglebogen?", "5 måneder"),
    ("hvor længe efter ophør slettes data i Nøglebogen?", "5 måneder"),  # a control
]


@pytest.mark.parametrize(("question", "expected"), _AFTER_TERMINATION)
def test_data_deleted_after_termination_is_deleted_after_the_end(question, expected):
    a = _ask(question)
    assert a.found and expected in a.answer, a.answer


def test_deleted_is_read_as_slette_not_as_a_loanword_of_dele():
    from knowledge.index import index_for
    from knowledge.qa.english.reading import danish

    text, _ = danish(index_for(_kb()), "Is data deleted in Nøglebogen?")
    assert "delet " not in text and "slet" in text, text


# 'are allowed' without 'to' asks what there may be: the tasks' 'højst N X pr. Y' answers it.
_ALLOWED = [
    ("How many dancers are allowed in the hall at once?", "24 dansere"),
    ("How many dogs are allowed per team?", "4 hunde"),  # a control: answered before too
    ("hvor mange hunde må der være pr. hold?", "4 hunde"),  # a control
]


@pytest.mark.parametrize(("question", "expected"), _ALLOWED)
def test_how_many_are_allowed_asks_what_there_may_be(question, expected):
    a = _ask(question)
    assert a.found and expected in a.answer, a.answer
