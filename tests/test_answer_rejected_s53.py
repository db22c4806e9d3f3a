"""Right answers a check refused (session 53, REJECTED), on tasks written here (community greenhouses and
allotment seed days): a monthly price named by the system's name, who does a deed when the subject goes
on before its verb, a count question misspelt or asked with no noun, and a what-if that names where the
thing goes. Each case has a control the checks must still refuse; the cases that already held at 96718855
(who logs in, the relative clause read by holds, a misspelt count's noun) guard the same readings."""

from __future__ import annotations

from functools import cache

import pytest
from test_answer_rejected_s52 import _PRIORITY, _export

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_GREENHOUSES = _export([
    ("*Opgavetitel", "(DRIV 1) Tilslutning til Drivhusbogen"),
    ("*Projekt", "Fælles Drivhuse"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Skoler, børnehaver og foreninger kan låne kommunens drivhuse via Drivhusbogen."),
    ("*Beskrivelse", "<ul><li>Pris: 615 kr. pr. måned</li><li>Udvikler: Lerbjerg Havedata</li></ul>"
                     "<p>Drivhusbogen viser kommunens drivhuse.</p>"
                     "<p>Lærere, der underviser i natur og teknologi, logger ind med UNI-login.</p>"
                     "<p>Pensionister over 80 år, der ikke selv kan bære jord, får tilbudt en gratis "
                     "plantekasse.</p><p>Vinderen af plantekonkurrencen får en pokal.</p>"),
    ("Resultat", "Kommunen er tilsluttet Drivhusbogen."),
])

_SEEDS = _export([
    ("*Opgavetitel", "(FRØD 2) Tilslutning til Frøbørsen"),
    ("*Projekt", "Fælles Kolonihaver"),
    (_PRIORITY, "Valgfri"),
    ("Mål", "Haveforeningerne bytter frø på Frøbørsen."),
    ("*Beskrivelse", "<ul><li>Pris: 290 kr. pr. måned</li><li>Udvikler: Sønderup Frødata</li></ul>"
                     "<p>Frødagen holdes i maj. Der er plads til højst 40 deltagere på hver frødag. "
                     "Frødagen varer 3 timer.</p><p>Gennemfør de 12 prøvebytninger i Frøbørsen Test.</p>"
                     "<p>Plantelisten sendes til Østerby Planteregister senest 3 uger før go-live.</p>"
                     "<p>Hvis plantelisten ikke når frem, kommer haverne ikke på Frøbørsen før næste "
                     "forår.</p>"),
    ("Resultat", "Kommunen er tilsluttet Frøbørsen."),
])


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_GREENHOUSES), *parse_text(_SEEDS)])


@pytest.mark.parametrize(("question", "value", "other"), [
    ("Hvad koster Drivhusbogen om måneden?", "615 kr.", "290 kr."),
    ("Hvad koster Frøbørsen pr. måned?", "290 kr.", "615 kr."),
])
def test_a_monthly_price_is_the_named_systems(question: str, value: str, other: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize(("question", "words"), [
    ("Hvem kan låne drivhusene via Drivhusbogen?", ["Skoler", "foreninger"]),
    ("Hvem logger ind med UNI-login på Drivhusbogen?", ["Lærere"]),
    ("Hvem kan få en gratis plantekasse?", ["80 år"]),
])
def test_a_subject_that_goes_on_before_its_verb_says_who(question: str, words: list[str]) -> None:
    a = answer(_kb(), question)
    assert a.found and all(w in a.answer for w in words), a.answer


@pytest.mark.parametrize(("text", "question", "found"), [
    ("Skoler og foreninger kan låne drivhusene.", "hvem kan låne drivhusene?", True),
    ("Lærere, der underviser i biologi, logger ind med UNI-login.", "hvem logger ind med UNI-login?", True),
    ("Drivhusene kan lånes af alle.", "hvem kan låne drivhusene?", False),  # a passive names no subject
    ("Skoler og foreninger kan se drivhusene.", "hvem kan låne drivhusene?", False),  # another verb
    ("Vinderen får en pokal.", "hvem får en pokal?", False),  # no clause says which of them
])
def test_the_subject_of_the_asked_deed(text: str, question: str, found: bool) -> None:
    assert holds(Expect.PARTY, text, question) is found


@pytest.mark.parametrize("question", [
    "Hvor mange kan deltage i frødagen?",
])
def test_a_count_misspelt_or_of_those_who_take_part(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "40 deltagere" in a.answer, a.answer


def test_a_misspelt_count_is_checked_as_the_tasks_write_it() -> None:
    a = answer(_kb(), "hvor mange prøvebytnigner er der i frøbørsen test")
    assert a.found and "12 prøvebytninger" in a.answer, a.answer


def test_a_count_of_those_who_take_part_is_no_length() -> None:
    assert not holds(Expect.COUNT, "Frødagen varer 3 timer.", "Hvor mange kan deltage i frødagen?")


def test_a_what_if_naming_where_the_thing_goes() -> None:
    a = answer(_kb(), "Hvad sker der, hvis plantelisten ikke når frem til Østerby Planteregister?")
    assert a.found and "næste forår" in a.answer, a.answer
