"""Parse kinds of the retired held-out sets, each in other wordings and domains than the sets' own: a
second limit after the first (', dog tidligst 6 uger efter go-live') is a deadline of its own, not part of
the first one's anchor; the value a status is set to ('sæt status til "fuldført"') is no recipient; a
doing in -ering that a named approver approves and that is then sent on ('Prioriteringen godkendes af X og
sendes til Y') is a thing handed over, tracked as an approval."""

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
    ("Upload kontrakten i KMD og ændr status på opgaven til fuldført", "KMD"),  # the old code: 'fuldført'
    ("Gem kontrakten og opdater udførelsesstatus til \"afsluttet\"", None),
    ("Upload kontrakten og opdater udførelsesstatus til \"afsluttet\"", None),  # the old code: 'afsluttet'
])
def test_the_value_a_status_is_set_to_is_no_recipient(last_step, recipient):
    steps = ("Udfyld kontrakten", "Få kontrakten underskrevet af borgmesteren", last_step)
    [signature] = _task("Kontrakten skal underskrives af borgmesteren.", steps=steps).signatures
    assert (signature.document, signature.recipient) == ("kontrakt", recipient)


@pytest.mark.parametrize(("sentence", "document", "recipient"), [
    ("Prioriteringen godkendes af vejchefen og sendes til Lunde Data senest 3 uger før go-live.",
     "prioritering", "Lunde Data"),
    ("Kategoriseringen skal godkendes af skolechefen og derefter returneres til KOMBIT.",
     "kategorisering", "KOMBIT"),
])
def test_a_doing_approved_and_sent_on_is_a_thing_handed_over(sentence, document, recipient):
    [signature] = _task(sentence).signatures
    assert (signature.document, signature.recipient, signature.approval) == (document, recipient, True)


def test_a_doing_approved_and_not_sent_on_stays_a_doing():
    assert _task("Konverteringen godkendes af styregruppen senest 3 uger før go-live.").signatures == []


def test_a_thing_approved_named_as_what_is_received_is_when_the_deadline_counts_from():
    task = _task("Prioriteringen godkendes af vejchefen og sendes til Lunde Data senest 3 uger før "
                 "go-live.",
                 "Hvis kommunen har rettelser, skal rettelserne sendes inden for 5 arbejdsdage efter "
                 "modtagelsen af prioriteringen.")
    abouts = {(d.days, d.anchor): d.about for d in task.text_deadlines}
    assert abouts[(-3, "go-live")] == "prioritering"
    assert abouts[(5, "modtagelse")] == "rettelserne"
