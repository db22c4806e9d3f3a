"""Yes/no questions of the s41 round, on an export written for this test: a word against the same word
with a negating prefix ('lige' - 'ulige'); a deed that is another's own ('X skal selv V') asked of the
municipality; a verb-first question with an indefinite subject ('Varer en ...?'); lengths in hours and
minutes compared with the text's."""
# ruff: noqa: E501 - the export's paragraphs are one line each, as KLIK writes them

from __future__ import annotations

import pytest
from verdicts import assert_settled, assert_unsettled

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.fold import ascii_fold, key
from knowledge.parse import parse_text
from knowledge.qa.agents import deeds
from knowledge.qa.claimed_values import compared, stated
from knowledge.qa.opposites import prefix_excluded
from knowledge.qa.pipeline import answer
from knowledge.qa.types import is_yes_no

EXPORT = """
## HUN 01 (Drift) Hundeluftning i byens parker (B1)

**Master-opgave ID** 41101

**Opgavetitel** HUN 01 (Drift) Hundeluftning i byens parker (B1)

**Projekt** Hundeparker

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -10

**Bølger** Hundeparker - Bølge 1

**Mål** Hundeparkerne er åbne.

**Beskrivelse** Ugyldige hundetegn afvises ved indgangen. Ejeren skal selv fjerne hundens efterladenskaber. Hver tur i agilitybanen varer 15 minutter.

Parkbetjentene skal deltage i et kursus på 3 timer.

**Resultat** Parkerne er åbne.

**Anbefalet ansvarlig** Parkchef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(load_seeds() + parse_text(EXPORT, source="s41"))


def test_prefix_opposite_as_written() -> None:
    assert "ulige" in prefix_excluded("lige")
    assert "gyldige" in prefix_excluded("ugyldige")
    assert "unpaid" in prefix_excluded("paid")
    assert "den" not in prefix_excluded("uden")  # no 'u' + 'den'
    assert not prefix_excluded("den")


def test_prefix_opposite_settles_no(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Afvises gyldige hundetegn ved indgangen?", "Nej", "Ugyldige hundetegn")


def test_own_deed_of_another() -> None:
    said = "Ejeren skal selv fjerne hundens efterladenskaber."
    own = [d for d in deeds(said, {key("fjerne")}) if d.own]
    assert own and own[0].agent == "Ejeren" and not own[0].negated
    assert not any(d.own for d in deeds("Ejeren skal fjerne hundens efterladenskaber.", {key("fjerne")}))


def test_municipality_asked_of_anothers_own_deed(kb: KnowledgeBase) -> None:
    a = answer(kb, "Fjerner kommunen hundens efterladenskaber i parken?")
    assert not a.answer.startswith("Ja"), a.answer
    assert_settled(kb, "Skal ejeren selv fjerne hundens efterladenskaber?", "Ja", "selv fjerne")


@pytest.mark.parametrize("question", ["Varer en tur i agilitybanen 15 minutter?",
                                      "Får hver hund en tur i agilitybanen?",
                                      "Koster et hundetegn noget?"])
def test_indefinite_subject_is_yes_no(question: str) -> None:
    assert is_yes_no(ascii_fold(question))


def test_hours_and_minutes_are_lengths() -> None:
    assert stated("Hver tur varer 15 minutter.")["duration"] != stated("Hver tur varer 20 minutter.")["duration"]
    assert compared("Varer kurset 2 timer?", "et kursus på 3 timer") == (False, "duration")
    assert compared("Varer turen 15 minutter?", "Hver tur varer 15 minutter.") == (True, "duration")
    assert "duration" not in stated("Kan man booke en time hos parkchefen?")  # an appointment


def test_length_in_minutes_settles(kb: KnowledgeBase) -> None:
    assert_settled(kb, "Varer en tur i agilitybanen 30 minutter?", "Nej", "15 minutter")
    assert_settled(kb, "Varer hver tur i agilitybanen 15 minutter?", "Ja", "15 minutter")


def test_unrelated_length_leaves_it_open(kb: KnowledgeBase) -> None:
    assert_unsettled(kb, "Varer en tur i svømmehallen 30 minutter?")
