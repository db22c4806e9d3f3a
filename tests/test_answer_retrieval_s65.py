# ruff: noqa: E501
"""Passages the question's words did not reach (s65), on tasks written here: a name typed in lower case
('hvem er underdatabehandler for drejebogen') is read as the tasks write it ('Drejebogen'); a mail address
is the value of its sentence, not a word of what the sentence is about ('keramikaftale@kombit.dk' names no
'keramikaftale' beside the 'tilslutningsaftale' asked); 'hvor varm/kold må X være?' asks a temperature in
degrees, not a place; a query that opens with 'adresse' asks an address; a street address of any street
name ('Lerstien 4, 8432 Brændby') is the address of the place named right before it.
Controls: a lower-case word the tasks also write in lower case stays a word, a temperature asked of the
other bound, a height, and an address no task gives stay honest."""

import pytest
from test_answer_retrieval_s61 import _found, _not_claimed

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text

POTTERY = """## KRMK 1 – Tilslutning til Drejebogen

**Master-opgave ID** 9101

**Opgavetitel** KRMK 1 – Tilslutning til Drejebogen

**Projekt** Fælles Keramik

**Prioritet** Obligatorisk

**Mål** Borgerne kan booke tid ved drejeskiverne i kommunens keramikværksted.

**Beskrivelse** Kommunen tilslutter sig Drejebogen.
- Pris: 740 kr. pr. måned

Tilslutningsaftalen underskrives af direktøren for Kultur og Håndværk og sendes til KOMBIT senest 4 uger før go-live.

**Metode og fremgangsmåde** <ol><li>1. Hent tilslutningsaftalen i Drejebogen.</li> <li>2. Få aftalen underskrevet.</li> <li>3. Send den underskrevne aftale til keramikaftale@kombit.dk.</li></ol>

**Resultat** Kommunen er tilsluttet Drejebogen.

## KRMK 2 – Databehandleraftale for værkstedsbookinger

**Master-opgave ID** 9102

**Opgavetitel** KRMK 2 – Databehandleraftale for værkstedsbookinger

**Projekt** Fælles Keramik

**Prioritet** Obligatorisk

**Beskrivelse** Drejebogen er systemet, hvor borgerne booker tid ved drejeskiverne. Systemet gemmer deltagernes navne og telefonnumre:
- Databehandler: Glasur Systemer
- Underdatabehandler: Ovnbakke Hosting
- Dataansvarlig: Kommunen

Databehandleraftalen underskrives af kommunaldirektøren.

**Resultat** Databehandleraftalen er underskrevet.

## KRMK 3 – Ovnreglerne

**Master-opgave ID** 9103

**Opgavetitel** KRMK 3 – Ovnreglerne

**Projekt** Fælles Keramik

**Prioritet** Obligatorisk

**Beskrivelse** Ovnreglerne gælder for værkstedet:
- Brændeovne: højst 1.200 grader
- Lerlageret: mindst 5 grader
- Afstand: mindst 1 meter mellem ovnene og døren

Ovnreglerne vedtages af kulturudvalget.

**Resultat** Ovnreglerne er vedtaget.

## KRMK 6 – Lerdagen (valgfri)

**Master-opgave ID** 9106

**Opgavetitel** KRMK 6 – Lerdagen (valgfri)

**Projekt** Fælles Keramik

**Prioritet** Valgfri

**Beskrivelse** Lerdagen holdes lørdag den 9. maj 2032 kl. 10-14 ved Pottemagerhuset, Lerstien 4, 8432 Brændby. Den tidligere pottemager Inge Skårvig viser, hvordan man drejer en skål.

**Resultat** Lerdagen er holdt.
"""


@pytest.fixture(scope="module")
def pottery():
    """The pottery project's tasks, read as a municipality imports them."""
    return KnowledgeBase.from_tasks(parse_text(POTTERY))


ANSWERED = [
    # a name typed in lower case, read as the tasks write it
    ("hvem er underdatabehandler for drejebogen", "Ovnbakke Hosting", "9102"),
    ("hvem er dataansvarlig for drejebogen", "Kommunen", "9102"),
    # a mail address is the value, not a sibling compound of the paper asked
    ("Hvilken mailadresse skal den underskrevne tilslutningsaftale til Drejebogen sendes til?", "keramikaftale@kombit.dk", "9101"),
    # a temperature asked by 'hvor varm / kold'
    ("Hvor varme må brændeovnene være?", "1.200 grader", "9103"),
    ("Hvor koldt må lerlageret være?", "5 grader", "9103"),
    # an address asked by a query that opens with the noun, and a street of any name
    ("adresse lerdagen", "Lerstien 4", "9106"),
    ("Hvad er adressen på Pottemagerhuset?", "Lerstien 4", "9106"),
    # (a control: a yes/no keeps its reading of a lower-case name, the claim's subject)
    ("er lerdagen valgfri", "Ja", "9106"),
]


# the controls: a word the tasks write in lower case (no name), the other bound of a temperature, a height
# no text gives, an address of a place no task names
NOT_CLAIMED = [
    ("hvem er underdatabehandler for keramikværkstedet", "Ovnbakke Hosting"),
    ("Hvor kolde må brændeovnene være?", "1.200 grader"),
    ("Hvor varmt må lerlageret være?", "5 grader"),
    ("Hvor høje må brændeovnene være?", "grader"),
    ("adresse drejeværkstedet i Ovnby", "Lerstien 4"),
]


@pytest.mark.parametrize("question, expected, source", ANSWERED)
def test_reading_reaches_the_value(pottery, question, expected, source):
    """Each reading of s65 lets the question reach the value its source task states."""
    _found(pottery, question, expected, source)


@pytest.mark.parametrize("question, wrong", NOT_CLAIMED)
def test_reading_keeps_neighbours_honest(pottery, question, wrong):
    """A question beside the reading that the tasks do not answer does not get its value."""
    _not_claimed(pottery, question, wrong)


def test_only_one_word_names_are_read_as_names(pottery):
    """A word of a longer name ('Kultur og Håndværk', 'Glasur Systemer') is no one-word name: typed in
    lower case it stays a word, which may be a common noun ('kultur')."""
    from knowledge.index import index_for
    from knowledge.qa.analysis.names import written_names

    names = written_names(index_for(pottery))
    assert "drejebog" in names
    assert not {"kultur", "handvark", "glasur", "system"} & names
