"""A question's word no task writes (session 47): an English word read as the Danish word of the same origin
the tasks write ('patrol' -> 'patrulje', 'visual' -> 'visuelt'), and two words the tasks write as one
compound once one of them is read so ('school patrol' -> 'skolepatruljen'). A word that only looks alike
at its end, a short word, and a thing no task names stay unknown. Tasks written for these tests."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse
from knowledge.qa.pipeline import answer

TASKS = """## HAV 1 (Drift) Havnens redningsbøjer

**Master-opgave ID** 9471

**Opgavetitel** HAV 1 (Drift) Havnens redningsbøjer

**Projekt** Lystbådehavn

**Prioritet** Obligatorisk

**Slutdato (fra Go-Live)** -20

**Beskrivelse** Havnefogeden laver en visuel kontrol af redningsbøjerne hver mandag. Havnepatruljen \
består af to frivillige fra sejlklubben. Havnepatruljen sejler ud fra kajen ved bro 3. Ekstra \
redningsbøjer opbevares i materielrummet.

**Anbefalet udfører** Havnefoged

**Anbefalet ansvarlig** Havnechef
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(TASKS))


def _token(q, surface: str):
    """The question's token of a word as typed (an English word the dictionary knows is read in Danish:
    'ramp' as 'rampe')."""
    return next(t for t in q.tokens if surface in (t.surface, q.typed.get(t.surface)))


def test_an_english_word_is_read_as_its_danish_cognate(kb: KnowledgeBase) -> None:
    q = analyse(index_for(kb), "how often is the visual check done?")
    assert _token(q, "visual").match > 0  # the tasks' 'visuel'


def test_two_words_are_read_as_the_compound_once_one_is_read_as_a_cognate(kb: KnowledgeBase) -> None:
    q = analyse(index_for(kb), "who is in the harbour patrol?")
    # both words the tasks' 'havnepatrulje': as two tokens of its key (the cognate reading), or as one
    # compound once the dictionary reads 'patrol' ('patrulje ~ patrol') and joins the two
    read = [t for t in q.tokens if t.key == "havnepatrulj"]
    assert read and all(t.match > 0 for t in read)
    assert len(read) == 2 or q.typed.get(read[0].surface) == "harbour patrol"


def test_a_word_alike_only_at_its_end_or_too_short_stays_unknown(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    assert _token(analyse(index, "who is the harbour captain?"), "captain").match == 0
    assert _token(analyse(index, "where is the boat ramp?"), "ramp").match == 0  # four letters: too short


@pytest.mark.parametrize(("question", "value"), [
    ("what does the harbour patrol consist of?", "sejlklubben"),
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "how many patrol boats does the harbour have?",  # no task counts boats
    "what does the harbour patrol get paid?",  # no task says what they are paid
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    a = answer(kb, question)
    assert not a.found, a.answer
