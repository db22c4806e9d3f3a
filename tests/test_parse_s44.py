"""Parse kinds of the s44 golden set dev28, each in other wordings than the set's own: the signer named by a
duty ('Det påhviler X at underskrive', 'Det er X's opgave at ...'), a power or a designation ('X er
bemyndiget til at ...', 'Til at underskrive ... er udpeget X'), a role ('X fungerer som underskriver', 'Som
underskriver optræder X', 'Kontraktens underskriver er X') or a capacity ('X skal som ... underskrive'); an
approval laid before a body that approves it in a relative clause, at a meeting, or said by an idiom ('sige
god for'); and a paper that goes on to a party with no verb of sending ('skal videre til X')."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.signer_shapes import who_signs_first


def _signatures(task) -> list[tuple]:
    return [(s.document, s.signer, s.recipient) for s in task.signatures]


_SENT = "Leverandøren fremsender en driftskontrakt."


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Det påhviler teknikchefen at underskrive driftskontrakten.", "teknikchefen"),
    ("Det tilfalder stadsdirektøren at signere driftskontrakten.", "stadsdirektøren"),
    ("Det er op til sekretariatschefen at skrive under på driftskontrakten.", "sekretariatschefen"),
    ("Det er centerchefens ansvar at underskrive driftskontrakten.", "centerchefen"),
    ("Det bliver IT-chefen, der underskriver driftskontrakten.", "IT-chefen"),
])
def test_a_duty_handed_to_someone_names_the_signer(sentence, signer):
    task = _task(_SENT, sentence + " Driftskontrakten sendes derefter til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", signer, "leverandøren")]


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Centerchefen er bemyndiget til at underskrive driftskontrakten.", "centerchefen"),
    ("Teknikchefen har mandat til at godkende driftskontrakten.", "teknikchefen"),
    ("Til at underskrive driftskontrakten er udpeget centerchefen.", "centerchefen"),
    ("Økonomiudvalget træffer beslutning om at godkende driftskontrakten.", "økonomiudvalget"),
])
def test_a_power_or_a_designation_to_sign_names_the_signer(sentence, signer):
    task = _task(_SENT, sentence + " Driftskontrakten sendes derefter til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", signer, "leverandøren")]


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Teknikchefen fungerer som underskriver af driftskontrakten.", "teknikchefen"),
    ("Som underskriver af driftskontrakten fungerer chefen for Vej og Park.", "chefen for Vej og Park"),
    ("Driftskontraktens underskriver er centerchefen.", "centerchefen"),
    ("Underskriver af driftskontrakten bliver centerchefen.", "centerchefen"),
    ("Teknikchefen skal i egenskab af budgetansvarlig underskrive driftskontrakten.", "teknikchefen"),
])
def test_a_role_or_a_capacity_names_the_signer(sentence, signer):
    task = _task(_SENT, sentence + " Driftskontrakten sendes derefter til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", signer, "leverandøren")]


def test_a_clause_that_says_who_does_the_signing_names_the_signer():
    task = _task(_SENT, "Driftskontrakten skal underskrives, og det varetages af teknikchefen. "
                 "Den sendes derefter til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", "teknikchefen", "leverandøren")]


@pytest.mark.parametrize("sentence", [
    "Kommunen skal udpege en person, som senere kan underskrive aftaler med leverandøren.",
    "Det påhviler kommunen at underskrive aftaler med leverandøren.",
])
def test_who_may_sign_in_general_names_no_signer_of_a_paper(sentence):
    assert all(s.signer in (None, "kommunen") for s in _task(sentence).signatures)


@pytest.mark.parametrize("sentence", [
    "Projektlederen er ansvarlig for testen og skal som tovholder sikre fremdriften.",
    "Det påhviler projektlederen at planlægge uddannelsen.",
    "Som tovholder fungerer projektlederen.",
])
def test_a_duty_or_role_of_no_signing_is_left_as_it_is(sentence):
    assert who_signs_first(sentence) == sentence


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Driftskontrakten forelægges kultur- og fritidsudvalget, der skal godkende den.",
     "kultur- og fritidsudvalget"),
    ("Driftskontrakten fremlægges for direktionen, som skal godkende den.", "direktionen"),
    ("Driftskontrakten godkendes på det førstkommende møde i teknisk udvalg.", "teknisk udvalg"),
    ("Kultur- og fritidsudvalget skal sige god for driftskontrakten.", "kultur- og fritidsudvalget"),
])
def test_an_approval_by_a_body_in_other_shapes_names_the_body(sentence, signer):
    task = _task(_SENT, sentence + " Derefter sendes driftskontrakten til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", signer, "leverandøren")]


def test_a_paper_that_goes_on_to_a_party_named_has_that_recipient():
    task = _task(_SENT, "Teknikchefen underskriver driftskontrakten. "
                 "Driftskontrakten skal derefter videre til Vejdirektoratet.")
    assert _signatures(task) == [("driftskontrakt", "teknikchefen", "Vejdirektoratet")]


def test_a_capacity_with_its_pronoun_is_no_part_of_the_signer():
    task = _task(_SENT, "Borgmesteren skal i sin egenskab af formand for udvalget underskrive "
                 "driftskontrakten. Driftskontrakten sendes til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", "borgmesteren", "leverandøren")]


def test_a_verb_with_a_bare_noun_before_a_coordinated_signing_ends_the_subject():
    task = _task(_SENT, "Det er økonomiudvalget, der tager stilling til og godkender driftskontrakten. "
                 "Driftskontrakten sendes til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", "økonomiudvalget", "leverandøren")]


def test_confirming_a_paper_with_ones_signature_is_signing_it():
    task = _task(_SENT, "Teknikchefen skal godkende driftskontrakten med sin underskrift. "
                 "Driftskontrakten sendes til leverandøren.")
    assert _signatures(task) == [("driftskontrakt", "teknikchefen", "leverandøren")]


def test_a_last_deadline_said_alone_is_about_the_paper_before_it():
    task = _task(_SENT, "Teknikchefen underskriver driftskontrakten, som returneres til leverandøren. "
                 "Seneste frist er 12 arbejdsdage efter modtagelsen.")
    assert [(d.days, d.unit.value, d.about) for d in task.text_deadlines] == \
        [(12, "arbejdsdage", "driftskontrakt")]


def test_a_deadline_for_a_named_deed_keeps_its_deed_after_a_last_deadline():
    task = _task(_SENT, "Teknikchefen underskriver driftskontrakten, som returneres til leverandøren. "
                 "Sidste frist for indrapportering af målerdata er 2 uger før go-live.")
    assert [d.about for d in task.text_deadlines] == ["indrapportering af målerdata"]


def test_a_thing_that_has_a_deadline_is_what_it_is_about():
    task = _task("Kommunen indlæser målerdata.", "Indlæsningen har frist 5 dage før go-live.")
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-5, "indlæsningen")]
