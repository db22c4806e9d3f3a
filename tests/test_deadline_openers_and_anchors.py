"""A deadline's anchor without its article ('efter den første udbetaling' counts from 'første
udbetaling'); 'Fristen er ...' after a sentence that opens with a phrase of time ('Efter signering
sendes aftalen ...') is about that sentence's subject, not the phrase."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines, item_subject
from knowledge.models import Task


def _deadlines(description: str):
    return [(d.days, d.unit.value, d.anchor, d.about) for d in extract_deadlines(Task(
        id="1", title="t", description=description))]


@pytest.mark.parametrize(("text", "anchor"), [
    ("Kontrollen skal være afsluttet senest 5 dage efter den første udbetaling.", "første udbetaling"),
    ("Rettelserne skal være lavet senest 2 uger før den endelige test.", "endelige test"),
    ("Listen skal være opdateret senest 3 dage efter den nye version.", "den nye version"),
])
def test_an_anchor_loses_only_an_article_before_an_ordinal(text, anchor):
    assert [d[2] for d in _deadlines(text)] == [anchor]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Efter signering videresendes aftalen til KOMBIT.", "aftalen"),
    ("Ved modtagelsen kontrolleres bestillingen.", "bestillingen"),
    ("Skemaet sendes til KMD.", "skemaet"),
])
def test_the_subject_after_an_opening_phrase(sentence, subject):
    assert item_subject(sentence) == subject
