"""Everyday words for what the tasks say officially (s51): a leak or a hole in the security is the texts'
breach of data security ('Brud på persondatasikkerheden', 'Sikkerhedsbrud'), and being told of it is their
'meldes'; and the day a time of day is asked within ('hvornår på dagen / døgnet ...?') is framing, since the
texts give the clock ('hver nat kl. 03.30'), not the day."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect

_EXPORT = """## BAAD 1 Databehandleraftale for Bådloggen

**Master-opgave ID** 66101

**Opgavetitel** BAAD 1 Databehandleraftale for Bådloggen

**Projekt** Fælles Lystbådehavne

**Prioritet** Obligatorisk

**Beskrivelse** Bådloggen er det fælles register over både i kommunens lystbådehavne. Ejernes navne og
adresser ligger i registret, og derfor skal der være en databehandleraftale med Sønderby Havnedata.

Aftalens vigtigste punkter:

- Dataansvarlig: Kommunen
- Databehandler: Sønderby Havnedata
- Brud på persondatasikkerheden: meldes til kommunen inden for 30 timer
- Sletning: 3 år efter at båden er meldt ud af havnen

## BAAD 2 Synkronisering med havnekontoret

**Master-opgave ID** 66102

**Opgavetitel** BAAD 2 Synkronisering med havnekontoret

**Projekt** Fælles Lystbådehavne

**Prioritet** Valgfri

**Beskrivelse** Bådloggen kan hente pladslejerne fra havnekontorets kassesystem.

- Synkronisering: hver nat kl. 03.30
- Engangsbeløb: 7.400 kr.

## BAAD 3 Havnereglement

**Master-opgave ID** 66103

**Opgavetitel** BAAD 3 Havnereglement

**Projekt** Fælles Lystbådehavne

**Prioritet** Obligatorisk

**Beskrivelse** Havnereglementet skal vedtages af teknik- og miljøudvalget og sendes til Sønderby
Havnedata senest 4 uger før go-live.

## BAAD 4 Havnedag for bådejerne

**Master-opgave ID** 66104

**Opgavetitel** BAAD 4 Havnedag for bådejerne

**Projekt** Fælles Lystbådehavne

**Prioritet** Valgfri

**Beskrivelse** Sønderby Havnedata holder en havnedag for bådejerne. Havnedagen holdes søndag den
14. maj 2028 kl. 11.00-14.30 på Havnekontoret, Molevej 2.
"""

_SHORT = """## KAJK 2 Databehandleraftale for Kajakbasen

**Master-opgave ID** 66201

**Opgavetitel** KAJK 2 Databehandleraftale for Kajakbasen

**Projekt** Fælles Kajakudlån

**Prioritet** Obligatorisk

**Beskrivelse** Kajakbasen rummer lånernes navne og telefonnumre. Vestfjord Kajakdata er databehandler.

- Sikkerhedsbrud: meldes til kommunen inden for 20 timer
- Hosting: Fjordhallen Serverrum
"""


@cache
def _kb(text: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(text))


def test_a_hole_in_the_security_is_the_texts_breach_of_data_security() -> None:
    a = answer(_kb(_EXPORT), "Hvis der har været hul i sikkerheden i Bådloggen, hvor hurtigt får vi besked?")
    assert a.found and "30 timer" in a.answer, a.answer


def test_a_data_leak_is_a_security_breach_said_as_one_word() -> None:
    a = answer(_kb(_SHORT), "Hvor hurtigt får vi besked om et datalæk i Kajakbasen?")
    assert a.found and "20 timer" in a.answer, a.answer


def test_a_bare_leak_is_no_security_breach() -> None:
    # the s51 review: 'læk' read as 'brud' answered a water leak with the breach deadline; a bare 'læk'
    # is a water or gas leak as often, so only 'datalæk' and a hole in the security are a breach
    a = answer(_kb(_SHORT), "Hvornår skal et læk i bådehusets tag meldes?")
    assert not a.found, a.answer


@pytest.mark.parametrize("question, day", [
    ("Hvornår på døgnet synkroniseres Bådloggen med havnekontoret?", "døgnet"),
    ("Hvornår på dagen er havnedagen?", "dagen"),
])
def test_the_day_of_a_time_of_day_is_framing(question: str, day: str) -> None:
    q = analyse(index_for(_kb(_EXPORT)), question)
    assert q.expects is Expect.CLOCK
    assert all(t.weight == 0 for t in q.tokens if t.surface == day), [(t.surface, t.weight) for t in q.tokens]

