"""The bilingual domain glossary (knowledge/qa/glossary.txt) applies to questions and task text alike."""

from __future__ import annotations

import pytest

from knowledge.fold import GENERIC, _stem_key, content_keys, glossary_phrases, key


@pytest.mark.parametrize(("word", "same_as"), [
    ("signere", "underskrive"), ("sign", "underskrive"), ("signed", "underskrevet"),
    ("approve", "godkende"), ("deadline", "frist"), ("supplier", "leverandør"),
    ("udføres", "udfører"), ("appointed", "udpege"),
])
def test_words_of_one_meaning_share_a_key(word, same_as):
    assert key(word) == key(same_as)


@pytest.mark.parametrize(("text", "form"), [
    ("Aftalen skal skrives under af direktøren", "underskrive"),
    ("who should carry out task 702", "udføre"),
    ("who is the data controller?", "dataansvarlig"),
    ("Kommunaldirektøren giver en power of attorney", "fuldmagt"),
])
def test_phrases_become_one_word_in_questions_and_text(text, form):
    assert key(form) in content_keys(text), content_keys(text)
    assert key(form) in content_keys(glossary_phrases(text))


def test_no_framing_word_takes_a_content_words_key():
    """A generic question word ('need') must not make a content word ('krav') generic."""
    assert [w for w in GENERIC if key(w) != _stem_key(w)] == []


def test_one_way_lines_translate_question_words_only_when_the_tasks_lack_them():
    """'form ~ words' lines: 'koster' is looked for as 'meromkostning' (when the tasks lack the
    word itself); task text keeps its own keys."""
    from knowledge.fold import fallback_keys

    assert key("meromkostning") in fallback_keys(key("koster"))
    assert key("bogføringssystem") in fallback_keys(key("accounting"))
    assert key("koster") != key("meromkostning")  # one way: the words stay apart in task text


def test_the_lexicon_keeps_no_word_list_of_its_own_for_translation():
    import knowledge.lexicon as lexicon

    assert not hasattr(lexicon, "GLOSSARY") and not hasattr(lexicon, "PHRASES")


@pytest.mark.parametrize(("word", "concept"), [
    ("signere", "sign"), ("signature", "sign"), ("supplier", "fact"), ("leverer", "fact"),
    ("performs", "executor"), ("responsible", "responsible"), ("mandatory", "priority"),
    ("optional", "priority"), ("steps", "step"), ("waves", "wave"), ("tasks", "task"),
])
def test_a_concept_is_asked_for_by_every_word_the_glossary_joins_to_its_word(word, concept):
    """The lexicon names one word per meaning; the glossary brings the inflections and English."""
    from knowledge.lexicon import CONCEPTS

    assert concept in CONCEPTS.get(key(word), frozenset())
