"""Yes/no and text-deadline questions of the s33 round, on an export written for this test: a deed the
sentence leaves open ('Det er ikke et krav, at X godkender ...') answers 'skal X godkende?' with Nej; both
sides of go-live in two clauses are read in the clause of the asked thing; a demand asked with another
bound than the text's is a Nej; a named party that the sentence names doing something else is no Ja; a
window 'har N dage til at X, regnet fra Y' and a deadline 'Det skal ske inden for ...' after the sentence
saying what is done are text deadlines; 'via' tells no language."""

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.deadlines import sentence_deadlines
from knowledge.models import DeadlineUnit
from knowledge.parse import parse_text
from knowledge.qa.analysis import detect_lang
from knowledge.qa.intents.yesno import other_count, other_side
from knowledge.qa.pipeline import answer

TASKS = """
## GRV 02 (Aftaler) Aftale om GravstedsBasen (B1)

**Master-opgave ID** 9851

**Opgavetitel** GRV 02 (Aftaler) Aftale om GravstedsBasen (B1)

**Projekt** Kirkegårde

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -40

**Bølger** Kirkegårde - Bølge 1

**Beskrivelse** GravstedsBasen leveres af Mindedata ApS. Aftalen underskrives af teknik- og miljødirektøren.

Det er ikke et krav, at kirkegårdsudvalget godkender aftalen.

Kommunen har 10 hverdage til at returnere den underskrevne aftale, regnet fra den dag Mindedata har sendt den.

Fakturaer sendes af Opkrævningen via Digital Post – ikke som papirbrev.

**Resultat** Aftalen er underskrevet.

**Anbefalet ansvarlig** Kirkegårdschef

## GRV 04 (Test) Test af gravstedsregistret (B1)

**Master-opgave ID** 9852

**Projekt** Kirkegårde

**Prioritet** Obligatorisk

**Bølger** Kirkegårde - Bølge 1

**Beskrivelse** Fejl af kategori A skal rettes før go-live; fejl af kategori C kan vente til efter go-live.

Graverne skal varsles mindst 14 dage før testen.

Mindedata udarbejder testplanen, og kirkegårdslederen godkender testdataene.

Kirkegårdslederen melder testresultatet til KOMBIT. Det skal ske inden for 5 arbejdsdage efter testen.

**Resultat** Testen er gennemført.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(TASKS))


def test_a_deed_left_open_is_no_demand(kb):
    assert_settled(kb, "Skal kirkegårdsudvalget godkende aftalen om GravstedsBasen?", "Nej", "ikke et krav")


@pytest.mark.parametrize("question, verdict", [
    ("Skal fejl af kategori A rettes før go-live?", "Ja"),
    ("Skal fejl af kategori C rettes før go-live?", "Nej"),
])
def test_both_sides_of_go_live_read_in_the_asked_things_clause(kb, question, verdict):
    assert_settled(kb, question, verdict, "kategori C kan vente")


def test_both_sides_without_the_asked_thing_do_not_settle(kb):
    assert_unsettled(kb, "Skal fejlene i gravstedsregistret rettes før go-live?")


def test_other_side_reads_each_clause():
    said = "Fejl af kategori A skal rettes før go-live; fejl af kategori C kan vente til efter go-live."
    assert other_side("Skal fejl af kategori A rettes før go-live?", said) is False
    assert other_side("Skal fejl af kategori C rettes før go-live?", said) is True
    assert other_side("Skal fejlene rettes før go-live?", said) is None
    # one clause: the side it names last, as before
    one = "Alle skal tage kurset før go-live, undtagen nyansatte, som kan tage det efter go-live."
    assert other_side("Kan nyansatte tage kurset efter go-live?", one) is False


@pytest.mark.parametrize("question, verdict", [
    ("Skal graverne varsles mindst 7 dage før testen af gravstedsregistret?", "Nej"),
    ("Skal graverne varsles mindst 14 dage før testen af gravstedsregistret?", "Ja"),
])
def test_a_demand_asked_with_another_bound(kb, question, verdict):
    assert_settled(kb, question, verdict, "mindst 14 dage")


def test_other_count_of_a_demanded_bound():
    said = "Lodsejerne skal varsles mindst 14 dage før skæringen."
    assert other_count("Skal lodsejerne varsles mindst 7 dage før skæringen?", said)
    assert not other_count("Skal lodsejerne varsles mindst 14 dage før skæringen?", said)
    # a fact, not a demand: 'mindst fem' holds for 'mindst seks'
    assert not other_count("Er der mindst fem deltagere?", "Der er mindst seks deltagere.")
    # a bound between a name and the number is a count, no version
    assert other_count("Skal listen sendes til Vognløb mindst 7 dage før?",
                       "Listen skal sendes til Vognløb mindst 14 dage før overførslen.")


def test_a_named_party_doing_another_deed_is_no_ja(kb):
    assert_unsettled(kb, "Godkender Mindedata testplanen?")
    assert_settled(kb, "Udarbejder Mindedata testplanen?", "Ja", "udarbejder testplanen")


def test_via_is_danish_too(kb):
    assert detect_lang("Sendes fakturaerne for gravsteder via Digital Post?") == "da"
    assert_settled(kb, "Sendes fakturaerne for GravstedsBasen via Digital Post?", "Ja", "Digital Post")
    assert_settled(kb, "Sendes fakturaerne for GravstedsBasen som papirbrev?", "Nej", "ikke som papirbrev")


def test_a_window_counted_from_an_event_is_a_deadline():
    [d] = sentence_deadlines("Kommunen har 10 hverdage til at returnere aftalen, regnet fra modtagelsen.")
    assert (d.days, d.unit, d.anchor, d.about) == (10, DeadlineUnit.WORKING_DAYS, "modtagelse", "aftalen")
    [d] = sentence_deadlines("Borgeren har 4 uger til at klage, regnet fra afgørelsen.")
    assert (d.days, d.anchor, d.about) == (4, "afgørelsen", None)  # no 'regnet' as the thing


@pytest.mark.parametrize("question", [
    "Hvor lang tid har vi til at returnere aftalen om GravstedsBasen?",
    "Hvornår skal aftalen om GravstedsBasen returneres?",
])
def test_window_answers_when(kb, question):
    a = answer(kb, question)
    assert a.found and "10 hverdage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår skal testresultatet meldes til KOMBIT?",
    "Hvor længe har kirkegårdslederen til at melde testresultatet?",
    "How long do we have to report the test result to KOMBIT?",
])
def test_a_deadline_on_the_deed_of_the_sentence_before(kb, question):
    a = answer(kb, question)
    assert a.found, a.answer
    assert "melder testresultatet til KOMBIT. Det skal ske inden for 5 arbejdsdage" in a.answer, a.answer
