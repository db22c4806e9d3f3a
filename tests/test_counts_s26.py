"""How many (branch s26-facts): a count after a word that opens the sentence ('Alle 40 skabe'), the
names a noun lists in its sentence ('klubberne A, B og C'), 'begge' after the verb of two joined
things, a facts list about a thing that is no list of the things, and step numbers that count nothing."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_TSV = (
    "*Opgavetitel\t(QX 1) {title}\n*Projekt\tQuixprojekt\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Mål\tAlt er klar.\n*Beskrivelse\t{description}\nMetode og fremgangsmåde\t{method}\n"
    "Resultat\t{result}\n"
)


def _kb(description: str, *, result: str = "Færdig.", method: str = "1) Gør det 2) Tjek det",
        title: str = "Opsætning af kajakudlån") -> KnowledgeBase:
    return KnowledgeBase(parse_text(_TSV.format(title=title, description=description, method=method,
                                                result=result)))


def test_a_count_after_a_sentence_opening_word_is_a_count_not_a_code():
    q = "Hvor mange kajakker er der i alt?"
    assert holds(Expect.COUNT, "Alle 34 kajakker er klar.", q)
    assert holds(Expect.COUNT, "Kun 3 kajakker er klar.", q)
    assert holds(Expect.COUNT, "Strandens 34 kajakker er klar.", q)  # a definite genitive, no code
    assert not holds(Expect.COUNT, "KX 34 er klar.", q)  # a code's number counts nothing
    kb = _kb("<p>Kommunen køber kajakker til udlån.</p>", result="Alle 34 kajakker er klar til udlån.")
    a = answer(kb, "Hvor mange kajakker bliver der i alt til udlån?")
    assert a.found and "34" in a.answer


def test_step_numbers_joined_by_og_count_nothing():
    q = "Hvor mange aftaler skal underskrives?"
    assert not holds(Expect.COUNT, "Aftalen underskrives af direktøren (trin 1 og 2).", q)
    assert not holds(Expect.COUNT, "Aftalen underskrives i trin 2-3.", q)


def test_names_listed_after_the_counted_noun_are_counted():
    kb = _kb("<p>Om aftenen kan hallen lejes af roklubberne Vestkysten, Strandens Kajak og Fjordens Ro "
             "for 300 kr. i timen.</p>")
    a = answer(kb, "Hvor mange roklubber kan leje hallen?")
    assert a.found and a.answer.startswith("3 ")
    assert "(QX 1)" not in a.answer.split("\n")[0]


def test_names_of_another_thing_are_not_counted_for_the_asked_one():
    kb = _kb("<p>Om aftenen kan hallen lejes af roklubberne Vestkysten, Strandens Kajak og Fjordens Ro.</p>")
    a = answer(kb, "Hvor mange skoler kan leje hallen?")
    assert not a.answer.startswith("3 ")


def test_begge_after_the_verb_counts_the_two_joined_things():
    kb = _kb("<p>Nordhavnens Udlån og Sydhavnens Udlån har begge kajakker til børn, som skal tjekkes "
             "hver uge.</p>")
    a = answer(kb, "Hvor mange udlån har kajakker til børn?")
    assert a.found and a.answer.startswith("2 ")


def test_a_facts_list_about_a_thing_is_no_list_of_such_things():
    kb = _kb("Fakta om kajakkerne:\n- Pris pr. kajak: 9.000 kr.\n- Vægt: 22 kg\n- Garanti: 2 år",
             result="Alle 34 kajakker er klar.")
    a = answer(kb, "Hvor mange kajakker er der?")
    assert "3 " not in a.answer.split("\n")[0]


def test_et_par_counts_the_noun_after_it_beside_another_count():
    kb = _kb("<p>Der ansættes tre medarbejdere, og der indkøbes et par kajakvogne til stranden.</p>")
    a = answer(kb, "Hvor mange kajakvogne købes der ind?")
    assert a.found and "et par kajakvogne" in a.answer
    b = answer(kb, "Hvor mange medarbejdere ansættes?")
    assert b.found and "tre medarbejdere" in b.answer
