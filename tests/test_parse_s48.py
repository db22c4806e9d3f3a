"""Parse kinds of the retired held-out sets, each in other wordings and domains than the sets' own: a
second limit after the first (', dog tidligst 6 uger efter go-live') is a deadline of its own, not part of
the first one's anchor; the value a status is set to ('sæt status til "fuldført"') is no recipient."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.deadlines import sentence_deadlines


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Rammeaftalen underskrives af skolechefen og sendes til Lunde Data senest 10 arbejdsdage før den "
     "planlagte udrulning, dog tidligst 6 uger efter go-live.",
     (-10, "arbejdsdage", "planlagte udrulning"), (6, "uger", "go-live")),
    ("Bestil vinterpakken senest 3 uger før første snefald, dog senest 1 måned før go-live.",
     (-3, "uger", "første snefald"), (-1, "måneder", "go-live")),
])
def test_a_second_limit_after_dog_is_a_deadline_of_its_own(sentence, first, second):
    got = [(d.days, d.unit.value, d.anchor) for d in sentence_deadlines(sentence)]
    assert got == [first, second]


@pytest.mark.parametrize(("last_step", "recipient"), [
    ("Upload den underskrevne kontrakt i Borgerportalen og sæt status til “fuldført”.", "Borgerportalen"),
    ("Send kontrakten til KMD og ændr status på opgaven til fuldført", "KMD"),
    ("Gem kontrakten og opdater udførelsesstatus til \"afsluttet\"", None),
])
def test_the_value_a_status_is_set_to_is_no_recipient(last_step, recipient):
    steps = ("Udfyld kontrakten", "Få kontrakten underskrevet af borgmesteren", last_step)
    [signature] = _task("Kontrakten skal underskrives af borgmesteren.", steps=steps).signatures
    assert (signature.document, signature.recipient) == ("kontrakt", recipient)
