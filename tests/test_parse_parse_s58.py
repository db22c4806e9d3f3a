"""Session 58, the export parser (texts written for these tests: mushroom walks, a lending shed for garden
tools, a winter bird count): what a deadline concerns when its verb is a compound of 'gør' ('offentliggør')
or an imperative reflexive ('Tilmeld jer ...'), and a field that mixes bare text with HTML paragraphs, whose
bare paragraphs stay apart (a table no longer glues onto the deadline's sentence after it)."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## SVMP 2 Svampeture i kommunens skove\n\n**Master-opgave ID** 6612\n\n"
            "**Opgavetitel** SVMP 2 Svampeture i kommunens skove\n\n"
            "**Projekt** Fælles Svampeture\n\n**Bølger** Svampeture - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Hent skabelonen\n2. Udfyld den\n3. Få den godkendt\n"
            "4. Send den til leverandøren\n\n"
            "**Resultat** Opgaven er løst.\n")


def _task(description: str):
    [task] = parse_text(_export(description))
    return task


def _abouts(description: str) -> list[tuple[int, str | None]]:
    return [(d.days, d.about) for d in _task(description).text_deadlines]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Skovbund Data offentliggør turkortene på Svampeportalen inden for 4 dage efter modtagelsen.",
     "turkortene"),
    ("Leverandøren klargør redskaberne inden for 6 dage efter modtagelsen.", "redskaberne"),
])
def test_a_compound_of_goer_is_the_verb_whose_object_the_deadline_concerns(sentence, about):
    description = f"Kommunen sender en liste over ruterne. {sentence}"
    assert (_abouts(description)[-1][1] or "").casefold() == about


@pytest.mark.parametrize("sentence", [
    "Tilmeld jer senest 9 arbejdsdage før go-live.",
    "Tilmeld jer hos turlederen senest 9 arbejdsdage før go-live.",
])
def test_an_imperative_reflexive_concerns_its_act(sentence):
    description = f"Turene holdes hver søndag i september. {sentence}"
    assert _abouts(description) == [(-9, "tilmelde sig")]


def test_an_imperative_with_an_object_still_concerns_the_object():  # a control: holds before too
    description = "Turene holdes hver søndag i september. Send ruteplanen senest 9 arbejdsdage før go-live."
    assert _abouts(description) == [(-9, "ruteplanen")]


_MIXED = ("Fuglesamleren opretter tællepunkterne ud fra det punktskema, kommunen sender.\n\n"
          "Tællingen varer forskelligt efter punkttype:\n\n"
          "| Punkttype | Morgen | Aften |\n|----|----|----|\n| Sø | 1 time | 2 timer |\n"
          "| Skov | 2 timer | 1 time |\n\n"
          "Punktskemaet godkendes af lederen af Natur og Miljø og sendes til Fuglesamleren "
          "senest 8 arbejdsdage før go-live.\n\n"
          "<p>Sådan gør I: 1) Hent skemaet i KLIK 2) Udfyld det 3) Send det til Fuglesamleren</p>\n\n"
          "Kontakt hos Fuglesamleren: Ea Vibe, ea@fuglesamleren.dk")


def test_bare_paragraphs_before_html_stay_apart_from_a_table():
    task = _task(_MIXED)
    assert [s.document for s in task.signatures] == ["punktskema"]
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-8, "punktskema")]
    assert "|\n\nPunktskemaet godkendes" in task.description


def test_a_list_in_bare_text_stays_glued_to_its_lead_in():  # no new list items, so no new facts
    description = ("Skemaet har disse kolonner:\n\n- Punktnavn\n- Adresse\n\n"
                   "<p>Send skemaet til Fuglesamleren.</p>")
    assert _task(description).description.startswith("Skemaet har disse kolonner: - Punktnavn - Adresse\n\n")


def _method_export(method: str) -> str:
    return ("## VRKT 1 Aftale om redskabsskuret\n\n**Master-opgave ID** 6620\n\n"
            "**Opgavetitel** VRKT 1 Aftale om redskabsskuret\n\n"
            "**Projekt** Fælles Redskabsskure\n\n**Bølger** Redskabsskure - Bølge 1\n\n"
            "**Beskrivelse** Kommunen låner haveredskaber ud fra et skur ved genbrugspladsen.\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n"
            "**Resultat** Aftalen er underskrevet.\n")


@pytest.mark.parametrize(("method", "signed"), [
    ("1. Åbn aftalen i Skurportalen\n2. Send aftalen til underskrift hos direktøren for Teknik og Miljø\n"
     "3. Kontrollér, at aftalen står som “underskrevet” i Skurportalen\n4. Markér opgaven som fuldført", 2),
    ("1. Læs aftalen\n2. Få aftalen underskrevet af direktøren for Teknik og Miljø\n"
     "3. Kontrollér, at aftalen står som “underskrevet”, og send den til KOMBIT\n"
     "4. Markér opgaven som fuldført", 2),
])
def test_a_step_that_checks_the_paper_is_signed_is_not_where_it_is_signed(method, signed):
    [task] = parse_text(_method_export(method))
    assert [s.signed_step for s in task.signatures] == [signed]



@pytest.mark.parametrize(("sentence", "signature"), [
    ("Låneaftalen, der gælder i to sæsoner, skal underskrives af direktøren for Teknik og Miljø.",
     ("låneaftale", "direktøren for Teknik og Miljø")),
    ("Udlånsreglementet, som fastlægger, hvem der må låne, og hvor længe, godkendes af lederen af Genbrug.",
     ("udlånsreglement", "lederen af Genbrug")),
])
def test_a_relative_clause_between_the_paper_and_its_cue_is_read_past(sentence, signature):
    task = _task(f"Skuret har 40 redskaber. {sentence}")
    assert [(s.document, s.signer) for s in task.signatures] == [signature]


def test_a_relative_clause_that_signs_is_no_cue_of_the_main_clause():  # a control: holds before too
    task = _task("Skuret har 40 redskaber. Aftalen, som direktøren har underskrevet, sendes til KOMBIT.")
    assert [s.signer for s in task.signatures] != ["KOMBIT"]


def test_a_deadline_in_a_clause_after_og_concerns_its_own_clause():
    description = ("Turene holdes hver søndag i september. Skovbund Data laver et prøvekort, og kommunen "
                   "skal melde rettelser inden for 6 arbejdsdage efter at prøvekortet er modtaget.")
    assert _abouts(description) == [(6, "rettelser")]
