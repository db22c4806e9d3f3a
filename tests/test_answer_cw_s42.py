"""Confident wrong answers (session 42): a dimension asked (a weight, a height) is answered only by a
measure of that dimension, not by another measure of the thing ('Tank: 1.000 liter' weighs nothing). On
a task written here."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(SNE 1) Ny saltspreder til vintertjenesten"),
    ("*Projekt", "Vintertjeneste"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-20"),
    ("Mål", "Vintertjenesten kan salte alle cykelstier inden kl. 6."),
    ("*Beskrivelse", "<p>Vej og Park køber en saltspreder, der spreder saltlage på cykelstierne.</p><ul>"
                     "<li>Model - IceStop 12</li><li>Beholder - 1.200 liter</li>"
                     "<li>Spredebredde - 2,5 meter</li><li>Pris - 185.000 kr.</li></ul>"
                     "<p>Sprederen leveres af Vinterteknik A/S. Saltladen rummer 300 ton salt.</p>"),
    ("Metode og fremgangsmåde", "1) Bestil sprederen 2) Monter sprederen på traktoren"),
    ("Resultat", "Sprederen er monteret."),
    ("Anbefalet udfører", "Driftsleder"),
    ("Anbefalet ansvarlig", "Vejchef"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT)])  # as a workspace has them


@pytest.mark.parametrize("question", [
    # the list gives a volume, a width and a price of the spreader: none is its weight
    "Hvad vejer saltsprederen?",
    "Hvor tung er saltsprederen?",
    "What does the salt spreader weigh?",
])
def test_dimension_not_answered_by_another_measure(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor meget salt rummer saltladen?", "300 ton"),
    ("Hvor bred er spredebredden?", "2,5 meter"),
    ("Hvad er prisen på saltsprederen?", "185.000"),
])
def test_measures_still_answered(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found, a.answer
    assert value in a.answer
