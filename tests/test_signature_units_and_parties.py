"""A signer keeps the unit that says which one ('lederen i Borgerservice', 'direktøren i Kultur og Fritid');
a signer who 'tegner kommunen' and signs is named without the clause; a party written in another case
('Kombit', 'kmd') is the one party, spelled as it spells itself."""

from __future__ import annotations

import pytest

from knowledge.language import name_after
from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str, steps: list[str] = ()):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, 1)])
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(task)]


@pytest.mark.parametrize(("text", "name"), [
    ("souschefen i Borgerservice og sendes", "souschefen i Borgerservice"),
    ("lederen i Løn- og personaleafdelingen, før", "lederen i Løn- og personaleafdelingen"),
    ("direktøren i Kultur og Fritid senest", "direktøren i Kultur og Fritid"),
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
