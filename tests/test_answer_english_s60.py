"""Who/what questions of session 60, on tasks written here (a seed swap for the town's allotment gardens, a
list of the bikes the libraries lend, trail rides from the riding school, and an evening of bird song in
the park).

What a list records of each thing ('hvilke oplysninger skal stå om hver cykel?', 'what information must
the bike list hold for each bike?', 'what must be recorded for each bicycle?') is the list its task
introduces per thing ('For hver cykel angives: - stelnummer - ...'), though the sentence says neither the
noun of information nor the verb of writing down. And general English words the dictionary read in
another sense: a rider is the 'rytter' on a horse before a contract's 'tillæg'; 'listen' is 'lytte' ('the
listening evening' -> 'lytteaftenen'), not a typo of 'listing'."""

from __future__ import annotations

from functools import cache

import pytest
from test_answer_english_s57 import _PRIORITY, _task

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_BIKE_LIST = _task(
    ("*Opgavetitel", "(BIBC 2) Cykellisten til Udlånsbasen"),
    ("*Projekt", "Fælles Bibliotekscykler"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Kommunen udarbejder en cykelliste over de cykler, bibliotekerne låner ud. For hver "
                     "cykel angives:</p><ul><li>stelnummer</li><li>farve</li><li>stelstørrelse</li>"
                     "<li>seneste eftersyn</li></ul><p>Cykellisten godkendes af lederen af Bibliotekerne og "
                     "sendes til Kædehjul Data senest 3 uger før go-live.</p>"),
    ("*Metode og fremgangsmåde", "<ol><li>1. Gennemgå cyklerne</li><li>2. Udfyld cykellisten</li></ol>"),
)

_TRAIL_RIDE = _task(
    ("*Opgavetitel", "(RIDE 4) Skovturen til hest (valgfri)"),
    ("*Projekt", "Fælles Rideskoler"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Kommunen kan holde en skovtur til hest for borgerne.</p><ul><li>Underlag: grus og "
                     "skovbund</li><li>Antal: højst 8 ryttere pr. hold</li></ul><p>Ridelæreren Signe "
                     "Galopsen leder rytterne gennem skoven.</p>"),
    ("*Metode og fremgangsmåde", "<ol><li>1. Book hestene</li><li>2. Meld holdet til</li></ol>"),
)

_BIRD_SONG = _task(
    ("*Opgavetitel", "(FUGL 5) Lytteaftenen i parken (valgfri)"),
    ("*Projekt", "Fælles Fuglesang"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Kommunen kan holde Lytteaftenen onsdag den 11. juni 2031 kl. 20-22 i Bøgeparken, "
                     "hvor borgerne kan lytte til nattergalen.</p><p>Opgaven kræver ikke underskrift.</p>"),
    ("*Metode og fremgangsmåde", "<ol><li>1. Find en guide</li><li>2. Meld aftenen ud</li></ol>"),
)


@cache
def _kb() -> KnowledgeBase:
    tasks = [t for text in (_BIKE_LIST, _TRAIL_RIDE, _BIRD_SONG) for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize("question", [
    "Hvilke oplysninger skal stå om hver cykel på cykellisten?",
    "What information must the bike list hold for each bike?",
    "What does the bike list record about each bicycle?",
    "Hvilke oplysninger skal der være om hver udlånscykel?",  # no list named: the one list per cykel
])
def test_what_a_list_records_of_each_thing_is_its_list(question: str):
    a = answer(_kb(), question)
    assert a.found and "stelnummer" in a.answer and "seneste eftersyn" in a.answer, a.answer


def test_how_many_a_list_records_of_each_thing_is_its_count_of_items():
    a = answer(_kb(), "Hvor mange oplysninger skal der stå om hver cykel?")
    assert a.found and "4 oplysninger" in a.answer, a.answer


def test_who_approves_the_list_is_still_its_approver():  # a control: passes before and after
    a = answer(_kb(), "Who approves the bike list?")
    assert a.found and "lederen af Bibliotekerne" in a.answer, a.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("How many riders may be on a team?", "8 ryttere"),
    ("Where is the listening evening held?", "Bøgeparken"),
    ("What can citizens listen to at the listening evening?", "nattergalen"),
])
def test_a_general_word_is_read_as_the_tasks_say_it(question: str, expected: str):
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer
