"""Facts and counts by structure (session 41): a compound with telefon (or a password or web address word)
for its modifier and another head asks for no such value; a table column the question names gives an
hour span; a count with a modifier before the asked noun counts it; 'hvor mange X
<passive>' counts X by a table's rows; 'hvad er X?' is answered by 'X er Y'. Tasks written for these
tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import ascii_fold
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected

TASKS = """## SKR 1 (System) Ny skranke-app til biblioteket

**Master-opgave ID** 9561

**Opgavetitel** SKR 1 (System) Ny skranke-app til biblioteket

**Projekt** Selvbetjening på biblioteket

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Bibliotek – Bølge 1

**Mål** Lånerne kan selv låne og aflevere.

**Beskrivelse** Biblioteket skifter til selvbetjening med en app på skrankerne.

Appoplysninger:
- Udbyder: LæseTek ApS
- Skærmstørrelse: 22 tommer
- Servicetid: 3 år

Bookingsystemet er BogPlan Online. Der opstilles seks ekstra automater i foyeren.

**Metode og fremgangsmåde** 1. Bestil automaterne
2. Opsæt bookingsystemet

**Resultat** Automaterne er klar.

## SKR 2 (Drift) Skrankevagter

**Master-opgave ID** 9562

**Opgavetitel** SKR 2 (Drift) Skrankevagter

**Projekt** Selvbetjening på biblioteket

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -5

**Bølger** Bibliotek – Bølge 1

**Mål** Der er altid en vagt.

**Beskrivelse** Vagterne fordeles afdeling for afdeling efter denne plan:

| Afdeling | Vagter | Åbningstid |
|---|---|---|
| Hovedbiblioteket | 4 | 8-20 |
| Filial Nord | 2 | 10-17 |
| Bogbussen | 1 | 12-16 |

**Resultat** Vagtplanen er lagt.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question", [
    "hvem er leverandør af telefonplatformen?",
    "hvor mange telefonlinjer har borgerservice?",
    "hvem leverer den nye telefoni?",
])
def test_telefon_compound_with_another_head_asks_no_phone(question: str) -> None:
    assert expected(ascii_fold(question.casefold())) is not Expect.PHONE


@pytest.mark.parametrize("question", [
    "hvad er telefonnummeret til supporten?",
    "hvilke telefoner skal appen testes på?",
    "hvad er hendes telefon?",
])
def test_phone_itself_still_asks_a_phone(question: str) -> None:
    assert expected(ascii_fold(question.casefold())) is Expect.PHONE


@pytest.mark.parametrize(("question", "value"), [
    ("hvad er servicetiden på appen?", "3 år"),  # a line of the list of facts
    ("hvad er åbningstiden for Filial Nord?", "10-17"),  # the column the question names
    ("hvor mange automater opstilles der ekstra?", "seks"),  # 'seks ekstra automater'
    ("hvor mange afdelinger fordeles vagterne i?", "3"),  # the table's rows, the verb of its intro
    ("hvad er bookingsystemet?", "BogPlan Online"),  # 'X er Y', not the step that names X
])
def test_answered_from_the_structure(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvad er åbningstiden for Filial Syd?",  # no such row
    "hvilken version af BogPlan Online får vi?",
    "hvor mange automater har filialen?",
])
def test_not_answered_by_another_row_or_value(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("hvad er adgangskoden til wifi?", Expect.PASSWORD),
    ("hvad er brugernavnet?", Expect.PASSWORD),
    ("hvad er hjemmesideadressen?", Expect.URL),
    ("hvad siger adgangskodepolitikken?", Expect.ANY),  # a compound with another head: no password
    ("hvem er hjemmesideredaktøren?", Expect.PARTY),
])
def test_value_word_asks_its_value_only_as_the_compound_head(question: str, kind: Expect) -> None:
    assert expected(ascii_fold(question.casefold())) is kind
