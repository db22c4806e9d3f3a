"""Everyday words for what a task says in official words: a glossary synonym beside a word the tasks
use rarely in another sense, a compound found by its head when its task also has the modifier,
content words whose stem is a stop word, reflexive particle verbs, adverbs that carry nothing, and
the honest abstentions around them. Tasks and questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import GENERIC_KEYS, key
from knowledge.index import index_for
from knowledge.morphology import particle_base
from knowledge.parse import parse_text
from knowledge.qa.analysis import analyse, compound_head
from knowledge.qa.particles import join_particles
from knowledge.qa.pipeline import answer

EXPORT = """## (HAVN 7) Lukning af det gamle kajsystem

**Master-opgave ID** 7811

**Opgavetitel** (HAVN 7) Lukning af det gamle kajsystem

**Projekt** HAVN

**Beskrivelse** Kommunen opsiger kontrakten på det gamle kajsystem med mindst 3 måneders varsel.
Opsigelsen af kontrakten underskrives af havnedirektøren. Afvigelser over 200 kr. noteres i kajarket.

**Metode og fremgangsmåde** 1. Send opsigelsen
2. Luk systemet

## (HAVN 8) Kurser for havnemedarbejdere

**Master-opgave ID** 7812

**Opgavetitel** (HAVN 8) Kurser for havnemedarbejdere

**Projekt** HAVN

**Slutdato (fra Go-Live)** 30

**Beskrivelse** Kurset afholdes i Esbjerg. Tilmelding sker via kursuskalenderen senest 3 uger før kurset.
Hver kommune kan tilmelde op til 5 deltagere. Udbetalingen stoppes, hvis kurset aflyses.

**Metode og fremgangsmåde** 1. KOMBIT fremsender kursusbeviset til kommunen
2. Tilmeld deltagerne
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(tasks=parse_text(EXPORT))


def test_a_glossary_synonym_stands_beside_a_word_the_tasks_use_in_another_sense(kb):
    # 'stoppes' is in the other task; 'stopper kontrakten' is the 'opsiger kontrakten' of the first
    q = analyse(index_for(kb), "Hvem skriver under på, at vi stopper kontrakten?")
    assert key("opsige") in next(t for t in q.tokens if t.surface == "stopper").alts
    a = answer(kb, "Hvem skriver under på, at vi stopper kontrakten?")
    assert a.found and "havnedirektør" in a.answer and a.sources == ["7811"]


def test_a_content_word_whose_stem_is_a_stop_word_is_kept():
    assert key("notere") == key("noteres") != key("not")
    assert key("inde") != key("ind")


def test_everyday_particle_verbs_and_nouns_reach_the_text(kb):
    a = answer(kb, "Hvor store forskelle skal vi skrive ned i kajarket?")
    assert a.found and "200 kr" in a.answer
    assert key("store") in GENERIC_KEYS and key("store") != key("gemme")  # Danish 'big', not 'store'


def test_a_reflexive_particle_verb_is_read_with_its_pronoun():
    text, _ = join_particles("Hvor skriver vi os op til kurset?", known=lambda k: False)
    assert "skriver os op" in text
    text, _ = join_particles("Hvor skriver vi fejlene op?", known=lambda k: False)
    assert "skriver op" in text


def test_a_compound_is_found_by_its_head_only_beside_its_modifier(kb):
    index = index_for(kb)
    assert compound_head(index, "havnekurset") == key("kurset")  # 'havnemedarbejdere' and 'kurset'
    assert compound_head(index, "golfkurset") is None  # no task speaks of golf
    a = answer(kb, "Hvor mange kan vi tilmelde til havnekurset?")
    assert a.found and "5 deltagere" in a.answer
    assert not answer(kb, "Hvor mange kan vi tilmelde til golfkurset?").found


def test_a_particle_prefix_needs_a_verb_after_it():
    assert particle_base("område") is None  # no 'om' + 'råde'
    assert particle_base("tilsendt") == key("sendt")


def test_who_does_a_verb_is_not_answered_by_a_sentence_without_it(kb):
    # 'KOMBIT fremsender kursusbeviset til kommunen' names no one who receives it at KOMBIT
    assert not answer(kb, "Hvem hos KOMBIT tager imod kursusbeviset?").found


def test_a_what_if_about_a_failure_is_not_answered_by_the_method(kb):
    a = answer(kb, "Hvad gør vi, hvis KOMBIT ikke når at sende kursusbeviset?")
    assert not a.found or "Tilmeld deltagerne" not in a.answer


def test_an_unknown_word_the_question_is_about_still_gets_no_answer(kb):
    assert not answer(kb, "Hvad koster frokosten på havnekurset?").found
    assert not answer(kb, "Hvem hos KOMBIT godkender kursusbeviset?").found  # no one approves it


def test_how_long_a_thing_is_asks_a_number(kb):
    a = answer(kb, "Hvor lang er opsigelsen på det gamle kajsystem?")
    assert a.found and "3 måneders" in a.answer
    assert not answer(kb, "Hvor lang er lukningen af kajsystemet?").found  # '2. Luk systemet' gives none


def test_a_task_that_ends_after_go_live_says_after(kb):
    a = answer(kb, "Hvornår skal opgave 7812 være færdig?")
    assert "30 dage efter go-live" in a.answer and "-30" not in a.answer.split("(")[0]


def test_a_word_the_tasks_write_only_as_a_compound_s_first_part_is_found(kb):
    from knowledge.qa.analysis import compound_starts

    assert set(compound_starts(index_for(kb), "havne")) == {key("havnedirektøren"), key("havnemedarbejdere")}
    assert compound_starts(index_for(kb), "golf") == []


def test_how_big_asks_a_number(kb):
    a = answer(kb, "Hvor store afvigelser skal noteres i kajarket?")
    assert a.found and "200 kr" in a.answer
    assert not answer(kb, "Hvor store er kurserne for havnemedarbejdere?").found  # no size is given


def test_the_deed_a_who_question_asks_skips_where_the_party_sits_and_a_verb_of_doing(kb):
    from knowledge.qa.checks import asked_deed

    index = index_for(kb)
    assert asked_deed(analyse(index, "Hvem hos KOMBIT tager imod kursusbeviset?")).surface == "modtage"
    assert asked_deed(analyse(index, "Hvem laver opsigelsen?")) is None  # any deed: 'sender', 'opretter'
