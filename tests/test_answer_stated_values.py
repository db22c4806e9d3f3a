"""Stated values and who: a value said in running prose (a CVR number in pairs, a clock time, a count in
thousands), who does a thing said as a passive's agent, a 'Label: value' line of the task about the
thing asked, a list whose intro is no introduction, and a run of label lines whose contact values belong
to their own line. Tasks here are written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.extract import extract_facts
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, holds

TASKS = """## VL 01 (Aftaler) Tilslutning til Vejlys

**Master-opgave ID** 7301

**Opgavetitel** VL 01 (Aftaler) Tilslutning til Vejlys

**Projekt** Vejlys

**Prioritet** Obligatorisk

**Bølger** Vejlys - Bølge 1

**Mål** Kommunen er tilsluttet Vejlys, der styrer gadebelysningen.

**Beskrivelse** Vejlys leveres af Lumenta Systems ApS (CVR 38 11 42 97), som også er databehandler.

Tilmeldingen af lygtepunkterne foretages af vejafdelingen. Fejlrapporten sendes af driftscentret.

Kontaktperson hos leverandøren: Rasmus Vinther, telefon 61 22 33 44
Servicedesk: åben hverdage kl. 7.30-16.00
Support-mail: hjaelp@lumenta.example

**Metode og fremgangsmåde** 1. Underskriv aftalen
2. Send aftalen til KOMBIT

**Resultat** Kommunen er tilsluttet.

## VL 02 (Data) Indlæsning af lygtepunkter

**Master-opgave ID** 7302

**Opgavetitel** VL 02 (Data) Indlæsning af lygtepunkter

**Projekt** Vejlys

**Prioritet** Obligatorisk

**Bølger** Vejlys - Bølge 1

**Mål** Lygtepunkterne er indlæst.

**Beskrivelse** Hver indlæsning må højst indeholde 40.000 lygtepunkter. Indlæsningen åbner kl. 18.00 hver dag.

Fejl meldes til leverandørens support inden for 3 arbejdsdage.

**Metode og fremgangsmåde** 1. Udtræk lygtepunkterne
2. Indlæs filen

**Resultat** Lygtepunkterne er indlæst.

## VL 03 (Drift) Driftsaftale for Vejlys

**Master-opgave ID** 7303

**Opgavetitel** VL 03 (Drift) Godkend driftsaftalen for styreboksen

**Projekt** Gadelys

**Prioritet** Valgfri

**Bølger** Gadelys - Bølge 1

**Mål** Kommunen har godkendt driftsaftalen for den fælles styreboks til gadelys.

**Beskrivelse** Styreboksen monteres i hvert lysskab.

Leverandør: Nordlys Drift

**Metode og fremgangsmåde** 1. Godkend aftalen

**Resultat** Aftalen er godkendt.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(parse_text(TASKS))


def test_a_cvr_number_in_pairs_after_its_label_is_one():
    assert holds(Expect.CVR, "leveres af Lumenta Systems ApS (CVR 38 11 42 97), som")
    assert holds(Expect.CVR, "Selskabet har CVR-nummer 12 34 56 78.")
    assert not holds(Expect.CVR, "Ring på telefon 61 22 33 44.")  # pairs alone are a phone number


def test_a_time_of_day_answers_when_but_not_which_date():
    assert holds(Expect.TIME, "Indlæsningen åbner kl. 18.00 hver dag.", "Hvornår åbner indlæsningen?")
    assert not holds(Expect.TIME, "Kurset holdes fra kl. 9.30 til 15.30.", "Hvilken dato holdes kurset?")


def test_how_a_price_is_settled_asks_how_not_what_it_costs():
    assert expected("hvordan afregnes prisen for tolkning?") is Expect.ANY
    assert expected("how much does it cost?") is Expect.PRICE


def test_who_does_something_to_a_value_asks_who():
    assert expected("hvem udleverer adgangskoden til testmiljoet?") is Expect.PARTY
    assert expected("hvem har hendes telefonnummer?") is Expect.PHONE


def test_a_passive_agent_names_who_does_the_asked_deed():
    said = "Tilmeldingen af lygtepunkterne foretages af pladsanvisningen."
    assert holds(Expect.PARTY, said, "Hvem foretager tilmeldingen af lygtepunkterne?")
    assert not holds(Expect.PARTY, said, "Hvem godkender tilmeldingen?")  # another deed


@pytest.mark.parametrize("question, wanted", [
    ("Hvem sender fejlrapporten i Vejlys?", "driftscentret"),
    ("Hvem er databehandler for Vejlys?", "Lumenta"),
    ("Hvem leverer Vejlys?", "Lumenta"),
    ("Hvad er leverandørens CVR-nummer for Vejlys?", "38 11 42 97"),
    ("Hvor mange lygtepunkter må en indlæsning højst indeholde?", "40.000"),
    ("Hvem er leverandør af den fælles styreboks til gadelys?", "Nordlys Drift"),
    # the task is named by its title ('Indlæsning af lygtepunkter'); its sentence says whom
    ("Hvem skal man kontakte ved fejl i indlæsningen af lygtepunkter?", "leverandørens support"),
])
def test_values_and_parties_stated_in_prose_are_answered(kb, question, wanted):
    got = answer(kb, question)
    assert got.found, got.answer
    assert wanted in got.answer


def test_a_contact_value_belongs_to_its_own_label_line(kb):
    got = answer(kb, "Hvad er Rasmus Vinthers mailadresse?")
    assert not got.found, got.answer
    assert "Rasmus Vinther" in got.answer
    assert "hjaelp@lumenta.example" not in got.answer  # the support line's mail is nobody's mail of his


def test_a_fragment_a_blank_line_before_a_list_is_no_context_of_it():
    text = ("Data hentes fra flere kilder.\n\nØkonomiforvaltningen\n\n"  # a flattened table's last cell
            "- Betalingsdata: KMD Opus\n- Adressedata: DAR")
    assert {f.context for f in extract_facts(text)} == {""}
    introduced = "Leverandør pr. datakilde:\n\n- Betalingsdata: KMD Opus\n- Adressedata: DAR"
    assert {f.context for f in extract_facts(introduced)} == {"leverandør pr. datakilde"}
