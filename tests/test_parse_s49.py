"""Stop 49 parser mechanisms: labels wrapped in HTML paragraphs, ... (texts written for these tests)."""

from __future__ import annotations

from seed_texts import parse_one

_HEAD = ("## Tilmelding til Fælles Vandløbsregister\n\n**Master-opgave ID** 70001\n\n"
         "**Opgavetitel** Tilmelding til Fælles Vandløbsregister\n\n**Projekt** Vandløb\n\n"
         "**Beskrivelse** Aftalen underskrives af teknisk direktør og sendes til Åløb IT.\n\n")


def test_a_label_in_its_own_html_paragraph_opens_its_field_on_the_same_line():
    text = _HEAD + ("<p><b>Metode og fremgangsmåde</b></p>\t<p>1) Hent aftalen 2) Teknisk direktør "
                    "underskriver aftalen 3) Send aftalen til Åløb IT</p>\n\n**Resultat** Tilmeldt.\n")
    task = parse_one(text)
    assert [s.text for s in task.method_steps] == [
        "Hent aftalen", "Teknisk direktør underskriver aftalen", "Send aftalen til Åløb IT"]
    assert task.result == "Tilmeldt."


def test_a_label_in_its_own_html_paragraph_takes_the_lines_below_it():
    text = _HEAD + ("<div class=\"felt\"><strong>Metode og fremgangsmåde</strong></div>\n"
                    "<p>1) Hent aftalen 2) Send den retur</p>\n--------\t--\n\n**Resultat** Tilmeldt.\n")
    task = parse_one(text)
    assert [s.text for s in task.method_steps] == ["Hent aftalen", "Send den retur"]


def test_a_paragraph_that_opens_in_bold_stays_text():
    text = _HEAD.replace("**Beskrivelse** Aftalen", "**Beskrivelse**\n\n<p><b>Vigtigt</b> Aftalen") \
        + "**Metode og fremgangsmåde** 1) Hent aftalen 2) Send den retur\n"
    task = parse_one(text)
    assert "Vigtigt" in task.description
    assert "Vigtigt" not in (task.extra or {})
