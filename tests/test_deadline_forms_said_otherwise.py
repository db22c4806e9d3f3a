"""Deadlines said otherwise: 'ugen/dagen før X' after the state demanded ('skal være afsluttet dagen før
konverteringen'; 'i ugen før go-live' stays a period), a pronoun for what the opening clause names ('Når
rollerne er tildelt, skal de kontrolleres senest ...'), and a verb never taken for what a deadline is
about."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines


def _read(sentence: str) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in sentence_deadlines(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Skemaet skal være KMD i hænde ugen før go-live.", [(-1, "uger", "go-live", "skemaet")]),
    ("Oprydningen skal være afsluttet dagen før konverteringen.",
     [(-1, "dage", "konverteringen", "oprydningen")]),
    ("Planen skal være godkendt måneden før go-live.", [(-1, "måneder", "go-live", "planen")]),
    ("Superbrugerne undervises i ugen før go-live.", []),  # when it takes place
    ("Vi skal holde møde dagen før go-live.", []),  # a plan, no state demanded by then
])
def test_the_unit_alone_after_the_state_demanded(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(("sentence", "about"), [
    ("Når kontiene er oprettet, skal de kontrolleres senest 5 dage før go-live.", "kontiene"),
    ("Efter at testen er gennemført, skal den være godkendt senest 3 dage efter go-live.", "testen"),
    ("Når leverandøren er klar, skal den orienteres senest 2 dage før go-live.", None),  # a party
    ("Når kommunen er klar, skal den melde det senest 2 dage før go-live.", None),  # 'melde' is a verb
])
def test_a_pronoun_for_what_the_opening_clause_names(sentence, about):
    (d,) = sentence_deadlines(sentence)
    assert d.about == about


@pytest.mark.parametrize(("sentence", "about"), [
    ("Eventuelle fejl meldes til KMD senest ti arbejdsdage efter modtagelsen.", "fejl"),
    ("Kommunen indmelder tre testere til KOMBIT senest 14 dage efter opgavens start.", "testere"),
    ("Alle brugere skal være oprettet senest 5 dage før go-live.", "brugere"),
])
def test_what_a_deadline_is_about_is_the_things_not_how_many(sentence, about):
    (d,) = sentence_deadlines(sentence)
    assert d.about == about
