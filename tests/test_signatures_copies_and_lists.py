"""Signatures and text deadlines in forms dev14 found missing: a party that gets a copy is not the recipient
when another gets the original ('Send en kopi til KL og originalen til KOMBIT', 'sendes med kopi til X til
Y', 'X modtager en kopi, og Y får originalen'), nor does a step sending only a copy return the paper; three
or more signers listed with commas ('underskrives af X, Y og Z'); a deadline about 'originalen' or 'en kopi'
is about the paper signed; 'X skal ligge klar' is about X, not 'klar'."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines
from knowledge.language import name_after
from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _task(description: str, steps: tuple[str, ...] = ()) -> Task:
    return Task(id="S", title="Opgave", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, start=1)])


def _signatures(description: str, steps: tuple[str, ...] = ()):
    return [(s.document, s.signer, s.recipient, s.signed_step, s.returned_step)
            for s in extract_signatures(_task(description, steps))]


@pytest.mark.parametrize("sentence", [
    "Send en kopi til KL og originalen til KOMBIT.",
    "Aftalen sendes med kopi til KL til KOMBIT.",
    "KL modtager en kopi, og KOMBIT får originalen.",
    "Send en kopi af aftalen til KL. Returnér originalen til KOMBIT.",
    "Originalen sendes retur til KOMBIT med kopi til KL.",
    "Aftalen sendes i original til KOMBIT med kopi til KL.",
])
def test_the_party_that_gets_a_copy_is_not_the_recipient(sentence):
    assert _signatures(f"Aftalen underskrives af direktøren. {sentence}") == [
        ("aftale", "direktøren", "KOMBIT", None, None)]


def test_a_copy_sent_alone_is_still_the_paper_sent_on():
    assert _signatures("Aftalen underskrives af økonomichefen, og en kopi sendes til KL.") == [
        ("aftale", "økonomichefen", "KL", None, None)]


@pytest.mark.parametrize(("steps", "returned"), [
    (("Modtag aftalen", "Direktøren underskriver aftalen", "Send originalen til KOMBIT",
      "Send en kopi til økonomiafdelingen"), 3),
    (("Modtag aftalen", "Direktøren underskriver aftalen", "Send en kopi til KL",
      "Returnér originalen til KOMBIT"), 4),
    (("Modtag aftalen", "Direktøren underskriver aftalen", "Send en kopi til KL"), 3),
])
def test_the_step_that_returns_the_original_is_the_returned_step(steps, returned):
    [(_, _, to, signed, got)] = _signatures("KOMBIT sender aftalen. Aftalen underskrives af direktøren.",
                                            steps)
    assert (signed, got) == (2, returned)
    assert to == ("KL" if len(steps) == 3 else "KOMBIT")


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Tilladelsen skal underskrives af skolelederen, forældrerepræsentanten og lejrskolelederen.",
     "skolelederen, forældrerepræsentanten og lejrskolelederen"),
    ("Aftalen skal underskrives af borgmesteren, kommunaldirektøren og økonomichefen i forening.",
     "borgmesteren, kommunaldirektøren og økonomichefen"),
    ("Kontrakten signeres af skolechefen, økonomichefen eller en anden leder.",
     "skolechefen, økonomichefen eller en anden leder"),
    ("Aftalen skal underskrives af både borgmesteren, kommunaldirektøren og økonomichefen.",
     "borgmesteren, kommunaldirektøren og økonomichefen"),
    ("Aftalen underskrives af kommunaldirektøren samt borgmesteren.", "kommunaldirektøren samt borgmesteren"),
    ("Aftalen underskrives af økonomichefen samt sendes til KOMBIT.", "økonomichefen"),
    # a comma that ends the name, not a list
    ("Aftalen underskrives af direktøren, hvorefter den sendes til KOMBIT.", "direktøren"),
    ("Aftalen underskrives af økonomichefen, og den sendes til KOMBIT.", "økonomichefen"),
])
def test_signers_listed_with_commas_are_all_named(sentence, signer):
    [(_, got, *_)] = _signatures(sentence)
    assert got == signer


def test_a_name_list_stops_at_a_copy_of_the_paper():
    assert name_after("KL og originalen til KOMBIT") == "KL"
    assert name_after("borgmesteren, kommunaldirektøren og økonomichefen.") == \
        "borgmesteren, kommunaldirektøren og økonomichefen"
    assert name_after("direktøren, hvorefter den sendes") == "direktøren"


@pytest.mark.parametrize("sentence", [
    "Originalen sendes retur til KOMBIT senest 5 uger før go-live.",
    "Kopien sendes til KL senest 5 uger før go-live.",
    "Det underskrevne eksemplar skal være hos KOMBIT senest 5 uger før go-live.",
])
def test_a_deadline_for_the_original_or_a_copy_is_about_the_paper(sentence):
    task = _task(f"Tilslutningsaftalen underskrives af direktøren. {sentence}")
    task.signatures = extract_signatures(task)
    assert [(d.days, d.unit.value, d.about) for d in extract_deadlines(task)] == \
        [(-5, "uger", "tilslutningsaftale")]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Budgettet skal ligge klar 4 uger før go-live.", "budgettet"),
    ("Udstyret skal stå klar senest 1 uge før go-live.", "udstyret"),
    ("Rapporten skal foreligge senest 2 uger før go-live.", "rapporten"),
])
def test_a_thing_that_must_lie_ready_is_what_the_deadline_is_about(sentence, about):
    [deadline] = extract_deadlines(_task(sentence))
    assert deadline.about == about


def test_a_noun_of_sending_names_no_sender():
    """'Fristen for returnering af aftalen er ...': 'returnering' is a noun, so 'Fristen' sends nothing
    (it was read as where the paper came from)."""
    assert _signatures("Aftalen underskrives af direktøren. Fristen for returnering af aftalen er 14 dage "
                       "efter modtagelsen.") == [("aftale", "direktøren", None, None, None)]


@pytest.mark.parametrize(("description", "expected"), [
    ("Aftalen skal underskrives.\n- Underskriver: Kommunaldirektøren\n- Modtager: KOMBIT",
     ("aftale", "kommunaldirektøren", "KOMBIT", None, None)),
    ("Databehandleraftalen skal underskrives.\n\nUnderskriver: kommunaldirektøren\n\nModtager: KOMBIT",
     ("databehandleraftale", "kommunaldirektøren", "KOMBIT", None, None)),
    ("Tilslutningsaftalen underskrives af: Borgmesteren og kommunaldirektøren.",
     ("tilslutningsaftale", "borgmesteren og kommunaldirektøren", None, None, None)),
    ("Aftalen skal underskrives.\n- Underskriver: Hanne Lund, kommunaldirektør",
     ("aftale", "Hanne Lund", None, None, None)),
])
def test_a_signer_after_a_label_is_the_signer(description, expected):
    """'Underskriver: X' and 'Underskrives af: X' name who signs (a role in lower case, a name as written);
    'Aftalen skal underskrives.' alone names nobody and was left out as too vague."""
    assert _signatures(description) == [expected]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Kommunen melder sine kontaktpersoner ind senest 3 uger før go-live.", "kontaktpersoner"),
    ("Meld superbrugerne ind senest 2 uger før go-live.", "superbrugerne"),
    ("Tidsfristen for at tilmelde sig uddannelsen er 4 uger før go-live.", "uddannelsen"),
    ("Fristen for at tilmelde sig til uddannelsen er 4 uger før go-live.", "uddannelsen"),
    ("Senest 6 uger inden go-live sender kommunen kontaktoplysningerne til leverandøren.",
     "kontaktoplysningerne"),
    ("Senest 3 uger før go-live sender KOMBIT en testplan til kommunen.", "testplan"),
])
def test_what_a_deadline_is_about_past_a_particle_a_reflexive_or_an_inverted_subject(sentence, about):
    """A particle verb's particle after its object ('melder X ind'), 'at tilmelde sig (til) X', and the
    object after a verb and its subject when the deadline opens the sentence ('Senest ... sender
    kommunen X')."""
    [deadline] = extract_deadlines(_task(sentence))
    assert deadline.about == about


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("Senest 2 uger før go-live skal kontrakten være retur hos leverandøren.", "leverandøren"),
    ("Det underskrevne eksemplar skal være hos KOMBIT senest 2 uger før go-live.", "KOMBIT"),
])
def test_where_the_paper_must_be_is_its_recipient(sentence, recipient):
    [(_, _, got, _, _)] = _signatures(f"Kontrakten underskrives af direktøren. {sentence}")
    assert got == recipient
