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


_COURSE = _task(
    ("*Opgavetitel", "(KURS 1) Kursus i affaldssortering (valgfri)"),
    ("*Projekt", "Fælles Affald"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Kurset afholdes som webinar over to formiddage. Kursusbeviset udsendes som pdf-fil "
                     "efter kurset. Kursusmaterialet ligger i Affaldsportalen.</p>"),
)

_PATH_BOARD = _task(
    ("*Opgavetitel", "(SKOV 3) Stiudvalgets møder"),
    ("*Projekt", "Fælles Skove"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Stiudvalget holder fire møder om året. Mødeformatet aftales med formanden. "
                     "Dagsordenen udsendes som pdf-fil en uge før mødet. Referatet skrives af "
                     "sekretæren.</p>"),
)

_GARDEN_MEETING = _task(
    ("*Opgavetitel", "(HAVE 4) Fællesmøde om haverne (valgfri)"),
    ("*Projekt", "Fælles Haver"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Fællesmødet holdes som videomøde på Teams. Referatet udsendes som pdf-fil til alle "
                     "deltagere. Normalt deltager 15 haveejere.</p>"),
)


@cache
def _kb_of(text: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(text)])


@pytest.mark.parametrize(("text", "question"), [
    (_COURSE, "hvilket format har kurset?"),
    (_COURSE, "hvilket format er kurset i?"),
    (_PATH_BOARD, "hvad er mødeformatet for stiudvalgets møder?"),
    (_PATH_BOARD, "hvilket format har stiudvalgets møder?"),
])
def test_a_format_of_a_meeting_or_course_is_no_file_format(text: str, question: str):
    a = answer(_kb_of(text), question)
    assert not a.found or "pdf" not in a.answer, a.answer


@pytest.mark.parametrize(("text", "question", "expected"), [
    (_COURSE, "i hvilket format holdes kurset?", "webinar"),
    (_GARDEN_MEETING, "i hvilket format holdes fællesmødet?", "videomøde"),
    (_GARDEN_MEETING, "hvilket filformat har referatet?", "pdf-fil"),  # a control
])
def test_how_a_meeting_is_held_is_read_as_before(text: str, question: str, expected: str):
    a = answer(_kb_of(text), question)
    assert a.found and expected in a.answer, a.answer
