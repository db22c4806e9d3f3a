"""Parser kinds of session 34: a signing said by an idiom with no signing word ('sætter sit navn under'); a
second signer after 'og' whose name is a hyphenated compound or a genitive and a role ('og it-chefen', 'og
kommunens it-chef'); 'Oversend' sends a paper on; a power of attorney a named role makes for a party, that
nobody else signs, is given by that role; 'registreres hos X' names who gets it; 'inden N dage' after an
event is 'inden for'; an adverb or a noun of signing is no deadline's about; 'E-læringen' lowers its first
letter."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines
from knowledge.language import lower_first
from knowledge.parse import parse_text

TASK = """## X 1 (Aftaler) Prøve

**Master-opgave ID** 9999

**Opgavetitel** X 1 (Aftaler) Prøve

**Projekt** KSD

**Bølger** KSD - Bølge 2

**Mål** Noget er på plads.

**Beskrivelse** {description}

**Metode og fremgangsmåde** {steps}

**Resultat** Færdig.
"""


def _task(description: str, steps: list[str]):
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    return task


def _signatures(description: str, steps: list[str]) -> list[tuple]:
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in _task(description, steps).signatures]


@pytest.mark.parametrize("signs", ["sætter sit navn under aftalen", "skal sætte sit navnetræk under aftalen"])
def test_a_name_put_under_a_paper_signs_it(signs):
    got = _signatures(f"KOMBIT sender en tilslutningsaftale. Jobcenterchefen {signs}, og aftalen "
                      "tilbagesendes til KOMBIT.",
                      ["Modtag tilslutningsaftalen fra KOMBIT", f"Jobcenterchefen {signs}",
                       "Tilbagesend aftalen til KOMBIT"])
    assert got == [("tilslutningsaftale", "jobcenterchefen", "KOMBIT", [1, 2, 3], 1, 2, 3)]


def test_a_name_said_without_a_paper_under_it_signs_nothing():
    assert _signatures("Skriv dit navn på deltagerlisten.", ["Sæt dit navn på listen"]) == []


@pytest.mark.parametrize(("said", "signer"), [
    ("Aftalen underskrives af systemejeren og it-chefen.", "systemejeren og it-chefen"),
    ("Aftalen underskrives af borgmesteren og kommunens it-chef.", "borgmesteren og kommunens it-chef"),
    ("Kommunen indgår en systemejeraftale, som systemejeren og kommunens it-chef skriver under på.",
     "systemejeren og kommunens it-chef"),
    # a verb after 'og' still ends the name
    ("Aftalen underskrives af økonomichefen og sendes til KOMBIT.", "økonomichefen"),
])
def test_a_second_signer_after_og_is_kept(said, signer):
    assert [s[1] for s in _signatures(said, ["Send aftalen til KOMBIT"])] == [signer]


def test_oversend_sends_the_signed_paper_on():
    got = _signatures("Bemyndigelseserklæringen underskrives af borgmesteren og oversendes til KOMBIT.",
                      ["Modtag bemyndigelseserklæringen fra KOMBIT", "Borgmesteren underskriver erklæringen",
                       "Oversend erklæringen til KOMBIT"])
    assert got == [("bemyndigelseserklæring", "borgmesteren", "KOMBIT", [1, 2, 3], 1, 2, 3)]


def test_a_power_of_attorney_a_named_role_makes_is_given_by_it():
    got = _signatures("Kommunens NemLog-in-administrator opretter en fuldmagt til KOMBIT i NemLog-in.",
                      ["Log på NemLog-in som administrator", "Opret fuldmagten til KOMBIT"])
    assert got == [("fuldmagt", "kommunens NemLog-in-administrator", "KOMBIT", [2], None, 2, None)]


def test_a_power_of_attorney_someone_approves_is_signed_by_the_approver_not_its_maker():
    got = _signatures("Brugeradministratoren opretter en fuldmagt til Netcompany i NemLog-in. Fuldmagten "
                      "skal godkendes af kommunaldirektøren.",
                      ["Brugeradministratoren opretter fuldmagten i NemLog-in",
                       "Kommunaldirektøren godkender fuldmagten"])
    assert [(s[0], s[1], s[5]) for s in got] == [("fuldmagt", "kommunaldirektøren", 2)]


def test_a_power_of_attorney_made_by_nobody_named_is_no_signature():
    got = _signatures("Der oprettes en fuldmagt til KOMBIT i NemLog-in.", ["Opret fuldmagten til KOMBIT"])
    assert got == []


def test_an_acceptance_recorded_at_a_party_names_the_recipient():
    got = _signatures("Aftalen accepteres elektronisk af it-chefen, og accepten registreres automatisk hos "
                      "KOMBIT.", ["Find tilslutningsaftalen i Administrationsmodulet",
                                  "It-chefen accepterer aftalen"])
    assert [s[2] for s in got] == ["KOMBIT"]


def test_inden_n_days_after_an_event_is_a_window_from_it():
    [got] = sentence_deadlines("Når erklæringen er modtaget, skal den returneres inden 14 dage.")
    assert (got.days, got.unit.value, got.anchor) == (14, "dage", "modtagelse")


def test_inden_n_days_with_no_event_is_no_deadline():
    assert sentence_deadlines("Kundecentret skal svare inden 10 arbejdsdage.") == []


def test_an_adverb_or_a_noun_of_signing_is_no_deadline_about():
    task = _task("Vi modtager en serviceaftale fra KMD til underskrift. Underskriften skal foretages af "
                 "ældrechefen. Herefter skal KMD have aftalen retur. Senest 20 arbejdsdage efter "
                 "modtagelsen.",
                 ["Modtag serviceaftalen", "Ældrechefen underskriver", "Returnér serviceaftalen til KMD"])
    assert [(d.days, d.anchor, d.about) for d in task.text_deadlines] == [(20, "modtagelse", "serviceaftale")]


@pytest.mark.parametrize(("text", "lowered"), [
    ("E-læringen", "e-læringen"), ("Aftalen", "aftalen"), ("ERP-leverandøren", "ERP-leverandøren"),
    ("KOMBIT", "KOMBIT"), ("E-Boks", "E-Boks")])
def test_lower_first(text, lowered):
    assert lower_first(text) == lowered


@pytest.mark.parametrize(("sentence", "about"), [
    ("Der skal ryddes op i sagerne senest 4 uger før go-live.", "sagerne"),
    ("Ryd op i de gamle sager senest 4 uger før go-live.", "gamle sager"),
    ("Meld kontaktpersonerne ind senest 3 uger før go-live.", "kontaktpersonerne"),
    ("Ryd op senest 4 uger før go-live.", None),
])
def test_a_verbs_particle_is_no_deadline_about(sentence, about):
    [got] = sentence_deadlines(sentence)
    assert got.about == about


@pytest.mark.parametrize(("sentence", "about"), [
    ("Superbrugere: udpeges senest 6 uger før go-live.", "superbrugere"),
    ("Testplan: skal være godkendt senest 5 uger før teststart.", "testplan"),
])
def test_a_label_before_what_is_done_to_it_is_the_about(sentence, about):
    [got] = sentence_deadlines(sentence)
    assert got.about == about


@pytest.mark.parametrize("verb", ["Nedlæg", "Køb", "Indkøb", "Åbn", "Kvalitetssikr", "Validér", "Rens",
                                  "Afrapportér"])
def test_an_imperatives_object_is_the_deadline_about(verb):
    [got] = sentence_deadlines(f"{verb} materialet senest 3 uger før go-live.")
    assert got.about == "materialet"
