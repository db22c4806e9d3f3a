"""Session 53, the export parser (texts written for these tests: a bell foundry, a ferry pier, an ice rink):
a thing said to need no signature is what a later 'Den skal ...' deadline concerns, not the
signature it lacks; the bound after a deadline's object ('mindst', 'tidligst') is no word of the object."""

from __future__ import annotations

import pytest

from knowledge.parse import parse_text


def _task(description: str, steps: tuple[str, ...] = ("Læs opgaven", "Opdater status i KLIK")):
    method = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    text = (f"## KLKS 3 Klokkestøbning\n\n**Master-opgave ID** 5301\n\n"
            f"**Opgavetitel** KLKS 3 Klokkestøbning\n\n"
            f"**Projekt** Fælles Klokkeregister\n\n**Bølger** Klokker - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n**Resultat** Opgaven er løst.\n")
    [task] = parse_text(text)
    return task


def _deadlines(description: str) -> list[tuple]:
    return [(d.days, d.unit.value, d.anchor, d.about) for d in _task(description).text_deadlines]


@pytest.mark.parametrize(("sentences", "about"), [
    ("Tilmeldingen kræver ingen underskrift, den sendes direkte i Skøjteportalen. Den skal være sendt senest "
     "9 dage før go-live.", "tilmeldingen"),
    ("Anmeldelsen behøver ingen godkendelse. Den skal ligge hos færgelejet senest 4 uger før go-live.",
     "anmeldelsen"),
])
def test_a_thing_that_needs_no_signature_is_what_its_deadline_concerns(sentences, about):
    assert [d[3] for d in _deadlines(sentences)] == [about]


def test_a_bound_after_the_object_is_no_word_of_it():
    [deadline] = _deadlines("Orientér alle skøjtelærere om datoen for isfornyelse mindst 2 uger før "
                            "isfornyelsen.")
    assert deadline[:3] == (-2, "uger", "isfornyelsen")
    assert "mindst" not in (deadline[3] or "")


@pytest.mark.parametrize(("sentences", "about"), [
    ("Kølelisten underskrives af skøjtechefen og sendes til Frostbyg senest 3 uger før go-live. Frostbyg "
     "Køleteknik afprøver kølerørene inden for 6 arbejdsdage efter modtagelsen af kølelisten.", "kølerørene"),
    ("Færgelejets plan vedtages af havneudvalget og sendes til Molebyg senest 20 dage før go-live. Molebyg "
     "opsætter fendere inden for 9 arbejdsdage efter modtagelsen.", "fendere"),
])
def test_what_a_party_does_once_it_has_received_the_paper_is_what_the_deadline_concerns(sentences, about):
    assert [d[3] for d in _deadlines(sentences) if d[2] == "modtagelse"] == [about]


@pytest.mark.parametrize("sentences", [
    # controls (as before): the paper's own deadline in the next clause; a signer who puts his name to it
    "Istrænerkontrakten sendes til Frostbyg. Skøjtechefen sætter sit navn under kontrakten, og den sendes "
    "retur inden for 5 arbejdsdage efter modtagelsen.",
    "Istrænerkontrakten sendes til Frostbyg. Skøjtechefen sætter sit navn under kontrakten inden for 5 "
    "arbejdsdage efter modtagelsen.",
])
def test_the_papers_own_deadline_after_receipt_stays_the_papers(sentences):
    assert [d[3] for d in _deadlines(sentences) if d[2] == "modtagelse"] != ["navn"]
