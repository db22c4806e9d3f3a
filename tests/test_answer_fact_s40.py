"""Facts in a 'Key – value' list, a fact line answering a version of the thing its task's title names, a
count asked with a passive ('hvor mange X er der sat af?') and a count of a compound's head ('seks vagter'
for 'parkeringsvagter') (session 40). On the tasks of tests/questions/facts23."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.extract import extract_facts
from knowledge.morphology import part_of
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

TASKS = Path(__file__).parent / "questions" / "facts23" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([t for p in sorted(TASKS.glob("*.txt"))
                                     for t in parse_text(p.read_text(encoding="utf-8"))])


def test_dash_list_reads_as_facts() -> None:
    facts = extract_facts("Systemoplysninger\n- Leverandør – ByggeData A/S\n- Versionsnummer – 7.1\n"
                          "- Database - PostgreSQL")
    assert [(f.subject, f.value) for f in facts] == [
        ("Leverandør", "ByggeData A/S"), ("Versionsnummer", "7.1"), ("Database", "PostgreSQL")]


def test_dashes_in_a_list_of_sentences_are_no_facts() -> None:
    # most items must read 'X – Y'; a list with one such item is a list of steps
    assert extract_facts("Plan:\n- Bestil skiltene\n- Uge 12 – sæt skiltene op\n- Start kontrollen") == []


def test_compound_head_despite_the_stemmer() -> None:
    # the stemmer keys 'vagter' as 'vagt' but 'parkeringsvagter' as 'parkeringsvag'
    assert part_of("vagt", "parkeringsvag")
    assert not part_of("vagt", "vag")


@pytest.mark.parametrize(("question", "value"), [
    ("hvad er versionsnummeret på byggesagssystemet?", "7.1"),
    ("hvor mange weekender er der sat af til konverteringen?", "tre"),
    ("hvor mange parkeringsvagter er der på hverdage?", "seks"),
    ("hvilken database kører systemet på?", "PostgreSQL"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "hvilken version af PostgreSQL bruges?",  # 'Versionsnummer – 7.1' is the system's, not the database's
    "hvor mange brugere skal oprettes i byggesagssystemet?",
    "hvor mange automater fjernes?",  # 'tyve nye p-automater' are set up
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
