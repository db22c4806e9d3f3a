"""Review findings of the stop-45 merge (revb): B1 where a gathering is held, B2 a length that is no
deadline."""
from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.deadlines import sentence_deadlines
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.types.places import _at_building

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(UDD 4) Undervisning i det nye vagtplansystem"),
    ("*Projekt", "Vagtplaner"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-15"),
    ("Mål", "Planlæggerne kan bruge vagtplansystemet."),
    ("*Beskrivelse", "<p>Workshoppen for planlæggerne afholdes i eftermiddagspausen. "
                     "Opfølgningsmødet med konsulenten holdes ved afleveringen. "
                     "Webinaret for lederne afholdes i byrådssalen.</p>"),
    ("Metode og fremgangsmåde", "1) Book undervisningen 2) Send invitationer"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT)])


# B1: a definite noun after 'i', 'ved', 'på' is where a thing is held only when it is a place (places.txt)
@pytest.mark.parametrize("question", ["hvor afholdes workshoppen for planlæggerne?",
                                      "hvor holdes opfølgningsmødet med konsulenten?"])
def test_a_pause_or_a_handover_is_no_place_a_thing_is_held(question):
    got = answer(_kb(), question)
    assert not got.found, got.answer


def test_a_hall_is_where_a_thing_is_held():
    got = answer(_kb(), "hvor afholdes webinaret for lederne?")
    assert got.found and "byrådssalen" in got.answer


@pytest.mark.parametrize("value, place", [
    ("på rådhuset", True), ("i kantinen", True), ("i stikledningen", True), ("ved hovedindgangen", True),
    ("i sporthallen", True), ("på plejehjemmet", True), ("i konferencecentret", True),
    ("i mødelokalet", True),
    ("i frokostpausen", False), ("ved overdragelsen", False), ("i opstartsfasen", False), ("på mødet", False),
    ("i vejledningen", False), ("i licensen", False), ("ved indberetningen", False), ("på forummet", False),
])
def test_at_building_is_a_place(value, place):
    assert _at_building(value) is place


# B2: an unread length ('gælder i 2 år efter go-live') hides only a demand AT go-live in its own clause
@pytest.mark.parametrize("sentence, about", [
    ("Samarbejdsaftalen skal godkendes senest ved go-live og gælder i 3 år efter go-live.",
     "samarbejdsaftale"),
    ("Rollerne skal være tildelt inden go-live; testadgangen lukkes 2 år efter go-live.", "rollerne"),
    ("Opsætningen skal være afsluttet inden go-live, og sporet gemmes 30 timer efter go-live.",
     "opsætningen"),
])
def test_unread_length_keeps_the_deadline_at_golive_before_it(sentence, about):
    got = sentence_deadlines(sentence)
    assert [(d.days, d.anchor) for d in got] == [(0, "go-live")]
    assert about in (got[0].about or "")
    assert "efter go-live" not in got[0].text


@pytest.mark.parametrize("sentence", [
    "Databasen kopieres 36 timer før go-live.",
    "Databasen skal kopieres 36 timer før go-live.",
])
def test_unread_length_alone_is_no_deadline_at_golive(sentence):
    assert [d for d in sentence_deadlines(sentence) if d.anchor == "go-live" and d.days == 0] == []
