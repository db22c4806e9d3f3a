"""Facts by structure (session 42): a verb names a compound label by its deed noun ('udlejes' -
'Udlejningssystem'); a label line is judged without the words only its task's topic says; a list's line
is asked of another line's party ('aftalen med skøjteudlejeren'). Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## IS 1 (System) Skøjtebane på torvet

**Master-opgave ID** 9571

**Opgavetitel** IS 1 (System) Skøjtebane på torvet

**Projekt** Vinter i byen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Vinter – Bølge 1

**Mål** Borgerne kan løbe på skøjter midt i byen hele december.

**Beskrivelse** Kultur og Fritid sætter en kunstfrossen bane op på torvet.

Banen kort fortalt:
- Udlejningssystem: SkateRent Pro
- Overvågningssystem: RinkWatch
- Skøjteudlejer: IsHuset ApS
- Aftale: 2 sæsoner
- Banestørrelse: 20 x 30 meter
- Antal skøjter: 400

Banen ryddes for sne hver aften.

**Metode og fremgangsmåde** 1. Bestil banen
2. Åbn udlejningen

**Resultat** Banen er åben.

## PARK 1 (Drift) Pleje af vejtræer

**Master-opgave ID** 9572

**Opgavetitel** PARK 1 (Drift) Pleje af vejtræer

**Projekt** Vinter i byen

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 10

**Bølger** Vinter – Bølge 1

**Mål** Vejtræerne beskæres, mens de er i dvale.

**Beskrivelse** Plejesystem: ArborLog
Antal vejtræer: 900

Træerne står langs de store veje.

**Resultat** Vejtræerne er beskåret.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    ("hvilket system udlejes skøjterne i?", "SkateRent Pro"),  # the deed noun of 'udlejes', then 'system'
    ("hvilket system overvåges skøjtebanen med?", "RinkWatch"),  # the list's intro names nothing: the task's
    ("hvor lang er aftalen med skøjteudlejeren?", "2 sæsoner"),  # another line's party of the same list
])
def test_answered_from_the_list(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvad koster aftalen med skøjteudlejeren?",  # the party's line says no price
    "hvilket system bookes tiderne i?",  # no booking system: the rental one is not it
    "hvad koster plejen af træerne?",  # no price in the list about the trees
])
def test_not_answered_by_a_neighbouring_line(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
