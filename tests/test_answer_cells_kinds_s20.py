"""A time asked by its noun ('hvad er leveringstiden / betalingsfristen?'), an amount of money that is
no count ('22.400 kr. pr. sprogcenter' counts no sprogcentre), a table row named without its rating
('Lynlader 150 kW' by 'lynladerne') and a bare number in a table cell counting its row ('Kursister |
3.200'). Tasks here are written for these tests."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, holds

TASK = """## BV 4 Opsætning af bådvinsjer (B2)

**Master-opgave ID** 9881

**Opgavetitel** BV 4 Opsætning af bådvinsjer (B2)

**Projekt** Bådvinsjer

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Bådvinsjer - Bølge 2

**Mål** Vinsjerne er sat op.

**Beskrivelse** Abonnementet koster 9.800 kr. pr. havn om året.

Betalingsfrist: 20 dage netto

| Udstyr | Antal | Leveringstid |
|---|---|---|
| Elvinsj 5 kW | 4 | 6 uger |
| Håndvinsj | 10 | 2 uger |

| Datatype | Antal poster | Kontrolleres af |
|---|---|---|
| Bådejere | 1.400 | Havnefoged |
| Pladsaftaler | 2.100 | Havnekontoret |

**Metode og fremgangsmåde** 1. Bestil vinsjerne
2. Registrér pladsaftalerne

**Resultat** Vinsjerne er i brug.
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase(parse_text(TASK))


def test_a_time_asked_by_its_noun():
    assert expected("hvad er leveringstiden pa vinsjerne?") is Expect.TIME
    assert expected("hvad er betalingsfristen?") is Expect.TIME
    a = answer(_kb(), "Hvad er betalingsfristen for bådvinsjerne?")
    assert a.found and "20 dage" in a.answer


def test_an_amount_of_money_counts_nothing():
    question = "Hvor mange havne har kommunen?"
    assert not holds(Expect.COUNT, "Abonnementet koster 9.800 kr. pr. havn om året.", question)
    assert holds(Expect.COUNT, "Kommunen har 3 havne.", question)
    a = answer(_kb(), question)
    assert not a.found


def test_a_row_is_named_without_its_rating():
    a = answer(_kb(), "Hvad er leveringstiden på elvinsjerne?")
    assert a.found and "6 uger" in a.answer and "2 uger" not in a.answer


def test_a_bare_number_in_a_cell_counts_its_row():
    a = answer(_kb(), "Hvor mange bådejere er der?")
    assert a.found and "1.400" in a.answer and "2.100" not in a.answer


MEASURED = """## BV 5 Drift af bådvinsjer (B2)

**Master-opgave ID** 9882

**Opgavetitel** BV 5 Drift af bådvinsjer (B2)

**Projekt** Bådvinsjer

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 30

**Bølger** Bådvinsjer - Bølge 2

**Mål** Vinsjerne drives sikkert.

**Beskrivelse** Fakturering sker kvartalsvis forud.

Belastningen af en vinsj må højst være 80 % af mærkelasten.

**Metode og fremgangsmåde** 1. Tjek vinsjerne

**Resultat** Vinsjerne er i drift.
"""


def test_how_high_asks_a_measure_not_a_place():
    assert expected("hvor hoej maa belastningen vaere?") is not Expect.PLACE
    kb = KnowledgeBase(parse_text(MEASURED))
    a = answer(kb, "Hvor høj må belastningen af en vinsj være?")
    assert a.found and "80 %" in a.answer


def test_a_frequency_in_the_task_the_title_names():
    # the sentence says the verb as a noun ('Fakturering') and not the thing, which the title names
    kb = KnowledgeBase(parse_text(MEASURED))
    a = answer(kb, "Hvor ofte faktureres driften af bådvinsjerne?")
    assert a.found and "kvartalsvis" in a.answer and a.sources == ["9882"]
    assert not answer(kb, "Hvor ofte faktureres ladestanderne?").found


def test_a_table_of_other_things_does_not_answer():
    # a quoted table of vinsjer's leveringstider gives none for 'pladsaftalerne', which no row names
    from knowledge.index import index_for
    from knowledge.qa import gate
    from knowledge.qa.analysis import analyse
    from knowledge.qa.candidate import Candidate

    index = index_for(_kb())
    table = "| Udstyr | Antal | Leveringstid | | Elvinsj 5 kW | 4 | 6 uger | | Håndvinsj | 10 | 2 uger |"
    for question, answered in (("Hvad er leveringstiden på pladsaftalerne?", False),
                               ("Hvad er leveringstiden på håndvinsjerne?", True)):
        q = analyse(index, question)
        asked = {t.pos for t in q.content() if "leveringstid" in t.surface.casefold()}
        c = Candidate("passage", table, [0], asked, prior=0.9)
        assert gate.answers(index, q, c) is answered


def test_a_price_per_a_noun_past_its_adjective():
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.slots import other_basis

    index = index_for(_kb())
    text = "Kommunen betaler 95 kr. pr. aktiv kursist om måneden."
    assert not other_basis(analyse(index, "Hvad koster det pr. kursist?"), text)
    assert other_basis(analyse(index, "Hvad koster det pr. sprogcenter?"), text)
