"""Everyday English is read as the tasks' Danish (s65): the s65 block of knowledge/qa/english.txt gives a
third batch of the common vocabulary of English (tools and crafts, food, animals and plants, buildings,
clothing, health, transport, the beach and the playground, trades; chosen by topic and checked against a
frequency list of general English, not taken from a question set) its Danish words, so a question about
glaze, a lathe or deckchairs finds the task that says 'Glasuren', 'Drejebænken' or 'Liggestolene'; a word
no task says still gets no answer. Tasks invented here: a ceramics workshop and a bathing beach."""

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.models import Task
from knowledge.qa.pipeline import answer

_TASKS = [
    Task(id="7331", title="KUNST 4 Keramikværkstedet", project="Fælles Kunstskole", priority="Valgfri",
         description="Glasuren købes hos Lerhuset ApS. Drejebænken efterses hvert halve år af "
                     "Træfix Service. Staffeliet i gangen males om af pedellen Bo Hald."),
    Task(id="7332", title="STRAND 2 Badestranden", project="Fælles Strande", priority="Obligatorisk",
         description="Liggestolene udlejes af Strandkiosken Mågen. Vandmændene fjernes hver morgen af "
                     "strandfoged Eva Klit. Solcremen uddeles gratis ved livreddertårnet."),
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(_TASKS)


@pytest.mark.parametrize(("question", "expected"), [
    ("Where is the glaze bought?", "Lerhuset"),
    ("Who inspects the lathe?", "Træfix Service"),
    ("Who paints the easel?", "Bo Hald"),
    ("Who rents out the deckchairs?", "Strandkiosken Mågen"),
    ("Who removes the jellyfish?", "Eva Klit"),
])
def test_everyday_english_words_of_the_s65_block_are_read_as_the_tasks_danish(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Who rents out the hammocks?",  # 'hængekøje': no task says it
    "Who inspects the anvil?",
    "Who removes the starfish?",
])
def test_an_everyday_word_the_tasks_do_not_say_still_gets_no_answer(kb, question):  # controls
    got = answer(kb, question)
    assert not got.found, got.answer


def _s65_lines() -> list[str]:
    text = (Path(__file__).parents[1] / "knowledge" / "qa" / "english.txt").read_text(encoding="utf-8")
    block = text[text.index("# s65: a third batch"):]
    return [line for line in block.splitlines() if "~" in line and not line.startswith("#")]


def test_the_s65_block_is_large_and_its_compound_only_words_stay_out_of_the_dictionary():
    from knowledge.qa.english.words import _tables
    lines = _s65_lines()
    assert len(lines) > 800
    only_in_front = [d for d in (line.partition("~")[0].strip() for line in lines) if d.endswith("-")]
    assert only_in_front  # 'is- ~ ice': read only as a compound's first part, never rendered alone
    assert "is" not in _tables().dictionary.get("ice", ()) and "is" in _tables().modifiers["ice"]
