"""Answer types (session 44): who (a count 'to' before the doers is 'two', not the English 'to'; a counted
agent of two passives), when (a length asked of a deed is that deed's; 'CVR- og CPR-data' asks no CVR
number), which step (a method step says which step it is, also when its words found the task). Tasks
written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected, holds

TASKS = """## SVØM 1 (Drift) Digital booking i svømmehallen

**Master-opgave ID** 9861

**Opgavetitel** SVØM 1 (Drift) Digital booking i svømmehallen

**Projekt** Svømmehaller

**Prioritet** Obligatorisk

**Beskrivelse** Skolerne booker baner i BadeBook. Bassinet tømmes og kalkes af to maskinmestre. \
Det sker hvert forår. Fliserne tages af vinduespudserne. Et banetov udskiftes efter 5 år. \
Leverandøren skal have adgang til CVR- og CPR-data senest 4 uger \
før go-live. Opsætningen tager cirka to uger.

**Metode og fremgangsmåde** 1. Opret skolerne i BadeBook
2. Opsæt banerne i BadeBook
3. Send vejledningen til skolerne

**Resultat** Banerne bookes digitalt.

**Anbefalet udfører** Svømmehalsleder

**Anbefalet ansvarlig** Idrætschef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize(("question", "value"), [
    ("hvem kalker bassinet?", "maskinmestre"),
    ("hvem tømmer bassinet?", "maskinmestre"),
    ("hvem tager fliserne?", "vinduespudserne"),
    ("hvornår skal leverandøren have adgang til CVR- og CPR-data?", "4 uger"),
    ("hvilket trin opsætter banerne?", "Opsæt banerne"),
    ("hvilket trin sender vejledningen?", "Send vejledningen"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvor lang tid tager det at kalke bassinet?",  # 'hvert forår' says when, no length; no other deed's
    "hvor lang tid tager det at male et banetov?",  # 'udskiftes efter 5 år' is the time of another deed
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer


def test_two_before_doers_is_a_count() -> None:
    assert holds(Expect.PARTY, "De repareres af to teknikere.", "hvem reparerer dem?")
    assert not holds(Expect.PARTY, "The form is sent to the supplier.", "who fills in the form?")


def test_how_many_of_a_value_counts() -> None:
    assert expected("how many phone numbers must each group have?") is Expect.COUNT
    assert expected("hvor mange mailadresser har vi?") is Expect.COUNT
    assert expected("hvor mange kroner koster det?") is Expect.PRICE
    assert expected("hvor mange dage har vi?") is Expect.TIME


def test_passive_agent_after_a_phrase() -> None:
    text = "Teksterne oversættes til engelsk af et eksternt bureau."
    assert holds(Expect.PARTY, text, "hvem oversætter teksterne?")


def test_cvr_compound_part_asks_no_cvr() -> None:
    assert expected("hvornaar skal de have adgang til cvr- og cpr-data?") is Expect.TIME
    assert expected("hvad er cvr-nummeret paa leverandoeren?") is Expect.CVR


def test_abbreviation_owned_by_a_genitive_is_no_party() -> None:
    assert not holds(Expect.PARTY, "2. Tilslut saltbilernes GPS", "hvem kører saltbilerne?")
    assert holds(Expect.PARTY, "Saltbilerne køres af KMD.", "hvem kører saltbilerne?")


def test_a_holiday_or_season_says_when_not_how_long() -> None:
    assert holds(Expect.TIME, "Tilskuddet udbetales efter sommerferien.", "hvornår udbetales tilskuddet?")
    assert holds(Expect.TIME, "Kurset holdes i foråret.", "hvornår holdes kurset?")
    assert not holds(Expect.TIME, "Vi rydder op i ferien.", "hvor lang tid tager oprydningen?")


SIBLINGS = """## KORT 1 (System) Digitale beboerkort

**Master-opgave ID** 9881

**Opgavetitel** KORT 1 (System) Digitale beboerkort

**Projekt** Affaldskort

**Prioritet** Obligatorisk

**Beskrivelse** Beboerkortene flyttes til en app.

**Anbefalet ansvarlig** Affaldschef

## KORT 2 (Drift) Kontrol af kortene

**Master-opgave ID** 9882

**Opgavetitel** KORT 2 (Drift) Kontrol af kortene

**Projekt** Affaldskort

**Prioritet** Obligatorisk

**Beskrivelse** Kontrollen udføres af genbrugspladsens mandskab, der scanner kortene ved porten.

**Anbefalet ansvarlig** Affaldschef
"""


def test_a_sibling_task_says_the_head_of_the_project_thing() -> None:
    kb = KnowledgeBase.from_tasks(parse_text(SIBLINGS))
    a = answer(kb, "hvem udfører kontrollen af beboerkortene?")
    assert a.found, a.answer
    assert "mandskab" in a.answer


RECEIPT = """## BLAN 1 (Aftaler) Tilslutning til HavnePortalen

**Master-opgave ID** 9891

**Opgavetitel** BLAN 1 (Aftaler) Tilslutning til HavnePortalen

**Projekt** Havneportal

**Prioritet** Obligatorisk

**Beskrivelse** Blanketten »Havneaftale« skal returneres til KOMBIT senest 3 uger efter, at kommunen har \
modtaget den.

**Anbefalet ansvarlig** Havnefoged
"""


def test_deed_only_in_what_the_time_is_counted_from() -> None:
    kb = KnowledgeBase.from_tasks(parse_text(RECEIPT))
    assert not answer(kb, "hvornår modtager kommunen blanketten Havneaftale?").found
    a = answer(kb, "hvornår skal blanketten Havneaftale returneres?")
    assert a.found and "3 uger" in a.answer, a.answer


def test_a_partys_abbreviation_is_still_a_party() -> None:
    assert holds(Expect.PARTY, "2. Læs instruksen igennem sammen med kommunens DPO",
                 "hvem skal kommunen læse instruksen igennem sammen med?")
