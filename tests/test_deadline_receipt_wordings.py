"""A deadline counted from receipt, said with a verb instead of the noun (issue 8: 'anchor keeps the
verbs'): 'efter at have modtaget X', 'efter, at I modtager X', 'efter at have fået den tilsendt', 'efter
modtaget aftale' are all the anchor 'modtagelse'; 'regnet fra modtagelsen' is 'fra modtagelsen'; a sentence
that opens with the deadline and names the paper as the pronoun's object is about that paper; 'Før
kommunen får adgang' is no receipt."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines


def _read(sentence: str, documents: set[str] = frozenset({"aftale"})):
    return [(d.days, d.unit.value, d.anchor, d.about)
            for d in sentence_deadlines(sentence, documents=documents)]


@pytest.mark.parametrize("after", ["efter at have modtaget den", "efter, at I modtager aftalen",
                                   "efter at have fået den tilsendt",
                                   "efter at have modtaget aftalen fra KOMBIT", "efter modtaget aftale",
                                   "regnet fra modtagelsen"])
def test_receipt_said_with_a_verb_is_the_receipt_anchor(after):
    assert _read(f"Aftalen skal returneres senest 10 dage {after}.") == [(10, "dage", "modtagelse", "aftale")]


def test_the_anchor_object_ends_before_the_main_clause():
    got = _read("Senest 10 arbejdsdage efter at have modtaget aftalen skal kommunen returnere den.")
    assert got == [(10, "arbejdsdage", "modtagelse", "aftale")]


def test_getting_access_is_no_receipt():
    got = _read("Før kommunen får adgang til CPR-data, skal aftalen være underskrevet.")
    assert all(anchor != "modtagelse" for _, _, anchor, _ in got)
