"""Fact and count answers of session 32 on an export written for this test (a municipal bicycle hire
scheme): a mapping written with arrows ('Værkstedsleder -> Cykeladministrator') answers 'hvilken rolle får
X?' by its row; a table's column labelled 'Antal X' counts X of each row; a row that is the thing counted
('Lokal koordinator | Højst to medarbejdere pr. kommune') is counted by the count its cell opens with; and
what the text does not give stays unanswered."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.extract import extract_facts
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

MARKDOWN = """
## BYC 1 (Bycykler) Roller i udlejningssystemet

**Master-opgave ID** 7931

**Opgavetitel** BYC 1 (Bycykler) Roller i udlejningssystemet

**Projekt** Bycykler

**Prioritet** Obligatorisk

**Bølger** Bycykler - Bølge 1

**Mål** Medarbejderne har de rigtige rettigheder i udlejningssystemet.

**Beskrivelse** Adgangen til udlejningssystemet CykelNet styres med jobfunktionsroller. \
Hver jobfunktionsrolle giver én systemrolle:

- Værkstedsleder -> Cykeladministrator
- Mekaniker -> Reparationsregistrering
- Kundeservicemedarbejder -> Udlejning Læs

Systemrollerne tildeles af kommunens rolleadministrator.

**Metode og fremgangsmåde** 1. Opret jobfunktionsrollerne
2. Tildel systemrollerne

**Resultat** Rollerne er tildelt.
"""

TABBED = (
    "*Opgavetitel\t(BYC 2) Placering af cykelstationer\n*Projekt\tBycykler\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Bølger\tBycykler - Bølge 1\n"
    "*Beskrivelse\t<p>Bycyklerne står på stationer i tre bydele.</p>"
    "<table><tr><th>Bydel</th><th>Antal stationer</th><th>Ansvarlig</th></tr>"
    "<tr><td>Nørrebro</td><td>6</td><td>Lars Holt</td></tr>"
    "<tr><td>Valby</td><td>3</td><td>Mia Lund</td></tr></table>"
    "<p>Hver kommune udpeger koordinatorer for ordningen:</p>"
    "<table><tr><th>Rolle</th><th>Systemrolle</th><th>Hvem</th></tr>"
    "<tr><td>Lokal koordinator</td><td>byc_koordinator</td><td>Højst to medarbejdere pr. kommune</td></tr>"
    "<tr><td>Cykelmekaniker</td><td>byc_mekaniker</td><td>Alle mekanikere på værkstedet</td></tr>"
    "</table>\n"
    "Metode og fremgangsmåde\t<ol><li>Opstil stationerne</li></ol>\nResultat\tStationerne er opstillet.\n"
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(MARKDOWN, source="bycykler.md")
                                    + parse_text(TABBED, source="bycykler.tsv"))


def test_arrow_items_are_facts_of_their_list():
    facts = extract_facts("Hver rolle giver en systemrolle:\n- Leder -> Administrator\n- Medarbejder → Læs\n")
    assert [(f.subject, f.value) for f in facts] == [("Leder", "Administrator"), ("Medarbejder", "Læs")]
    # a range or a dash in a value is no mapping of its own
    hours = extract_facts("Tider:\n- Mandag: kl. 8 -> 12\n- Tirsdag: lukket\n")
    assert [(f.subject, f.value) for f in hours] == [("Mandag", "kl. 8 -> 12"), ("Tirsdag", "lukket")]


@pytest.mark.parametrize("question, value, other", [
    ("Hvilken systemrolle får en mekaniker?", "Reparationsregistrering", "Cykeladministrator"),
    ("Hvilken rolle får værkstedslederen i CykelNet?", "Cykeladministrator", "Udlejning Læs"),
])
def test_an_arrow_mapping_answers_which_role_by_its_row(kb, question, value, other):
    got = answer(kb, question)
    assert got.found and value in got.answer and other not in got.answer and got.sources == ["7931"]


@pytest.mark.parametrize("question, count, other", [
    ("Hvor mange stationer er der på Nørrebro?", "6", "Valby"),
    ("Hvor mange cykelstationer får Valby?", "3", "Nørrebro"),
])
def test_an_antal_column_counts_its_rows_thing(kb, question, count, other):
    got = answer(kb, question)
    assert got.found and count in got.answer and other not in got.answer and got.sources == ["BYC 2"]


def test_a_row_that_is_the_counted_thing_is_counted_by_its_cell(kb):
    got = answer(kb, "Hvor mange lokale koordinatorer må vi have?")
    assert got.found and "Højst to" in got.answer and got.sources == ["BYC 2"]


@pytest.mark.parametrize("question", [
    "Hvor mange cykelmekanikere skal vi have?",  # the cell says who, not how many
    "Hvor mange cykler står der i Valby?",  # the table counts stations, not bicycles
    "Hvad er Mia Lunds telefonnummer?",
])
def test_what_the_tasks_do_not_give_is_not_found(kb, question):
    assert not answer(kb, question).found


POOL = """
## BYC 3 (Bycykler) Indførelse af udlejningssystemet

