"""Text deadlines as answers (session 36): the thing a deadline concerns is also named by the lead of the
list or table it is in; 'inden udgangen af X' is a time counted from X,
which does not say when X itself ends. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## VB 7 Aftale om vejbelysning (B1)

**Master-opgave ID** 9361

**Opgavetitel** VB 7 Aftale om vejbelysning (B1)

**Projekt** Vejbelysning

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Vejbelysning - Bølge 1

**Mål** Aftalen er underskrevet.

**Beskrivelse** Driftsaftalen skal underskrives af direktøren for Teknik og Miljø, inden den sendes til \
leverandøren. Den underskrevne aftale skal være leverandøren i hænde 6 uger før go-live.

**Metode og fremgangsmåde** 1. Modtag driftsaftalen
2. Direktøren for Teknik og Miljø underskriver aftalen
3. Send aftalen til leverandøren

**Resultat** Aftalen er sendt.

## VB 8 Pilotdrift af vejbelysning (B1)

**Master-opgave ID** 9362

**Opgavetitel** VB 8 Pilotdrift af vejbelysning (B1)

**Projekt** Vejbelysning

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -10

**Bølger** Vejbelysning - Bølge 1

**Mål** Piloten er evalueret.

**Beskrivelse** Kommunen kører pilotdrift i to bydele. Evalueringsnotatet skal være afleveret inden udgangen \
af pilotperioden.

Følgende skal sendes til Vejdirektoratet:

- Lysplan: senest 3 uger før go-live
- Måleprotokol: senest 5 arbejdsdage efter go-live

**Resultat** Piloten er evalueret.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    ("hvornår skal lysplanen sendes til Vejdirektoratet?", "3 uger"),
    ("hvornår skal evalueringsnotatet være afleveret?", "udgangen af pilotperioden"),
])
def test_answered_by_the_deadline_about_the_thing(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvornår slutter pilotperioden?",  # the deadline is counted from it; it does not say when it ends
    "hvornår skal lysplanen godkendes af borgmesteren?",  # nobody in the task
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
