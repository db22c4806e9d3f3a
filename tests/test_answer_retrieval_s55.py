"""Passages the question's words did not reach (s55): a real word the glossary reads taken for a misspelt
question word or task word ('kontrakten' read as 'kontakte'); a definite head of three letters that refers
back to the compound just named ('Dagen varer ...' after '... en drageflyvningsdag'); a data leak said in
everyday words ('et læk af persondata' for the tasks' 'Brud på persondatasikkerheden')."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## DRGE 1 Drageflyvning på stranden

**Master-opgave ID** 5501

**Opgavetitel** DRGE 1 Drageflyvning på stranden

**Projekt** Fælles Drageflyvning

**Prioritet** Valgfri

**Beskrivelse** Kommunen kan holde en drageflyvningsdag for skolebørn. Dagen varer 5 timer og er gratis.

Der er plads til 70 børn.

**Resultat** Kommunen har holdt drageflyvningsdagen.

## DRGE 2 Aftale om vinduespudsning

**Master-opgave ID** 5502

**Opgavetitel** DRGE 2 Aftale om vinduespudsning

**Projekt** Fælles Drageflyvning

**Prioritet** Obligatorisk

**Beskrivelse** Aftalen med Klarglas Pudseservice underskrives af driftschefen og sendes til Klarglas
senest 10 dage før go-live.

Brud på persondatasikkerheden meldes til kommunen inden for 30 timer.
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(EXPORT))


def test_a_word_the_glossary_reads_is_no_misspelt_question_word():
    from knowledge.qa.spelling import fix_question_words
    said = fix_question_words("hvem skal underskrive kontrakten med pudseren?", known=lambda k: False)
    assert "kontrakten" in said  # (not 'kontakte', a word questions are read by)
    assert fix_question_words("hvornår skal vi starte?", known=lambda k: False).endswith("starter?")


def test_a_contract_asked_of_is_the_agreement_the_task_writes(kb):
    a = answer(kb, "hvem skal underskrive kontrakten med Klarglas Pudseservice?")
    assert a.found and "driftschefen" in a.answer and a.sources == ["5502"]


def test_a_definite_head_of_three_letters_refers_back_to_the_compound(kb):
    a = answer(kb, "hvor lang tid varer drageflyvningsdagen?")
    assert a.found and "5 timer" in a.answer and a.sources == ["5501"]


def test_a_data_leak_in_everyday_words_is_the_breach(kb):
    a = answer(kb, "hvor hurtigt skal vi have besked om et læk af persondata hos Klarglas Pudseservice?")
    assert a.found and "30 timer" in a.answer and a.sources == ["5502"]
