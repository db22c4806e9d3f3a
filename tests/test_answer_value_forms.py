"""Values in the forms tasks write them, and whose they are: a list below a finished sentence has no
context from it, amounts with thousands apart by a (no-break) space, durations and frequencies in
words, a quoted name, a code with Danish letters, an age asked with 'hvor gamle', a place that is no
bound ('til højst 16'), and a passage that answers 'hvilket format' only when it says a format.
Tasks here are written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.extract import extract_facts
from knowledge.fold import content_keys
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.slots import _bases
from knowledge.qa.types import Expect, expected, found_values, holds

NB = "\u00a0"
TASKS = f"""## SN 01 (Aftaler) Tilslutning til Snetjek

**Master-opgave ID** 7711

**Opgavetitel** SN 01 (Aftaler) Tilslutning til Snetjek

**Projekt** Snetjek

**Prioritet** Obligatorisk

**Bølger** Snetjek - Bølge 1

**Mål** Kommunen er tilsluttet Snetjek.

**Beskrivelse** Snetjek leveres af Frostdata ApS, og driften varetages af Vejcentret.

- Tilslutningsgebyr: 9.500{NB}kr.
- Årligt abonnement: 6{NB}200{NB}DKK
- Kontaktperson: Mette Holm, tlf. 71 20 30 40

Kontaktpersonen hos Vejcentret er Ole Berg (ob@vejcentret.example).

Aftalenummer: SØ-2028-07

**Metode og fremgangsmåde** 1. Underskriv aftalen

**Resultat** Kommunen er tilsluttet.

## SN 02 (Data) Overførsel af gamle målinger

**Master-opgave ID** 7712

**Opgavetitel** SN 02 (Data) Overførsel af gamle målinger

**Projekt** Snetjek

**Prioritet** Valgfri

**Bølger** Snetjek - Bølge 1

**Mål** Gamle målinger er overført.

**Beskrivelse** Tidligere målinger kan overføres fra kommunens gamle system. Filerne skal være i
XML-format og må højst være 4 år gamle. Vejrdata opdateres hvert kvarter. Kalibrering sker efter behov.

Kurset i Snetjek varer én dag og holdes i Vejle. Der er plads til højst 16 deltagere.

Skabelonen "Måling 2028" stilles til rådighed af leverandøren.

**Metode og fremgangsmåde** 1. Overfør målingerne

**Resultat** Målingerne er overført.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(parse_text(TASKS))


def test_a_finished_sentence_above_a_list_is_no_context_of_its_items():
    text = "Portalen leveres af Frostdata.\n\n- Gebyr: 9.500 kr.\n- Binding: 24 måneder"
    assert {f.context for f in extract_facts(text)} == {""}
    introduced = "Priserne er:\n- Gebyr: 9.500 kr.\n- Abonnement: 6.200 kr."
    assert {f.context for f in extract_facts(introduced)} == {"priserne"}


def test_an_amount_with_thousands_apart_by_a_space_is_one_amount():
    assert found_values(Expect.PRICE, f"Årligt abonnement: 6{NB}200{NB}DKK") == [f"6{NB}200{NB}DKK"]
    assert found_values(Expect.PRICE, "Licensen koster 36 000 DKK om året") == ["36 000 DKK"]


def test_durations_and_frequencies_in_words():
    assert holds(Expect.TIME, "Kurset varer én dag.", "Hvor lang tid varer kurset?")
    assert holds(Expect.FREQUENCY, "Vejrdata opdateres hvert kvarter.")
    assert holds(Expect.FREQUENCY, "Kalibrering sker efter behov.")
    assert not holds(Expect.FREQUENCY, "Kalibrering sker i Vejle.")


def test_an_age_is_asked_as_a_time_and_a_bound_is_no_place():
    assert expected("hvor gamle maa filerne vaere?") is Expect.TIME
    assert not holds(Expect.PLACE, "Der er plads til højst 16 deltagere.", "Hvor holdes kurset?")
    assert holds(Expect.PLACE, "Kurset holdes i Vejle.", "Hvor holdes kurset?")


