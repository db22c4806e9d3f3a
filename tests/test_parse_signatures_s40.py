"""Signature and text-deadline kinds of the s40 golden set dev24, each with other wordings than the set's own:
a signer labelled as the signing step's executor, a span with no anchor word said of a paper another party
has just sent the municipality (and ones said of anything else, which stay unread), copies of the signed
paper in the indefinite plural, and what a deadline is about after a 'Når X er Y, ...' clause or a
semicolon."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.deadlines import sentence_deadlines


def _signers(task) -> list[tuple]:
    return [(s.document, s.signer) for s in task.signatures]


def _deadlines(task) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines]


@pytest.mark.parametrize("step", [
    "Underskriv kontrakten (varetages af borgmesteren)",
    "Underskriv kontrakten – ansvarlig: borgmesteren",
    "Underskriv kontrakten (udfører: borgmesteren)",
])
def test_the_signing_steps_labelled_executor_signs(step):
    task = _task("KMD sender en kontrakt, som skal underskrives og returneres.",
                 steps=("Modtag kontrakten", step, "Returnér kontrakten til KMD"))
    assert _signers(task) == [("kontrakt", "borgmesteren")]


@pytest.mark.parametrize(("paragraphs", "about"), [
    (("KMD fremsender en leverandøraftale.", "Aftalen returneres underskrevet inden for 8 arbejdsdage."),
     "leverandøraftale"),
    (("Kommunen modtager et tillæg til kontrakten.", "Det skal være underskrevet inden 8 arbejdsdage."),
     "tillæg"),
    (("KMD sender en prøveudskrift, som kommunen skal godkende inden for 8 arbejdsdage.",), "prøveudskrift"),
])
def test_a_span_with_no_anchor_said_of_a_paper_just_received_counts_from_its_receipt(paragraphs, about):
    days = [(d[0], d[1], d[2]) for d in _deadlines(_task(*paragraphs))]
    assert days == [(8, "arbejdsdage", "modtagelse")]
    assert _deadlines(_task(*paragraphs))[0][3] in {about, "aftale"}


@pytest.mark.parametrize("paragraphs", [
    ("Kommunen sender en leverandøraftale til KMD.", "Aftalen returneres inden for 8 arbejdsdage."),  # sent
    ("KMD sender en vejledning.", "Testen gennemføres inden for 8 arbejdsdage."),  # not the paper received
    ("KMD sender en rapport.", "KMD svarer normalt inden for 8 arbejdsdage."),  # how long it usually takes
])
def test_a_span_with_no_anchor_said_of_anything_else_stays_unread(paragraphs):
    assert _deadlines(_task(*paragraphs)) == []


def test_copies_in_the_indefinite_plural_are_the_signed_paper():
    task = _task("KMD fremsender driftsaftalen i to eksemplarer.",
                 "Kommunen underskriver begge eksemplarer og returnerer dem inden for 8 arbejdsdage.")
    assert [d[3] for d in _deadlines(task)] == ["driftsaftale"]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Når skemaet er udfyldt, oprettes rollerne; det skal ske senest 2 uger før go-live.", "rollerne"),
    ("Når skemaet er udfyldt, oprettes rollerne, og det skal ske senest 2 uger før go-live.", "rollerne"),
    ("Når skemaet er udfyldt, sendes det til KOMBIT, og det skal ske senest 2 uger før go-live.", "skemaet"),
])
def test_a_when_clause_then_a_main_clause_with_its_own_subject(sentence, about):
    assert [d.about for d in sentence_deadlines(sentence)] == [about]
