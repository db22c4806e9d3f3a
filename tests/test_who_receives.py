"""'Hvem modtager X?' is answered by a sending of X only when the sentence says to whom ('X sendes til
Y'): 'Kommunen godkender prøvetrykket, inden valgkortene sendes' names who approves, not who receives."""

import pytest

from knowledge.models import Task
from knowledge.qa.pipeline import answer

TASKS = [
    Task(id="9831", title="KV 3 Udsendelse af valgkort", project="Kommunalvalg", priority="Obligatorisk",
         description="Valgkortene dannes i Valgportalen. Kommunen godkender prøvetrykket, inden valgkortene "
                     "sendes. Valgkortene skal være udsendt senest 14 dage før valgdagen."),
    Task(id="9832", title="KV 5 Afregning af diæter", project="Kommunalvalg", priority="Obligatorisk",
         description="Listen over tilforordnede sendes til lønafdelingen senest to dage efter valget."),
]


@pytest.mark.parametrize("question", ["Hvem modtager valgkortene?", "Who receives the valgkort?"])
def test_a_sending_without_its_recipient_names_no_receiver(kb, question):
    a = answer(kb, question)
    assert not a.found or "Kommunen" not in a.answer, a.answer


def test_a_sending_to_someone_still_names_the_receiver(kb):
    a = answer(kb, "hvem modtager listen over tilforordnede?")
    assert a.found and "lønafdelingen" in a.answer, a.answer
