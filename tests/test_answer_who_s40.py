"""Who-answers and lists across tasks (session 40): a sentence of two passive deeds answers with the asked
deed's clause only, never the other deed's party; a wave named by its label's words ('Valgafvikling -
Bølge 2') is that wave. On the tasks of tests/questions/who23."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.checks import clause_with
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, expected

TASKS = Path(__file__).parent / "questions" / "who23" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([t for p in sorted(TASKS.glob("*.txt"))
                                     for t in parse_text(p.read_text(encoding="utf-8"))])


@pytest.mark.parametrize(("question", "party", "other"), [
    ("hvem godkender bilaget om databehandling?", "juridisk afdeling", "kommunaldirektør"),
    ("hvem fastsætter åbningstiderne for valgstederne?", "byrådet", "valgsekretariat"),
    ("hvem indtaster åbningstiderne?", "valgsekretariat", "byrådet"),
    ("hvem skriver teksterne på valgkortet?", "kommunikationsafdeling", "oversættelsesbureau"),
    ("hvem udfører registreringen af arealerne?", "landinspektør", "Geodatastyrelsen"),
    ("who sets the opening hours of the polling stations?", "byrådet", "valgsekretariat"),
])
def test_party_of_the_asked_deed_only(kb: KnowledgeBase, question: str, party: str, other: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert party in a.answer
    assert other not in a.answer


def test_clause_without_subject_takes_the_first_clause_subject() -> None:
    said = "Rapporten skal udarbejdes af konsulenten og godkendes af styregruppen."
    assert clause_with("godkendes", said) == "Rapporten skal godkendes af styregruppen."
    assert clause_with("udarbejdes", said) == "Rapporten skal udarbejdes af konsulenten."


def test_pronoun_subject_and_contrast() -> None:
    said = "Planen skrives af sekretariatet, og den sendes til høring af udvalget."
    assert clause_with("sendes", said) == "Planen sendes til høring af udvalget."
    contrast = "Aftalen underskrives af direktøren, mens bilaget godkendes af juristen."
    assert clause_with("godkendes", contrast) == "Bilaget godkendes af juristen."


def test_sentence_kept_when_a_clause_has_no_agent() -> None:
    # 'og sendes til KOMBIT' names no one: the sentence is one deed's, kept whole
    said = "Aftalen underskrives af direktøren og sendes til KOMBIT."
    assert clause_with("underskrives", said) == said


def test_correction_is_kept() -> None:
    said = "Aftalen underskrives ikke af borgmesteren, men af direktøren."
    assert clause_with("underskrives", said) == said


def test_wave_named_by_its_label(kb: KnowledgeBase) -> None:
    a = answer(kb, "hvilke opgaver er i Valgafvikling - Bølge 2?")
    assert a.found, a.answer
    assert "9703" in a.answer and "9704" in a.answer
    assert "NGV 3" not in a.answer and "9701" not in a.answer


@pytest.mark.parametrize(("question", "party"), [
    ("hvor ligger ansvaret for budgettet til valget?", "økonomichef"),
    ("where does the responsibility for the data quality lie?", "valgsekretariat"),
])
def test_where_a_duty_lies_asks_who(kb: KnowledgeBase, question: str, party: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert party in a.answer


def test_where_of_a_thing_stays_a_place() -> None:
    assert expected("hvor ligger ansvaret for testen?") is Expect.PARTY
    assert expected("hvor ligger serveren?") is not Expect.PARTY


def test_no_party_of_the_other_deed(kb: KnowledgeBase) -> None:
    # 'skrives af kommunikationsafdelingen, og de oversættes ... af et eksternt oversættelsesbureau': the
    # translating clause names no definite party; the writers do not translate
    a = answer(kb, "hvem oversætter teksterne på valgkortet til engelsk?")
    assert "kommunikationsafdeling" not in a.answer or not a.found, a.answer
