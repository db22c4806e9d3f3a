"""Passages reached through what stands around them (s51): a list's intro is quoted with the items it
introduces, also where the question names the task by its title; a definite head of four letters
('Boksene' after 'pakkeboksene') refers back to the compound the sentence just before it names."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## SNEB 1 Databehandleraftale for Snebrevet

**Master-opgave ID** 5521

**Opgavetitel** SNEB 1 Databehandleraftale for Snebrevet

**Projekt** Fælles Snerydning

**Prioritet** Obligatorisk

**Beskrivelse** I Snebrevet kan borgerne bede om snerydning af indkørslen til et handicapboligområde.

Følgende oplysninger registreres:

- borgerens adresse og telefonnummer
- billede af indkørslen
- ønsket tidspunkt for rydningen

Snebrevet må ikke bruges til andre formål.

Aftalen underskrives af vejchefen og sendes til Thyholm Vinterdata senest 20 dage før go-live.

## SNEB 2 Grus og salt til borgerne

**Master-opgave ID** 5522

**Opgavetitel** SNEB 2 Grus og salt til borgerne

**Projekt** Fælles Snerydning

**Prioritet** Valgfri

**Beskrivelse** Kommunen opsætter nye pakkebokse ved biblioteket, så borgerne kan hente grus og salt.

Boksene leveres af Egtved Stålværk.

"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


def test_a_list_intro_named_by_the_title_is_quoted_with_its_items(kb):
    got = answer(kb, "Hvilke oplysninger registreres i Snebrevet?")
    assert got.found and "billede af indkørslen" in got.answer and "borgerens adresse" in got.answer


def test_a_short_head_refers_back_to_the_compound_just_before(kb):
    got = answer(kb, "Hvem leverer pakkeboksene?")
    assert got.found and "Egtved Stålværk" in got.answer

