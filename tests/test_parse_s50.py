"""Parse kinds of the retired held-out sets, each in other wordings and domains than the sets' own: a
body's adoption of rules it then sends on to a party ('Ordensreglementet vedtages af udvalget og sendes
derefter til X') is a text handed over, tracked as an approval, while an adoption kept at home stays the
body's decision; a plural whose singular drops an e ('reglerne' of 'regel') is named by its plural, not
by a cut that is no word ('regl')."""

from __future__ import annotations

import pytest
from test_parse_signatures_s39 import _task

from knowledge.approvals import approved_things


@pytest.mark.parametrize(("sentence", "document", "signer", "recipient"), [
    ("Ordensreglementet vedtages af skole- og kulturudvalget og sendes derefter til Lindholm Data senest "
     "3 uger før go-live.", "ordensreglement", "skole- og kulturudvalget", "Lindholm Data"),
    ("Parkeringsreglerne skal vedtages af teknikudvalget og sendes til KOMBIT senest 20 dage før go-live.",
     "parkeringsregler", "teknikudvalget", "KOMBIT"),
    ("Lånereglementet vedtages af bibliotekets bestyrelse og sendes sammen med prislisten til Bogvogn ApS.",
     "lånereglement", "bibliotekets bestyrelse", "Bogvogn ApS"),
])
def test_rules_a_body_adopts_and_sends_on_are_handed_over(sentence, document, signer, recipient):
    [signature] = _task(sentence).signatures
    assert (signature.document, signature.signer, signature.recipient, signature.approval) == \
        (document, signer, recipient, True)


# controls (no signature before stop 50 either): the handed-over reading must not take these
@pytest.mark.parametrize("sentence", [
    "Affaldsregulativet vedtages af kommunalbestyrelsen.",
    "Ordensreglementet vedtages af skoleudvalget på sit møde i marts.",
    # the council's decision reported to an authority is made known, not handed to a counterpart
    "Vandtaksterne vedtages af byrådet og sendes til Forsyningstilsynet.",
])
def test_an_adoption_kept_at_home_is_the_bodys_decision(sentence):
    assert _task(sentence).signatures == []


def test_a_plural_with_a_dropped_e_is_named_by_its_plural():
    found = approved_things(["Bookingreglerne godkendes af idrætschefen og sendes til Hallen A/S."])
    assert found == {"bookingreglerne": "bookingregler"}
