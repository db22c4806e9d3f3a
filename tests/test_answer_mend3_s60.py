# ruff: noqa: E501
"""Mends of s60's retrieval rules (reviewed): what it costs to take part in an occasion is said only by a
price of the occasion itself ('Dagen varer 2 timer og er gratis'), not by any price in a task sharing a
word with it (an insurance rider, a grill evening, the next day's course, a kayak's day rate); and the
address of a thing is an address said as its own ('i Amfiparken, Scenevej 5'), not one a payment is sent to
('Betaling for Svampeturen sendes til Naturkassen, Bladvej 9')."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, ident: str, title: str, text: str) -> str:
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fritid

**Prioritet** Valgfri

**Beskrivelse** {text}

**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("CYK 1", "9501", "Cykeldagen og Cykelkurset", "Kommunen inviterer borgerne til Cykeldagen den 3. maj 2030. Dagen efter holdes Cykelkurset for nye pendlere, som koster 400 kr. Kurset varer 2 timer."),
    _task("CYK 2", "9502", "Padeldagen", "Kommunen holder Padeldagen for seniorer den 7. juni 2030 i Padelhallen. Kontrakten har et tillæg om forsikring, som koster 300 kr. om året."),
    _task("SEJL 1", "9503", "Sejlerdagen for skolerne", "KOMBIT holder Sejlerdagen for skoleklasser den 14. august 2030 kl. 9-14 i Havnebyen. Dagen afsluttes med en fælles grillaften, som koster 120 kr. pr. person."),
    _task("KAJ 1", "9504", "Leje af kajakker", "Kommunen kan leje kajakker hos Padleklubben.\n\n- Lejeperiode: op til 7 dage\n- Pris: 200 kr. pr. dag\n- Prøveperiode: 2 dage\n\nVed forsinket aflevering betales 100 kr. pr. dag."),
    _task("SVAMP 1", "9505", "Svampetur i Rold Skov", "Kommunen kan tilmelde borgere til Svampeturen. Svampeturen starter kl. 9.00 og varer 3 timer. Betaling for Svampeturen sendes til Naturkassen, Bladvej 9, 9520 Skørping."),
    _task("FLET 1", "9506", "Deltag i Flettedagen", "KOMBIT holder en temadag for kurvemagere, Flettedagen. Dagen varer 3 timer og er gratis. Flettedagen holdes lørdag den 3. juni 2030 i Pileby Medborgerhus, Vidjevej 4, 4583 Pileby."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question, other", [
    ("Hvad koster det at deltage i Padeldagen?", "300"),  # an insurance rider's price
    ("Hvad koster det at deltage i Sejlerdagen?", "120"),  # the grill evening's price
    ("Hvad koster det at deltage i Cykeldagen?", "400"),  # the next day's course's price
    # (a control, refused at 884d94ef too in this set: the reviewer reached the kayak rate with SEJL-coded TSV tasks)
    ("What does it cost to take part in the sailing day?", "200"),  # a kayak's rate, linked only by 'dag'
    ("Hvad er adressen på Svampeturen?", "Bladvej"),  # the payee's address
])
def test_another_things_price_or_address_is_no_answer(kb, question, other):
    got = answer(kb, question)
    assert not got.found or other not in got.answer, got.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvad koster det at deltage i Flettedagen?", "gratis"),
    ("hvad er adressen på Flettedagen", "Vidjevej 4"),
    ("hvad er adressen på Pileby Medborgerhus", "Vidjevej 4"),
])
def test_the_occasions_own_price_and_address_still_answer(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer and "9506" in got.sources, got.answer
