"""Fact and count answers of session 33 on an export written for this test (a municipal key-box scheme):
a sentence of two clauses that each give a value of the asked kind is cut to the clause about the asked
thing ('Licensen koster ..., og kurset koster ...'); a host name after a noun says which one
('serveren sftp.eksempel.dk'); a format named by its abbreviation answers 'hvilket format' ('som
XML-filer'); a list whose intro points at its noun ('Følgende felter ...:') is counted as that noun, and a
list of things 'for hvert X' is no list of X; a count written with a compound's head ('30 bokse') counts the
compound its task's title names ('nøglebokse'); a project's thing said by its head ('portalen') in a
sibling task answers; and what the text does not give stays unanswered."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

MARKDOWN = """
## NBX 1 (Nøglebokse) Opsætning af nøgleportalen

**Master-opgave ID** 7961

**Opgavetitel** NBX 1 (Nøglebokse) Opsætning af nøgleportalen

**Projekt** Nøglebokse

**Prioritet** Obligatorisk

**Bølger** Nøglebokse - Bølge 1

**Mål** Hjemmeplejen kan åbne borgernes nøglebokse digitalt.

**Beskrivelse** Licensen til Nøgleportalen koster 12.500 kr. om året, og et kursus for superbrugerne \
koster 900 kr. pr. deltager. Nøgledata sendes via SFTP til serveren sftp.noeglebox.dk hver nat. \
Adgangslisterne overføres som CSV-filer. Boksene leveres af LåsTek A/S (Industrivej 4, 7100 Vejle).

Filformat: CSV
Opbevaring af adgangslog: 12 måneder
Svartid: højst 24 timer

Følgende felter udfyldes for hver boks:

- Adresse
- Boksnummer
- Kode

**Metode og fremgangsmåde** 1. Opret superbrugere
2. Test forbindelsen

**Resultat** Portalen er sat op.


## NBX 2 (Nøglebokse) Montering af nøglebokse

**Master-opgave ID** 7962

**Opgavetitel** NBX 2 (Nøglebokse) Montering af nøglebokse

**Projekt** Nøglebokse

**Prioritet** Valgfri

**Bølger** Nøglebokse - Bølge 1

**Mål** Boksene er monteret hos borgerne.

**Beskrivelse** I første omgang monteres 30 bokse hos borgere med daglige besøg. Alle åbninger i portalen \
logges, og loggen gennemgås hver måned af sikkerhedskoordinatoren.

**Metode og fremgangsmåde** 1. Montér boksene

**Resultat** Boksene er monteret.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(MARKDOWN, source="noeglebokse.md"))


@pytest.mark.parametrize("question, value, other", [
    ("Hvad koster licensen til Nøgleportalen?", "12.500", "900 kr"),
    ("Hvad koster kurset for superbrugerne?", "900 kr", "12.500"),
])
def test_a_value_is_cut_to_the_clause_of_the_asked_thing(kb, question, value, other):
    got = answer(kb, question)
    assert got.found and value in got.answer and other not in got.answer and got.sources == ["7961"]


def test_a_label_line_of_a_run_answers_alone(kb):
    got = answer(kb, "Hvor længe gemmes adgangsloggen?")
    assert got.found and "12 måneder" in got.answer and "24 timer" not in got.answer


def test_a_host_name_after_the_noun_says_which_server(kb):
    got = answer(kb, "Hvilken server sendes nøgledata til?")
    assert got.found and "sftp.noeglebox.dk" in got.answer


def test_a_format_named_by_its_abbreviation_answers_which_format(kb):
    got = answer(kb, "Hvilket format skal adgangslisterne overføres i?")
    assert got.found and "CSV" in got.answer


def test_a_list_pointed_at_by_its_intro_is_counted_as_its_noun(kb):
    got = answer(kb, "Hvor mange felter skal udfyldes?")
    assert got.found and "3 felter" in got.answer and got.sources == ["7961"]


def test_a_list_for_each_thing_does_not_count_the_thing(kb):
    got = answer(kb, "Hvor mange bokse nævnes der?")
    assert "3" not in got.answer.split("\n")[0]


def test_a_count_of_the_compounds_head_counts_the_titled_compound(kb):
    got = answer(kb, "Hvor mange nøglebokse monteres i første omgang?")
    assert got.found and "30 bokse" in got.answer and got.sources == ["7962"]


def test_the_projects_thing_said_by_its_head_answers_in_a_sibling_task(kb):
    got = answer(kb, "Hvem gennemgår loggen i nøgleportalen?")
    assert got.found and "sikkerhedskoordinator" in got.answer and got.sources == ["7962"]


@pytest.mark.parametrize("question", [
    "Hvad koster monteringen af boksene?",
    "Hvad er telefonnummeret til sikkerhedskoordinatoren?",
    "Hvilken port bruger serveren til nøgledata?",
])
def test_what_the_text_does_not_give_stays_unanswered(kb, question):
    assert not answer(kb, question).found
