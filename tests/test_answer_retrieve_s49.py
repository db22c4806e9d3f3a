"""Passages the question's words reach though the words stand elsewhere in the task (s49): a list whose
items a blank line parts (as a file saved from Word writes bullets) is read with the sentence leading into
it, item after item; a place is no article ('på kommunens vegne'); the title's task code ('VAND 1') is no
thing a sentence's number ('1,25 kr.') names; 'X, der ikke er ..., kommer ikke med i Y' says what follows
when X is not done; whom to ask about the title's thing is said by the task's sentence on asking, not by
any sentence naming a party."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## VAND 1 Tilslut kommunen til Regnmåleren

**Master-opgave ID** 7701

**Opgavetitel** VAND 1 Tilslut kommunen til Regnmåleren

**Projekt** Klimadata

**Prioritet** Obligatorisk

**Beskrivelse** Regnmåleren samler målinger fra kommunens regnbede og bassiner.

Løsningen er udviklet af Skovlund Hydro og hostes hos Tarm Datacenter.

- Pris: 1,25 kr. pr. indbygger pr. år
- Aftaleperiode: 4 år

Aftalen underskrives af teknisk direktør.

Først når KOMBIT har modtaget aftalen, opretter Skovlund Hydro kommunens målere.

Aftalen løber fra go-live, og aftalen kan opsiges med 6 måneders varsel.

Spørgsmål om aftalen: Signe Bruun, KOMBIT, tlf. 20 30 40 50.

## VAND 3 Prøveindlæsning af målinger fra SCADA-anlægget

**Master-opgave ID** 7703

**Opgavetitel** VAND 3 Prøveindlæsning af målinger fra SCADA-anlægget

**Projekt** Klimadata

**Prioritet** Obligatorisk

**Beskrivelse** Inden opstart sender kommunen et prøveudtræk fra SCADA-anlægget til Skovlund Hydro.

• Prøveudtræk: 30 dages målinger

• Filtype: JSON

• Indlæsningstid: 2 uger

Skovlund Hydro melder tilbage, når prøven er indlæst.

## VAND 5 Kursus i rapportmodulet

**Master-opgave ID** 7705

**Opgavetitel** VAND 5 Kursus i rapportmodulet

**Projekt** Klimadata

**Prioritet** Valgfri

**Beskrivelse** Kurset holdes online og varer to timer.

Bassiner, der ikke er indmeldt, kommer ikke med i varslingen og bliver ikke tømt før skybrud.

- Deltagerbetaling: 450 kr. pr. person

## VAND 7 Databehandleraftale for Bassinkortet

**Master-opgave ID** 7707

**Opgavetitel** VAND 7 Databehandleraftale for Bassinkortet

**Projekt** Klimadata

**Prioritet** Obligatorisk

**Beskrivelse** Nordby Data driver løsningen og behandler data på kommunens vegne.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


def test_an_item_after_a_blank_line_is_read_with_the_lead_sentence(kb):
    got = answer(kb, "hvilken filtype skal prøveudtrækket fra SCADA-anlægget have?")
    assert got.found and "JSON" in got.answer and got.sources == ["7703"]


@pytest.mark.parametrize("question", ["hvor hostes rapportmodulet?", "hvad koster Regnmåleren pr. bassin?",
                                      # 'på kommunens vegne' is no place
                                      "hvor hostes Bassinkortet?"])
def test_what_the_tasks_do_not_say_stays_unknown(kb, question):
    assert not answer(kb, question).found


def test_what_follows_for_a_thing_not_done_said_in_a_relative_clause(kb):
    got = answer(kb, "hvad sker der med bassiner, som ikke bliver indmeldt?")
    assert got.found and "varslingen" in got.answer and got.sources == ["7705"]


def test_whom_to_ask_is_the_sentence_on_asking(kb):
    got = answer(kb, "hvem kan jeg spørge om aftalen til Regnmåleren?")
    assert got.found and "Signe Bruun" in got.answer
