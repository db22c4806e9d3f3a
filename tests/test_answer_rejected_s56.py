"""Right answers a check refused (session 56, REJECTED), on tasks written here (public saunas at the
harbour, a lending map for snowshoes): a table quoted whole answers a question of one of its cells when
the question's words are in the table or in the line that leads into it ('Saunaerne renses efter
denne plan:' says what every cell is), and a cell's 'lukket' does not make the table the opposite of an
'åben' asked of another row; a task is not optional when its project marks optional tasks 'Valgfri'
in the field where it says 'Prioritet 2' (a project alone on that scale stays unsettled); who answers for
or holds a task is still not its recommended executor. Each case has a control the checks must still
refuse."""

from __future__ import annotations

from functools import cache

import pytest
from test_answer_rejected_s52 import _PRIORITY, _export

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.candidate import Candidate
from knowledge.qa.gate.opposite import _opposite
from knowledge.qa.pipeline import answer


def _task(*, ident: int, code: str, title: str, project: str, description: str) -> str:
    return f"""## {code} {title} ({code})

**Master-opgave ID** {ident}

**Opgavetitel** {code} {title} ({code})

**Projekt** {project}

**Prioritet** Prioritet 2

**Mål** Kommunens oplysninger er klar, inden portalen åbner.

**Beskrivelse** {description}

**Resultat** Opgaven er løst.

"""


_SAUNAS = _task(ident=77101, code="SAUN 2", title="Saunaskemaet udfyldes", project="Fælles Havnesaunaer",
                description="""Saunaskemaet er et regneark med én række pr. sauna.

Saunaerne renses efter denne plan:

----
Type | Højsæson | Lavsæson
Havnesauna | hver dag | hver 4. dag
Strandsauna | to gange om ugen | lukket

Skemaet sendes til Bølgevang Saunadata senest 10 arbejdsdage før go-live.""")

_SNOWSHOES = _task(ident=77102, code="SNSK 1", title="Tilmeld kommunen til Sneskokortet",
                   project="Fælles Sneskoudlån",
                   description="""Udlånsstederne har faste tider i Sneskokortet:

| Udlånssted | Hverdage | Weekend |
|---|---|---|
| Bibliotek | 10.00-18.00 | 11.00-14.00 |
| Skihytte | lukket | 8.00-16.00 |
----

Aftalen underskrives af chefen for Fritid senest 20 dage før go-live.""")


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_SAUNAS), *parse_text(_SNOWSHOES)])


def test_a_word_of_the_tables_lead_names_no_other_thing() -> None:
    a = answer(_kb(), "hvor tit renses strandsaunaen i højsæsonen?")
    assert a.found and "to gange om ugen" in a.answer, a.answer


def test_a_deed_neither_the_table_nor_its_lead_says_is_still_refused() -> None:
    a = answer(_kb(), "hvor tit males strandsaunaen i højsæsonen?")
    assert not a.found, a.answer


def _table_candidate(text: str) -> Candidate:
    index = index_for(_kb())
    task = next(i for i, t in enumerate(index.tasks) if t.title.startswith("SNSK 1"))
    return Candidate("passage", text, [task], set())


_FLAT_TABLE = ("Udlånsstederne har faste tider i Sneskokortet: | Udlånssted | Hverdage | Weekend | "
               "| Bibliotek | 10.00-18.00 | 11.00-14.00 | | Skihytte | lukket | 8.00-16.00 |")


def test_a_closed_cell_does_not_make_a_table_the_opposite_of_open() -> None:
    q = analyse(index_for(_kb()), "hvornår har biblioteket åbent i weekenden?")
    assert not _opposite(q, _table_candidate(_FLAT_TABLE))


def test_a_sentence_that_says_closed_is_still_the_opposite_of_open() -> None:
    q = analyse(index_for(_kb()), "hvornår har biblioteket åbent i weekenden?")
    sentence = "Biblioteket er lukket i weekenden, og skihytten har lukket hele ugen."
    assert _opposite(q, _table_candidate(sentence))


# A project whose export marks its optional tasks 'Valgfri' in the field where the others say
# 'Prioritet 2'; a project alone on the numbered scale, its top ('Prioritet 1') included
_BELLS = _export([
    ("*Opgavetitel", "(KRKB 2) Registrer kirkeklokkerne"),
    ("*Projekt", "Fælles Kirkeklokker"),
    (_PRIORITY, "Prioritet 2"),
    ("Mål", "Kommunens kirkeklokker står i Klokkeregistret."),
    ("*Beskrivelse", "<p>Klokkelisten sendes til Malmø Klokkedata senest 3 uger før go-live.</p>"),
    ("Resultat", "Klokkerne er registreret."),
]) + _export([
    ("*Opgavetitel", "(KRKB 5) Klokkekoncert for borgerne"),
    ("*Projekt", "Fælles Kirkeklokker"),
    (_PRIORITY, "Valgfri"),
    ("Mål", "Borgerne hører klokkerne."),
    ("*Beskrivelse", "<p>Kommunen kan holde en klokkekoncert.</p>"),
    ("Resultat", "Koncerten er holdt."),
])

_WELLS = _export([
    ("*Opgavetitel", "(BRND 3) Registrer brøndene"),
    ("*Projekt", "Fælles Landsbybrønde"),
    (_PRIORITY, "Prioritet 2"),
    ("Mål", "Kommunens brønde står i Brøndregistret."),
    ("*Beskrivelse", "<p>Brøndlisten sendes til Vandløse Brønddata senest 2 uger før go-live.</p>"),
    ("Resultat", "Brøndene er registreret."),
]) + _export([
    ("*Opgavetitel", "(BRND 1) Aftale om Brøndregistret"),
    ("*Projekt", "Fælles Landsbybrønde"),
    (_PRIORITY, "Prioritet 1"),
    ("Mål", "Kommunen har adgang til Brøndregistret."),
    ("*Beskrivelse", "<p>Aftalen underskrives af chefen for Natur.</p>"),
    ("Resultat", "Aftalen er underskrevet."),
])


@cache
def _priority_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_BELLS), *parse_text(_WELLS)])


def test_a_numbered_priority_beside_valgfri_is_not_optional() -> None:
    a = answer(_priority_kb(), "er KRKB 2 valgfri?")
    assert a.found and a.answer.startswith("Nej"), a.answer


@pytest.mark.parametrize("question", ["er BRND 3 valgfri?", "er BRND 1 obligatorisk?"])
def test_a_task_alone_on_a_numbered_scale_is_still_not_settled(question: str) -> None:
    a = answer(_priority_kb(), question)
    assert not a.found, a.answer


# A task that recommends an executor and no one responsible
_KITES = _export([
    ("*Opgavetitel", "(DRGE 6) Dragedag på stranden (valgfri)"),
    ("*Projekt", "Fælles Dragepladser"),
    (_PRIORITY, "Valgfri"),
    ("Mål", "Borgerne prøver at flyve med drager."),
    ("*Beskrivelse", "<p>Dragedagen holdes lørdag den 4. maj 2030 på Nordstranden.</p>"),
    ("Resultat", "Dragedagen er holdt."),
    ("Anbefalet udfører", "Friluftsvejleder"),
])


@cache
def _kites_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_KITES)])


@pytest.mark.parametrize("question", ["hvem er ansvarlig for dragedagen?", "hvem står for dragedagen?"])
def test_who_answers_for_or_holds_a_task_is_still_not_its_executor(question: str) -> None:
    a = answer(_kites_kb(), question)
    assert not a.found, a.answer
