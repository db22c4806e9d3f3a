"""Which candidate wins among near misses (session 47): 'hvad koster en reparation af en låge?' is answered
by the repair's price, not by a fact that prices the gate (the words after the preposition only say which
one), nor by a fact list whose intro is a sentence with a price of its own. On tasks written here."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, title: str, end: str, text: str, steps: str,
          project: str = "Selvbetjening på bibliotekerne") -> str:
    return "\n".join("\t".join(row) for row in [
        ("*Opgavetitel", f"({code}) {title}"),
        ("*Projekt", project),
        ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
        ("Slutdato (fra Go-Live)", end),
        ("Mål", "Lånerne kan selv låne og aflevere."),
        ("*Beskrivelse", text),
        ("Metode og fremgangsmåde", steps),
        ("Anbefalet udfører", "Bibliotekar"),
        ("Anbefalet ansvarlig", "Bibliotekschef"),
    ]) + "\n"


_FENCES = "\n".join([
    _task("HUN 1", "Indhegning af hundeskovene", "-30",
          "<p>Fakta om hegnet:</p><ul><li>Pris pr. låge: 2.400 kr.</li><li>Pris pr. meter hegn: 310 kr.</li>"
          "</ul><p>Hegnet sættes op af Hegnsmontage ApS.</p>",
          "1) Bestil hegnet 2) Sæt hegnet op", project="Nye hundeskove"),
    _task("HUN 2", "Vedligehold af hundeskovene", "20",
          "<p>En reparation koster 650 kr. inkl. materialer. Græsset slås hver anden uge af "
          "parkafdelingen.</p>",
          "1) Tilse lågerne 2) Bestil reparationer", project="Nye hundeskove"),
])


@cache
def _fences() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_FENCES)])


def test_the_thing_asked_before_the_one_that_says_which() -> None:
    a = answer(_fences(), "hvad koster en reparation af en låge?")
    assert "2.400" not in a.answer, a.answer
    assert a.found and "650" in a.answer and a.sources == ["HUN 2"], a.answer


def test_a_word_that_names_the_value_is_no_thing_asked() -> None:
    # 'prisen' names the value asked: the gate's own price line answers
    a = answer(_fences(), "hvad er prisen for en låge?")
    assert "650" not in a.answer or "2.400" in a.answer, a.answer


_BOATS = _task("SEJ 1", "Indkøb af joller til sejlerskolen", "-40",
               "<p>Sejlerskolen får seks nye joller. En reparation af en jolle koster 700 kr.</p>"
               "<p>Fakta om jollerne:</p><ul><li>Pris pr. jolle: 14.000 kr.</li>"
               "<li>Sejlareal: 7 m²</li></ul>",
               "1) Bestil jollerne 2) Modtag jollerne", project="Sejlerskole for børn")


@cache
def _boats() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_BOATS)])


def test_a_sentence_with_a_figure_of_its_own_is_no_intro_of_the_list_after_it() -> None:
    # 'En reparation af en jolle koster 700 kr.' stands before 'Fakta om jollerne:', but says its own
    # price: the list is not about repairs
    a = answer(_boats(), "hvad koster en reparation af en jolle?")
    assert "14.000" not in a.answer, a.answer
    assert a.found and "700" in a.answer, a.answer
