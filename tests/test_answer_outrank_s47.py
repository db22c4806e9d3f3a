"""Which candidate wins among near misses (session 47): 'hvad koster en reparation af en jolle?' is answered
by the repair's price, not by the fact list after that sentence ('Fakta om jollerne: Pris pr. jolle: ...'),
whose intro a sentence with a price of its own is not. On a task written here."""

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


def test_a_year_in_the_sentence_before_a_list_is_no_figure_of_its_own():
    # 'Fra 2025 gælder disse priser for snerydning på cykelstierne.' still says what the list after it
    # is about: a year is no price the sentence states (review of s47)
    md = ("## VIN 1 (Drift) Udbud af vintertjeneste\n\n**Master-opgave ID** 7501\n\n"
          "**Projekt** Vej og park\n\n**Beskrivelse** Kommunen rydder sne på vejene. Fra 2025 gælder "
          "disse priser for snerydning på cykelstierne.\n\nFakta om priserne:\n"
          "- Pris pr. kilometer: 310 kr.\n- Tillæg ved nattevagt: 90 kr.\n\n"
          "**Anbefalet udfører** Vejformand\n")
    a = answer(KnowledgeBase.from_tasks(parse_text(md)),
               "hvad er prisen pr. kilometer for snerydning på cykelstierne?")
    assert a.found and "310 kr." in a.answer, a.answer
