"""Right answers a check refused (session 55, REJECTED), on tasks written here (a lending map for
shared garden tools, municipal ice rinks, painted bus shelters): what a register's data may be used for,
when the question writes the same 'bruges til' as the text; which one of a thing, when the sentence says
the question's own verb with another word in the asked noun's place. Each case has a control the checks
must still refuse."""

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


_SHELTERS = _export([
    ("*Opgavetitel", "(LSKR 4) Regler for maling af læskure"),
    ("*Projekt", "Fælles Læskure"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Kommunen har regler for maling af læskure."),
    ("*Beskrivelse", "<p>Alle læskure males efter de samme regler.</p>"
                     "<ul><li>Skiltet på taget skal vise en QR-kode</li></ul>"
                     "<p>Farvelisten skal indeholde 4 farver for hvert læskur:</p>"
                     "<ul><li>Grå</li><li>Grøn</li><li>Blå</li><li>Sort</li></ul>"
                     "<p>Overvågningskameraet i læskurene optager i HD.</p>"
                     "<p>Den fælles farveskala skal bruges til alle nye læskure.</p>"),
    ("Resultat", "Reglerne er vedtaget."),
])


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TOOLS), *parse_text(_RINKS),
                                     *parse_text(_SHELTERS)])


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


@pytest.mark.parametrize(("question", "expected"), [
    ("Hvilken opløsning optager kameraet i læskurene i?", "HD"),
    ("Hvilke oplysninger skal farvelisten indeholde for hvert læskur?", "Grøn"),
])
def test_a_sentence_with_the_questions_verb_says_which_by_the_word_in_the_nouns_place(question: str,
                                                                                      expected: str) -> None:
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvilket certifikat skal bruges til læskurene?",  # 'Den fælles farveskala skal bruges ...' names none
    "Hvilken lim må bruges til læskurene?",
])
def test_a_word_of_the_question_in_the_nouns_place_says_no_which(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer
