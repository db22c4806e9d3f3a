"""What a deadline concerns when its sentence names no thing, only the act: a party's reflexive verb
('Skolen melder sig ... senest ...') and a sentence that is only the act's noun and its deadline
('Afmelding senest ...'); a name after the deadline ('... til <contact>') is not what it concerns."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task
from test_parse_signatures_s40 import _deadlines


@pytest.mark.parametrize(("sentence", "about"), [
    ("Forvaltningen melder sig senest 5 uger før go-live til Ingrid Halvorsen, tlf. 12345678.", "melde sig"),
    ("Skolerne skal tilmelde sig senest 15 arbejdsdage før go-live.", "skolerne tilmelde sig"),
    ("Kommunen skal afmelde sig og oplyse antallet af kasser senest 2 uger før go-live.", "afmelde sig"),
])
def test_a_partys_reflexive_act_is_what_its_deadline_concerns(sentence, about):
    assert [d[3] for d in _deadlines(_task(sentence))] == [about]


@pytest.mark.parametrize(("sentence", "about"), [
    ("Afmelding senest 9 arbejdsdage før go-live til Palle Skov, ps@eksempel.dk.", "afmelding"),
    ("Bestillingen senest 4 uger før go-live via portalen.", "bestillingen"),
])
def test_an_acts_noun_with_only_its_deadline_is_what_it_concerns(sentence, about):
    assert [d[3] for d in _deadlines(_task(sentence))] == [about]



@pytest.mark.parametrize("sentence", [
    # the s51 review: a reflexive act before another clause's deadline does not claim it
    "Skolerne skal tilmelde sig, og elevlisten skal være sendt senest 10 dage før go-live.",
    "I skal forberede jer, og testplanen skal sendes senest 20 dage før go-live.",
    "Kommunen skal sikre sig 2 uger før go-live, at der er adgang.",
])
def test_a_reflexive_act_before_another_clause_is_not_what_its_deadline_concerns(sentence):
    assert not any(d[3] and d[3].endswith(" sig") for d in _deadlines(_task(sentence)))
