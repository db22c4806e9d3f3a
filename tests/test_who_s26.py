"""Who answers (branch s26-when): a party that holds a charge ('X står for driften af Y')."""

from __future__ import annotations

from knowledge.qa.types import Expect, holds


def test_a_party_that_holds_the_asked_charge_is_a_party():
    asked = "Hvem står for driften af integrationen?"
    assert holds(Expect.PARTY, "Orbitex står for driften af integrationen til lønsystemet.", asked)
    assert holds(Expect.PARTY, "Orbitex har ansvaret for driften.", asked)
    # another charge than the one asked names no one for it
    assert not holds(Expect.PARTY, "Orbitex står for oplæringen.", asked)
