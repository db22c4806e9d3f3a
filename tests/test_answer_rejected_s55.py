"""Right answers a check refused (session 55, REJECTED), on tasks written here (a lending map for
shared garden tools and municipal ice rinks): what a register's data may be used for, when the question
writes the same 'bruges til' as the text. Each case has a control the checks must still refuse."""

from __future__ import annotations

from functools import cache

import pytest
from test_answer_rejected_s52 import _PRIORITY, _export

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TOOLS = _export([
    ("*Opgavetitel", "(HAVR 1) Databehandleraftale for Redskabskortet"),
    ("*Projekt", "Fælles Haveredskaber"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Kommunen har en gyldig databehandleraftale, før borgerne låner haveredskaber via "
            "Redskabskortet."),
    ("*Beskrivelse", "<p>Redskabskortet drives af Lindholt Havedata.</p>"
                     "<p>Oplysningerne må kun bruges til udlån af redskaber og til påmindelser om "
                     "aflevering.</p>"
                     "<p>Databehandleraftalen underskrives af chefen for Park og Vej senest 20 dage før "
                     "go-live.</p>"),
    ("Resultat", "Databehandleraftalen er underskrevet."),
])

_RINKS = _export([
    ("*Opgavetitel", "(SKOJ 2) Tilslutning til Skøjtekortet"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Kommunens skøjtebaner vises på Skøjtekortet."),
    ("*Beskrivelse", "<p>Skøjtekortet viser, hvor kommunens skøjtebaner er, og om isen er åben.</p>"
                     "<p>Tilslutningsaftalen underskrives af direktøren for Kultur og sendes til KOMBIT "
                     "senest 30 dage før go-live.</p>"),
    ("Resultat", "Aftalen er underskrevet."),
])


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TOOLS), *parse_text(_RINKS)])


@pytest.mark.parametrize("question", [
    "hvad må oplysningerne i Redskabskortet bruges til?",
    "Hvad må oplysningerne fra Redskabskortet bruges til",
])
def test_the_use_after_the_questions_own_bruges_til_answers_it(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "udlån af redskaber" in a.answer, a.answer


def test_a_register_whose_use_no_task_says_is_still_refused() -> None:
    a = answer(_kb(), "hvad må oplysningerne i Skøjtekortet bruges til?")
    assert not a.found, a.answer


def test_a_use_the_question_itself_writes_is_no_answer() -> None:
    a = answer(_kb(), "hvorfor må oplysningerne i Redskabskortet kun bruges til udlån?")
    assert not a.found or "påmindelser" not in a.answer or "udlån af redskaber" not in a.answer, a.answer
