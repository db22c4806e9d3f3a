"""Parse kinds of the retired held-out sets, each in other wordings and domains than the sets' own: a label
in a paragraph of its own ('<p><b>Metode og fremgangsmåde</b></p>'), as an editor saves it, is a label; a
second limit after the first (', dog tidligst 6 uger efter go-live') is a deadline of its own, not part of
the first one's anchor; the value a status is set to ('sæt status til "fuldført"') is no recipient."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.deadlines import sentence_deadlines
from knowledge.parse import parse_text

_STEPS = ("1) Saml skemaerne fra skolerne 2) Skolechefen underskriver kontrakten "
          "3) Send kontrakten til Lunde Data")
_EXPORT = f"""## Opdatering af skoleskemaer

**Master-opgave ID** 7701

**Opgavetitel** SKEMA 2 Skift af skemasystem

**Projekt** Fælles Skoledata

<p><b>Beskrivelse</b></p>\t<p>Skolerne skifter skemasystem. Kontrakten underskrives af skolechefen.</p>

<p><b>Metode og fremgangsmåde</b></p>\t<p>{_STEPS}</p>

<p><b>Bemærk</b></p>\t<p>Skemaerne skal være klar før sommerferien.</p>
"""


def test_a_label_in_a_paragraph_of_its_own_is_a_label():
    [task] = parse_text(_EXPORT)
    steps = [s.text for s in task.method_steps]
    assert steps[:2] == ["Saml skemaerne fra skolerne", "Skolechefen underskriver kontrakten"]
    assert len(steps) == 3 and steps[2].startswith("Send kontrakten til Lunde Data")
    assert task.description.startswith("Skolerne skifter skemasystem")
    [signature] = task.signatures
    assert (signature.document, signature.signed_step) == ("kontrakt", 2)


def test_a_bold_paragraph_that_names_no_field_stays_text():
    [task] = parse_text(_EXPORT)
    # 'Bemærk' is no field of a task: its paragraph is more of the text above it, not a label of its own
    assert "Bemærk" not in task.extra
    assert "sommerferien" in " ".join(s.text for s in task.method_steps)


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
