# ruff: noqa: E501
"""Passages the question's words did not reach (s59): a sentence whose object is a pronoun ('Sejlmager
Service lægger det ind i Vindbogen inden for 6 dage efter modtagelsen') is read with the sentence before,
which names what the pronoun stands for, as a sentence that opens with a pronoun is. Guards: 'den'/'det'
as an article ('sender den nye plan'), and a sentence that names its own thing."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## DRGE 1 – Aftale om adgang til Vindbogen

**Master-opgave ID** 7101

**Opgavetitel** DRGE 1 – Aftale om adgang til Vindbogen

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Vindbogen er bookingsystemet for kommunernes dragepladser. Kommunen skal indgå aftalen med KOMBIT.

## DRGE 2 – Drageflyvningsreglementet

**Master-opgave ID** 7102

**Opgavetitel** DRGE 2 – Drageflyvningsreglementet

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen skriver et reglement for drageflyvning på de kommunale pladser. Reglementet vedtages af kultur- og naturudvalget og sendes til Sejlmager Service senest 6 uger før go-live. Sejlmager Service lægger det ind i Vindbogen inden for 7 dage efter modtagelsen.

**Resultat** Reglementet står i Vindbogen.

## DRGE 3 – Pladsoversigten

**Master-opgave ID** 7103

**Opgavetitel** DRGE 3 – Pladsoversigten

**Projekt** Fælles Dragepladser

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen laver en oversigt over alle dragepladser. Oversigten godkendes af chefen for Park og Natur og sendes til Trådrulle Data senest 9 arbejdsdage før go-live. Trådrulle Data offentliggør dem på Vindkortet inden for 11 dage efter modtagelsen.

## DRGE 4 – Vinterplanen

**Master-opgave ID** 7104

**Opgavetitel** DRGE 4 – Vinterplanen

**Projekt** Fælles Dragepladser

**Prioritet** Valgfri

**Beskrivelse** Haleknude Service sender den nye vinterplan til kommunerne hvert år i oktober. Kommunen laver en plan for snerydning på pladserne.
"""


@pytest.mark.parametrize("question, expected, source", [
    ("hvor hurtigt skal reglementet ligge i Vindbogen efter modtagelsen?", "7 dage", "7102"),
    ("how fast must the regulations be in Vindbogen after they are received?", "7 dage", "7102"),
    # (a control: the sentence says the thing's name itself)
    ("hvor hurtigt bliver pladsoversigten offentliggjort?", "11 dage", "7103"),
])
def test_an_object_pronoun_is_read_with_the_sentence_before(kbs, question, expected, source):
    _assert_found(kbs["drage"], question, expected, source)


@pytest.mark.parametrize("question, other", [
    # (a control) 'den nye vinterplan' is an article and its noun: the sentence names its own thing, and the plan the
    # sentence after it is about is not the one Haleknude Service sends
    ("hvornår sender vi planen for snerydning?", "oktober"),
])
def test_an_article_is_no_pronoun(kbs, question, other):
    got = answer(kbs["drage"], question)
    assert not got.found or other not in got.answer


# A long word a letter off one word the tasks write ('Støbedagen' typed 'støbbedagen') is read as
# that word, before its parts make a compound of the slip ('støbbe' + 'dagen' is any day).
SLIPS = """## FLET 1 – Støbedagen (valgfri)

**Master-opgave ID** 7201

**Opgavetitel** FLET 1 – Støbedagen (valgfri)

**Projekt** Fælles Fletteværksteder

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan holde Støbedagen lørdag den 4. oktober 2031 kl. 10-15 i Pileladen. Tinstøberen Ib Vidjesen viser, hvordan man støber en tinsoldat.

## FLET 2 – Pilelisten

**Master-opgave ID** 7202

**Opgavetitel** FLET 2 – Pilelisten

**Projekt** Fælles Fletteværksteder

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen laver en liste over sine pilebede. Pilelisten godkendes af chefen for Natur og Håndværk. Hver dag i værkstedet slutter kl. 16.

## FLET 3 – Skiltning ved pilebedene

**Master-opgave ID** 7203

**Opgavetitel** FLET 3 – Skiltning ved pilebedene

**Projekt** Fælles Fletteværksteder

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen sætter skiltene op ved alle pilebede. Leverandøren giver 4 års garanti på skiltene.
"""


@pytest.mark.parametrize("question, expected, source", [
    ("hvornår er støbbedagen", "4. oktober", "7201"),
    ("hvor lang garanti er der på skilene", "4 års", "7203"),
])
def test_a_slipped_letter_reads_as_the_written_word(kbs, question, expected, source):
    _assert_found(kbs["slips"], question, expected, source)


# An event's task, for questions of its time of day.
SHARES = """## ROKL 1 – Aftale om adgang til Årebogen

**Master-opgave ID** 7301

**Opgavetitel** ROKL 1 – Aftale om adgang til Årebogen

**Projekt** Fælles Roklubber

**Prioritet** Obligatorisk

**Beskrivelse** Årebogen er den fælles app, hvor roklubberne booker robåde og trænere.

- Højst 12 robåde pr. klub
- Pris: 980 kr. pr. måned

## ROKL 2 – Rodagen (valgfri)

**Master-opgave ID** 7302

**Opgavetitel** ROKL 2 – Rodagen (valgfri)

**Projekt** Fælles Roklubber

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan holde Rodagen søndag den 7. juni 2032 kl. 9-14 ved Havnen. Roerne får 2 timer på vandet, og der er 4 roere pr. kajak. Klubben stiller med redningsveste.
"""


# 'hvad tid starter X?' asks a time of day, which the text gives as a span ('kl. 9-14'): 'tid' and the
# verb of the span's start or end frame the question, no word the answer must say.
@pytest.mark.parametrize("question, expected, source", [
    ("hvad tid starter rodagen", "9-14", "7302"),
    ("hvad tid slutter Rodagen?", "9-14", "7302"),
])
def test_a_span_says_when_a_thing_starts(kbs, question, expected, source):
    _assert_found(kbs["shares"], question, expected, source)


@pytest.fixture(scope="module")
def kbs():
    return {name: KnowledgeBase.from_tasks(parse_text(text))
            for name, text in (("drage", EXPORT), ("slips", SLIPS), ("shares", SHARES))}


def _assert_found(kb, question, expected, source):
    got = answer(kb, question)
    assert got.found and expected in got.answer and source in got.sources
