"""Paraphrases of session 42: synonym groups of everyday Danish ('a ≈ b, c' in the glossary, each word
looked for as any other when the tasks lack it). The near misses: a synonym never makes the text's
word a question's, and a thing the tasks do not name stays unknown. Tasks and questions written for
this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import _glossary_lines, _synonym_group, fallback_keys, key
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## (VS 1) Nye vandposter i parkerne

**Master-opgave ID** 8911

**Opgavetitel** (VS 1) Nye vandposter i parkerne

**Projekt** Vandposter

**Beskrivelse** Der monteres 12 vandposter i kommunens parker. Vandposterne monteres af VVS Nord ApS.
Affaldsspandene ved vandposterne tømmes hver fredag. Udskiftningen af de gamle haner er planlagt
til maj. De gamle haner erstattes af berøringsfri haner for at spare vand.

Projektet er placeret i bydelen Søndermark.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(tasks=parse_text(EXPORT))


def test_a_group_is_read_as_one_way_lines_of_each_word():
    lines = _synonym_group(["montere", "installere", "sætte fast"])
    assert lines == [("montere", "~", ["installere", "sætte fast"]),
                     ("installere", "~", ["montere", "sætte fast"])]  # a phrase is no line's form
    assert all(sign in "=~" for _, sign, _ in _glossary_lines())


def test_each_word_of_a_group_falls_back_to_the_others():
    assert key("montere") in fallback_keys(key("installerer"))
    assert key("installere") in fallback_keys(key("monteres"))
    assert key("skraldespand") in fallback_keys(key("affaldsspande"))
    assert key("affaldsspand") in fallback_keys(key("skraldespandene"))


def test_a_synonym_the_tasks_write_answers(kb):
    a = answer(kb, "hvem installerer vandposterne?")
    assert a.found and "VVS Nord" in a.answer
    a = answer(kb, "hvornår tømmes skraldespandene ved vandposterne?")
    assert a.found and "fredag" in a.answer
    a = answer(kb, "i hvilket kvarter er projektet med vandposter?")
    assert a.found and "Søndermark" in a.answer


def test_a_thing_no_task_names_stays_unknown(kb):
    a = answer(kb, "hvem installerer legepladsen?")
    assert not a.found
    a = answer(kb, "hvor mange skraldespande er der på stranden?")
    assert not a.found