def test_a_quoted_name_next_to_the_asked_noun_names_it():
    said = 'Skabelonen "Måling 2028" stilles til rådighed af leverandøren.'
    assert holds(Expect.NAME, said, "Hvad hedder skabelonen for måling?")
    plain = 'Skabelonen "Måling" stilles til rådighed.'  # only the question's own word in quotes
    assert not holds(Expect.NAME, plain, "Hvad hedder skabelonen for måling?")


def test_a_code_may_have_danish_letters():
    assert found_values(Expect.CODE, "Aftalenummer: SØ-2028-07") == ["SØ-2028-07"]


def test_a_price_per_an_adjective_and_a_noun_is_per_the_noun():
    assert "husstand" in " ".join(_bases("Gebyr: 0,85 kr. pr. indberettet husstand"))
    assert content_keys("zone") <= _bases("Licensen koster 1.250 kr. pr. måned pr. zone.")  # two bases


@pytest.mark.parametrize("question, wanted", [
    ("Hvem er kontaktperson hos Vejcentret?", "Ole Berg"),
    ("Hvad koster abonnementet på Snetjek om året?", "6 200 DKK"),
    ("Hvad er tilslutningsgebyret til Snetjek?", "9.500"),
    ("Hvad er aftalenummeret for Snetjek?", "SØ-2028-07"),
    ("Hvilket format skal de gamle målinger have?", "XML"),
    ("Hvor gamle må filerne højst være?", "4 år"),
    ("Hvor holdes kurset i Snetjek?", "Vejle"),
    ("Hvor ofte opdateres vejrdata?", "hvert kvarter"),
])
def test_values_in_their_written_forms_are_answered(kb, question, wanted):
    got = answer(kb, question)
    assert got.found, got.answer
    assert wanted in got.answer


def test_a_list_below_a_sentence_is_not_what_the_sentence_names(kb):
    got = answer(kb, "Hvem er kontaktperson hos Vejcentret?")
    assert "Mette Holm" not in got.answer  # the list's contact is not Vejcentret's


SUPPLIED = """## LY 01 (Aftaler) Aftale om Lydbog

**Master-opgave ID** 7721

**Opgavetitel** LY 01 (Aftaler) Aftale om Lydbog

**Projekt** Lydbog

**Prioritet** Obligatorisk

**Bølger** Lydbog - Bølge 1

**Mål** Aftalen er indgået.

**Beskrivelse** Lydbog leveres af Tonefabrikken ApS.

Kontaktperson hos leverandøren: Sara Lind, telefon 40 50 60 70
Support-mail: hjaelp@tonefabrikken.example

**Metode og fremgangsmåde** 1. Underskriv aftalen

**Resultat** Aftalen er indgået.
"""


def test_the_supplier_named_by_its_role_is_the_one_the_task_says_supplies():
    kb = KnowledgeBase(parse_text(SUPPLIED))
    got = answer(kb, "Hvem er kontaktperson hos Tonefabrikken?")
    assert got.found and "Sara Lind" in got.answer, got.answer
    other = answer(kb, "Hvem er kontaktperson hos KOMBIT?")
    assert "Sara Lind" not in other.answer or not other.found  # KOMBIT supplies nothing here


def test_a_duration_is_no_count_of_people():
    said = "Superbrugerne deltager i kurset, der varer én dag."
    assert not holds(Expect.COUNT, said, "hvor mange superbrugere kan deltage i kurset?")
    assert holds(Expect.COUNT, "Der er plads til 16 superbrugere.", "hvor mange superbrugere kan deltage?")


def test_opening_hours_are_a_time_of_day():
    assert expected("hvornaar har supporten aabent?") is Expect.CLOCK
    assert holds(Expect.CLOCK, "Hotline: 70 20 30 40, åben mandag til torsdag 9-14.")
    assert not holds(Expect.CLOCK, "Kurset varer 2 dage.")


def test_a_participle_before_a_noun_is_no_deed_of_the_party():
    from knowledge.index import index_for
    from knowledge.qa.analysis import analyse
    from knowledge.qa.gate.deeds import _deed_only_as_state
    kb = KnowledgeBase(parse_text(TASKS))
    q = analyse(index_for(kb), "Hvem godkender skabelonen?")
    assert _deed_only_as_state(q, "Leverandøren har en godkendt skabelon.")
    assert not _deed_only_as_state(q, "Skabelonen godkendes af vejchefen.")
