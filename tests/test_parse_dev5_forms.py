"""Signatures and deadlines in wordings found while writing the eighth set of exports (dev5, issue 8):
a signature demanded as someone's 'signatur' ('Aftalen kræver direktørens signatur') where a system's
'Signering sker i Penneo' stays none; where the paper must be ('skal foreligge hos X', 'skal tilgå
X'), a numbered paper sent on ('Bilag 3
... sendes til KOMBIT'); a time span after a name ('hos KOMBIT 2 måneder efter') and after a paper
('aftalen 3 uger før') is no part of it; 'Frist for aflevering af X:' is about X; weeks counted from
an event ('uge 3 efter opstartsmødet') are no week number; two passives sharing a subject ('Blanketten
udfyldes og sendes til underskrift hos X'), coordinated verbs after 'skal', labels after a sentence
('Underskriver: X. Modtager: Y.') and whose approval ('direktionens godkendelse af aftalen')."""

from __future__ import annotations

import pytest
from test_signature_wordings_more import _task


def _sig(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


def _dl(task) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines]


@pytest.mark.parametrize("description, steps, want", [
    ("Aftalen kræver kommunaldirektørens signatur. KMD skal modtage den signerede aftale.",
     ["Hent aftalen", "Send den til KMD"], [("aftale", "kommunaldirektøren", "KMD")]),
    ("Aftalen skal have kommunaldirektørens signatur og sendes til KMD.",
     ["Hent aftalen", "Send den til KMD"], [("aftale", "kommunaldirektøren", "KMD")]),
    ("Signering sker i Penneo. Aftalen sendes til KMD.", ["Hent aftalen", "Send den til KMD"], []),
    ("Aftalen skal underskrives af direktøren. Aftalen skal senest foreligge hos KOMBIT 2 måneder efter "
     "kontraktindgåelsen.", ["Hent aftalen", "Underskriv"], [("aftale", "direktøren", "KOMBIT")]),
    ("Erklæringen underskrives af direktøren. Den skal tilgå Digitaliseringsstyrelsen senest 2 uger før "
     "go-live.", ["Hent erklæringen", "Underskriv"],
     [("erklæring", "direktøren", "Digitaliseringsstyrelsen")]),
    ("Bilag 3 underskrives af direktøren og sendes til KOMBIT.",
     ["Hent bilag 3", "Underskriv bilag 3", "Send bilag 3 til KOMBIT"],
     [("bilag 3", "direktøren", "KOMBIT")]),
    ("Aftalen underskrives af direktøren og sendes til KOMBIT. KOMBIT skal modtage aftalen 3 uger før "
     "idriftsættelsen.", ["Hent aftalen", "Send den"], [("aftale", "direktøren", "KOMBIT")]),
])
def test_who_signs_and_who_gets_it(description, steps, want):
    assert _sig(_task(description, steps)) == want


@pytest.mark.parametrize("description, steps, want", [
    # two passives that share the subject: the paper is the first clause's
    ("Kommunen skal tilslutte sig Digital Post.",
     ["Hent tilslutningsblanketten på KOMBITs hjemmeside",
      "Blanketten udfyldes og sendes til underskrift hos borgmesteren",
      "Den underskrevne blanket sendes til Digitaliseringsstyrelsen"],
     [("tilslutningsblanket", "borgmesteren", "Digitaliseringsstyrelsen", [1, 2, 3], 1, 2, 3)]),
    # a subject before 'skal' with two coordinated verbs; a subject after it without the first verb
    ("Direktionen skal tage stilling til og godkende samarbejdsaftalen, inden den sendes til KOMBIT.",
     ["Forelæg samarbejdsaftalen for direktionen", "Send samarbejdsaftalen til KOMBIT"],
     [("samarbejdsaftale", "direktionen", "KOMBIT", [1, 2], None, 1, 2)]),
    ("I forbindelse med opstarten skal jobcenterchefen læse og underskrive aftalen.", ["Hent aftalen"],
     [("aftale", "jobcenterchefen", None, [1], 1, None, None)]),
    # labels after a sentence, not only on lines of their own
    ("Erklæringen skal udfyldes og underskrives. Underskriver: Kommunaldirektør. Modtager: KOMBIT.",
     ["Udfyld erklæringen", "Underskriv", "Send"],
     [("erklæring", "kommunaldirektør", "KOMBIT", [2, 3], None, 2, 3)]),
    # whose approval: 'direktionens godkendelse (af X)' is that body's approval of the paper
    ("Aftalen sendes til KOMBIT.",
     ["Hent aftalen", "Indhent direktionens godkendelse af aftalen", "Send aftalen til KOMBIT"],
     [("aftale", "direktionen", "KOMBIT", [1, 2, 3], 1, 2, 3)]),
    ("Opgaven består i at få ledelsens godkendelse af beredskabsplanen. Planen sendes derefter til KOMBIT.",
     ["Udarbejd beredskabsplanen", "Få ledelsens godkendelse af planen", "Send planen til KOMBIT"],
     [("beredskabsplan", "ledelsen", "KOMBIT", [2, 3], None, 2, 3)]),
    ("Testen kræver styregruppens godkendelse.", ["Gennemfør testen"], []),
    # 'og bilaget' is a second paper sent with it, no clause of its own
    ("Fuldmagten underskrives af borgmesteren. Både fuldmagten og bilaget sendes til KMD.", ["Hent"],
     [("fuldmagt", "borgmesteren", "KMD", [], None, None, None)]),
])
def test_signature_fields(description, steps, want):
    got = [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
           for s in _task(description, steps).signatures]
    assert got == want


@pytest.mark.parametrize("description, want", [
    ("Frist for aflevering af datasættet: 6 uger efter opgavestart.", [(6, "uger", "start", "datasættet")]),
    ("Fristen for indmelding af superbrugere er 3 uger før go-live.",
     [(-3, "uger", "go-live", "indmelding af superbrugere")]),
    ("Aftalen underskrives af direktøren og sendes til KOMBIT. KOMBIT skal modtage aftalen 3 uger før "
     "idriftsættelsen.", [(-3, "uger", "go-live", "aftale")]),
    ("Kommunen skal udpege en kontaktperson inden udgangen af uge 3 efter opstartsmødet.", []),
    ("Testen skal være gennemført i ugen før go-live.", [(-1, "uger", "go-live", "testen")]),
    ("Superbrugerne er til rådighed i ugen efter go-live.", []),
    # what those named must have done, not who they are
    ("Inden go-live skal alle superbrugere have gennemført e-læringen.",
     [(0, "dage", "go-live", "e-læringen")]),
])
def test_what_a_deadline_is_about(description, want):
    assert _dl(_task(description, ["Gør det"])) == want
