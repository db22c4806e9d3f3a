"""The lead's mends after review C (session 61), on the reviewer's own tasks: a word inside a title's own
text marks no task optional ('KAJ 3 – Frivillige hjælpere til Kajakdagen' stays Prioritet 1, critical); a
system named by a compound kind ('det fælles bookingsystem') or after a genitive ('kommunens portal') is
one where a thing is only put, not where it takes place; a label of purpose ('Formål: Bådbooking') says a use
and a name after a common noun ('Udvikler: firmaet Nord Data') is no clause of use."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.priority import Weight, is_critical, task_weight
from knowledge.qa.pipeline import answer

_FIXTURES = Path(__file__).parent / "fixtures"


@cache
def _kb(name: str) -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text((_FIXTURES / name).read_text(encoding="utf-8")))


def _task(kb: KnowledgeBase, ident: str):
    return next(t for t in kb.tasks if t.id == ident)


@pytest.mark.parametrize("ident", ["9903"])
def test_a_word_inside_the_title_marks_no_task_optional(ident):
    task = _task(_kb("lead_s61_kayak.md"), ident)  # 'KAJ 3 – Frivillige hjælpere til Kajakdagen', Prioritet 1
    assert task_weight(task) is not Weight.OPTIONAL
    assert is_critical(task)


def test_the_obligatory_list_keeps_a_ranked_task_whose_title_only_holds_the_word():
    got = answer(_kb("lead_s61_kayak.md"), "Hvilke opgaver er obligatoriske?")
    assert got.found and "9903" in got.answer
    optional = answer(_kb("lead_s61_kayak.md"), "Hvilke opgaver er valgfri?")
    assert "9903" not in optional.answer


@pytest.mark.parametrize(("question", "place", "not_said"), [
    ("Hvor foregår Fuglekiggerdagen?", "Vejlå Enge", "annonceres i Stibogen"),
    ("Hvor foregår Sommerlejren?", "Fjordly", "oprettes på Stikortet"),
])
def test_a_thing_put_in_a_system_of_a_compound_or_genitive_kind_is_not_its_place(question, place, not_said):
    got = answer(_kb("lead_s61_trips.md"), question)
    assert not_said not in got.answer
    assert got.found and place in got.answer


def test_a_purpose_label_says_a_use_however_short():
    got = answer(_kb("lead_s61_rowing.md"), "Hvad kan klubberne bruge Årebogen til?")
    assert got.found and "Bådbooking" in got.answer


def test_price_supplier_and_limit_lines_say_no_use():
    got = answer(_kb("lead_s61_rowing.md"), "Hvad kan klubberne bruge Styrbogen til?")
    assert not got.found
