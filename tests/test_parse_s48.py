"""Parse kinds of the retired held-out sets, each in other wordings and domains than the sets' own: a label in
a paragraph of its own ('<p><b>Metode og fremgangsmåde</b></p>'), as an editor saves it, is a label."""

from __future__ import annotations

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
