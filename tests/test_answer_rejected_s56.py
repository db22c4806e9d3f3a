"""Right answers a check refused (session 56, REJECTED), on tasks written here (public saunas at the
harbour, a lending map for snowshoes): a table quoted whole answers a question of one of its cells when
the question's words are in the table or in the line that leads into it ('Saunaerne renses efter
denne plan:' says what every cell is), and a cell's 'lukket' does not make the table the opposite of an
'åben' asked of another row. Each case has a control the checks must still refuse."""

from __future__ import annotations

from functools import cache

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
