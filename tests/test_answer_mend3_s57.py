"""Session 57 mends (part 3): «reach» is «sendes til» only for a thing (a paper, rules), not for people or
a party; a file format is asked only of a paper or file, and credited only to a sentence naming the
thing asked; an event's length is said of the event itself."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*rows: tuple[str, str]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"

_LIGHTS = _task(
    ("*Opgavetitel", "(LYS 1) Udskiftning af gadelys"),
    ("*Projekt", "Fælles Lys"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Leverandøren skal kontakte Lysportalen senest 5 dage før go-live. Testrapporten "
                     "sendes til Lysportalen senest 1. marts 2030. Gæsterne til indvielsen skal møde op ved "
                     "Rådhuset kl. 17. Invitationerne sendes til Rådhuset senest 1. februar 2030.</p>"),
)

_BEACH = _task(
    ("*Opgavetitel", "(BADE 2) Strandrensedagen (valgfri)"),
    ("*Projekt", "Fælles Strande"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Deltag i Strandrensedagen. Deltagerne skal møde op ved Fyrtårnet kl. 9.30. Hver "
                     "deltager medbringer handsker og en skraldepose. Tilmeldingslisten sendes til Fyrtårnet "
                     "senest 1. maj 2030.</p>"),
)


@cache
def _kb() -> KnowledgeBase:
    texts = (_LIGHTS, _BEACH)
    tasks = [t for text in texts for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize("question", [
    "When should the volunteers reach Rådhuset?",
    "When should the helpers reach Rådhuset?",
    "When should the volunteers reach Fyrtårnet?",
])
def test_people_who_reach_a_place_are_not_a_thing_sent_there(question: str):
    a = answer(_kb(), question)
    assert not a.found or "sendes til" not in a.answer, a.answer


def test_a_party_that_reaches_another_contacts_it():
    a = answer(_kb(), "When must the supplier reach Lysportalen?")
    assert a.found and "kontakte Lysportalen" in a.answer, a.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("When must the test report reach Lysportalen?", "1. marts 2030"),
    ("When must the list reach Fyrtårnet?", "1. maj 2030"),
])
def test_a_paper_that_reaches_a_party_is_sent_to_it(question: str, expected: str):
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer
