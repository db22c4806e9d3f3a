# ruff: noqa: E501
"""Passages the question's words did not reach or answers the gate let through wrongly (s63), on tasks
written here: English everyday words of outdoor, craft and heritage tasks read as the tasks' Danish
('basket' - 'kurv', 'marsh' - 'mose', 'whistle' - 'fløjte'); 'hvem er <a whole name>?' answered by the
trade the text sets in apposition before the name ('den erfarne kurvemager Jens Pilgaard'), whatever the
trade; a question of what may not be done is not answered by a sentence that forbids nothing ('1. Tag
vejledningen med' for 'hvad må ikke tages med?'). Controls: a name no task writes stays unknown, a name
with no title before it gives no title, what is forbidden keeps its answer."""

import pytest
from test_answer_retrieval_s61 import _found, _not_claimed

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text

BASKETS = """## PIL 1 – Tilslutning til Pilebogen

**Master-opgave ID** 9101

**Opgavetitel** PIL 1 – Tilslutning til Pilebogen

**Projekt** Fælles Pileflet

**Prioritet** Obligatorisk

**Mål** Borgerne kan booke en plads på flettekurset i Pilebogen.

**Beskrivelse** Pilebogen er systemet, hvor borgerne booker pladser på kurserne i kurveflet ved mosen.
- Udvikler: Vidjehus Data
- Pris: 540 kr. pr. måned

**Resultat** Kommunen er tilsluttet Pilebogen.

## PIL 2 – Databehandleraftale for flettekurser

**Master-opgave ID** 9102

**Opgavetitel** PIL 2 – Databehandleraftale for flettekurser

**Projekt** Fælles Pileflet

**Prioritet** Obligatorisk

**Beskrivelse** Vidjebogen er systemet, hvor skolerne tilmelder elever til flettekurser. Systemet gemmer elevernes navne, alder og telefonnumre.
- Databehandler: Vidjehus Data
- Sletning: 3 måneder efter kurset

**Resultat** Aftalen er underskrevet.

## PIL 3 – Reglerne for flettekurset

**Master-opgave ID** 9103

**Opgavetitel** PIL 3 – Reglerne for flettekurset

**Projekt** Fælles Pileflet

**Prioritet** Obligatorisk

**Beskrivelse** Reglerne for kurset ved Lyngmosen:
- Hver deltager fletter én kurv på kurset
- Knive og økser er ikke tilladt i flettehuset
- Børn under 10 år skal have en voksen med

Der er plads til 12 gæster i flettehuset. Den erfarne kurvemager Jens Pilgaard viser, hvordan pilen flettes. Instruktøren bruger en fløjte, når holdet skal samles ved mosen.

**Metode og fremgangsmåde**
1. Skriv reglerne
2. Tag vejledningen med til flettehuset
3. Læg reglerne på kommunens hjemmeside

**Resultat** Reglerne er vedtaget.

## PIL 5 – Pileturen (valgfri)

**Master-opgave ID** 9105

**Opgavetitel** PIL 5 – Pileturen (valgfri)

**Projekt** Fælles Pileflet

**Prioritet** Valgfri

**Beskrivelse** Pileturen går lørdag den 6. september 2031 kl. 9-12 fra P-pladsen ved Lyngmosen. Der er plads til 40 besøgende. Holdet ledes af Mette Vidjegaard. Den tidligere Hans Fletmose kører bussen. Den pensionerede gartner Ida Lund fortæller om fuglene ved mosen, og hønsene fodres af Bo Vidje.

**Resultat** Pileturen er gennemført.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(BASKETS))


ANSWERED = [
    # everyday nouns of the English dictionary's s63 block, read as the tasks' Danish
    ("How many baskets does each participant weave?", "kurv", "9103"),
    ("When does the instructor use a whistle?", "fløjte", "9103"),
    # a trade in apposition before a whole name says who the person is, though no role list holds it
    ("Hvem er Jens Pilgaard?", "kurvemager", "9103"),
    ("hvem er jens pilgaard", "kurvemager", "9103"),
    ("hvilken stilling har Jens Pilgaard?", "kurvemager", "9103"),
    # 'retired' as 'pensioneret', 'talk about' as 'fortælle', 'feed' as 'fodre'
    ("Who is the retired gardener on Pileturen?", "Ida Lund", "9105"),
    ("Who talks about the birds at the bog?", "Ida Lund", "9105"),
    ("Who feeds the hens?", "Bo Vidje", "9105"),
    # 'visitor' as 'besøgende' where the task asked about says it, 'gæst' where it does
    ("How many visitors can come on Pileturen?", "40", "9105"),
    ("How many guests is there room for in flettehuset?", "12", "9103"),
    # a definite noun opening a sentence stands for the name the sentence before defined as it ('Pilebogen er
    # systemet, hvor ...' then 'Systemet gemmer ...'), as a pronoun does
    ("Hvad gemmer Vidjebogen om eleverne?", "telefonnumre", "9102"),
    ("What does Vidjebogen store about the pupils?", "telefonnumre", "9102"),
    # (a control: what is forbidden, asked, keeps the sentence that forbids it)
    ("Hvad er ikke tilladt i flettehuset?", "Knive", "9103"),
]


# what may not be done is not answered by a step that only shares the verb and forbids nothing; and the
# controls: a name no task writes stays unknown, a name with only an adjective before it has no title, a
# word no dictionary line holds stays unknown
NOT_CLAIMED = [
    ("Hvad må ikke tages med i flettehuset?", "vejledningen"),
    ("What may not be put on the website?", "hjemmeside"),
    ("Hvad må man ikke lægge på hjemmesiden?", "Læg reglerne"),
    ("Hvem er Ole Flettersen?", ""),
    ("Hvem er Hans Fletmose?", "tidligere"),
    ("When does the instructor use a trumpet?", "fløjte"),
]


@pytest.mark.parametrize("question, expected, source", ANSWERED + [(q, None, w) for q, w in NOT_CLAIMED])
def test_answered_from_the_passage_that_says_it(kb, question, expected, source):
    """An expected answer comes from its source task; with none expected, the wrong words are not claimed."""
    if expected is None:
        _not_claimed(kb, question, source)
    else:
        _found(kb, question, expected, source)
