"""Session 62, the export parser (texts written for these tests: a library's book bus, a beach cleaning).
A paragraph that is all bold, as a word processor saves a heading ('<p><b>Metode og fremgangsmåde</b></p>'
then the steps), is the label of the field below it; a bold word that only opens a paragraph is emphasis
and stays in the text."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

_HEAD = ("## BOGB 2 Bogbussens nye ruter\n\n**Master-opgave ID** 5521\n\n"
         "**Opgavetitel** BOGB 2 Bogbussens nye ruter\n\n"
         "**Projekt** Fælles Bogbusser\n\n**Bølger** Bogbus - Bølge 2\n\n")


def _task(body: str):
    [task] = parse_text(_HEAD + body + "\n\n**Resultat** Ruterne er lagt.\n")
    return task


@pytest.mark.parametrize("label", [
    "<p><b>Metode og fremgangsmåde</b></p>\t<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
    "<p><b>Metode og fremgangsmåde</b></p>\n<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
    "<div><strong>Metode og fremgangsmåde</strong></div>\n<p>1) Tegn ruterne 2) Få rutekortet godkendt af "
    "kulturchefen 3) Opdater status i KLIK</p>",
])
def test_a_paragraph_all_in_bold_is_the_method_heading(label):
    task = _task("**Beskrivelse** Bogbussen kører nye ruter fra foråret.\n\n" + label)
    assert [s.text for s in task.method_steps][:1] == ["Tegn ruterne"]
    assert len(task.method_steps) == 3
    assert "Tegn ruterne" not in task.description
    [signature] = task.signatures
    assert signature.signed_step == 2


def test_a_bold_word_opening_a_paragraph_stays_in_the_text():
    task = _task("**Beskrivelse** Bogbussen kører nye ruter fra foråret.\n\n"
                 "<p><b>Vigtigt</b> husk at rydde stoppestederne for sne.</p>\n\n"
                 "**Metode og fremgangsmåde** 1. Tegn ruterne\n2. Opdater status i KLIK")
    assert "husk at rydde stoppestederne" in task.description
    assert len(task.method_steps) == 2
