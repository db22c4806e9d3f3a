"""Facts and who (branch s28-facts): a finished sentence a blank line above a 'Key: value' list is no
intro of it; a role held by a name in apposition closed by its clause's verb or after a place name of
several words; a count of things is no size of one of them; area units."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TSV = (
    "*Opgavetitel\t(QZ 1) {title}\n*Projekt\tZelotprojekt\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Mål\tAlt er klar.\n*Beskrivelse\t{description}\nResultat\tFærdig.\n"
)


def _kb(description: str, title: str = "Nye bålpladser i skovene") -> KnowledgeBase:
    return KnowledgeBase(parse_text(_TSV.format(title=title, description=description)))


def test_a_role_held_by_a_name_in_apposition_before_the_verb():
    kb = _kb("<p>Skovkoordinatoren, Ulrik Thygesen, lægger brændeplanen i appen Skovvagt.</p>")
    a = answer(kb, "Hvem er skovkoordinator på bålpladserne?")
    assert a.found and "Ulrik Thygesen" in a.answer


def test_a_role_at_a_place_whose_name_has_og_in_it():
    kb = _kb("<p>Projektleder i Natur og Miljø er biolog Rasmus Krogh, tlf. 21 40 50 60.</p>")
    a = answer(kb, "Hvem er projektleder på bålpladserne?")
    assert a.found and "Rasmus Krogh" in a.answer


def test_a_count_of_things_is_no_size_of_one_of_them():
    kb = _kb("<p>Kommunen anlægger tre nye bålpladser – Egehøj, Bøgely og Fyrrekrogen.</p>"
             "<p>Egehøj er den største bålplads med 1,5 hektar.</p>")
    a = answer(kb, "Hvor stor er Bøgely?")
    assert not a.found
    b = answer(kb, "Hvor stor er Egehøj?")
    assert b.found and "1,5 hektar" in b.answer


def test_a_share_is_no_count_of_things():
    from knowledge.qa.types import Expect, holds
    q = "Hvor mange skoler er med i ordningen?"
    assert not holds(Expect.COUNT, "Provision til skolen: 10 % af salget", q)
    assert holds(Expect.COUNT, "Kommunens 17 skoler er med.", q)
    assert holds(Expect.COUNT, "Provision til skolen: 10 % af salget", "Hvor mange procent får skolen?")


def test_a_place_named_after_the_noun_the_preposition_takes():
    kb = _kb("<p>Kommunen har en bålhytte ved spejderhuset Ulvereden, som lejes ud i weekenden.</p>")
    a = answer(kb, "Hvor ligger bålhytten?")
    assert a.found and "Ulvereden" in a.answer


def test_a_name_after_a_kind_noun_says_which_one_though_the_question_has_its_word():
    kb = _kb("<p>Skovkoordinatoren lægger brændeplanen i appen Brændeplan+.</p>")
    a = answer(kb, "Hvilken app bruges til brændeplanen?")
    assert a.found and "Brændeplan+" in a.answer


def test_a_labelled_count_counts_what_its_label_says():
    kb = _kb("<ul><li>Bålfade: 2 pr. bålplads</li><li>Tilsyn: hver fredag</li></ul>")
    a = answer(kb, "hvor mange bålfade er der på hver bålplads?")
    assert a.found and "2 pr. bålplads" in a.answer


def test_a_framing_verb_is_no_unknown_subject():
    kb = _kb("<ul><li>Brænde: bøg i sække á 20 kg</li><li>Tilsyn: hver fredag</li></ul>")
    for q in ("hvad oplyses der om brænde?", "hvad er oplyst om brænde?"):
        a = answer(kb, q)
        assert a.found and "bøg" in a.answer, q


def test_a_name_in_apposition_after_an_article_says_which_one():
    kb = _kb("<p>Brændekløveren, en Hakki Pilke 38, leveres af Skovmaskiner ApS med 2 års garanti.</p>")
    a = answer(kb, "Hvilken brændekløver skal bålpladserne have?")
    assert a.found and "Hakki Pilke" in a.answer


def test_a_value_at_another_named_place_is_not_the_asked_places():
    kb = _kb("<p>Kommunen anlægger bålpladser ved Egehøj og Bøgely.</p><p>Budgettet er på 80.000 kr.</p>"
             "<ul><li>Parkering: 20 pladser ved Egehøj</li><li>Brænde: leveres hver fredag</li></ul>")
    a = answer(kb, "Hvor mange parkeringspladser er der ved Bøgely?")
    assert not a.found and "20" not in a.answer
    b = answer(kb, "Hvor mange parkeringspladser er der ved Egehøj?")
    assert b.found and "20" in b.answer
