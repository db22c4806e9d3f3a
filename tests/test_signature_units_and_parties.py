"""A signer keeps the unit that says which one ('lederen i Borgerservice', 'direktøren i Kultur og Fritid');
a signer who 'tegner kommunen' and signs is named without the clause; a party written in another case
('Kombit', 'kmd') is the one party, spelled as it spells itself."""

from __future__ import annotations

import pytest

from knowledge.language import name_after
from knowledge.models import MethodStep, Task
from knowledge.parse import parse_text
from knowledge.signatures import extract_signatures


def _sigs(description: str, steps: list[str] = ()):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(task)]


@pytest.mark.parametrize(("text", "name"), [
    ("souschefen i Borgerservice og sendes", "souschefen i Borgerservice"),
    ("lederen i Løn- og personaleafdelingen, før", "lederen i Løn- og personaleafdelingen"),
    ("direktøren i Kultur og Fritid senest", "direktøren i Kultur og Fritid"),
    ("chefen i IT og Digitalisering, før", "chefen i IT og Digitalisering"),
    ("konsulenten i KMD og Netcompany", "konsulenten"),
    ("chefen i Center for Social Indsats.", "chefen i Center for Social Indsats"),
    ("teamlederen i visitationsenheden og", "teamlederen i visitationsenheden"),
    # a system, a party or a place that is no unit stays out of the name
    ("administratoren i NemLog-in senest", "administratoren"),
    ("konsulenten i KOMBIT", "konsulenten"),
    ("chefen i kommunen", "chefen"),
    ("it-chefen i Serviceplatformens administrationsmodul", "it-chefen"),
])
def test_a_person_keeps_the_unit_they_work_in(text, name):
    assert name_after(text) == name


def test_a_signer_named_with_a_unit_in_the_description_and_short_in_a_step_is_named_in_full():
    got = _sigs("Bevillingsskemaet skal underskrives af lederen i Sundhedsafdelingen.",
                ["Udfyld skemaet", "Lederen skriver under på skemaet", "Send skemaet til KMD"])
    assert got == [("bevillingsskema", "lederen i Sundhedsafdelingen", "KMD")]


@pytest.mark.parametrize("description", [
    "Borgmesteren tegner kommunen og underskriver samarbejdsaftalen. Aftalen sendes til KMD.",
    "Borgmesteren tegner kommunen udadtil og skriver under på samarbejdsaftalen, som sendes til KMD.",
])
def test_a_signer_who_tegner_kommunen(description):
    assert _sigs(description) == [("samarbejdsaftale", "borgmesteren", "KMD")]


@pytest.mark.parametrize(("written", "party"), [("Kombit", "KOMBIT"), ("kombit", "KOMBIT"), ("Kmd", "KMD")])
def test_a_party_in_another_case_is_spelled_as_it_spells_itself(written, party):
    assert _sigs(f"Aftalen underskrives af direktøren og sendes til {written}.") == \
        [("aftale", "direktøren", party)]


def test_a_name_written_in_capitals_elsewhere_in_the_task_is_spelled_so():
    got = _sigs("Aftalen underskrives af direktøren og sendes til Sbsys. SBSYS registrerer aftalen.")
    assert got == [("aftale", "direktøren", "SBSYS")]


@pytest.mark.parametrize(("description", "steps", "expected"), [
    ("Kommunen skal oprette en fuldmagt til Netcompany i NemLog-in. Fuldmagten godkendes af borgmesteren.",
     [], ("fuldmagt", "borgmesteren", "Netcompany", [])),
    ("Der oprettes en fuldmagt til KMD, så KMD kan tilgå fagsystemet. Den skal godkendes af "
     "kommunens tegningsberettigede.", [], ("fuldmagt", "kommunens tegningsberettigede", "KMD", [])),
    # making it is none of its steps, as filling it in is not; approving it signs it
    ("Fuldmagten skal godkendes af direktøren i NemLog-in.",
     ["Opret fuldmagten til leverandøren", "Direktøren godkender fuldmagten"],
     ("fuldmagt", "direktøren", "leverandøren", [2])),
    # what it allows is no party
    ("Kommunen opretter en fuldmagt til at hente data. Fuldmagten godkendes af borgmesteren.",
     [], ("fuldmagt", "borgmesteren", None, [])),
])
def test_a_power_of_attorney_created_for_a_party(description, steps, expected):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    assert [(s.document, s.signer, s.recipient, s.steps) for s in extract_signatures(task)] == [expected]


def test_a_person_who_makes_the_paper_is_no_thing_approved():
    got = _sigs("Fuldmagten oprettes af brugeradministratoren og skal godkendes af kommunaldirektøren.",
                ["Brugeradministratoren opretter fuldmagten", "Kommunaldirektøren godkender fuldmagten"])
    assert got == [("fuldmagt", "kommunaldirektøren", None)]


