"""Paraphrased questions whose words did not reach the passage (s54): a list said in its parts, with a
possessive between them or with another list word ('listen over vores skøjter' / 'Skøjteoversigten'),
and being bound by a contract ('bundet', a past form
the stemmer read as 'bund') as its binding period."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## SKBN 2 Ordensregler for skøjtebanen

**Master-opgave ID** 9412

**Opgavetitel** SKBN 2 Ordensregler for skøjtebanen

**Projekt** Fælles Skøjtebaner

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen åbner en kunstfrossen skøjtebane på torvet hver vinter. Ordensreglerne:
hjelm er påbudt for børn under 12 år, og isen lukkes ved plusgrader om dagen.

Ordensreglerne vedtages af sundheds- og idrætsudvalget og sendes til Frostvig Kølteknik senest 20 dage
før go-live.

## SKBN 3 Udlejning af skøjter

**Master-opgave ID** 9413

**Opgavetitel** SKBN 3 Udlejning af skøjter

**Projekt** Fælles Skøjtebaner

**Prioritet** Valgfri

**Beskrivelse** Skøjteudlejningen ved banen drives af Frostvig Kølteknik. Et par skøjter koster 40 kr. pr.
time.

Prislisten for udlejningen godkendes af lederen af Idrætsforvaltningen.

Skøjteoversigten med størrelser og antal godkendes af banemesteren Sune Frostholm. Uden en godkendt
skøjteoversigt kan skøjterne ikke lejes ud.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


@pytest.mark.parametrize(("question", "said"), [
    # a list said in its parts, a possessive or 'alle de' between, another list word as the head
    ("Hvem skal godkende listen over alle skøjterne?", "Sune Frostholm"),
    ("hvem skal sige god for oversigten over skøjterne", "Sune Frostholm"),
])
def test_a_compound_the_question_says_otherwise_is_read_as_the_tasks_write_it(kb, question, said):
    got = answer(kb, question)
    assert got.found and said in got.answer


def test_politicians_of_a_thing_the_tasks_lack_stay_unknown(kb):
    got = answer(kb, "Hvilke politikere vedtager åbningstiderne for svømmehallen?")
    assert not got.found


CONTRACT = """## ISBN 1 Tilslutning til Isbanekortet

**Master-opgave ID** 9401

**Opgavetitel** ISBN 1 Tilslutning til Isbanekortet

**Projekt** Fælles Skøjtebaner

**Prioritet** Obligatorisk

**Beskrivelse** Isbanekortet viser borgerne, hvilke skøjtebaner der er åbne. Aftalen i hovedtræk:

- Pris: 610 kr. pr. måned
- Bindingsperiode: 27 måneder
- Drift: Frostvig Kølteknik

Tilslutningsaftalen underskrives af kommunaldirektøren.
"""


@pytest.mark.parametrize("question", [
    "Hvor længe er vi bundet, når vi har tilsluttet os Isbanekortet?",
    "hvor mange måneder er vi bundet af aftalen om isbanekortet",
])
def test_being_bound_by_a_contract_is_its_binding_period(question):
    got = answer(KnowledgeBase.from_tasks(parse_text(CONTRACT)), question)
    assert got.found and "27 måneder" in got.answer
