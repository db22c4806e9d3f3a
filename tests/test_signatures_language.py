"""Signatures from the Danish wording, whatever the document is called: passive and active verbs,
'Få X underskrevet af Y', 'til underskrift', 'i underskrevet stand', approvals, recipients, negations."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str = "", steps: list[str] | None = None):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps or [], 1)])
    return extract_signatures(task)


@pytest.mark.parametrize(("text", "expected"), [
    ("Få tjeklisten underskrevet af pensionschefen.", ("tjekliste", "pensionschefen", None)),
    ("Aftalen underskrives af økonomichefen og sendes til Netcompany.",
     ("aftale", "økonomichefen", "Netcompany")),
    ("Fuldmagten skal godkendes af kommunens NemLog-in administrator i NemLog-in.",
     ("fuldmagt", "kommunens NemLog-in administrator", None)),
    ("Borgmesteren skal skrive under på samarbejdsaftalen.", ("samarbejdsaftale", "borgmesteren", None)),
    ("Kontrakten signeres digitalt i Penneo af direktøren for Borgerservice.",
     ("kontrakt", "direktøren for Borgerservice", None)),
    ("Erklæringen skal underskrives af social- og sundhedsdirektøren. "
     "Send den underskrevne erklæring til KOMBIT.",
     ("erklæring", "social- og sundhedsdirektøren", "KOMBIT")),
    ("KMD sender en leveranceaftale til underskrift hos kommunens it-chef.",
     ("leveranceaftale", "kommunens it-chef", "KMD")),
    ("Tillægget skal returneres i underskrevet stand til Fujitsu senest 10 dage efter modtagelsen.",
     ("tillæg", "kommunen", "Fujitsu")),
    ("Driftsaftalen godkendes af jeres aftaleadministrator. Send den retur til KOMBIT.",
     ("driftsaftale", "aftaleadministrator", "KOMBIT")),
    ("I skal have underskrevet et samtykke mellem jer og jeres leverandør.",
     ("samtykke", "kommunen", "leverandør")),
    ("Blanketten sendes retur til KMD, når den er underskrevet af direktøren.",
     ("blanket", "direktøren", "KMD")),
    ("Leverandøren fremsender kontrakten, som økonomichefen skal skrive under på.",
     ("kontrakt", "økonomichefen", "leverandøren")),
    ("Aftalen skal underskrives af borgmesteren og kommunaldirektøren i forening.",
     ("aftale", "borgmesteren og kommunaldirektøren", None)),
    ("Husk, at aftalen skal underskrives af to tegningsberettigede.",
     ("aftale", "to tegningsberettigede", None)),
    ("Begge aftaler skal underskrives af borgmesteren.", ("aftale", "borgmesteren", None)),
    ("Bestillingen skal signeres digitalt via MitID af den tegningsberettigede.",
     ("bestilling", "tegningsberettigede", None)),
    ("Skemaet underskrives og sendes til KMD.", ("skema", "kommunen", "KMD")),
    ("Blanketten udfyldes og underskrives af systemejeren.", ("blanket", "systemejeren", None)),
    ("Pensionschefen skal underskrive godkendelsen af generalprøven.",
     ("godkendelse", "pensionschefen", None)),
])
def test_one_signature_from_the_wording(text, expected):
    (sig,) = _sigs(text)
    assert (sig.document, sig.signer, sig.recipient) == expected


@pytest.mark.parametrize("text", [
    "Ingen dokumenter skal underskrives i denne opgave.",
    "Der skal ikke underskrives noget; det er alene en tilmelding.",
    "Hvis aftalen ikke underskrives, kan systemet ikke tages i brug.",
    "Godkend leverancen i portalen, når testen er gennemført.",  # an approval, but of no document
    "Leverandøren har godkendt testen.",
    "Send aftalen retur til KOMBIT.",  # sent, never signed
    "Ingen underskrift.",
    "Aftalen er allerede underskrevet i en tidligere opgave.",  # a reference, not a signature to track
    "Leverandøren går i gang, når tilslutningsaftalen er underskrevet.",
    "Testen følger den godkendte testplan.",
    "De to dokumenter underskrives af forskellige personer.",  # which, and by whom, is not said
    "Læs bilagene inden underskrift.",
])
def test_no_signature_where_nothing_is_signed(text):
    assert _sigs(text) == []


def test_steps_that_receive_and_sign_a_document_named_anything():
    (sig,) = _sigs(steps=["Læs opgaven", "Modtag testgodkendelsen fra leverandøren til underskrift",
                          "Få testgodkendelsen underskrevet af driftschefen",
                          "Returnér testgodkendelsen til leverandøren"])
    assert (sig.document, sig.signer, sig.recipient) == ("testgodkendelse", "driftschefen", "leverandøren")
    assert (sig.steps, sig.received_step, sig.signed_step, sig.returned_step) == ([2, 3, 4], 2, 3, 4)


def test_two_documents_with_their_own_signers_and_one_recipient_for_both():
    sigs = _sigs("Tillægsaftalen underskrives af kommunaldirektøren, mens databehandleraftalen underskrives "
                 "af direktøren for området. Begge aftaler sendes fra KOMBIT. De skal returneres i "
                 "underskrevet stand til KOMBIT.")
    assert [(s.document, s.signer, s.recipient) for s in sigs] == [
        ("tillægsaftale", "kommunaldirektøren", "KOMBIT"),
        ("databehandleraftale", "direktøren for området", "KOMBIT")]


def test_a_generic_word_joins_the_one_specific_document():
    (sig,) = _sigs("Kommunen skal underskrive en bestillingsformular.",
                   steps=["Modtag blanketten fra leverandøren", "Send blanketten retur til leverandøren"])
    # no step says it is signed: it goes back signed in the step that sends it on after receiving it
    assert (sig.document, sig.steps, sig.received_step, sig.signed_step, sig.returned_step) == (
        "bestillingsformular", [1, 2], 1, 2, 2)


def test_internal_forwarding_is_not_the_recipient():
    (sig,) = _sigs(steps=["Send aftalen til den juridiske afdeling", "Få aftalen underskrevet af direktøren",
                          "Returnér aftalen til KOMBIT"])
    assert sig.recipient == "KOMBIT"


def test_an_approval_step_without_a_document_adds_no_step():
    (sig,) = _sigs("Serviceaftalen godkendes af kommunens aftaleadministrator.",
                   steps=["Log ind", "Godkend serviceaftalen", "Godkend adgangen for brugerne"])
    assert (sig.signer, sig.steps, sig.signed_step) == ("kommunens aftaleadministrator", [2], 2)


def test_a_signature_found_from_the_wording_can_be_marked_received():
    from bot.signatures import pick_signature

    task = Task(id="434", title="t", method_steps=[
        MethodStep(number=1, text="Modtag testgodkendelsen fra leverandøren til underskrift"),
        MethodStep(number=2, text="Få testgodkendelsen underskrevet af pensionschefen")])
    task.signatures = extract_signatures(task)
    assert pick_signature(task, None, word="modtaget") == 1  # not "kræver ingen underskrift"


def test_a_title_that_says_what_to_sign():
    (sig,) = extract_signatures(Task(id="1", title="(XY 3) Underskriv tilslutningsaftale for XY",
                                     description="Aftalen underskrives af borgmesteren."))
    assert (sig.document, sig.signer) == ("tilslutningsaftale", "borgmesteren")
    assert extract_signatures(Task(id="2", title="(XY 4) Godkend afsendersystemet")) == []


def test_numbered_documents_are_separate_papers_and_both_get_the_recipient():
    sigs = _sigs("Leverandøren sender kontrakten med tre bilag. Bilag A underskrives af borgmesteren. "
                 "Bilag 3 skal signeres af it-chefen. Returnér begge bilag til leverandøren.")
    found = {s.document: (s.signer, s.recipient) for s in sigs}
    assert found["bilag A"] == ("borgmesteren", "leverandøren")
    assert found["bilag 3"] == ("it-chefen", "leverandøren")
    assert "bilag" not in found


def test_a_number_that_is_not_right_after_the_document_is_not_its_name():
    [sig] = _sigs("Blanketten underskrives af direktøren 2 gange om året.")
    assert sig.document == "blanket"
