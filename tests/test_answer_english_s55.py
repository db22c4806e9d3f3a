"""English questions of session 55, on tasks written here (a beach cleaning day, a library's sorting
workshop): a gerund before a noun joins as the verb's noun ('sorting workshop' -> 'sorteringsværksted'),
'what date is X?' asks the event's own day, which a task's window does not give, and a step that names no
mail subject does not answer what the subject is (a control)."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*rows: tuple[str, str]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"

_JOIN = _task(
    ("*Opgavetitel", "(STRD 1) Tilslutning til Strandkortet"),
    ("*Projekt", "Fælles Strande"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Strandkortet viser, hvor der er livreddere.</p><p>Få tilslutningsaftalen "
                     "underskrevet af direktøren for Kultur og Fritid, og send den til KOMBIT senest 6 uger "
                     "før go-live. "
                     "Skriv &quot;Strandkortet – tilmelding&quot; i emnefeltet.</p>"),
    ("Metode og fremgangsmåde", "<p>1) Læs aftalen 2) Få aftalen underskrevet 3) Send aftalen til KOMBIT med "
                                "det angivne emne</p>"),
)

_DAY = _task(
    ("*Opgavetitel", "(STRD 2) Rengøringsdag på strandene (valgfri)"),
    ("*Projekt", "Fælles Strande"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Rengøringsdagen varer 4 timer og er gratis. Havbiologen Lise Tangholm fortæller om "
                     "tang og muslinger.</p><p>Tid og sted: lørdag den 3. juni 2028 kl. 10-14 ved "
                     "Nordstranden.</p><p>Der skal ikke skrives under på noget.</p>"),
    ("Slutdato (fra Go-Live)", "20"),
    ("Startdato (fra Slutdato)", "-10"),
)

_WORKSHOP = _task(
    ("*Opgavetitel", "(BIBL 4) Sorteringsværksted for frivillige (valgfri)"),
    ("*Projekt", "Fælles Bogbusser"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Sorteringsværkstedet varer 3 timer. Bibliotekaren Ulla Ryg leder "
                     "sorteringsværkstedet. På sorteringsværkstedet udlånes stregkodelæsere til alle "
                     "deltagere.</p>"),
)


@cache
def _kb() -> KnowledgeBase:
    tasks = [t for text in (_JOIN, _DAY, _WORKSHOP) for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize("question", [
    "Hvad skal der stå i emnefeltet, når aftalen om Strandkortet sendes?",
    "Hvilket emne skal mailen med Strandkortet-aftalen have?",
])
def test_a_step_that_names_no_subject_does_not_answer_it(question: str) -> None:  # controls
    got = answer(_kb(), question)
    assert not got.found or "tilmelding" in got.answer, got.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("Who leads the sorting workshop?", "Ulla Ryg"),
    ("How long is the sorting workshop?", "3 timer"),
    ("What is lent out at the sorting workshop?", "stregkodelæsere"),
])
def test_a_gerund_before_a_noun_joins_as_the_verbs_noun(question: str, expected: str) -> None:
    got = answer(_kb(), question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", ["What date is the cleaning day?", "Hvilken dato er rengøringsdagen?"])
def test_an_events_date_is_not_the_tasks_window(question: str) -> None:
    got = answer(_kb(), question)
    assert not got.found or "3. juni" in got.answer, got.answer


def test_nothing_to_sign_for_the_workshop_is_not_a_yes() -> None:  # control
    got = answer(_kb(), "Do we have to sign anything for the sorting workshop?")
    assert not got.answer.startswith("Yes"), got.answer
