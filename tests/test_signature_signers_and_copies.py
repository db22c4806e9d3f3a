"""Who signs when the text says where the competence lies or before whom the paper is laid, the party a
power of attorney is given to past an adverb, and a copy of the signed paper sent on as the paper itself."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _signatures(description: str, steps: tuple[str, ...]):
    task = Task(id="S", title="Opgave", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps, start=1)])
    return [(s.document, s.signer, s.recipient, s.signed_step, s.returned_step)
            for s in extract_signatures(task)]


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Kompetencen til at underskrive kontrakten ligger hos direktøren for Børn og Unge.",
     "direktøren for Børn og Unge"),
    ("Ansvaret for at signere kontrakten er placeret hos skolechefen.", "skolechefen"),
    ("Kontrakten lægges frem til underskrift for stadsdirektøren.", "stadsdirektøren"),
])
def test_the_signer_where_the_competence_lies_or_before_whom_the_paper_is_laid(sentence, signer):
    got = _signatures(f"Leverandøren sender en kontrakt. {sentence} Kontrakten returneres til leverandøren.",
                      ("Modtag kontrakten", "Få kontrakten underskrevet",
                       "Returnér kontrakten til leverandøren"))
    assert got == [("kontrakt", signer, "leverandøren", 2, 3)]


def test_a_power_of_attorney_given_past_an_adverb_names_its_party():
    got = _signatures("Kommunen giver derfor Skattestyrelsen fuldmagt i NemLog-in. Fuldmagten godkendes af "
                      "kommunens tegningsberettigede.", ("Opret fuldmagten", "Godkend fuldmagten"))
    assert [(doc, to) for doc, _, to, _, _ in got] == [("fuldmagt", "Skattestyrelsen")]


def test_a_copy_of_the_signed_paper_sent_on_is_the_paper_returned():
    got = _signatures("Aftalen underskrives af økonomichefen, og en kopi sendes til KL.",
                      ("Modtag aftalen", "Økonomichefen underskriver aftalen", "Send en kopi til KL"))
    assert got == [("aftale", "økonomichefen", "KL", 2, 3)]


def test_a_step_that_has_the_paper_confirmed_by_signature_signs_it():
    got = _signatures("Erklæringen bekræftes ved underskrift af skolechefen og sendes til KL.",
                      ("Modtag erklæringen", "Få erklæringen bekræftet ved underskrift",
                       "Send erklæringen til KL"))
    assert got == [("erklæring", "skolechefen", "KL", 2, 3)]