@pytest.mark.parametrize(("description", "steps", "recipient"), [
    ("Aftalen underskrives af direktøren.", ["Underskriv aftalen", "Aftalen oversendes til KMD"], "KMD"),
    ("Aftalen underskrives af direktøren. Derefter videresendes aftalen til Netcompanys kontraktenhed.", [],
     "Netcompany"),
    ("Aftalen underskrives af direktøren.", ["Videresend den underskrevne aftale til kombit"], "KOMBIT"),
    # handing it on inside the municipality, or sending on something that is no paper, names no recipient
    ("Aftalen underskrives af direktøren.", ["Videresend aftalen til direktøren"], None),
    ("Aftalen underskrives af direktøren, så data videresendes til KMD.", [], None),
])
def test_a_paper_sent_on_to_a_party(description, steps, recipient):
    assert _sigs(description, steps)[0][2] == recipient


def test_the_party_that_fetches_the_paper_from_a_system_gets_it():
    got = _sigs("Aftalen underskrives af direktøren. Derefter lægges den i KLIK, hvor KMD henter den.",
                ["Læg den underskrevne aftale i KLIK"])
    assert got == [("aftale", "direktøren", "KMD")]


@pytest.mark.parametrize(("steps", "recipient"), [
    (["Underskriv aftalen", "Send aftalen til kontraktenheden"], "Netcompany"),
    (["Underskriv aftalen", "Send aftalen til juristen"], "juristen"),  # no organisation named for it
])
def test_a_unit_named_at_its_organisation_elsewhere_is_that_organisation(steps, recipient):
    description = ("Aftalen underskrives af direktøren. Kontraktenheden hos Netcompany skal have den. "
                   "Juristen i Aarhus Kommune læser den.")
    assert _sigs(description, steps)[0][2] == recipient


def test_a_step_that_hands_the_paper_out_to_the_signers_is_one_of_its_steps():
    task = Task(id="1", title="t", description="Alle superbrugere skal skrive under på en tavshedserklæring.",
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(
                    ["Udlever erklæringen til superbrugerne", "Superbrugerne skriver under"], 1)])
    [signature] = extract_signatures(task)
    assert (signature.steps, signature.signed_step) == ([1, 2], 2)


@pytest.mark.parametrize(("description", "steps", "expected"), [
    # who gets it, said as a cleft
    ("Erklæringen skal underskrives af borgmesteren. Det er KMD, der skal have erklæringen.", [],
     ("erklæring", "borgmesteren", "KMD")),
    # a person 'fra' an organisation, named by the short form in a step
    ("Aftalen underskrives af direktøren og afleveres til jeres kontaktperson fra Netcompany.",
     ["Underskriv aftalen", "Aflever aftalen til kontaktpersonen"], ("aftale", "direktøren", "Netcompany")),
    # a party of two names in the genitive
    ("Aftalen underskrives af direktøren og sendes til Udbetaling Danmarks sekretariat.", [],
     ("aftale", "direktøren", "Udbetaling Danmark")),
    # a department named by two areas makes the fuller naming; a system one is responsible for does not
    ("Aftalen underskrives af chefen for Kultur og Fritid.", ["Chefen underskriver aftalen"],
     ("aftale", "chefen for Kultur og Fritid", None)),
    ("Aftalen underskrives af den systemansvarlige for Opus.", ["Den systemansvarlige underskriver aftalen"],
     ("aftale", "systemansvarlige", None)),
])
def test_recipients_and_signers_in_more_wordings(description, steps, expected):
    assert _sigs(description, steps) == [expected]


def test_a_paper_no_word_list_knows_that_requires_a_signature():
    task = Task(id="1", title="t", description="Tilladelsen kræver underskrift fra direktøren.",
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(
                    ["Hent tilladelsen", "Direktøren underskriver", "Send tilladelsen til KMD"], 1)])
    [signature] = extract_signatures(task)
    assert (signature.document, signature.signer, signature.recipient, signature.steps) == \
        ("tilladelse", "direktøren", "KMD", [1, 2, 3])


def test_a_deadline_about_the_short_name_of_a_signed_paper_no_word_list_knows():
    [task] = parse_text("## X 1 (Aftaler) Opgørelse\n\n**Master-opgave ID** 1\n\n"
                        "**Opgavetitel** X 1 (Aftaler) Opgørelse\n\n"
                        "**Beskrivelse** Refusionsopgørelsen kræver underskrift af borgmesteren. "
                        "Opgørelsen sendes til revisionen senest 1 uge før opstartsmødet.\n")
    assert [(s.document, s.recipient) for s in task.signatures] == [("refusionsopgørelse", "revisionen")]
    assert [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines] == \
        [(-1, "uger", "opstartsmødet", "refusionsopgørelse")]
