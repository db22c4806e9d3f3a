"""Deadlines written in the text: number (digits or words), unit, direction and anchor, and what
they concern; durations are not deadlines (week numbers: test_week_deadlines.py)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.deadlines import calendar_offset, extract_deadlines, sentence_deadlines
from knowledge.models import DeadlineUnit, MethodStep, Signature, Task, TextDeadline


@pytest.mark.parametrize(("sentence", "days", "unit", "anchor"), [
    ("Aftalen sendes retur til KOMBIT senest 30 dage før go-live.", -30, "dage", "go-live"),
    ("Blanketten skal være godkendt senest 14 dage før go-live.", -14, "dage", "go-live"),
    ("Svar inden for 10 arbejdsdage efter modtagelsen.", 10, "arbejdsdage", "modtagelse"),
    ("Skemaet udfyldes senest fem arbejdsdage efter, at I har modtaget det.", 5, "arbejdsdage", "modtagelse"),
    ("Testen skal være gennemført to uger før idriftsættelsen.", -2, "uger", "go-live"),
    ("Adgangen skal være oprettet senest tre måneder inden go-live.", -3, "måneder", "go-live"),
    ("Rapporten afleveres senest 7 dage efter opgavens start.", 7, "dage", "start"),
    ("Meld tilbage senest 2 hverdage før opgavens slutdato.", -2, "arbejdsdage", "slut"),
    ("Kvitteringen skal være sendt senest tolv dage efter go-live.", 12, "dage", "go-live"),
    ("Svar senest 30 dage før produktionsstart.", -30, "dage", "go-live"),
    ("Fuldmagten skal registreres senest dagen efter modtagelsen.", 1, "dage", "modtagelse"),
    ("Kontaktpersonen meldes ind senest ugen før go-live.", -1, "uger", "go-live"),
    ("Planen godkendes allerede måneden før idriftsættelsen.", -1, "måneder", "go-live"),
])
def test_deadline_in_a_sentence(sentence, days, unit, anchor):
    (d,) = sentence_deadlines(sentence)
    assert (d.days, d.unit.value, d.anchor) == (days, unit, anchor)
    assert d.text in sentence


@pytest.mark.parametrize(("sentence", "anchor", "about"), [
    ("Svar senest 3 uger efter, at opgaven er startet.", "start", None),
    ("Luk sagen senest 5 dage efter, at opgaven er afsluttet.", "slut", "sagen"),  # the imperative's object
    ("Send den senest 4 dage efter, at I har fået blanketten.", "modtagelse", None),
    ("Senest to uger før go-live-datoen skal brugerne være oprettet.", "go-live", "brugerne"),
])
def test_anchors_in_other_words_and_a_deadline_that_opens_the_sentence(sentence, anchor, about):
    (d,) = sentence_deadlines(sentence)
    assert (d.anchor, d.about) == (anchor, about)
    assert d.text == sentence.rstrip(".") if sentence.startswith("Senest") else d.text in sentence


def test_an_anchor_of_its_own_keeps_its_words():
    (d,) = sentence_deadlines("Rollerne tildeles inden for 3 arbejdsdage efter, at leverandøren har "
                              "åbnet miljøet.")
    assert (d.days, d.anchor) == (3, "leverandøren har åbnet miljøet")


@pytest.mark.parametrize("sentence", [
    "Det kan tage op til 5 arbejdsdage.",
    "Leverandøren opretter brugerne inden for 10 arbejdsdage.",  # how long someone else takes
    "Styrelsen behandler normalt en ansøgning på 15 arbejdsdage.",
    "Uddannelsen varer tre dage.",
    "I ugen efter go-live er der ekstra support fra leverandøren.",  # a period, not a deadline
    "Dagen efter go-live holder projektgruppen evalueringsmøde.",
])
def test_durations_and_periods_are_not_deadlines(sentence):
    assert sentence_deadlines(sentence) == []


def test_what_a_deadline_concerns():
    task = Task(id="1", title="t",
                description="Tillægsaftalen underskrives af direktøren. Den skal returneres senest 20 dage "
                            "før go-live. Brevskabelonen skal være klar senest 2 uger før go-live.",
                method_steps=[MethodStep(number=1, text="Test senest 5 dage før go-live")],
                signatures=[Signature(document="tillægsaftale", signer="direktøren")])
    assert [(d.days, d.unit, d.about) for d in extract_deadlines(task)] == [
        (-5, DeadlineUnit.DAYS, "trin 1"), (-20, DeadlineUnit.DAYS, "tillægsaftale"),
        (-2, DeadlineUnit.WEEKS, "brevskabelonen")]


def test_calendar_dates_of_each_unit():
    golive = date(2027, 3, 31)

    def on(days, unit):
        return calendar_offset(TextDeadline(text="x", days=days, unit=unit, anchor="go-live"), golive)

    assert on(-30, DeadlineUnit.DAYS) == date(2027, 3, 1)
    assert on(-2, DeadlineUnit.WEEKS) == date(2027, 3, 17)
    assert on(-1, DeadlineUnit.MONTHS) == date(2027, 2, 28)
    assert on(-3, DeadlineUnit.WORKING_DAYS) == date(2027, 3, 26)  # Wednesday back to Friday


@pytest.mark.parametrize(("sentence", "anchor"), [
    ("Lønnen skal være kontrolleret inden første lønkørsel.", "første lønkørsel"),
    ("Satserne skal være opdateret senest ved første udbetaling.", "første udbetaling"),
    ("Stamdata skal være rettet før konverteringen.", "konverteringen"),
    ("Listen skal være udfyldt senest ved opstartsmødet.", "opstartsmødet"),
    ("Rapporten skal afleveres senest ved opgavens afslutning.", "slut"),
])
def test_a_deadline_at_an_event_itself_is_zero_days_from_it(sentence, anchor):
    [deadline] = sentence_deadlines(sentence)
    assert (deadline.days, deadline.anchor) == (0, anchor)


@pytest.mark.parametrize("sentence", [
    "Før kommunen kan starte, skal aftalen være underskrevet.",  # a condition, no event
    "Kontakt leverandøren inden kommunen.",  # a party, no event
    "Kurset holdes før konverteringen.",  # tells when, asks nothing
    "Data skal ryddes op i ugerne før konverteringen.",  # a period
])
def test_no_deadline_at_a_party_a_condition_or_a_period(sentence):
    assert sentence_deadlines(sentence) == []
