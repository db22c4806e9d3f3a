# ruff: noqa: E501
"""The lead's mends of the forty-eighth session's merge, on tasks written here: an English value question's
word that the asker typed right after a determiner ('what does the hamster app cost?') names the thing
asked of; no task saying it, the price of another app is no answer. Controls: the task's own app by its
name or by its own word, and a Danish twin."""

import pytest
from test_answer_retrieval_s61 import _found, _not_claimed

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text

RINKS = """## SKØJ 2 – Tilslutning til Isbanebogen

**Master-opgave ID** 9302

**Opgavetitel** SKØJ 2 – Tilslutning til Isbanebogen

**Projekt** Fælles Skøjtebane

**Prioritet** Obligatorisk

**Mål** Kommunen kan udleje skøjtetider i Isbanebogen.

**Beskrivelse** Isbanebogen er appen, hvor foreninger booker tider på kunstisbanen. Før kommunen kan bruge appen, skal der foreligge en aftale med KOMBIT.
- Udvikler: Rimfrost Software
- Drift: Nordlys Hosting
- Pris: 1.240 kr. pr. måned

**Resultat** Aftalen er underskrevet.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(RINKS))


@pytest.mark.parametrize("question", [
    "What does the hamster app cost per month?",
    "What does the hamster system cost per month?",
    "How much is the walrus app per month?",
])
def test_an_unknown_word_before_the_thing_is_no_verb(kb, question):
    _not_claimed(kb, question, "1.240")


@pytest.mark.parametrize("question", [
    "What does the Isbanebogen app cost per month?",
    "Hvad er prisen for Isbanebogen?",
])
def test_the_apps_own_price_is_kept(kb, question):
    _found(kb, question, "1.240", "9302")


def test_a_danish_unknown_qualifier_stays_unanswered(kb):
    _not_claimed(kb, "Hvad koster hamster-appen om måneden?", "1.240")
