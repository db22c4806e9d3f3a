"""Tasks written in English (knowledge/english_tasks.py): the paper that must be signed, by whom, to
whom and in which steps, and the deadlines the text states, read as the Danish readers read Danish."""

from __future__ import annotations

import pytest
from test_parse_dev5_forms import _dl
from test_signature_wordings_more import _task

from knowledge.english_tasks import is_english


def _full(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures]


@pytest.mark.parametrize("description, steps, want", [
    ("The power of attorney shall be approved by the CFO and sent back to Udbetaling Danmark.",
     ["Download the power of attorney", "The CFO approves the power of attorney",
      "Send it back to Udbetaling Danmark"],
     # ('Send it back to X' is English too: 'it' and 'back' are no Danish words, s33)
     [("power of attorney", "CFO", "Udbetaling Danmark", [1, 2, 3], 1, 2, 3)]),
    ("KMD sends a consent form to the municipality.",
     ["Receive the consent form from KMD", "Ask the mayor to sign the consent form",
      "Email the signed form to your contact person at KMD"],
     [("consent form", "mayor", "KMD", [1, 2, 3], 1, 2, 3)]),
    ("The supplier needs a signed processing agreement.",
     ["Get the processing agreement signed by the director of social services",
      "Return the agreement to the supplier"],
     [("processing agreement", "director of social services", "supplier", [1, 2], None, 1, 2)]),
    # both signers; a place owned by a party ('the KOMBIT portal') is that party; 'it' is the paper before
    ("The declaration must be signed by both the mayor and the CEO.",
     ["Download the declaration", "Upload the signed declaration to the KOMBIT portal"],
     [("declaration", "mayor and CEO", "KOMBIT", [1, 2], 1, None, 2)]),
    ("The contract is prepared by KMD. It must be countersigned by the head of finance.",
     ["The legal department reviews the contract", "The head of finance signs the contract",
      "Upload the contract"],
     [("contract", "head of finance", None, [2, 3], None, 2, 3)]),
    # a test is approved, never signed; a sentence that says no signature is needed names none
    ("The test must be approved by the test manager. No signature is required.",
     ["Run the test", "Write down the result"], []),
])
def test_english_signature(description, steps, want):
    assert _full(_task(description, steps)) == want


@pytest.mark.parametrize("description, want", [
    ("The power of attorney must be signed by the CFO within two weeks after receipt.",
     [(2, "uger", "modtagelse", "power of attorney")]),
    ("The user list must be delivered at least 5 business days prior to go-live.",
     [(-5, "arbejdsdage", "go-live", "user list")]),
    ("The contingency plan must be ready before go-live.", [(0, "dage", "go-live", "contingency plan")]),
    ("The data must be loaded no later than 1 month after the first test run.",
     [(1, "måneder", "first test run", "data")]),
    ("Go-live is planned for week 40.", []),
    ("The completed checklist must reach KOMBIT at least 3 weeks before go-live.",
     [(-3, "uger", "go-live", "checklist")]),
])
def test_english_deadline(description, want):
    assert _dl(_task(description, ["Do it"])) == want


@pytest.mark.parametrize("sentence, english", [
    ("The agreement must be signed by the head of IT.", True),
    ("Send aftalen til KOMBIT senest 3 uger før go-live.", False),
    ("Have en god dag, og send den til KOMBIT.", False),
    ("Aftalen skal underskrives af direktøren, før den sendes til KOMBIT.", False),
])
def test_english_sentences_are_told_from_danish(sentence, english):
    assert is_english(sentence) is english


@pytest.mark.parametrize("description, steps, want", [
    # a task that mixes the languages: the paper the Danish text signs is the one the English speaks of
    ("The form must be signed by the head of finance.",
     ["Modtag blanketten fra KMD", "Økonomichefen underskriver blanketten", "Send blanketten til KMD"],
     [("blanket", "økonomichefen", "KMD")]),
    ("Tilslutningsaftalen skal underskrives af it-chefen. The agreement must be returned to KOMBIT.",
     ["Hent aftalen"], [("tilslutningsaftale", "it-chefen", "KOMBIT")]),
    ("Tilslutningsaftalen skal underskrives. The agreement must be signed by the mayor.",
     ["Hent aftalen"], [("tilslutningsaftale", "mayor", None)]),
])
def test_mixed_languages_one_paper(description, steps, want):
    task = _task(description, steps)
    assert [(s.document, s.signer, s.recipient) for s in task.signatures] == want


def test_mixed_languages_deadline_is_about_the_danish_paper():
    task = _task("Kommunen modtager en blanket fra KOMBIT. Please return the signed form to KOMBIT no later "
                 "than 30 days before go-live.", ["Modtag blanketten", "Underskriv blanketten"])
    assert _dl(task) == [(-30, "dage", "go-live", "blanket")]
