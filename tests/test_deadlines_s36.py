"""Text deadlines as other authors write them (golden set dev19): the one-word span without 'senest', an
event's end in its own words, what a list item or a quantified subject concerns, the words of the anchor."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines


def _read(sentence: str) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in sentence_deadlines(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a passive verb or a label before 'ugen/dagen før': as '2 uger før go-live' there
    ("Det endelige udtræk leveres ugen før go-live.", [(-1, "uger", "go-live", "endelige udtræk")]),
    ("Oprettelsen af brugerne afsluttes dagen før go-live.",
     [(-1, "dage", "go-live", "oprettelsen af brugerne")]),
    ("- Klasseundervisning: ugen før go-live", [(-1, "uger", "go-live", "klasseundervisning")]),
    ("Kurset afholdes ugen før go-live.", []),  # when it takes place, no deadline
    ("Der er ekstra support i ugen efter go-live.", []),  # a period
    # an event's end or start in its own words; a genitive before a bare noun
    ("Testrapporten skal være afleveret inden udgangen af bølgens testperiode.",
     [(0, "dage", "udgangen af bølgens testperiode", "testrapporten")]),
    ("Kommunen skal have ryddet op i sagerne inden projektets afslutning.",
     [(0, "dage", "projektets afslutning", "sagerne")]),
    # a quantifier and an adjective before the subject; a list marker is no part of it
    ("Alle åbne sager i det gamle system skal være lukket 2 måneder før overgangen til KY.",
     [(-2, "måneder", "go-live", "åbne sager i det gamle system")]),
    ("- Lokale brugerkonti nedlægges senest 30 dage efter go-live",
     [(30, "dage", "go-live", "lokale brugerkonti")]),
])
def test_deadline_and_what_it_concerns(sentence, expected):
    assert _read(sentence) == expected


def test_the_second_clause_names_its_own_thing_after_an_article():
    got = _read("Dataudtrækket skal være valideret senest 10 dage efter modtagelsen, og det endelige udtræk "
                "leveres ugen før go-live.")
    assert got == [(10, "dage", "modtagelse", "dataudtrækket"), (-1, "uger", "go-live", "endelige udtræk")]


def test_the_text_keeps_what_is_gone_over_to_and_no_list_marker():
    texts = [d.text for d in sentence_deadlines(
        "- Data skal være flyttet senest 2 måneder før overgangen til det nye system.")]
    assert texts == ["Data skal være flyttet senest 2 måneder før overgangen til det nye system"]
    texts = [d.text for d in sentence_deadlines("Aftalen returneres 2 måneder før overgangen til SAPA.")]
    assert texts[0].endswith("overgangen til SAPA")


def test_a_genitive_before_a_noun_of_no_time_is_no_event():
    assert _read("Forældrene skal give samtykke, før elevernes svar bruges.") == []
