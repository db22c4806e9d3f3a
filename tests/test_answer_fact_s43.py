"""Fact questions (session 43): a value said only for another day, week, year, language or route is no
answer for the one the question names; a line labelled with a kind of system names no party for 'hvem';
a count's list is never read after a preposition or from a noun taken for a verb. On tasks written here."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.claimed_values import other_occasion
from knowledge.qa.intents.facts import _labels_system
from knowledge.qa.pipeline import answer

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(BIB 7) Udlån af brætspil på biblioteket"),
    ("*Projekt", "Brætspil"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-15"),
    ("Mål", "Borgerne kan låne brætspil på alle filialer."),
    ("*Beskrivelse", "<p>Biblioteket låner brætspil ud til borgerne.</p><ul>"
                     "<li>Udlånssystem - SpilBase 2</li><li>Antal spil - 640</li>"
                     "<li>Spilleverandør - Terningen ApS</li></ul>"
                     "<p>Spilcaféen er åben hver onsdag fra kl. 15 til 18. Vejledningen findes på dansk. "
                     "I 2026 afholdes 12 spilaftener. Reklamationer behandles hurtigt, og spillene "
                     "tælles op.</p>"),
    ("Metode og fremgangsmåde", "1) Registrer spillene 2) Åbn for udlån"),
    ("Resultat", "Spillene kan lånes."),
    ("Anbefalet udfører", "Bibliotekar"),
    ("Anbefalet ansvarlig", "Bibliotekschef"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT)])  # as a workspace has them


@pytest.mark.parametrize("question", [
    "Hvornår er spilcaféen åben om fredagen?",  # said for Wednesdays only
    "Hvor mange spilaftener afholdes i 2027?",  # said for 2026 only
    "Hvem leverer udlånssystemet?",  # 'Udlånssystem - SpilBase 2' names the system, not its supplier
    "Hvor mange oplysninger skal en reklamation indeholde?",  # no list of what it must hold
])
def test_not_answered_by_another_occasion_or_kind(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvornår er spilcaféen åben om onsdagen?", "kl. 15"),
    ("Hvor mange spilaftener afholdes i 2026?", "12"),
    ("Hvilket udlånssystem bruger biblioteket?", "SpilBase 2"),
    ("Hvem leverer spillene?", "Terningen"),
])
def test_value_for_the_occasion_asked(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


def test_other_occasion_names_the_asked_words() -> None:
    asked = "hvornår er der åbent om torsdagen?"
    assert other_occasion(asked, "Åbent hver tirsdag kl. 10-12.") == "torsdagen"
    assert other_occasion(asked, "Åbent på hverdage kl. 10-12.") == ""
    assert other_occasion("hvor mange deltager i 2027?", "I 2026 deltager 40.") == "2027"
    assert other_occasion("hvornår sendes brevet via Digital Post?", "Brevet sendes med almindelig post.")
    assert other_occasion("hvornår lukker havnen?", "Havnen lukker 1. november.") == ""


def test_only_a_label_that_is_a_kind_of_system_names_no_party() -> None:
    def line(label: str) -> SimpleNamespace:
        return SimpleNamespace(cell=False, fact=SimpleNamespace(subject=label, context=""))
    assert _labels_system(line("Bookingsystem"))
    assert not _labels_system(line("Leverandør af bookingsystem"))  # its value is the supplier
