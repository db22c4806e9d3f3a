"""Which step a paper arrives in, said in wordings no other test uses: 'X indhentes hos/fra Y', 'Indhent X
hos Y', 'Tag imod X i ...', 'X foreligger i kommunens postkasse', 'X ligger klar i NemLog-in'; while a step
that gets the paper signed ('Indhent lederens underskrift', 'Underskrift indhentes fra X') signs it and
receives nothing, and a step that only tells of it ('Orientér X om, at aftalen er på vej') does neither."""

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
ONE = "Kommunen skal have en serviceaftale underskrevet af ydelseschefen og returneret til leverandøren."
# (description, method steps, (received_step, signed_step, returned_step))
CASES = [
    (ONE, ["Serviceaftalen indhentes hos leverandøren", "Ydelseschefen underskriver aftalen",
           "Returnér aftalen til leverandøren"], (1, 2, 3)),
    (ONE, ["Indhent serviceaftalen fra leverandørens portal", "Ydelseschefen underskriver aftalen",
           "Send aftalen retur til leverandøren"], (1, 2, 3)),
    (ONE, ["Tag imod serviceaftalen i fællespostkassen", "Ydelseschefen underskriver aftalen",
           "Returnér aftalen til leverandøren"], (1, 2, 3)),
    (ONE, ["Orientér teamet om, at serviceaftalen er på vej",
           "Serviceaftalen foreligger i kommunens postkasse",
           "Ydelseschefen underskriver aftalen", "Returnér aftalen til leverandøren"], (2, 3, 4)),
    (ONE, ["Serviceaftalen ligger klar i leverandørens portal", "Ydelseschefen underskriver aftalen",
           "Returnér aftalen til leverandøren"], (1, 2, 3)),
    (ONE, ["Udfyld serviceaftalen", "Indhent ydelseschefens underskrift",
           "Returnér aftalen til leverandøren"], (None, 2, 3)),
    (ONE, ["Udfyld serviceaftalen", "Underskrift indhentes fra ydelseschefen",
           "Returnér aftalen til leverandøren"], (None, 2, 3)),
]


@pytest.mark.parametrize(("description", "steps", "expected"), CASES)
def test_the_step_a_paper_arrives_in(description, steps, expected):
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    [sig] = task.signatures
    got = (sig.document, sig.received_step, sig.signed_step, sig.returned_step)
    assert got == ("serviceaftale", *expected)
