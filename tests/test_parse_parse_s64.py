"""Session 64, the export parser (texts written for these tests: a sculpture park's audio guide). 'Find den
rette underskriver', 'Udpeg en godkender': after an indefinite article, or a definite one with an
adjective, 'underskriver'/'godkender' is the noun for the one who signs, not a verb whose subject ('Find')
signs; the signer is the one another sentence names."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_HEAD = ("## SKLP 2 Lydguiden i skulpturparken\n\n**Master-opgave ID** 6621\n\n"
         "**Opgavetitel** SKLP 2 Lydguiden i skulpturparken\n\n"
         "**Projekt** Fælles Skulpturpark\n\n**Bølger** Skulpturpark - Bølge 1\n\n")


def _task(body: str):
    [task] = parse_text(_HEAD + body + "\n\n**Resultat** Lydguiden virker.\n")
    return task


@pytest.mark.parametrize("step", [
    "2. Find den rette underskriver",
    "2. Udpeg en godkender",
    "2. Find den korrekte underskriver i kommunen",
])
def test_the_one_to_find_is_no_signer(step):
    task = _task("**Beskrivelse** Aftalen om lydguiden signeres med MitID Erhverv af direktøren for Kultur "
                 "og Parker og sendes til KOMBIT.\n\n**Metode og fremgangsmåde** 1. Læs aftalen "
                 f"{step} 3. Signer aftalen 4. Send aftalen til KOMBIT")
    assert [s.signer for s in task.signatures] == ["direktøren for Kultur og Parker"]


@pytest.mark.parametrize("body, signer", [
    # the verb after its subject still names who signs
    ("Kulturchefen underskriver aftalen og sender den til KOMBIT.", "kulturchefen"),
    ("Den nye parkchef godkender aftalen, før den sendes til KOMBIT.", "den nye parkchef"),
    # an adjective standing for a person is the subject of the verb with its object after it
    ("Den ansvarlige godkender aftalen, før den sendes til KOMBIT.", "ansvarlige"),
])
def test_a_verb_still_names_its_signer(body, signer):
    task = _task(f"**Beskrivelse** {body}")
    [signature] = task.signatures
    assert signer in signature.signer.casefold()
