"""Danish fact questions in other words than the task text (session 37): a verb asked where the text has
the deed's noun, alone or as a compound's first part; a sentence opening with 'Her' read with the one
before; a trade as the one who does a thing, the head of the question's own compound
being no answer; a relative clause's negation not the main clause's; the school's year as a length; a
count a thing is described with. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## RS 01 Rensning af regnvandsbassiner

**Master-opgave ID** 9471

**Opgavetitel** RS 01 Rensning af regnvandsbassiner

**Projekt** Regnvand i byen

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Regnvand - Bølge 1

**Mål** Bassinerne kan tage imod regnvand.

**Beskrivelse** Bassinerne tømmes for slam hvert andet år. Oprensningen forventes at tage 3 uger. \
Slammet analyseres i et laboratorium, før det køres bort. Slammet fjernes af en anlægsgartner.

Kommunen holder opstartsmøde med anlægsgartneren i marts. Her aftales adgangsvejene.

Borgere, der ikke kan nå deres grund i perioden, kan få en midlertidig adgang.

**Metode og fremgangsmåde** 1. Bestil analysen
2. Indgå aftale med anlægsgartneren
3. Registrér oprensningen

**Resultat** Bassinerne er renset.

**Anbefalet udfører** Driftsleder

**Anbefalet ansvarlig** Vejchef

## RS 02 Vandskole for 5. klasse

**Master-opgave ID** 9472

**Opgavetitel** RS 02 Vandskole for 5. klasse

**Projekt** Regnvand i byen

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 40

**Bølger** Regnvand - Bølge 2

**Mål** Eleverne kender byens vandkredsløb.

**Beskrivelse** Vandskolen er et forløb i et helt skoleår. Den foregår på renseanlægget med tre besøg om \
året. Besøgene ledes af en naturvejleder fra vandværket.

Materialerne til forløbet udarbejdes af den lokale naturforening.

**Metode og fremgangsmåde** 1. Aftal besøgene
2. Send materialerne til skolerne

**Resultat** Forløbet er gennemført.

**Anbefalet udfører** Skolekonsulent

**Anbefalet ansvarlig** Skolechef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    ("hvor lang tid tager det at oprense?", "3 uger"),  # the verb; the text the deed's noun
    ("hvad aftaler man på opstartsmødet?", "adgangsvejene"),  # 'Her aftales ...' after the meeting
    ("hvem fjerner slammet?", "anlægsgartner"),  # a trade, indefinite
    ("hvor længe varer vandskolen?", "skoleår"),  # a length said in school years
    ("hvor mange besøg har vandskolen om året?", "tre"),  # 'renseanlægget med tre besøg om året'
    # the negation of 'Borgere, der ikke kan nå deres grund, ...' says who may, not whether
    ("kan borgere få midlertidig adgang til grunden?", "Ja –"),
])
def test_fact_said_otherwise(kb: KnowledgeBase, question: str, value: str) -> None:
    said = answer(kb, question)
    assert said.found and value in said.answer, said.answer


@pytest.mark.parametrize("question", [
    "hvem kontakter man i naturforeningen?",  # 'den lokale naturforening' is the one asked about: no person
    "hvad koster oprensningen?",  # no price
    "hvor lang tid tager analysen af slammet?",  # the 3 weeks are the oprensning's
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
