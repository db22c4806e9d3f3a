"""A contact line whose company ends in a legal form with a slash ('Kontakt hos Nordkyst A/S: Torben
Lykke, ...') names who the contact is, as one with 'ApS' does: 'A/S:' is the end of the name, not a
label of its own."""

import pytest

from knowledge.models import Task
from knowledge.qa.gate import reading
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="7401", title="KY 1 Aftale om kystpleje", project="Kyst", priority="Obligatorisk",
         description="Kysten plejes hver uge. Kontakt hos Havblik Service A/S: Jens Mølby, driftsleder, "
                     "tlf. 20 30 40 50."),
]


def test_a_legal_form_before_a_colon_is_no_label():
    assert len(reading._sentences("Kontakt hos Havblik Service A/S: Jens Mølby, driftsleder, "
                               "tlf. 20 30 40 50.")) == 1
    assert len(reading._sentences("Kontaktperson: Jonas Kragh, telefon 45 80 12 34 "
                               "Support-mail: support@x.dk")) == 2


@pytest.mark.parametrize("question", [
    "hvem er kontaktperson hos Havblik?",
    "who is the contact person at Havblik Service?",
])
def test_the_contact_at_a_company_with_a_slashed_legal_form(kb, question):
    a = answer(kb, question)
    assert a.found and "Jens Mølby" in a.answer, a.answer
