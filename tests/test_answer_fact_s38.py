"""One value stated in the text (session 38): a grant is no price, nor an amount per unit a total; a
start ('fra 1. maj') says not when a thing closes; a '-sted' label says where; a table cell is about its
columns' headers and the sentence leading into it; a time counted 'fra' the asked event is not that
event's time; 'kroner' is 'kr.'. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = """## BRO 01 Istandsættelse af gangbroer

**Master-opgave ID** 9581

**Opgavetitel** BRO 01 Istandsættelse af gangbroer

**Projekt** Broer i parkerne

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -30

**Bølger** Broer - Bølge 1

**Mål** Gangbroerne er sikre.

**Beskrivelse** Grundejerforeningen betaler selv malingen, som koster ca. 18.000 kr. Kommunen giver et \
tilskud på 5.000 kr. pr. bro. Der er i alt afsat 240.000 kr. til broerne.

Ansøgning om tilskud skal sendes inden for 2 måneder efter arbejdet. Tilmeldingen til arbejdsdagen sker \
i Foreningsportalen fra 1. april.

Praktisk:
- Mødested: Parkhuset, Søvej 12
- Pladser pr. hold: 15

Udbuddet offentliggøres på kommunens hjemmeside, og tilbudsfristen er 21 dage fra offentliggørelsen.

**Metode og fremgangsmåde** 1. Gennemgå broerne
2. Indhent tilbud
3. Udbetal tilskuddene

**Resultat** Broerne er istandsat.

**Anbefalet udfører** Parkingeniør

**Anbefalet ansvarlig** Parkchef
"""

TABLE = ("*Opgavetitel\t(BRO 2) Udskiftning af rækværker\n"
         "*Projekt\tBroer i parkerne\n"
         "Slutdato (fra Go-Live)\t0\n"
         "*Beskrivelse\t<p>Udskiftningen sker i to etaper.</p><table><tr><th>Etape</th><th>Park</th>"
         "<th>Antal rækværker</th><th>Periode</th></tr><tr><td>1</td><td>Byparken</td><td>40</td>"
         "<td>april-juni</td></tr><tr><td>2</td><td>Skovparken</td><td>25</td><td>august-oktober</td></tr>"
         "</table>\n"
         "Anbefalet udfører\tParkingeniør\n")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS) + parse_text(TABLE))


@pytest.mark.parametrize(("question", "value"), [
    ("hvad koster det at male en gangbro?", "18.000"),  # not the grant of 5.000 kr.
    ("hvor stort er tilskuddet pr. bro?", "5.000"),  # the grant asked for by name
    ("hvor mange kroner er der afsat til broerne?", "240.000"),  # 'kroner' is the text's 'kr.'
    ("hvor mange penge er der i alt til tilskud til broerne?", "Det ved jeg ikke"),  # not 5.000 kr. pr. bro
    ("hvor er mødestedet for gangbroerne?", "Parkhuset"),  # a '-sted' label after the list's intro
    ("hvornår udskiftes rækværkerne i Skovparken?", "august-oktober"),  # the table's header and lead
])
def test_value_stated(kb: KnowledgeBase, question: str, value: str) -> None:
    said = answer(kb, question)
    assert said.found != value.startswith("Det ved jeg ikke") and value in said.answer, said.answer


@pytest.mark.parametrize(("question", "wrong"), [
    ("hvornår lukker tilmeldingen til arbejdsdagen?", "1. april"),  # only when it opens
    ("hvornår offentliggøres udbuddet?", "21 dage"),  # the tilbudsfrist's, counted from it
])
def test_value_of_another(kb: KnowledgeBase, question: str, wrong: str) -> None:
    said = answer(kb, question)
    assert not said.found or wrong not in said.answer, said.answer
