"""Approvals of things that are not papers, tracked like signatures when a named approver approves a
named thing (knowledge/approvals.py); appendices of a data-processing agreement; the signer after
the verb; a pronoun in the next method step."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines
from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str = "", steps: list[str] | None = None):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps or [], 1)])
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step)
            for s in extract_signatures(task)]


@pytest.mark.parametrize(("text", "document", "signer"), [
    ("Kommunens sikkerhedschef godkender rollemodellen, før den tages i brug.", "rollemodel",
     "kommunens sikkerhedschef"),
    ("Opmærkningsnøglen godkendes af stadsarkivaren.", "opmærkningsnøgle", "stadsarkivaren"),
    ("Adgangsprofilerne skal accepteres af den systemansvarlige for Ydelsesindeks.", "adgangsprofil",
     "systemansvarlige for Ydelsesindeks"),
    ("Få brugerkonfigurationen godkendt af afdelingslederen.", "brugerkonfiguration", "afdelingslederen"),
    ("Efter opsætningen skal KOMBIT godkende integrationen.", None, None),  # 'Efter ...' is when, not who
    ("Datamodellen skal være godkendt af leverandøren senest to uger før go-live.", "datamodel",
     "leverandøren"),
    ("Det nye regelsæt godkendes af direktionen.", "regelsæt", "direktionen"),
    ("Derefter godkender fagchefen regelsættet.", "regelsæt", "fagchefen"),  # the subject after the verb
    ("Rollerne tildeles af den lokale administrator, og tildelingen skal godkendes af afdelingslederen.",
     "tildeling", "afdelingslederen"),
    ("Privilegiegrupperne skal godkendes af både sikkerhedschefen og DPO'en.", "privilegiegruppe",
     "sikkerhedschefen og DPO'en"),
    ("Godkendelsen af regelsættet foretages af fagchefen.", "regelsæt", "fagchefen"),  # said with the noun
    ("Konfigurationen kræver godkendelse fra sikkerhedschefen.", "konfiguration", "sikkerhedschefen"),
    ("Godkendelsen af aftalen skal ske hos direktøren.", "aftale", "direktøren"),
])
def test_a_named_approver_approving_a_named_thing_is_tracked(text, document, signer):
    found = _sigs(text)
    assert [(d, s) for d, s, *_ in found] == ([(document, signer)] if document else [])


@pytest.mark.parametrize("text", [
    "Godkend opsætningen i portalen.",  # nobody named: the municipality's own click, not a sign-off
    "I skal godkende rollemodellen.",  # the municipality as a whole
    "Leverandøren har godkendt opsætningen.",  # it happened
    "Når regelsættet er godkendt, lægges det i Administrationsmodulet.",  # a condition
    "Læg det godkendte regelsæt i Administrationsmodulet.",  # a reference
    "Rollemodellen skal ikke godkendes af nogen.",
    "KOMBIT godkender løbende leverandørens opsætning.",  # a habit of someone else's
    "Resultatet godkendes af økonomichefen.",  # an outcome in general, not a thing delivered
    "Adgangen godkendes af lederen.",
    "Udpegningen godkendes af it-chefen, men der er intet, der skal underskrives.",
    "Kommunen godkender selv sine brugere.",
    "Derefter godkender I regelsættet.",
    "Godkendelsen skal ske senest 3 uger før go-live.",
    "Løsningen kræver godkendelse fra KOMBIT.",  # 'løsningen' in general is no thing delivered
    "Systemet godkender automatisk indberetningen.",
    "Sagsbehandleren godkender udbetalingen i KY.",  # how the system works, not a deliverable
])
def test_approvals_that_are_ordinary_verbs(text):
    assert _sigs(text) == []


def test_an_approved_thing_has_steps_recipient_and_deadline_like_a_paper():
    task = Task(id="1", title="t", description="Mappingtabellen godkendes af stadsarkivaren. Den godkendte "
                "mappingtabel afleveres til leverandøren senest 3 uger før go-live.",
                method_steps=[MethodStep(number=1, text="Udarbejd mappingtabellen"),
                              MethodStep(number=2, text="Få mappingtabellen godkendt af stadsarkivaren"),
                              MethodStep(number=3, text="Aflever mappingtabellen til leverandøren")])
    task.signatures = extract_signatures(task)
    [sig] = task.signatures
    assert (sig.document, sig.signer, sig.recipient, sig.steps, sig.signed_step, sig.returned_step) == (
        "mappingtabel", "stadsarkivaren", "leverandøren", [2, 3], 2, 3)
    assert [(d.days, d.about) for d in extract_deadlines(task)] == [(-3, "mappingtabel")]


def test_a_thing_is_named_by_its_indefinite_form_when_the_task_uses_it():
    [(document, *_)] = _sigs("Hver privilegiegruppe har en ejer. Ejeren godkender privilegiegruppen.")
    assert document == "privilegiegruppe"


@pytest.mark.parametrize(("text", "expected"), [
    ("Databehandleraftalens bilag 3 underskrives af social- og sundhedsdirektøren.",
     ("bilag 3", "social- og sundhedsdirektøren")),
    ("Bilag 1 (instruks) til databehandleraftalen skal dog underskrives af jobcenterchefen.",
     ("bilag 1", "jobcenterchefen")),
    ("I forbindelse med databehandleraftalen skal jobcenterchefen underskrive bilag 1.",
     ("bilag 1", "jobcenterchefen")),
    ("Direktøren skal herefter underskrive aftalen.", ("aftale", "direktøren")),
    ("Derefter underskriver direktøren aftalen.", ("aftale", "direktøren")),
])
def test_appendices_and_signers_after_the_verb(text, expected):
    assert [(d, s) for d, s, *_ in _sigs(text)] == [expected]


def test_a_bracket_that_says_who_signs_stays():
    [(_, signer, *_)] = _sigs("Blanketten underskrives af den underskriftsberettigede (økonomichefen).")
    assert signer == "underskriftsberettigede (økonomichefen)"


def test_a_pronoun_in_the_next_method_step_means_the_paper_of_the_step_before():
    assert _sigs(steps=["Hent databehandleraftalens bilag 3 fra KOMBIT's aftaleportal", "Underskriv det",
                        "Send det til KOMBIT"]) == [("bilag 3", "kommunen", "KOMBIT", [1, 2, 3], 1, 2)]


def test_an_approval_is_marked_approved_not_signed_and_is_no_answer_to_what_must_be_signed():
    from knowledge.index import build

    task = Task(id="A1", title="Regelsæt", description="Regelsættet godkendes af fagchefen. Serviceaftalen "
                "underskrives af direktøren.")
    task.signatures = extract_signatures(task)
    assert [(s.document, s.approval) for s in task.signatures] == [("regelsæt", True),
                                                                   ("serviceaftale", False)]
    assert [e.signature.document for e in build([task]).signatures] == ["serviceaftale"]


def test_show_says_approved_for_an_approval(db):
    from pathlib import Path

    from click.testing import CliRunner

    from bot.cli import cli

    export = Path(__file__).parent / "fixtures" / "exports" / "more" / "md-adgangsstyring-fra-word.md.txt"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(export)]).exit_code == 0
    shown = runner.invoke(cli, ["show", "8202"]).output
    assert "regelsæt: godkendes af fagchefen for myndighedsområdet" in shown
