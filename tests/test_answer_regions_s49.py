"""Whether data lies in or outside a region is settled by where the task puts it (s49): 'uden for EU?'
against 'kun i EU/EØS' is a Nej, 'i udlandet?' against 'datacenter i Danmark' a Nej, 'hostet i Europa?'
against 'drift i Sverige' a Ja; a place the text leaves open ('i Finland?' against 'i EU') stays
unsettled, and so does a question on where something else than data is."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## MUS 3 (Data) Databehandleraftale for Samlingsbasen

**Master-opgave ID** 7731

**Opgavetitel** MUS 3 (Data) Databehandleraftale for Samlingsbasen

**Projekt** Museumsregistrering

**Prioritet** Obligatorisk

**Beskrivelse** Samlingsbasen rummer oplysninger om långivere, så der skal være en databehandleraftale.

- Databehandler: Kuratorsoft ApS
- Serverdrift: udelukkende inden for EU/EØS

Aftalen underskrives af kulturchefen.

## MUS 4 (Data) Aftale om Billedarkivet

**Master-opgave ID** 7732

**Opgavetitel** MUS 4 (Data) Aftale om Billedarkivet

**Projekt** Museumsregistrering

**Prioritet** Valgfri

**Beskrivelse** Billedarkivet driftes af Nordlys Hosting AB med datacenter i Sverige.

Kurset i Billedarkivet holdes i Odense.

## MUS 5 (Data) Aftale om Udlånsloggen

**Master-opgave ID** 7733

**Opgavetitel** MUS 5 (Data) Aftale om Udlånsloggen

**Projekt** Museumsregistrering

**Prioritet** Valgfri

**Beskrivelse** Udlånsloggen opbevares hos Fyrtårn Cloud (hosting i EU).
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


@pytest.mark.parametrize(("question", "verdict"), [
    ("må Samlingsbasens data ligge uden for EU?", "Nej"),
    ("can the data in Samlingsbasen be hosted outside the EU?", "No"),
    ("må Samlingsbasen driftes i USA?", "Nej"),
    ("ligger Billedarkivets data i udlandet?", "Ja"),
    ("hostes Billedarkivet i Europa?", "Ja"),
    ("behandles data i Billedarkivet i Danmark?", "Nej"),
])
def test_where_the_task_keeps_the_data_settles_it(kb, question, verdict):
    got = answer(kb, question)
    assert got.found and got.answer.startswith(verdict)


@pytest.mark.parametrize("question", [
    "ligger Udlånsloggens data i Finland?",  # 'i EU' says neither yes nor no
    "hostes Udlånsloggen i Danmark?",
])
def test_a_place_the_text_leaves_open_is_no_verdict(kb, question):
    got = answer(kb, question)
    assert not got.answer.startswith(("Ja", "Nej", "Yes", "No"))
