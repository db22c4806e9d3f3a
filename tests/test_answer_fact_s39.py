"""Facts stated as 'Key: value' lines (session 39): a labelled line the question names gives a number,
version or name; a name after 'er' belongs to the noun the asked one only places; the word naming the
value asked names no project; 'uden for åbningstid' asks no opening hours. Tasks of the facts22 dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds
from knowledge.retrieval import _list_intros

TASKS = Path(__file__).parent / "questions" / "facts22" / "tasks"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    tasks = [t for f in sorted(TASKS.glob("*.txt")) for t in parse_text(f.read_text(encoding="utf-8"))]
    return KnowledgeBase.from_tasks(tasks)


@pytest.mark.parametrize(("question", "value"), [
    ("Hvad er hovednummeret?", "70 20 30 40"),  # 'Hovednummer: 70 20 30 40', its value on the next line
    ("Hvilket lokalnummer har jobcentret?", "200"),
    ("Hvad er nummeret til vagttelefonen?", "70 20 30 99"),  # a bracketed note after the label
    ("Hvilket nummer ringer man til uden for åbningstid?", "70 20 30 99"),
    ("Hvad hedder løsningen?", "TaleSky"),
    ("Hvem er kontaktperson hos den gamle operatør?", "Lene Birk"),
    ("Hvad er telefonnummeret til kundeservice?", "76 11 22 33"),  # 'telefon' spells no project Telefoni
])
def test_answered(kb: KnowledgeBase, question: str, value: str) -> None:
    a = answer(kb, question)
    assert a.found, a.answer
    assert value in a.answer


@pytest.mark.parametrize("question", [
    "Hvad hedder den gamle operatør?",  # 'Kontaktperson hos den gamle operatør er Lene Birk': the contact
    "Hvad er lene birks telefonnummer?",
    "Hvad koster en licens?",
])
def test_not_answered(kb: KnowledgeBase, question: str) -> None:
    assert not answer(kb, question).found


@pytest.mark.parametrize(("kind", "text", "question", "expected"), [
    (Expect.CODE, "Jobcenter: lokalnummer 200", "hvilket lokalnummer har jobcentret?", True),
    (Expect.VERSION, "Version: 4.2", "hvad er versionen?", True),
    (Expect.VERSION, "Version: 4.2", "hvilken version af Android kræves?", False),  # it names no Android
    (Expect.NAME, "- Leverandør: Nordisk Tale ApS", "hvad hedder leverandørens kontaktperson?", False),
])
def test_labelled_line(kind: Expect, text: str, question: str, expected: bool) -> None:
    assert holds(kind, text, question) is expected


def test_fact_list_read_with_sentence_before(kb: KnowledgeBase) -> None:
    """An intro-less list of 'Key: value' items is read with the sentence just before it."""
    index = index_for(kb)
    texts = [index.passages.text_of(p) for p in range(len(index.passages))]
    item = texts.index("- Batterilevetid: 16 år")
    lead = _list_intros(index)[item]
    assert texts[lead].startswith("De gamle mekaniske målere")
