# ruff: noqa: E501
"""Passages the question's words did not reach (s64), on tasks written here: a project named by an everyday
noun that is all a size question asks of ('hvor stor må en drage være?' in Fælles Drage) is looked for as a
word, and a measure that names another dimension ('2 meter bred') gives no height; a word naming a title's
compound by its head ('hjelme' for 'sikkerhedshjelme') is explained by the title; a which-information
question ('hvilke oplysninger gemmer X?') is answered by the sentence that enumerates the pieces; 'hvad står
der i X?' by the intro that opens with X's name over its list.
Controls: another dimension, a weight, a deed the text does not say and a verb the sentence does not say
stay honest."""

import pytest
from test_answer_retrieval_s61 import _found, _not_claimed

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text

KITES = """## DRG 1 – Tilslutning til Dragebogen

**Master-opgave ID** 8801

**Opgavetitel** DRG 1 – Tilslutning til Dragebogen

**Projekt** Fælles Drage

**Prioritet** Obligatorisk

**Mål** Klubberne kan tilmelde hold til dragefestivalen på stranden.

**Beskrivelse** Dragebogen er tilmeldingssystemet for festivalen. Tilslutningen koster 620 kr. pr. måned.
- Udvikler: Luftspejl Data
- Binding: 12 måneder

Dragebogen gemmer holdenes navne, trænere, e-mails og startnumre.

**Resultat** Kommunen er tilsluttet Dragebogen.

## DRG 3 – Drageregler for stranden

**Master-opgave ID** 8803

**Opgavetitel** DRG 3 – Drageregler for stranden

**Projekt** Fælles Drage

**Prioritet** Obligatorisk

**Beskrivelse** Dragereglerne:
- En drage må højst være 2 meter bred
- Der må ikke flyves over badezonen
- Hver klub må stille med højst 3 hold

Reglerne vedtages af fritidsudvalget og sendes til Vindbo Service senest 10 dage før go-live.

**Resultat** Dragereglerne er vedtaget.

## DRG 5 – Strandreglementet

**Master-opgave ID** 8805

**Opgavetitel** DRG 5 – Strandreglementet

**Projekt** Fælles Drage

**Prioritet** Obligatorisk

**Beskrivelse** Strandreglementet gælder for alle hold, der flyver på festivalpladsen:
1. Snorene rulles op efter hver runde.
2. Hunde skal være i snor.

Strandreglementet sendes til Vindbo Service senest 8 dage før go-live.

**Resultat** Strandreglementet er vedtaget og hængt op.

## DRG 4 – Lån af dragesnore og sikkerhedshjelme (valgfri)

**Master-opgave ID** 8804

**Opgavetitel** DRG 4 – Lån af dragesnore og sikkerhedshjelme (valgfri)

**Projekt** Fælles Drage

**Prioritet** Valgfri

**Beskrivelse** Vindbo Udlejning låner dragesnore og sikkerhedshjelme ud.
- Låneperiode: 5 dage
- Pris: 275 kr. pr. lån

Den erfarne dragebygger Per Blæst viser, hvordan man flyver en drage.

**Metode og fremgangsmåde** 1. Bestil snore og hjelme hos Vindbo Udlejning 2. Lever udstyret tilbage

**Resultat** Udstyret er lånt og leveret tilbage.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(KITES))


ANSWERED = [
    # the project's everyday noun is all a size question asks of: the sentence that says the noun
    ("Hvor stor må en drage være?", "2 meter", "8803"),
    ("Hvor bred må en drage være?", "2 meter", "8803"),
    # a word naming a compound of the title by its head ('hjelme' - 'sikkerhedshjelme')
    ("Hvad koster et lån af dragesnore og hjelme?", "275", "8804"),
    ("Hvad koster et lån af hjelme?", "275", "8804"),
    # a which-information question, answered by the sentence that enumerates the pieces
    ("Hvilke oplysninger gemmer Dragebogen?", "trænere", "8801"),
    # 'hvad står der i X?': the intro that opens with the paper's name, with its list, not that it is adopted
    ("Hvad står der i dragereglerne?", "badezonen", "8803"),
    ("hvad står der i strandreglementet", "Hunde skal være i snor", "8805"),
]


# the controls: a height where the text names a width, a weight no text gives, a count of the project's noun no
# sentence gives, information under a verb the sentence does not say
NOT_CLAIMED = [
    ("Hvor høj må en drage være?", "2 meter"),
    ("Hvor tung må en drage være?", "2 meter"),
    ("Hvor mange drager må en klub have?", "3 hold"),
    ("Hvilke oplysninger sletter Dragebogen?", "trænere"),
]


@pytest.mark.parametrize("question, expected, source", ANSWERED)
def test_found_in_its_source(kb, question, expected, source):
    """The question is answered with the expected words, from the task that says them."""
    _found(kb, question, expected, source)


@pytest.mark.parametrize("question, wrong", NOT_CLAIMED)
def test_neighbours_stay_honest(kb, question, wrong):
    """A neighbour the tasks do not answer is not answered with the words of the kind's answer."""
    _not_claimed(kb, question, wrong)