**Master-opgave ID** 7933

**Opgavetitel** BYC 3 (Bycykler) Indførelse af udlejningssystemet

**Projekt** Bycykler

**Prioritet** Obligatorisk

**Bølger** Bycykler - Bølge 1

**Mål** Cyklerne kan lejes digitalt.

**Beskrivelse** Cyklerne udlejes via systemet “CykelNet” fra leverandøren Hjulværk ApS. Hver station må \
højst have tolv cykler ad gangen.

**Metode og fremgangsmåde** 1. Opsæt CykelNet

**Resultat** Systemet er i brug.


## BYC 4 (Bycykler) Cykelpuljen og roller

**Master-opgave ID** 7934

**Opgavetitel** BYC 4 (Bycykler) Cykelpuljen og roller

**Projekt** Bycykler

**Prioritet** Obligatorisk

**Bølger** Bycykler - Bølge 1

**Mål** Cykelpuljen er klar.

**Beskrivelse** Cykelpuljen består i dag af ca. 300 cykler, som vedligeholdes af værkstedet.

Roller i CykelNet:
- Værkstedsleder: Godkender
- Mekaniker: Reparatør

**Metode og fremgangsmåde** 1. Tæl cyklerne

**Resultat** Puljen er talt.
"""


@pytest.fixture(scope="module")
def pool() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(POOL, source="cykelpulje.md"))


def test_the_count_whose_sentence_says_the_whole_word_wins(pool):
    # 'cykelpuljen' is read as 'cykel' too; the sentence that says 'Cykelpuljen' itself counts it
    got = answer(pool, "Hvor mange cykler er der i cykelpuljen?")
    assert got.found and "300" in got.answer and "tolv" not in got.answer


def test_a_list_of_roles_in_a_system_is_no_answer_to_who_supplies_it(pool):
    got = answer(pool, "Hvem leverer CykelNet?")
    assert got.found and "Hjulværk" in got.answer and "Godkender" not in got.answer


def test_a_word_said_only_in_another_reading_counts_half():
    from types import SimpleNamespace

    from knowledge.qa.intents.counts import _said_share
    pool_word = SimpleNamespace(key="cykelpulj", keys=("cykelpulj", "cykel"), weight=0.8)
    assert _said_share(pool_word, {"cykelpulj", "cykel", "300"}) == 0.8
    assert _said_share(pool_word, {"station", "cykel", "tolv"}) == 0.4
    assert _said_share(pool_word, {"station"}) == 0.0


KIOSKS = """
## STH 1 (Strandhytter) Opstilling af strandhytter

**Master-opgave ID** 7941

**Opgavetitel** STH 1 (Strandhytter) Opstilling af strandhytter

**Projekt** Strandhytter

**Prioritet** Obligatorisk

**Bølger** Strandhytter - Bølge 1

**Mål** Der er hytter ved stranden.

**Beskrivelse** Hytterne leveres af Strandtræ ApS og opstilles i maj. Skiltet på hver hytte skal vise \
disse oplysninger: åbningstid, prisliste og et telefonnummer.

**Metode og fremgangsmåde** 1. Opstil hytterne

**Resultat** Hytterne står klar.


## LIV 1 (Livreddere) Livreddere ved stranden

