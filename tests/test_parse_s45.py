"""Parse kinds of the s45 golden set dev29, each in other wordings and domains than the set's own: other verbs
of assent to a paper, a signer named in a relative clause or before an aside, a deadline whose 'about'
follows it, and lengths in hours, years and fractions (a length whole in no unit is no deadline at all)."""

from __future__ import annotations

import pytest

from knowledge.deadlines import sentence_deadlines
from knowledge.models import DeadlineUnit
from knowledge.parse import parse_text
from knowledge.units import UNITS, whole_length

_UNIT = {u.name: u for u in UNITS}


def _task(description: str, steps: list[str]):
    method = "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))
    text = (f"## Q 4501 Prøve\n\n**Master-opgave ID** 4501\n\n**Opgavetitel** Q 4501 Prøve\n\n"
            f"**Projekt** Skovrejsning\n\n**Bølger** Skovrejsning - Bølge 1\n\n"
            f"**Beskrivelse** {description}\n\n"
            f"**Metode og fremgangsmåde** {method}\n\n**Resultat** Opgaven er løst.\n")
    [task] = parse_text(text)
    return task


def _signers(description: str, steps: list[str]) -> list[tuple[str, str]]:
    return [(s.document, s.signer) for s in _task(description, steps).signatures]


_STEPS = ["Modtag rammeaftalen fra entreprenøren", "Forelæg rammeaftalen",
          "Send rammeaftalen til entreprenøren"]


@pytest.mark.parametrize("sentence", [
    "Rammeaftalen godtages af skovfogeden.",
    "Rammeaftalen skal ratificeres af klima- og miljøudvalget.",
    "Rammeaftalen stadfæstes af byrådet.",
    "Rammeaftalen sanktioneres af direktionen.",
    "Skovfogeden skal godtage rammeaftalen.",
    "Rammeaftalen skal billiges af økonomiudvalget.",
    "Rammeaftalen kræver samtykke fra skovfogeden.",
    "Økonomiudvalget giver sit samtykke til rammeaftalen.",
])
def test_a_paper_assented_to_by_other_verbs_is_a_signature_with_its_signer(sentence):
    [(document, signer)] = _signers(f"Entreprenøren sender rammeaftalen. {sentence}", _STEPS)
    assert document == "rammeaftale" and signer != "kommunen"


@pytest.mark.parametrize(("sentence", "signer"), [
    ("Rammeaftalen kræver en underskrift, som natur- og parkchefen står for.", "natur- og parkchefen"),
    ("Rammeaftalen kræver en godkendelse, som vejchefen giver.", "vejchefen"),
    ("Natur- og parkchefen, der har prokura, underskriver rammeaftalen.", "natur- og parkchefen"),
    ("Vejchefen, som er ansvarlig for området, skal underskrive rammeaftalen.", "vejchefen"),
    ("Vejchefen giver sin godkendelse til rammeaftalen.", "vejchefen"),
])
def test_the_signer_named_in_a_relative_clause_or_before_an_aside_is_read(sentence, signer):
    assert _signers(f"Entreprenøren sender rammeaftalen. {sentence}", _STEPS) == [("rammeaftale", signer)]


@pytest.mark.parametrize("sentence", ["Lodsejerne giver samtykke til, at der plantes skov på deres jord.",
                                      "Lodsejerne giver deres samtykke til beplantningen."])
def test_consent_to_something_done_is_no_signature(sentence):
    assert _task(sentence, ["Indhent lodsejernes accept", "Plant skoven"]).signatures == []


@pytest.mark.parametrize(("sentence", "about"), [
    ("Der er frist til 6 uger før go-live for kortlægningen af arealerne.", "kortlægningen af arealerne"),
    ("Fristen er 10 dage før go-live for udpegningen.", "udpegningen"),
])
def test_a_deadline_whose_thing_follows_it_is_about_that_thing(sentence, about):
    [deadline] = sentence_deadlines(sentence)
    assert deadline.about == about


def test_a_deadline_for_a_group_is_not_about_the_group():
    [deadline] = sentence_deadlines("Der er frist til 3 uger før go-live for alle kommuner.")
    assert deadline.about != "alle kommuner"


@pytest.mark.parametrize(("sentence", "days", "unit"), [
    ("Planen skal sendes senest 24 timer før go-live.", -1, DeadlineUnit.DAYS),
    ("Svar skal gives inden for 96 timer efter modtagelsen af høringen.", 4, DeadlineUnit.DAYS),
    ("Udtrækket skal være klar senest halvanden måned før go-live.", -45, DeadlineUnit.DAYS),
    ("Udtrækket skal være klar senest en halv måned før go-live.", -15, DeadlineUnit.DAYS),
    ("Aftalen skal være fornyet senest et halvt år før go-live.", -6, DeadlineUnit.MONTHS),
    ("Aftalen skal være fornyet senest 1,5 måned før go-live.", -45, DeadlineUnit.DAYS),
])
def test_lengths_in_hours_years_and_fractions_are_whole_deadline_units(sentence, days, unit):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.unit, deadline.anchor) == (days, unit, "go-live") or \
        (deadline.days, deadline.unit) == (days, unit)


@pytest.mark.parametrize("sentence", [
    "Planen skal sendes senest 36 timer før go-live.",
    "Udtrækket skal være klar senest halvanden uge før go-live.",
    "Rapporten skal afleveres senest et år før go-live.",  # whole years are left unread
    "Aflyses kurset mindre end 48 timer før, betaler kommunen det fulde beløb.",  # a comparison, a condition
    "Aflyses kurset mindre end 2 dage før, betaler kommunen det fulde beløb.",
])
def test_a_length_whole_in_no_unit_is_no_deadline_not_one_at_go_live(sentence):
    assert sentence_deadlines(sentence) == []


def test_whole_length_says_a_length_in_the_next_smaller_unit_it_is_whole_in():
    assert whole_length(3, _UNIT["week"]) == (3, DeadlineUnit.WEEKS)
    assert whole_length(1.5, _UNIT["month"]) == (45, DeadlineUnit.DAYS)
    assert whole_length(0.5, _UNIT["year"]) == (6, DeadlineUnit.MONTHS)
    assert whole_length(48, _UNIT["hour"]) == (2, DeadlineUnit.DAYS)
    assert whole_length(36, _UNIT["hour"]) is None
    assert whole_length(1.5, _UNIT["working_day"]) is None
    assert whole_length(2, _UNIT["year"]) is None


@pytest.mark.parametrize(("sentence", "days", "unit"), [
    ("The plan must be returned to KOMBIT no later than 72 hours before go-live.", -3, DeadlineUnit.DAYS),
    ("The plan must be returned no later than one and a half months before go-live.", -45, DeadlineUnit.DAYS),
    ("The plan must be returned no later than half a year before go-live.", -6, DeadlineUnit.MONTHS),
    ("The plan must be returned no later than 36 hours before go-live.", None, None),
])
def test_english_lengths_in_hours_years_and_fractions_are_whole_units_or_none(sentence, days, unit):
    task = _task(f"The supplier drafts a cutover plan. {sentence}", ["Review the plan", "Return the plan"])
    assert [(d.days, d.unit) for d in task.text_deadlines] == ([(days, unit)] if days else [])
