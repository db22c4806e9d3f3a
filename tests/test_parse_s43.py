"""Parse kinds of the s43 golden set dev27, each in other wordings than the set's own: a paper that gets an
assent ('skal have direktionens godkendelse', 'får borgmesterens underskrift') is not sent to itself, a
span given to do a deed ('har 14 dage fra modtagelsen til at returnere aftalen til KOMBIT') is a deadline
from the receipt, the noun of an approval with its doer ('Godkendelsen foretages af X') names the signer of
the paper just named, and 'Fristen for dette (det) er ...' is about what the sentence before named."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task
from test_parse_signatures_s40 import _deadlines


def _signatures(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Beredskabsplanen skal have direktionens godkendelse senest 3 uger før go-live.",
     ("beredskabsplan", "direktionen", None)),
    ("Kontrakten skal have borgmesterens underskrift, inden den sendes til KMD.",
     ("kontrakt", "borgmesteren", "KMD")),
    ("Aftalen får direktørens digitale underskrift og sendes til KOMBIT.",
     ("aftale", "direktøren", "KOMBIT")),
])
def test_a_paper_that_gets_an_assent_is_not_its_own_recipient(sentence, want):
    [got] = _signatures(_task(sentence))
    assert got[2] == want[2] and got[2] != got[0]


def test_a_party_that_shall_have_the_paper_is_still_its_recipient():
    task = _task("Kontrakten underskrives af borgmesteren. Leverandøren skal have kontrakten tilbage.")
    assert _signatures(task) == [("kontrakt", "borgmesteren", "leverandøren")]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Kommunen har 14 dage fra modtagelsen til at returnere aftalen til KOMBIT.", (14, "dage", "modtagelse")),
    ("I har 10 arbejdsdage fra modtagelsen til at sende erklæringen til KMD.",
     (10, "arbejdsdage", "modtagelse")),
])
def test_a_span_to_do_a_deed_that_ends_at_a_party_counts_from_its_anchor(sentence, want):
    assert [d[:3] for d in _deadlines(_task(sentence))] == [want]


def test_a_span_from_one_event_to_another_is_still_no_deadline():
    assert _deadlines(_task("Der går typisk 10 dage fra bestilling til levering.")) == []
    assert _deadlines(_task("Det tager 10 dage fra bestilling til levering af kortene.")) == []


@pytest.mark.parametrize("doer", ["Godkendelsen foretages af sundhedschefen.",
                                  "Godkendelsen skal varetages af sundhedschefen.",
                                  "Godkendelsen gives af sundhedschefen."])
def test_the_noun_of_an_approval_with_its_doer_names_the_signer_of_the_paper_before(doer):
    task = _task("KOMBIT sender en samarbejdsaftale.", f"Samarbejdsaftalen skal godkendes. {doer}")
    assert _signatures(task) == [("samarbejdsaftale", "sundhedschefen", "KOMBIT")]


def test_an_approval_noun_of_no_paper_names_no_signature():
    assert _signatures(_task("Kommunen tester integrationen. Godkendelsen foretages af testlederen.")) == []


@pytest.mark.parametrize(("text", "about"), [
    ("Instruksen underskrives af it-chefen og sendes til Netcompany. Fristen for dette er 5 arbejdsdage "
     "efter modtagelsen.", "instruks"),
    ("Fuldmagten skal godkendes af NemLog-in administratoren. Fristen for det er 3 uger før go-live.",
     "fuldmagt"),
    ("Kommunen opdaterer ressourceprofilerne. Fristen for dette er 3 uger før go-live.",
     "ressourceprofilerne"),
])
def test_a_deadline_for_this_is_about_what_was_named_before(text, about):
    [deadline] = _deadlines(_task(text))
    assert deadline[3] == about


@pytest.mark.parametrize("sentence", [
    "Aftalen skal underskrives digitalt. Det er kommunaldirektøren, der har underskriftskompetencen.",
    "Aftalen skal underskrives. Kommunaldirektøren har prokura.",
    "Aftalen underskrives af kommunen (ved kommunaldirektøren).",
    "Aftalen underskrives af kommunen (v/ kommunaldirektøren).",
    "Aftalen skal have kommunaldirektørens digitale underskrift.",
])
def test_the_signer_in_other_sentence_shapes(sentence):
    assert _signatures(_task("KOMBIT sender en driftsaftale.", sentence)) == [
        ("driftsaftale", "kommunaldirektøren", "KOMBIT")]


def test_power_to_sign_held_by_the_municipality_names_nobody():
    task = _task("KOMBIT sender en driftsaftale.", "Aftalen skal underskrives. Kommunen har prokura.")
    assert [s.signer for s in task.signatures] == ["kommunen"]


@pytest.mark.parametrize("sentence", [
    "Byrådets godkendelse af takstbladet skal foreligge senest 6 uger før go-live.",
    "Byrådets endelige godkendelse af takstbladet skal foreligge senest 6 uger før go-live.",
])
def test_whose_approval_of_a_paper_names_the_approver_and_the_paper(sentence):
    task = _task("Kommunen udarbejder et takstblad.", sentence,
                 steps=("Udarbejd takstbladet", "Forelæg takstbladet for byrådet"))
    assert _signatures(task) == [("takstblad", "byrådet", None)]
    assert _deadlines(task) == [(-6, "uger", "go-live", "takstblad")]


def test_whose_approval_of_an_activity_is_no_signature():
    assert _signatures(_task("Styregruppens godkendelse af testen er en forudsætning for go-live.")) == []


@pytest.mark.parametrize("sentence", [
    "Aftalen underskrives af borgmesteren. Netcompany skal herefter modtage den underskrevne aftale.",
    "Aftalen underskrives af borgmesteren og lægges i Netcompanys sikre postkasse.",
    "Aftalen underskrives af borgmesteren og videregives til Netcompany.",
    "Aftalen underskrives af borgmesteren og postes til Netcompany.",
    "Aftalen underskrives af borgmesteren og skal derefter tilsendes Netcompany.",
    "Aftalen underskrives af borgmesteren. Derefter skal aftalen tilbage til Netcompany.",
])
def test_a_recipient_after_other_verbs(sentence):
    assert _signatures(_task(sentence)) == [("aftale", "borgmesteren", "Netcompany")]


def test_going_back_to_something_that_is_no_party_sends_nothing():
    task = _task("Aftalen underskrives af borgmesteren. Derefter går projektlederen tilbage til planen.")
    assert _signatures(task) == [("aftale", "borgmesteren", None)]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Indberetningen af kontaktoplysninger sker senest 3 uger før go-live.", "kontaktoplysninger"),
    ("Oversendelsen af brugerlisten skal ske senest 3 uger før go-live.", "brugerlisten"),
])
def test_a_deadline_on_reporting_or_passing_on_a_thing_is_about_the_thing(sentence, about):
    assert _deadlines(_task(sentence)) == [(-3, "uger", "go-live", about)]


@pytest.mark.parametrize("sentence", [
    "Bestillingssedlen skal udfyldes, dateres og underskrives af indkøbschefen og sendes til KMD.",
    "Bestillingssedlen udfyldes, stemples, dateres og underskrives af indkøbschefen og sendes til KMD.",
])
def test_a_paper_before_a_list_of_passives_is_what_is_signed(sentence):
    assert _signatures(_task(sentence)) == [("bestillingsseddel", "indkøbschefen", "KMD")]


@pytest.mark.parametrize("sentence", [
    "Kommunen skal senest 3 uger før go-live oplyse KOMBIT om kontaktpersonens navn.",
    "Oplys KOMBIT om kontaktpersonens navn senest 3 uger før go-live.",
    "Kommunen skal informere leverandøren om kontaktpersonens navn senest 3 uger før go-live.",
])
def test_a_deadline_to_tell_a_party_about_a_thing_is_about_the_thing(sentence):
    assert _deadlines(_task(sentence)) == [(-3, "uger", "go-live", "kontaktpersonens navn")]


def test_a_pronoun_in_a_clause_after_sorg_for_at_refers_to_the_sentence_before():
    task = _task("Slutbrugerne skal oprettes i AD. Sørg for, at det sker senest 3 uger før go-live.")
    assert _deadlines(task) == [(-3, "uger", "go-live", "slutbrugerne")]
