"""Where a short word does not stand for a compound: 'Teksten' after 'en tekstpakke med nyhedstekst' is the
text (the compound is only in passing), 'Reglerne' after 'Anvisningsreglerne vedtages af byrådet' is what
the approver of the next sentence approves (another act on it, by another party); a deadline for the
attestation is one for the paper attested."""

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


def _task(description: str, steps: list[str]):
    text = TASK.format(description=description, steps="\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1)))
    [task] = parse_text(text)
    return task


# (description, method steps, (document, signer))
CASES = [
    ("KOMBIT stiller en tekstpakke med nyhedstekst til rådighed. Teksten tilpasses og godkendes af "
     "kommunikationsafdelingen.",
     ["Hent tekstpakken", "Tilpas teksten", "Få teksten godkendt af kommunikationsafdelingen"],
     ("tekst", "kommunikationsafdelingen")),
    ("Boligerne anvises efter de regler, byrådet har vedtaget. Anvisningsreglerne vedtages af byrådet. "
     "Reglerne skal godkendes af ældrechefen, før de opsættes.",
     ["Opsæt reglerne", "Få reglerne godkendt"],
     ("regler", "ældrechefen")),
]


@pytest.mark.parametrize(("description", "steps", "expected"), CASES)
def test_a_short_word_stands_for_a_compound_only_where_it_is_brought_in(description, steps, expected):
    assert [(s.document, s.signer) for s in _task(description, steps).signatures] == [expected]


def test_a_deadline_for_the_attestation_is_for_the_paper():
    task = _task("Profilerne skal attesteres af natur- og miljøchefen. Attesteringen skal være sket senest "
                 "4 uger før go-live.", ["Opdatér profilerne", "Natur- og miljøchefen attesterer profilerne"])
    assert [(d.days, d.about) for d in task.text_deadlines] == [(-4, task.signatures[0].document)]


@pytest.mark.parametrize(("description", "singular"), [
    ("Vedtægterne underskrives af formanden.", "vedtægt"),
    ("Der skrives fire beskrivelser. Beskrivelserne underskrives af den faglige leder.", "beskrivelse"),
])
def test_a_plural_in_er_is_cut_only_where_its_singular_is(description, singular):
    """'vedtægter' is of 'vedtægt'; 'beskrivelser' of 'beskrivelse', not 'beskrivels'."""
    [signature] = _task(description, ["Underskriv"]).signatures
    assert signature.document.startswith(singular) and signature.document in (singular, singular + "r")
