"""The lead's mends of the session-61 parser after review D (a playground plan, a harbour): a paper that is
NOT presented for approval has no approver ('forelægges ikke udvalget til godkendelse'); a body that only gets
it for another purpose first is no approver ('forelægges direktionen til orientering og udvalget til
godkendelse' is approved by udvalget); 'så snart X sender aftalen' says when, so X still sends it; the
municipality's own people ('Kommunerne melder sig') are no group of others in a deadline's about; 'Opgaven'
is the task itself, never the compound named before it."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## LEG 3 Legepladsplan\n\n**Master-opgave ID** 7813\n\n"
            "**Opgavetitel** LEG 3 Legepladsplan\n\n"
            "**Projekt** Fælles Legepladser\n\n**Bølger** Leg - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Udarbejd planen\n2. Opdater status i KLIK\n\n"
            "**Resultat** Opgaven er løst.\n")


def _task(description: str):
    [task] = parse_text(_export(description))
    return task


def test_a_paper_not_presented_for_approval_has_no_approver():
    task = _task("Legepladsplanen forelægges ikke udvalget til godkendelse, men sendes til Legeparken A/S "
                 "senest 10 dage før go-live.")
    assert not any("ikke" in (s.signer or "") for s in task.signatures)


@pytest.mark.parametrize("body", ["udvalget", "kultur- og fritidsudvalget"])
def test_the_body_presented_to_for_approval_approves_not_the_one_informed(body):
    task = _task(f"Legepladsplanen forelægges direktionen til orientering og {body} til godkendelse "
                 "og sendes derefter til Legeparken A/S.")
    assert [s.signer for s in task.signatures] == [body]


def test_so_soon_as_a_party_sends_the_paper_it_is_who_sends_it():
    task = _task("Så snart Legeparken A/S sender aftalen til kommunen, skal den underskrives af "
                 "direktøren for Børn og Unge.")
    assert [s.recipient for s in task.signatures] == ["Legeparken A/S"]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kommunerne melder sig senest 3 uger før go-live.", "melde sig"),
    ("Testopgaven beskrives i bilag 1. Opgaven skal være løst senest 8 dage før go-live.", "opgaven"),
])
def test_the_municipality_and_the_task_itself_keep_their_own_about(sentence, about):
    assert [d.about for d in _task(sentence).text_deadlines] == [about]
