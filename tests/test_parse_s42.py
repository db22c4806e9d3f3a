"""Parse kinds of the s42 golden set dev26, each in other wordings than the set's own: a paper adopted or
approved by a body ('vedtages af X', 'X vedtager', 'godkendes politisk i X') is signed by it, the one whose
duty it is to sign ('X er den, der underskriver', 'X har ansvaret for at underskrive') signs, a paper
delivered ('leveres til', 'indleveres hos', 'Lever X til Y') goes to that party, and a deadline on the act
done to a thing ('Indsendelsen af X skal ske senest ...') is about the thing, never about who does the act."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task
from test_parse_signatures_s40 import _deadlines


def _signatures(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


@pytest.mark.parametrize("sentence", [
    "Handleplanen vedtages af socialudvalget og sendes derefter til KMD.",
    "Handleplanen skal vedtages af socialudvalget, før den sendes til KMD.",
    "Kommunen udarbejder en handleplan, som vedtages af socialudvalget og sendes til KMD.",
])
def test_a_paper_a_body_adopts_is_signed_by_the_body(sentence):
    task = _task("Kommunen udarbejder en handleplan for overgangen.", sentence)
    assert _signatures(task) == [("handleplan", "socialudvalget", "KMD")]


@pytest.mark.parametrize("sentence", [
    "Lokalplaner vedtages af kommunalbestyrelsen.",  # the council deciding as the authority it is
    "Budgettet blev vedtaget af byrådet sidste år.",  # history, nothing to sign now
    "Kommunen vedtager selv sine sagsgange.",  # no body named, nothing handed over
    # a thing that is no paper, adopted by the council and registered by an authority: its decision
    "Takstbladet vedtages af kommunalbestyrelsen og sendes til Miljøstyrelsen, som registrerer det.",
])
def test_an_adoption_that_is_no_paper_to_sign_gives_no_signature(sentence):
    assert _signatures(_task(sentence)) == []


@pytest.mark.parametrize(("sentence", "steps"), [
    ("Leverandøren sender en serviceaftale. Den underskrives af it-chefen og leveres til leverandøren.",
     ("Modtag serviceaftalen", "Underskriv serviceaftalen", "Lever serviceaftalen til leverandøren")),
    ("Leverandøren sender en serviceaftale. Den underskrives af it-chefen og indleveres hos leverandøren.",
     ("Modtag serviceaftalen", "Underskriv serviceaftalen", "Indlever serviceaftalen hos leverandøren")),
])
def test_a_paper_delivered_goes_to_the_party_and_the_delivering_step_returns_it(sentence, steps):
    [sig] = _task(sentence, steps=steps).signatures
    assert (sig.signer, sig.recipient, sig.steps, sig.received_step, sig.signed_step, sig.returned_step) == (
        "it-chefen", "leverandøren", [1, 2, 3], 1, 2, 3)


def test_a_party_that_delivers_to_us_is_no_recipient_and_meeting_a_demand_sends_nothing():
    task = _task("Leverandøren leverer en serviceaftale til kommunen. Den underskrives af it-chefen.",
                 "Aftalen skal leve op til kravene.")
    assert _signatures(task) == [("serviceaftale", "it-chefen", "leverandøren")]
    assert _signatures(_task("Serviceaftalen underskrives af it-chefen.",
                             steps=("Underskriv serviceaftalen", "Lever op til kravene i aftalen"))) == [
        ("serviceaftale", "it-chefen", None)]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Indsendelsen af brugerlisten skal ske senest 3 uger før go-live.", "brugerlisten"),
    ("Afleveringen af de udfyldte skemaer skal ske senest 3 uger før go-live.", "udfyldte skemaer"),
    ("Overdragelsen af nøglerne skal være sket senest 3 uger før go-live.", "nøglerne"),
])
def test_a_deadline_on_an_act_done_to_a_thing_is_about_the_thing(sentence, about):
    assert _deadlines(_task(sentence)) == [(-3, "uger", "go-live", about)]


def test_a_deadline_on_an_act_named_by_its_doer_is_not_about_the_doer():
    [deadline] = _task("Underskriften af direktøren skal foreligge senest 3 uger før go-live.").text_deadlines
    assert deadline.about != "direktøren"


@pytest.mark.parametrize("sentence", [
    "Handleplanen skal godkendes politisk i socialudvalget og sendes til KMD.",
    "Planen skal godkendes i socialudvalget og sendes til KMD.",  # the short name of the one plan
    "Socialudvalget skal vedtage handleplanen, inden den sendes til KMD.",
    "Socialudvalget vedtager handleplanen, og den sendes til KMD.",
])
def test_a_body_that_approves_or_adopts_in_other_sentence_shapes_signs(sentence):
    task = _task("Kommunen udarbejder en handleplan for overgangen.", sentence)
    assert _signatures(task) == [("handleplan", "socialudvalget", "KMD")]


@pytest.mark.parametrize("sentence", [
    "Pensionschefen er den, der underskriver aftalen.",
    "Pensionschefen er personen, som skal underskrive aftalen.",
    "Pensionschefen har ansvaret for at underskrive aftalen.",
    "Pensionschefen er ansvarlig for at skrive under på aftalen.",
    "Pensionschefen står for at signere aftalen.",
])
def test_the_one_whose_duty_it_is_to_sign_is_the_signer(sentence):
    task = _task("KMD sender en driftsaftale til kommunen.", sentence)
    assert _signatures(task) == [("driftsaftale", "pensionschefen", "KMD")]


def test_a_pronoun_that_is_the_one_to_sign_names_nobody():
    task = _task("KMD sender en driftsaftale til kommunen.", "Den er det, der skal underskrives af kommunen.")
    assert all(s.signer != "den" for s in task.signatures)


@pytest.mark.parametrize("sentence", [
    "Senest 3 uger før go-live er sidste frist for at indsende brugerlisten.",
    "3 uger før go-live er fristen for indsendelse af brugerlisten.",
])
def test_a_deadline_that_ends_with_what_it_is_for_is_about_that(sentence):
    assert _deadlines(_task(sentence)) == [(-3, "uger", "go-live", "brugerlisten")]


@pytest.mark.parametrize("sentence", [
    "Kommunen sikrer, at alle brugere har gennemført e-læringen senest 3 uger før go-live.",
    "Kommunen skal sikre, at alle brugere har gennemført e-læringen senest 3 uger før go-live.",
    "I skal sørge for, at alle brugere har gennemført e-læringen senest 3 uger før go-live.",
])
def test_a_duty_that_others_have_done_something_is_about_what_they_did(sentence):
    assert _deadlines(_task(sentence)) == [(-3, "uger", "go-live", "e-læringen")]


def test_having_a_deadline_is_no_deed_done():
    task = _task("Kommunen har frist til 3 uger før go-live til at indsende brugerlisten.")
    assert [d.about for d in task.text_deadlines] == ["brugerlisten"]


@pytest.mark.parametrize(("sentence", "paper"), [
    ("Indberetningen underskrives af økonomichefen og indsendes til KMD.", "indberetning"),
    ("Afregningen attesteres af revisoren og indsendes til KMD.", "afregning"),
])
def test_a_noun_of_doing_that_is_signed_is_a_paper(sentence, paper):
    assert _signatures(_task("Kommunen udfylder den årlige " + paper + ".", sentence)) == [
        (paper, sentence.split(" af ")[1].split()[0], "KMD")]


def test_a_noun_of_doing_that_is_only_approved_is_an_activity():
    assert _signatures(_task("Oprydningen i sagerne godkendes af økonomichefen.")) == []


@pytest.mark.parametrize("sentence", [
    "Tilmeldingen kræver en underskrift fra kommunaldirektøren.",
    "Tilmeldingen underskrives af kommunaldirektøren.",
])
def test_a_signed_noun_of_doing_is_the_paper_its_compound_names(sentence):
    # the activity is done by signing the one paper named after it: one signature, not two
    task = _task(sentence, "Udfyld tilmeldingsskemaet og få tilmeldingsskemaet underskrevet af "
                 "kommunaldirektøren. Send tilmeldingsskemaet til KMD.")
    assert [doc for doc, _, _ in _signatures(task)] == ["tilmeldingsskema"]


def test_a_step_named_by_the_noun_of_receiving_receives_the_paper():
    task = _task("KMD sender en serviceaftale. Den underskrives af it-chefen og returneres til KMD.",
                 steps=("Modtagelse af serviceaftalen fra KMD", "Underskrivelse af serviceaftalen",
                        "Returnering af serviceaftalen til KMD"))
    [sig] = task.signatures
    assert (sig.steps, sig.received_step, sig.signed_step, sig.returned_step) == ([1, 2, 3], 1, 2, 3)


def test_an_english_signer_who_sends_it_back_names_the_recipient():
    task = _task("KMD sends a service agreement to the municipality.",
                 "The head of IT signs the agreement and sends it back to KMD within 14 days of receipt.")
    assert _signatures(task) == [("service agreement", "head of IT", "KMD")]


@pytest.mark.parametrize(("sentence", "about"), [
    ("The municipality must appoint a super user no later than 4 weeks before go-live.", "super user"),
    ("The supplier must deliver the test data no later than 4 weeks before go-live.", "test data"),
    ("You must register all users no later than 4 weeks before go-live.", "users"),
])
def test_an_english_party_duty_is_about_what_it_is_done_to(sentence, about):
    assert _deadlines(_task(sentence)) == [(-4, "uger", "go-live", about)]


def test_a_perfect_after_a_modal_with_no_thing_done_keeps_its_subject():
    task = _task("Senest 10 arbejdsdage før go-live skal alle brugere have fået tildelt roller.")
    assert [d.about for d in task.text_deadlines] == ["brugere"]
