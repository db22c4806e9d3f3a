"""Parser kinds of session 33: a sentence's subject carried on by the next sentence's subject in a short
form is the compound ('Badevandsprofilerne opdateres. Profilerne skal attesteres af X'), but not a short
word met elsewhere in its sentence nor a compound no other text of the task names; a paper that is there
in a system ('Fuldmagten fra KOMBIT findes i NemLog-in') is received in that step."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

TASK = """## X 1 (Aftaler) Prøve

**Master-opgave ID** 9999

**Opgavetitel** X 1 (Aftaler) Prøve

**Projekt** KY

**Bølger** KY - Bølge 1

**Mål** Noget er på plads.

**Beskrivelse** {description}

**Metode og fremgangsmåde** {steps}

**Resultat** Færdig.
"""


def _signatures(description: str, steps: list[str]) -> list[tuple]:
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    return [(s.document, s.signer, s.received_step, s.signed_step) for s in task.signatures]


@pytest.mark.parametrize(("description", "steps", "document"), [
    # the topic carried on from one sentence's subject to the next's, the compound named in the steps too
    ("Kvalitetsmålene revideres hvert år. Målene skal påtegnes af skolechefen.",
     ["Revidér kvalitetsmålene", "Skolechefen påtegner målene"], "kvalitetsmål"),
    ("Beredskabsplanerne opdateres. Planerne skal attesteres af beredskabschefen, før de offentliggøres.",
     ["Opdatér beredskabsplanerne", "Beredskabschefen attesterer planerne"], "beredskabsplan"),
    # the compound only in that one sentence: the short word keeps its own name
    ("Kvalitetsmålene revideres hvert år. Målene skal påtegnes af skolechefen.",
     ["Revidér dem", "Skolechefen påtegner målene"], "mål"),
    # the short word is no subject of its sentence: not the topic carried on
    ("Kvalitetsmålene revideres hvert år. Skolechefen skal påtegne målene.",
     ["Revidér kvalitetsmålene", "Skolechefen påtegner målene"], "mål"),
])
def test_a_subject_carried_on_in_a_short_form_is_the_compound(description, steps, document):
    assert [s[0] for s in _signatures(description, steps)] == [document]


@pytest.mark.parametrize("arrives", ["Fuldmagten fra KOMBIT findes i NemLog-in",
                                     "Fuldmagten fra KOMBIT ligger i NemLog-in",
                                     "Fuldmagten fra KOMBIT er tilgængelig i NemLog-in"])
def test_a_paper_that_is_there_in_a_system_is_received_in_that_step(arrives):
    got = _signatures("KOMBIT skal have fuldmagt. Fuldmagten godkendes af kommunens NemLog-in-administrator.",
                      [arrives, "Kommunens NemLog-in-administrator godkender fuldmagten"])
    assert got == [("fuldmagt", "kommunens NemLog-in-administrator", 1, 2)]


def test_a_paper_there_in_several_copies_is_not_received():
    got = _signatures("Aftalen skal underskrives af direktøren.",
                      ["Aftalen findes i to eksemplarer", "Direktøren underskriver aftalen"])
    assert [(s[0], s[2], s[3]) for s in got] == [("aftale", None, 2)]


def test_two_papers_signed_together_are_two_signatures():
    """'Databehandleraftalen og tilslutningsaftalen skal underskrives af X', 'X skal underskrive både A og
    B': each paper of the pair is signed, by the same signer, in the same steps."""
    for description in (
            "Databehandleraftalen og tilslutningsaftalen skal underskrives af kommunaldirektøren.",
            "Kommunaldirektøren skal underskrive både databehandleraftalen og tilslutningsaftalen."):
        got = _signatures(description, ["Modtag aftalerne fra KOMBIT",
                                        "Kommunaldirektøren underskriver aftalerne"])
        assert sorted((s[0], s[1]) for s in got) == [("databehandleraftale", "kommunaldirektøren"),
                                                     ("tilslutningsaftale", "kommunaldirektøren")]


def test_a_paper_and_its_step_only_it_signs_stay_one_signature():
    got = _signatures("Aftalen underskrives af direktøren og sendes til KOMBIT.",
                      ["Modtag aftalen", "Direktøren underskriver aftalen", "Send aftalen til KOMBIT"])
    assert [s[0] for s in got] == ["aftale"]


def _english(description: str, steps: list[str]) -> list[tuple]:
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    return [(s.document, s.signer, s.recipient, s.steps, s.received_step, s.signed_step, s.returned_step)
            for s in task.signatures]


@pytest.mark.parametrize(("description", "steps", "want"), [
    # a paper whose name has no familiar head, known by what is done to it, then by its name or 'it'
    ("The supplier sends a test approval for signature. It must be signed by the head of IT and returned to "
     "KOMBIT within 5 working days of receipt.",
     ["Receive the test approval", "The head of IT signs it", "Return it to KOMBIT"],
     ("test approval", "head of IT", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    # a step with no word only English has ('Send it back to KOMBIT') in a task written in English
    ("KOMBIT sends the agreement for signature. Get the agreement signed by the mayor.",
     ["Receive the agreement", "Get the agreement signed by the mayor", "Send it back to KOMBIT"],
     ("agreement", "mayor", "KOMBIT", [1, 2, 3], 1, 2, 3)),
    # where it is approved, between the verb and who approves it; a signer's genitive kept
    ("The power of attorney must be approved in NemLog-in by the municipality's NemLog-in administrator.",
     ["Find the power of attorney in NemLog-in", "Approve the power of attorney in NemLog-in"],
     ("power of attorney", "municipality's NemLog-in administrator", None, [1, 2], 1, 2, None)),
])
def test_english_papers_steps_and_signers(description, steps, want):
    assert _english(description, steps) == [want]


def _deadlines(description: str) -> list[tuple]:
    [task] = parse_text(TASK.format(description=description, steps="1. Gør det"))
    return [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines]


@pytest.mark.parametrize(("description", "about"), [
    ("Svar KOMBIT senest 5 arbejdsdage efter modtagelsen af spørgeskemaet.", "spørgeskemaet"),
    ("Kommunen skal inden for 5 arbejdsdage efter modtagelsen af testdata melde tilbage til KOMBIT.",
     "testdata"),
])
def test_a_deadline_after_receiving_something_is_about_it_when_nothing_else_is_named(description, about):
    [(_, _, anchor, got)] = _deadlines(description)
    assert (anchor, got) == ("modtagelse", about)


@pytest.mark.parametrize("sent", ["Sendes derefter til Netcompany.",
                                  "Returneres herefter pr. mail til Netcompany.",
                                  "Sendes pr. mail til Netcompany."])
def test_a_sentence_that_only_says_where_the_paper_goes_next_names_its_recipient(sent):
    text = TASK.format(description=f"Aftalen underskrives af direktøren. {sent}",
                       steps="1. Modtag aftalen\n2. Underskriv aftalen\n3. Send aftalen")
    [task] = parse_text(text)
    assert [(s.document, s.recipient) for s in task.signatures] == [("aftale", "Netcompany")]
