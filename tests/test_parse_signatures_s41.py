"""Signature and text-deadline kinds of the s41 golden set dev25, each with other wordings than the set's own:
the subject after a finite verb that follows a fronted subordinate clause, a labelled executor after a
passive step, a paper as a step's heading, 'Det gøres af X' after a sentence that demands a signature, and
what 'Dette skal ske ...' concerns after a subject, a modal and an active infinitive."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task
from test_parse_signatures_s40 import _deadlines as _abouts
from test_parse_signatures_s40 import _signers


@pytest.mark.parametrize("sentence", [
    "Når aftalen er gennemlæst, underskriver borgmesteren den.",
    "Så snart KMD har sendt aftalen, underskriver borgmesteren den.",
    "Hvis aftalen er i orden, underskriver borgmesteren aftalen.",
])
def test_the_subject_after_the_verb_that_follows_a_fronted_clause_signs(sentence):
    task = _task("KMD sender en driftsaftale til kommunen.", sentence)
    assert _signers(task) == [("driftsaftale", "borgmesteren")]


def test_an_imperative_after_a_fronted_clause_names_no_signer():
    task = _task("KMD sender en driftsaftale til kommunen.", "Når aftalen er modtaget, underskriv den.")
    assert _signers(task) == [("driftsaftale", "kommunen")]


@pytest.mark.parametrize("step", [
    "Kontrakten underskrives (udfører: borgmesteren)",
    "Kontrakten skal underskrives – ansvarlig: borgmesteren",
])
def test_a_labelled_executor_signs_however_the_step_is_worded(step):
    task = _task("KMD sender en kontrakt, som skal underskrives og returneres.",
                 steps=("Modtag kontrakten", step, "Returnér kontrakten til KMD"))
    assert _signers(task) == [("kontrakt", "borgmesteren")]


def test_a_paper_as_the_steps_heading_is_what_the_step_does_to():
    task = _task("Kommunen skal have adgang til løsningen.",
                 steps=("Fuldmagt: modtag den fra KMD", "Fuldmagt: underskriv (borgmesteren)",
                        "Fuldmagt: send den retur til KMD"))
    [sig] = task.signatures
    assert (sig.document, sig.signer, sig.recipient, sig.received_step, sig.signed_step,
            sig.returned_step) == ("fuldmagt", "borgmesteren", "KMD", 1, 2, 3)


@pytest.mark.parametrize("said", ["Det gøres af borgmesteren.", "Dette varetages af borgmesteren."])
def test_who_does_it_said_in_the_next_sentence_signs(said):
    task = _task("Kommunen skal indsende en erklæring til KMD. Erklæringen skal underskrives. " + said)
    assert _signers(task) == [("erklæring", "borgmesteren")]


def test_a_do_it_sentence_after_anything_but_a_signing_names_no_signer():
    task = _task("Kommunen skal indsende en erklæring til KMD. Erklæringen skal udfyldes. "
                 "Det gøres af borgmesteren.")
    assert all(s.signer != "borgmesteren" for s in task.signatures)


@pytest.mark.parametrize(("first", "about"), [
    ("Alle superbrugere skal gennemføre kurset.", "kurset"),
    ("Hver afdeling skal opdatere sine arbejdsgange.", "arbejdsgange"),
])
def test_it_must_happen_concerns_the_object_of_the_act_before(first, about):
    task = _task(first + " Dette skal ske senest 2 uger før go-live.")
    assert _abouts(task) == [(-2, "uger", "go-live", about)]


def test_a_paper_as_the_subject_stays_what_it_concerns():
    task = _task("Aftalen skal bære direktørens underskrift. Det skal ske senest 2 uger før go-live.")
    assert [d[3] for d in _abouts(task)] == ["aftale"]
