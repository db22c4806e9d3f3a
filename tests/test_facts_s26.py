"""Facts (branch s26-facts): a frequency said by a part of the day ('hver aften'), a table cell's value
whose row names the person asked about, and a 'hvad hedder X?' answered in the task whose title names
what the question's other word says."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types import Expect, holds

_TSV = (
    "*Opgavetitel\t(QF 1) {title}\n*Projekt\tQuixprojekt\n"
    "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri\tObligatorisk\n"
    "Mål\tAlt er klar.\n*Beskrivelse\t{description}\nResultat\tFærdig.\n"
)


def _kb(description: str, title: str = "Kajakudlån ved stranden") -> KnowledgeBase:
    return KnowledgeBase(parse_text(_TSV.format(title=title, description=description)))


def test_a_part_of_the_day_or_a_weekday_after_hver_says_how_often():
    q = "Hvor ofte rengøres kajakkerne?"
    assert holds(Expect.FREQUENCY, "Kajakkerne rengøres hver aften efter lukketid.", q)
    assert holds(Expect.FREQUENCY, "Kajakkerne rengøres hver mandag.", q)
    english = "How often are the kayaks cleaned?"
    assert holds(Expect.FREQUENCY, "The kayaks are cleaned every evening.", english)
    assert not holds(Expect.FREQUENCY, "Kajakkerne rengøres af strandfogeden.", q)


_TABLE = ("<p>Udlånet bemandes af strandvagter.</p><table><tr><th>Strandvagt</th><th>Vagt</th>"
          "<th>Telefon</th></tr><tr><td>Oda Lindqvist</td><td>Formiddag</td><td>31 22 40 10</td></tr>"
          "<tr><td>Bent Jessen</td><td>Aften</td><td>31 22 40 11</td></tr></table>")


def test_a_phone_in_a_table_row_answers_for_the_person_the_row_names():
    a = answer(_kb(_TABLE), "Hvad er Oda Lindqvists telefonnummer?")
    assert a.found and "31 22 40 10" in a.answer and "31 22 40 11" not in a.answer


def test_a_table_row_gives_no_mail_it_does_not_have():
    a = answer(_kb(_TABLE), "Hvad er Oda Lindqvists mailadresse?")
    assert not a.found


def test_what_a_thing_is_called_in_the_task_whose_title_names_the_rest():
    kb = _kb("<p>Udlånet administreres i bookingsystemet PadleBook, som driftes af Strandtech.</p>",
             title="Kajakker til udlån")
    a = answer(kb, "Hvad hedder bookingsystemet til udlån af kajakker?")
    assert a.found and "PadleBook" in a.answer


def test_a_named_persons_position_is_the_role_word_beside_the_name():
    kb = _kb("<p>Kontakt hos Strandtech: jurist Oda Lindqvist, tlf. 31 22 40 10.</p>"
             "<p>Bent Jessen, kommunens havnechef, godkender planen.</p>"
             "<p>Kontakt: Sune Brask, tlf. 31 22 40 12</p>")
    a = answer(kb, "Hvilken stilling har Oda Lindqvist?")
    assert a.found and "jurist" in a.answer
    b = answer(kb, "Hvad er Bent Jessens stilling?")
    assert b.found and "havnechef" in b.answer
    c = answer(kb, "Hvad er Sune Brasks stilling?")
    assert not c.found  # his line names no role


def test_a_unit_of_measure_by_its_name_is_its_abbreviation():
    kb = _kb("<ul><li>Pris: 12 kr. pr. kg tang</li></ul><p>Stranden er 3 km lang.</p>")
    a = answer(kb, "Hvad er prisen pr. kilo tang?")
    assert a.found and "12 kr" in a.answer
    b = answer(kb, "Hvor mange kilometer er stranden?")
    assert b.found and "3 km" in b.answer


def test_which_days_is_answered_by_the_names_of_the_days():
    kb = _kb("<p>Kajakkerne udlejes tirsdag og torsdag mellem kl. 9 og 15.</p><p>Udlånet koster 50 kr.</p>")
    a = answer(kb, "Hvilke dage udlejes kajakkerne?")
    assert a.found and "tirsdag" in a.answer
    b = answer(kb, "Hvilke dage koster udlånet 50 kr.?")
    assert "tirsdag" not in b.answer  # the price's sentence names no day
