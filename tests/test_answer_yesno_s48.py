"""Yes/no (session 48): a deed put before the earliest moment a sentence allows is a 'Nej' ('ved go-live?' -
'tidligst 6 uger efter go-live'); a platform a paper is signed in ('i NemLog-in') is no signer, so who
signs does not deny it, nor does a denied way of signing ('kan ikke underskrives digitalt') deny the
signing; a listed fact's claim is read in its own line, not the sentence above it; 'gratis' answers
'koster det noget?' with 'Nej'; a denied fuldmagt lets nobody else do a deed; the task named after 'opgaven
om' is no signer. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.earliest import before_earliest
from knowledge.qa.pipeline import answer

TASKS = """## VAND 03 (Opsætning) Fjernaflæsning af vandmålere (B2)

**Master-opgave ID** 7731

**Opgavetitel** VAND 03 (Opsætning) Fjernaflæsning af vandmålere (B2)

**Projekt** Vandforsyning

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 90

**Bølger** Vandforsyning - Bølge 2

**Mål** Fjernaflæsningen er sat op.

**Beskrivelse** Kommunen kan koble vandmålerne til Måleportalen. Fjernaflæsningen kan tidligst \
aktiveres 6 uger efter go-live, så målerne først er registreret. Leverandøren af Måleportalen er \
Hydrodata ApS.

Tilkøbsaftalen signeres digitalt af forsyningschefen i NemLog-in og sendes derefter til Hydrodata.

**Resultat** Fjernaflæsningen er aktiveret.

## VAND 04 (Aftale) Aftale om målerdata (B2)

**Master-opgave ID** 7732

**Opgavetitel** VAND 04 (Aftale) Aftale om målerdata (B2)

**Projekt** Vandforsyning

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Bølger** Vandforsyning - Bølge 2

**Mål** Dataaftalen er underskrevet.

**Beskrivelse** Dataaftalen underskrives af teknisk direktør og returneres til KOMBIT.

**Resultat** Dataaftalen er underskrevet.

## VAND 05 (Valgfri) Alarmer fra pumpestationer (B2)

**Master-opgave ID** 7733

**Opgavetitel** VAND 05 (Valgfri) Alarmer fra pumpestationer (B2)

**Projekt** Vandforsyning

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** 60

**Bølger** Vandforsyning - Bølge 2

**Mål** Alarmer sendes til vagttelefonen.

**Beskrivelse** Kommunen kan vælge at sende alarmer fra pumpestationerne til vagthavende, så fejl \
opdages om natten.

- Kanal: SMS (opkald til fastnettelefoner understøttes ikke)
- Hyppighed: hvert 5. minut

Alarmtjenesten er gratis for kommunen; teleselskabets gebyrer betales af KOMBIT.

Samtykket kan ikke underskrives digitalt – vagtlederen skal aflevere det på papir. Samtykket underskrives \
af vagtlederen. Egne skabeloner accepteres ikke som fuldmagt.

Vagtplanen skal godkendes af formanden for klima- og forsyningsudvalget. Alarmlisten godkendes af \
driftschefen.

**Resultat** Alarmerne er sat op.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "verdict"), [
    ("Kan fjernaflæsningen aktiveres på go-live-dagen?", "Nej"),
    ("Kan vi aktivere fjernaflæsningen allerede ved go-live?", "Nej"),
    ("Kan fjernaflæsningen aktiveres 2 måneder efter go-live?", "Ja"),
    ("Skal tilkøbsaftalen signeres i NemLog-in?", "Ja"),
    ("Understøtter alarmtjenesten opkald til fastnettelefoner?", "Nej"),
    ("Koster alarmtjenesten noget for kommunen?", "Nej"),
    ("Skal vagtlederen underskrive samtykket?", "Ja"),
    ("Kræver opgaven om pumpestationer en underskrift?", "Ja"),
    ("Skal vagtplanen godkendes af udvalgsformanden?", "Ja"),
    ("Skal borgmesteren godkende alarmlisten?", "Nej"),
    ("Skal alarmlisten godkendes af byrådet?", "Nej"),
])
def test_settled(kb: KnowledgeBase, question: str, verdict: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert a.answer.startswith(verdict), a.answer


def test_a_platform_is_no_signer(kb: KnowledgeBase) -> None:
    # the text says who signs the dataaftale, not where: 'i NemLog-in' is not denied by the signer
    a = answer(kb, "Skal dataaftalen underskrives i NemLog-in?")
    assert not a.answer.startswith(("Ja", "Nej")), a.answer


_SAID = "Den kan tidligst tages i brug 14 dage efter go-live."


@pytest.mark.parametrize(("question", "said", "early"), [
    ("kan den tages i brug ved go-live?", _SAID, True),
    ("kan den tages i brug samme dag som go-live?", _SAID, True),
    ("kan den tages i brug en uge efter go-live?", _SAID, True),
    ("kan den tages i brug en måned efter go-live?", _SAID, False),
    ("can we start right after go-live?", "Reminders can start 2 weeks after go-live at the earliest.", True),
    ("kan den tages i brug før jul?", _SAID, None),
    ("kan den tages i brug ved go-live?", "Den skal være klar senest 14 dage efter go-live.", None),
])
def test_before_earliest(question: str, said: str, early: bool | None) -> None:
    assert before_earliest(question, said) is early
