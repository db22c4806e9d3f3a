"""What a deadline is about when its sentence opens with a condition (texts written for these tests)."""

from __future__ import annotations

import pytest

from knowledge.deadlines import extract_deadlines
from knowledge.models import Task


def _abouts(description: str) -> list[tuple[int, str | None]]:
    task = Task(id="1", title="t", description=description)
    return [(d.days, d.about) for d in extract_deadlines(task)]


@pytest.mark.parametrize(("text", "about"), [
    # the condition opens the sentence; the deadline and its thing are the main clause's
    ("Når portalen er åbnet, skal kommunen sende en bekræftelse til borgeren inden for 5 arbejdsdage "
     "efter modtagelsen af ansøgningen.", "bekræftelse"),
    ("Så snart vagtplanen er lagt, skal teamlederen udsende en oversigt senest 2 dage før opstart.",
     "oversigt"),
])
def test_the_main_clause_after_an_opening_condition_says_what_the_deadline_is_about(text, about):
    assert [a for _, a in _abouts(text)] == [about]


@pytest.mark.parametrize(("text", "about"), [
    # the deadline inside the condition: its subject, without the clause's own words
    ("Hvis måleraflæsningen ikke er indsendt senest 7 dage før go-live, opkræves et gebyr.",
     "måleraflæsningen"),
    ("Når mødereferaterne er godkendt senest 3 uger efter go-live, lukkes sagen.", "mødereferaterne"),
])
def test_a_condition_s_subject_is_named_without_its_conjunction_or_negation(text, about):
    assert [a for _, a in _abouts(text)] == [about]


def test_who_does_it_after_the_modal_is_not_what_it_is_about():
    # 'Når ..., skal leverandøren rette fejlen': the inverted subject is a party; the object is the thing
    assert [a for _, a in _abouts("Når driften er startet, skal leverandøren rette fejlen inden for "
                                  "2 arbejdsdage efter anmeldelsen.")] == ["fejlen"]
