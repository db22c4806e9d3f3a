"""Session 56, the export parser (texts written for these tests: beehives on roofs, a seed library, a
winter bathing jetty): a pronoun object ('dem', 'den') stands for what the sentence before names even
when where it is done comes between it and the deadline ('offentliggør dem på Bikortet inden for ...');
a verb that has just named its own object in the same sentence keeps it ('gennemgår listen og godkender
den i portalen ...')."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _export(description: str) -> str:
    return ("## BIST 4 Bistader på tagene\n\n**Master-opgave ID** 5611\n\n"
            "**Opgavetitel** BIST 4 Bistader på tagene\n\n"
            "**Projekt** Fælles Bistader\n\n**Bølger** Bistader - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            "**Metode og fremgangsmåde** 1. Læs opgaven\n2. Opdater status i KLIK\n\n"
            "**Resultat** Opgaven er løst.\n")


def _deadline(description: str, *, days: int):
    [task] = parse_text(_export(description))
    return next(d for d in task.text_deadlines if d.days == days)


@pytest.mark.parametrize(("description", "about"), [
    ("Tagreglerne vedtages af teknikudvalget og sendes til Honningdata senest 20 dage før go-live. "
     "Honningdata offentliggør dem på Bikortet inden for 4 dage efter modtagelsen.", "tagregler"),
    ("Udlånsreglerne vedtages af kulturudvalget og sendes til Frøhuset senest 30 dage før go-live. "
     "Frøhuset lægger dem i Frøkataloget inden for 6 dage efter modtagelsen.", "udlånsregler"),
])
def test_a_pronoun_object_with_a_place_before_the_deadline_stands_for_what_was_named(description, about):
    later = [d for d in parse_text(_export(description))[0].text_deadlines if d.days > 0]
    assert [d.about for d in later] == [about]


def test_a_pronoun_object_after_its_own_verbs_object_keeps_that_object():  # a control: holds before too
    description = ("Badebroen får nye vinterregler hvert år. "
                   "Foreningen gennemgår ordensreglerne og godkender dem i portalen "
                   "senest 8 arbejdsdage efter modtagelsen.")
    assert _deadline(description, days=8).about == "ordensreglerne"
