"""An authority's permit or approval, the council deciding as authority, and a paper the municipality only
receives are no signature to collect; the same bodies signing a paper that goes on to a counterpart are."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _signatures(description: str, steps: tuple[str, ...] = ("Læs vejledningen", "Registrér oplysningerne")):
    task = Task(id="S", title="Opgave", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, start=1)])
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(task)]


@pytest.mark.parametrize("description", [
    "Planen for vandløbene skal godkendes af Miljøstyrelsen, før arbejdet kan begynde.",
    "Ansøgninger om tilskud bevilges og godkendes af Socialstyrelsen hvert år.",
    "Klager over afgørelser godkendes af Ankenævnet, ikke af kommunen.",
    "Skiftet af leverandør godkendes af regionen.",
    "Kommuneplanen vedtages af byrådet efter offentlig høring.",
    "Attesterne underskrives af dyrlægen og sendes til kommunen. Kommunen skal ikke selv underskrive noget.",
])
def test_an_authoritys_decision_or_a_paper_received_is_no_signature(description):
    assert _signatures(description) == []


def test_the_council_or_an_authority_signing_a_paper_for_a_counterpart_is_a_signature():
    assert _signatures("Handleplanen skal vedtages af byrådet og sendes derefter til KOMBIT.",
                       ("Forelæg handleplanen for byrådet", "Send handleplanen til KOMBIT")) == [
        ("handleplan", "byrådet", "KOMBIT")]
    assert _signatures("Aftalen underskrives af økonomichefen og sendes til Skattestyrelsen.",
                       ("Få aftalen underskrevet", "Send aftalen til Skattestyrelsen")) == [
        ("aftale", "økonomichefen", "Skattestyrelsen")]
