"""Signatures said in the wordings of the dev7 exports (issue 8): a paper sent back 'underskrevet' is sent
in a step, not signed there ('Aftalen returneres underskrevet til KOMBIT'); 'Efter underskrift hos X sendes
aftalen ...' names the paper and its signer; a power of attorney given ('Kommunen skal give KOMBIT
fuldmagt', 'Giv X fuldmagt', 'Fuldmagten gives i NemLog-in af X') is signed by whoever gives it, with the
party given it as recipient; nothing else is 'given' into a signature ('Giv leverandøren adgang')."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _task(description: str, steps: list[str] = ()) -> Task:
    return Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])


def _sigs(description: str, steps: list[str] = ()):
    return [(s.document, s.signer, s.recipient, s.steps, s.signed_step, s.returned_step)
            for s in extract_signatures(_task(description, steps))]


@pytest.mark.parametrize("sent", ["Aftalen returneres underskrevet til KOMBIT",
                                  "Send aftalen signeret retur til KOMBIT",
                                  "Aftalen sendes underskrevet til KOMBIT"])
def test_a_paper_sent_back_signed_is_sent_in_that_step_not_signed_there(sent):
    got = _sigs("", ["Modtag aftalen fra KOMBIT", "Direktøren underskriver aftalen", sent])
    assert got == [("aftale", "direktøren", "KOMBIT", [1, 2, 3], 2, 3)]


@pytest.mark.parametrize("description", [
    "Efter underskrift hos pensionschefen sendes samarbejdsaftalen retur til Udbetaling Danmark.",
    "Ved underskrift hos pensionschefen skal samarbejdsaftalen sendes retur til Udbetaling Danmark.",
])
def test_after_signing_at_someone_the_main_clause_names_the_paper(description):
    expected = ("samarbejdsaftale", "pensionschefen", "Udbetaling Danmark", [], None, None)
    assert _sigs(description) == [expected]


def test_after_signing_with_no_paper_named_is_no_signature():
    assert _sigs("Efter underskrift hos KOMBIT aktiveres adgangen.") == []


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Kommunen skal give KOMBIT fuldmagt i NemLog-in.", [], ("fuldmagt", "kommunen", "KOMBIT")),
    ("Kommunen giver Udbetaling Danmark fuldmagt til at hente lønoplysninger.", [],
     ("fuldmagt", "kommunen", "Udbetaling Danmark")),
    ("", ["Log på NemLog-in", "Giv KMD fuldmagt under Fuldmagter"], ("fuldmagt", "kommunen", "KMD")),
    ("Fuldmagten gives i NemLog-in af kommunens NemLog-in administrator.", [],
     ("fuldmagt", "kommunens NemLog-in administrator", None)),
    ("Kommunaldirektøren giver KOMBIT en bemyndigelse til at hente data.", [],
     ("bemyndigelse", "kommunaldirektøren", "KOMBIT")),
])
def test_a_power_of_attorney_given_is_signed_by_its_giver_for_the_party_given_it(description, steps,
                                                                                   expected):
    assert [s[:3] for s in _sigs(description, steps)] == [expected]


def test_a_step_on_the_given_power_of_attorney_is_one_of_its_steps():
    got = _sigs("Kommunen skal give KOMBIT fuldmagt i NemLog-in.",
                ["Log på NemLog-in", "Giv KOMBIT fuldmagt", "Giv KOMBIT besked, når fuldmagten er givet"])
    assert got == [("fuldmagt", "kommunen", "KOMBIT", [2, 3], 2, None)]


@pytest.mark.parametrize("description", ["Giv leverandøren adgang til systemet.",
                                         "Adgangen er givet, når brugeren er oprettet.",
                                         "Kommunen giver KOMBIT besked om fuldmagten."])
def test_nothing_but_a_power_of_attorney_is_given_into_a_signature(description):
    assert _sigs(description) == []


@pytest.mark.parametrize("description", ["Kommunen skal give en fuldmagt til KOMBIT i NemLog-in.",
                                         "Kommunen skal afgive fuldmagt til KOMBIT.",
                                         "Der skal gives fuldmagt til KOMBIT i NemLog-in."])
def test_a_power_of_attorney_given_to_a_party_after_the_paper(description):
    assert [s[:3] for s in _sigs(description)] == [("fuldmagt", "kommunen", "KOMBIT")]


@pytest.mark.parametrize("description", ["Efter underskrift af direktøren sendes aftalen til KOMBIT.",
                                         "Efter direktørens underskrift sendes aftalen til KOMBIT.",
                                         "Ved direktørens underskrift sendes aftalen til KOMBIT."])
def test_after_someones_signature_the_main_clause_names_the_paper_and_the_name_ends_at_the_verb(description):
    assert [s[:3] for s in _sigs(description)] == [("aftale", "direktøren", "KOMBIT")]


@pytest.mark.parametrize("last", ["Returneres underskrevet til KOMBIT", "Afleveres hos KOMBIT",
                                  "Send den underskrevne til KOMBIT"])
def test_a_step_that_sends_on_without_naming_the_paper_sends_the_one_before(last):
    got = _sigs("Blanketten underskrives af direktøren.", ["Hent blanketten", "Underskriv den", last])
    assert got == [("blanket", "direktøren", "KOMBIT", [1, 2, 3], 2, 3)]


@pytest.mark.parametrize(("said", "signer"), [
    # the article of an adjective used as a noun stays out (tests/test_signatures_approvals.py)
    ("Aftalen skal underskrives af den systemansvarlige for Serviceplatformen.",
     "systemansvarlige for Serviceplatformen"),
    ("Aftalen skal underskrives af kommunens systemansvarlige for KSD.",
     "kommunens systemansvarlige for KSD"),
    ("Aftalen underskrives af direktøren for Teknik og Miljø.", "direktøren for Teknik og Miljø"),
])
def test_a_signer_keeps_the_words_of_its_naming(said, signer):
    assert [s[1] for s in _sigs(said)] == [signer]


def test_tildele_is_giving_a_power_of_attorney():
    assert [s[:3] for s in _sigs("Via NemLog-in skal kommunen tildele KOMBIT en fuldmagt.")] == \
        [("fuldmagt", "kommunen", "KOMBIT")]


def test_after_a_condition_the_signer_follows_the_modal_verb():
    said = "Hvis kommunen ønsker at deltage, skal direktøren underskrive deltagelseserklæringen."
    assert [s[:2] for s in _sigs(said)] == [("deltagelseserklæring", "direktøren")]


@pytest.mark.parametrize("said", ["Underskrift af aftalen foretages af direktøren.",
                                  "Digital signering af aftalen sker i Penneo ved direktøren.",
                                  "Underskrivelse af aftalen ved direktøren."])
def test_the_signing_of_a_paper_done_by_someone_is_that_paper_signed_by_them(said):
    assert [s[:2] for s in _sigs(said)] == [("aftale", "direktøren")]


def test_the_signing_of_a_paper_reads_as_its_passive():
    said = _sigs("Underskrift af kontrakten foretages af KOMBIT.")
    assert said == _sigs("Kontrakten underskrives af KOMBIT.")
