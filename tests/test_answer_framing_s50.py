"""A degree adverb frames the relation it grades ('tæt relateret', 'closely related'): it says how close, not
what is asked, so a word no task writes is no sign of an unknown subject. Texts written for these tests."""

from __future__ import annotations

import pytest

from knowledge.fold import GENERIC_KEYS, key

TASK = """## VAND 2 Registrer drikkevandsboringer (B1)

**Master-opgave ID** 81502

**Opgavetitel** VAND 2 Registrer drikkevandsboringer (B1)

**Projekt** Vandforsyning

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 10

**Slutdato (fra Go-Live)** -20

**Startdato (fra Slutdato)** -10

**Mål** Kommunens boringer er registreret i Boringsregistret.

**Beskrivelse** Kommunen registrerer hver boring med dybde og ejer.

**Relaterede opgaver** VAND 4

**Metode og fremgangsmåde** 1. Registrer boringerne

**Resultat** Boringerne er registreret.

## VAND 4 Kontroller vandprøver (B1)

**Master-opgave ID** 81504

**Opgavetitel** VAND 4 Kontroller vandprøver (B1)

**Projekt** Vandforsyning

**Prioritet** Obligatorisk

**Opgave varighed (antal dage)** 5

**Slutdato (fra Go-Live)** -10

**Startdato (fra Slutdato)** -5

**Mål** Vandprøverne er kontrolleret.

**Beskrivelse** Laboratoriet sender prøvesvarene til kommunen.

**Metode og fremgangsmåde** 1. Kontroller prøvesvarene

**Resultat** Prøverne er kontrolleret.
"""


@pytest.fixture(scope="module")
def kb():
    from knowledge.base import KnowledgeBase
    from knowledge.parse import parse_text
    return KnowledgeBase.from_tasks(parse_text(TASK))


@pytest.mark.parametrize("question", [
    "hvilke opgaver er VAND 2 tæt relateret til?",
    "which tasks is VAND 2 closely related to?",
])
def test_a_degree_adverb_frames_the_relation(kb, question: str) -> None:
    from knowledge.qa.pipeline import answer
    got = answer(kb, question)
    assert got.found and "VAND 4" in got.answer, got.answer


def test_the_adverbs_are_framing_words() -> None:
    assert {key("tæt"), key("closely")} <= GENERIC_KEYS
