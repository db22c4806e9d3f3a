"""English questions of session 56, on tasks written here (a winter bathing club's jetty, a dance school's
studio, a harbour's Christmas market): a compound the question names is referred back to by its definite
head ('Listen har fire felter' after 'badebrolisten'), 'what size' asks how big a thing is, and general
words English questions lacked (a walk, an instructor, the nearest thing, a mirror, support
hours)."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*rows: tuple[str, str]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"

_JETTY = _task(
    ("*Opgavetitel", "(VINB 2) Indsend badebrolisten"),
    ("*Projekt", "Fælles Vinterbadning"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Kommunen udfylder badebrolisten i et regneark.</p><p>Listen har fire felter pr. "
                     "bro:</p><ul><li>Bronavn</li><li>Længde</li><li>Vanddybde</li><li>Stige</li></ul>"
                     "<p>Badebrolisten sendes til Isflage Data "
                     "senest 9 arbejdsdage før go-live.</p><p>En lærer fra skolen følger eleverne til "
                     "broen.</p><p>Support: hverdage 8.00-11.30</p>"),
)

_STUDIO = _task(
    ("*Opgavetitel", "(DANS 3) Danselokalet gøres klar (valgfri)"),
    ("*Projekt", "Fælles Danseskoler"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Lokalets spejle rengøres hver 4. uge af Klarsyn Rengøring.</p><p>Instruktøren "
                     "Vibeke Trinholt underviser på åbningsdagen, og eleverne øver de første trin.</p>"
                     "<p>Gulvets størrelse er 12 x 9 meter.</p><p>Tilmeldingsblanketten har felter til navn "
                     "og alder.</p>"),
)

_MARKET = _task(
    ("*Opgavetitel", "(HAVN 5) Julemarked og vandring på havnen (valgfri)"),
    ("*Projekt", "Fælles Havnemiljø"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Markedet har plads til højst 40 boder. En bod på markedet koster 275 kr.</p>"
                     "<p>Vandringen på havnen varer 90 minutter og ledes af havnefogeden Karsten Tovbjerg."
                     "</p><p>Lydgrænse: højst 75 dB ved nærmeste bolig.</p>"),
)


@cache
def _kb() -> KnowledgeBase:
    tasks = [t for text in (_JETTY, _STUDIO, _MARKET) for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize(("question", "expected"), [
    ("What fields does the badebroliste have?", "Vanddybde"),
    ("Which fields does the badebrolisten have?", "Stige"),
])
def test_a_compound_named_in_english_is_referred_back_to_by_its_head(question: str, expected: str) -> None:
    got = answer(_kb(), question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("What size is the floor?", "12 x 9 meter"),
    ("Who is the instructor on the opening day?", "Vibeke Trinholt"),
    ("How often are the mirrors cleaned?", "4. uge"),
    ("How long is the walk on the harbour?", "90 minutter"),
    ("What is the noise limit at the nearest home?", "75 dB"),
    ("What are the support hours for the badebroliste?", "8.00-11.30"),
])
def test_general_english_words_are_read_as_the_tasks_write_them(question: str, expected: str) -> None:
    got = answer(_kb(), question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "What size is the stage?",
    "Who is the instructor at the market?",
    "How often are the mirrors in the bathing huts cleaned?",
])
def test_a_thing_the_tasks_do_not_say_gets_no_answer(question: str) -> None:  # controls
    got = answer(_kb(), question)
    assert not got.found, got.answer
