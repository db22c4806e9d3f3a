"""What a deadline sentence is about in a task with a signed paper: the paper when a pronoun or a noun of
signing stands for it ('Senest ... skal den være returneret', 'Attesteringen skal være sket', 'Returnér den
til KOMBIT senest ...' in a step of the paper); but the thing of its own when the sentence before speaks of
another thing ('Kontaktlisten skal også opdateres. Den skal være opdateret senest ...', 'Brugerne oprettes
af administratoren. Det skal være sket senest ...') or the deadline names it ('Fristen for kontaktlisten
er ...')."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text

TASK = """## X 1 (Aftaler) Prøve

**Master-opgave ID** 9999

**Opgavetitel** X 1 (Aftaler) Prøve

**Projekt** KY

**Bølger** KY - Bølge 1

**Mål** Noget er på plads.

**Beskrivelse** {description}

**Metode og fremgangsmåde** {steps}

**Resultat** Færdig.
"""
PAPER = "Kommunen skal underskrive en databehandleraftale."
STEPS = ["Modtag aftalen", "Direktøren underskriver aftalen", "Returnér aftalen til KOMBIT"]
# (description, method steps, about)
CASES = [
    (f"{PAPER} Senest 3 uger før go-live skal den være returneret.", STEPS, "databehandleraftale"),
    (f"{PAPER} Attesteringen skal være sket senest 3 uger før go-live.", STEPS, "databehandleraftale"),
    (f"{PAPER} Underskrivelsen skal ske senest 3 uger før go-live.", STEPS, "databehandleraftale"),
    (PAPER, ["Modtag aftalen", "Direktøren underskriver aftalen",
             "Returnér den til KOMBIT senest 3 uger før go-live"], "databehandleraftale"),
    (f"{PAPER} Kontaktlisten skal også opdateres. Den skal være opdateret senest 3 uger før go-live.", STEPS,
     "kontaktlisten"),
    (f"{PAPER} Brugerne oprettes af administratoren. Det skal være sket senest 3 uger før go-live.", STEPS,
     "brugerne"),
    (f"{PAPER} Fristen for kontaktlisten er 3 uger før go-live.", STEPS, "kontaktlisten"),
    # a person, a party or a copy in between leaves the paper the one spoken of
    (f"{PAPER} Direktøren skriver under. Den skal være KOMBIT i hænde senest 3 uger før go-live.", STEPS,
     "databehandleraftale"),
    (f"{PAPER} Originalen sendes til KOMBIT. Den skal være der senest 3 uger før go-live.", STEPS,
     "databehandleraftale"),
]


@pytest.mark.parametrize(("description", "steps", "about"), CASES)
def test_what_the_deadline_is_about(description, steps, about):
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    assert [(d.days, d.unit.value, d.anchor, d.about) for d in task.text_deadlines] == [
        (-3, "uger", "go-live", about)]