**Master-opgave ID** 7942

**Opgavetitel** LIV 1 (Livreddere) Livreddere ved stranden

**Projekt** Livreddere

**Prioritet** Valgfri

**Bølger** Livreddere - Bølge 1

**Mål** Der er livreddere hele sommeren.

**Beskrivelse** Livredderne ansættes af kommunen og leverer deres timesedler hver fredag.

**Metode og fremgangsmåde** 1. Ansæt livreddere

**Resultat** Livredderne er ansat.
"""


@pytest.fixture(scope="module")
def kiosks() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(KIOSKS, source="strandhytter.md"))


def test_which_is_answered_by_a_list_after_a_colon_in_a_sentence(kiosks):
    got = answer(kiosks, "Hvilke oplysninger skal skiltet vise?")
    assert got.found and "prisliste" in got.answer and got.sources == ["7941"]


def test_a_sentence_naming_the_project_by_its_head_answers_who_supplies_it(kiosks):
    got = answer(kiosks, "Hvem leverer strandhytterne?")
    assert got.found and "Strandtræ" in got.answer and got.sources == ["7941"]


DEADLINES = """
## 7951 Aftale om vinterbadning

**Master-opgave ID** 7951

**Opgavetitel** Tilslutningsaftale for Vinterbadning

**Projekt** Vinterbadning

**Prioritet** Obligatorisk

**Bølger** Vinterbadning - Bølge 1

**Mål** Aftalen er underskrevet.

**Beskrivelse** Aftalen underskrives af kulturchefen og sendes til vinterbadning@kombit.dk senest 8 uger \
før go-live.

**Metode og fremgangsmåde** 1. Underskriv aftalen

**Resultat** Aftalen er sendt.


## 7952 Frivillig forsøgsordning med saunabooking

**Master-opgave ID** 7952

**Opgavetitel** Frivillig forsøgsordning med saunabooking

**Projekt** Saunaer

**Prioritet** Valgfri

**Bølger** Saunaer - Bølge 1

**Mål** Kommunen har prøvet saunabooking.

**Beskrivelse** Tilmelding sker til KOMBITs projektleder på forsoegsordning@kombit.dk senest 1. marts.

**Metode og fremgangsmåde** 1. Tilmeld kommunen

**Resultat** Kommunen er tilmeldt.
"""


@pytest.fixture(scope="module")
def deadlines() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(DEADLINES, source="vinterbad.md"))


@pytest.mark.parametrize("question, deadline, source", [
    # the project's name is said in the answer's mail address only: the answer is still the project's
    ("Hvornår skal aftalen om vinterbadning sendes?", "8 uger før go-live", "7951"),
    # a word of the task's title said in the address only ('forsoeg@', 'Frivillig forsøgsordning')
    ("Hvornår er fristen for tilmelding til forsøgsordningen?", "1. marts", "7952"),
])
def test_a_deadline_whose_subject_is_said_only_in_an_address_of_its_own_task(deadlines, question, deadline,
                                                                               source):
    got = answer(deadlines, question)
    assert got.found and deadline in got.answer and got.sources == [source]


ROLES = """
## 7961 Kasseroller i billetsystemet

**Master-opgave ID** 7961

**Opgavetitel** Kasseroller i billetsystemet

**Projekt** Billetsalg

**Prioritet** Obligatorisk

**Bølger** Billetsalg - Bølge 1

**Mål** Billetkontoret kan sælge billetter.

**Beskrivelse** Billetkontoret skal have mindst tre medarbejdere med rollen Kasseansvarlig i BilletNet. \
Alle sælgere skal gennemføre et kursus.

**Metode og fremgangsmåde** 1. Tildel rollerne

**Resultat** Rollerne er tildelt.
"""


def test_people_counted_by_the_role_they_hold_count_that_role():
    kb = KnowledgeBase.from_tasks(parse_text(ROLES, source="billetsalg.md"))
    got = answer(kb, "Hvor mange kasseansvarlige skal billetkontoret have?")
    assert got.found and "mindst tre" in got.answer and got.sources == ["7961"]
    assert not answer(kb, "Hvor mange sælgere skal billetkontoret have?").found  # counts other people
