"""Signatures and deadlines in wordings found while writing the ninth set of exports (dev6, issue 8): a
recipient named by a person at an organisation ('jeres konsulent i KOMBIT', 'projektlederen hos X')
is the organisation; whose signature with an article and an adjective ('den tekniske direktørs
underskrift') and whose signature must be on the paper ('X's underskrift skal fremgå af aftalen', '...
skal stå på fuldmagten'); an event after 'første', 'sidste', 'næste' is indefinite ('før første
testperiode'), but a unit of time there is no event ('inden næste måned'); a signing a span of time
counts from ('2 uger efter underskrift af kontrakten') is no paper to sign."""

from __future__ import annotations

import pytest
from test_parse_dev5_forms import _dl, _sig
from test_signature_wordings_more import _task


@pytest.mark.parametrize("description, steps, want", [
    ("Aftalen underskrives af direktøren og sendes til jeres konsulent i KOMBIT.",
     ["Hent aftalen", "Underskriv aftalen"], [("aftale", "direktøren", "KOMBIT")]),
    ("Erklæringen underskrives af it-chefen.",
     ["Hent erklæringen", "Underskriv erklæringen", "Aflever erklæringen til projektlederen hos Netcompany"],
     [("erklæring", "it-chefen", "Netcompany")]),
    ("Fuldmagten underskrives af borgmesteren og sendes til kontaktpersonen ved Udbetaling Danmark.",
     ["Hent fuldmagten", "Underskriv fuldmagten"], [("fuldmagt", "borgmesteren", "Udbetaling Danmark")]),
    ("Aftalen underskrives af direktøren og sendes til kontaktpersonen hos leverandøren.", ["Hent aftalen"],
     [("aftale", "direktøren", "leverandøren")]),
    ("Aftalen underskrives af direktøren og sendes til leverandørens projektleder.", ["Hent aftalen"],
     [("aftale", "direktøren", "leverandøren")]),
    ("Aftalen underskrives af direktøren og sendes til jeres KOMBIT-konsulent.", ["Hent aftalen"],
     [("aftale", "direktøren", "KOMBIT")]),
    ("Aftalen underskrives af direktøren og sendes til KOMBIT att. projektlederen.", ["Hent aftalen"],
     [("aftale", "direktøren", "KOMBIT")]),
    # a party is no person at a party; 'i underskrevet stand' is how, not where
    ("Skemaet underskrives af direktøren.",
     ["Hent skemaet", "Returnér skemaet til leverandøren i underskrevet stand"],
     [("skema", "direktøren", "leverandøren")]),
    # a place in the municipality is no organisation it goes to; the person stays
    ("Aftalen underskrives af direktøren og sendes til juristen i Aarhus Kommune.",
     ["Hent aftalen", "Underskriv aftalen"], [("aftale", "direktøren", "juristen")]),
    ("Få den tekniske direktørs underskrift på aftalen, og send den til KMD.", ["Hent aftalen"],
     [("aftale", "den tekniske direktør", "KMD")]),
    # someone's signature required to be on the paper
    ("Kommunaldirektørens underskrift skal fremgå af aftalen.", ["Hent aftalen", "Send aftalen til KOMBIT"],
     [("aftale", "kommunaldirektøren", "KOMBIT")]),
    ("Borgmesterens underskrift skal stå på fuldmagten, og fuldmagten sendes til Udbetaling Danmark.",
     ["Hent fuldmagten"], [("fuldmagt", "borgmesteren", "Udbetaling Danmark")]),
])
def test_signer_and_organisation_that_gets_it(description, steps, want):
    assert _sig(_task(description, steps)) == want


def test_whose_signature_with_an_adjective_is_signed_in_its_step():
    task = _task("Der skal foreligge en underskrevet aftale.",
                 ["Modtag aftalen fra KMD", "Få den juridiske chefs underskrift på aftalen",
                  "Send aftalen til KMD"])
    assert [(s.signer, s.received_step, s.signed_step, s.returned_step) for s in task.signatures] == \
        [("den juridiske chef", 1, 2, 3)]


@pytest.mark.parametrize("description, want", [
    ("Postkasserne skal være oprettet før første testperiode.",
     [(0, "dage", "første testperiode", "postkasserne")]),
    ("Brugerne skal være oprettet senest 2 uger før første kørsel.",
     [(-2, "uger", "første kørsel", "brugerne")]),
    ("Data skal leveres inden næste måned.", []),
    ("Rapporten skal sendes før første kvartal.", []),
])
def test_event_after_first_is_indefinite(description, want):
    assert _dl(_task(description, ["Gør det"])) == want


@pytest.mark.parametrize("description, want", [
    # a time counted from a signing names the event, not a paper to sign
    ("Kontaktpersonerne skal indberettes senest 2 uger efter underskrift af kontrakten.", []),
    ("Testen skal være gennemført 10 arbejdsdage fra underskrift af aftalen.", []),
    # without a span of time before it, the signing is one
    ("Efter underskrift af direktøren sendes aftalen til KOMBIT.", ["aftale"]),
    ("Aftalen underskrives af direktøren senest 2 uger efter modtagelsen.", ["aftale"]),
])
def test_signing_as_the_point_time_counts_from_is_no_signature(description, want):
    assert [s.document for s in _task(description, ["Gør det"]).signatures] == want
