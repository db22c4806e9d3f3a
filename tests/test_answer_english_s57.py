"""English questions of session 57, on tasks written here (ice rinks with a booking map, a sledging hill
register, the hire of an ice resurfacer): English puts a system's name before the noun it qualifies ('the
Isbanekortet agreement'), which Danish writes after it ('aftalen for Isbanekortet'), and 'rental' and
'loan' begin the compounds the tasks write ('lejeaftale', 'udlånsperiode'); a thing that reaches a
party is sent to it ('when must the rules reach X?')."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(*rows: tuple[str, str]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"

_RINK_MAP = _task(
    ("*Opgavetitel", "(SKOJ 1) Aftale om adgang til Isbanekortet"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Obligatorisk på kritisk vej"),
    ("*Beskrivelse", "<p>Isbanekortet viser isens tykkelse på kommunens søer.</p><ul><li>Pris: 260 kr. pr. "
                     "måned</li><li>Udvikler: Frostlund Data</li><li>Support: hverdage 9.00-13.00</li></ul>"
                     "Aftalen &quot;Adgang til Isbanekortet&quot; underskrives af direktøren for Kultur og "
                     "Fritid "
                     "og returneres til KOMBIT senest 6 uger før go-live. <p>Kontakt – Birthe Isager, "
                     "KOMBIT, "
                     "bis@kombit.dk</p>"),
)

_HILL_REGISTER = _task(
    ("*Opgavetitel", "(SKOJ 2) Aftale om adgang til Kælkeregistret"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Kommunen skal indgå aftalen &quot;Adgang til Kælkeregistret&quot; med KOMBIT.</p>"
                     "<ul><li>Pris: 140 kr. pr. måned</li><li>Udvikler: Snebakke "
                     "Systemer</li></ul><p>Aftalen "
                     "underskrives af chefen for Park og Vej og sendes retur til KOMBIT senest 30 dage før "
                     "go-live.</p><p>Kontakt – Aksel Fnugholm, KOMBIT, afn@kombit.dk</p>"),
)

_RESURFACER = _task(
    ("*Opgavetitel", "(SKOJ 3) Leje af ismaskine (valgfri)"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Glatis Udlejning tilbyder en ismaskine til skøjtebanerne.</p><ul><li>Lejeperiode: "
                     "op "
                     "til 4 dage pr. udlejning</li><li>Pris: 1.900 kr. pr. udlejning</li></ul><p>Lejeaftalen "
                     "skrives under af chefen for Kultur og Fritid og mailes til Glatis Udlejning senest 11 "
                     "dage "
                     "før den første skøjtedag.</p>"),
)

_RULES = _task(
    ("*Opgavetitel", "(SKOJ 4) Sikkerhedsregler for skøjtebanerne"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Obligatorisk"),
    ("*Beskrivelse", "<p>Sikkerhedsreglerne vedtages af kultur- og fritidsudvalget og sendes til Frostlund "
                     "Data senest 25 dage før go-live.</p><p>Frostlund Data lægger reglerne på Isbanekortet "
                     "inden for 3 arbejdsdage.</p><p>Kontakt: Ida Frostholm, Frostlund Data, "
                     "ifr@frostlund.dk, tlf. 71 22 43 90</p>"),
)

_ICE_DAY = _task(
    ("*Opgavetitel", "(SKOJ 5) Deltag i Isdagen (valgfri)"),
    ("*Projekt", "Fælles Skøjtebaner"),
    (_PRIORITY, "Valgfri"),
    ("*Beskrivelse", "<p>Isdagen holdes lørdag den 9. januar 2027 på Søbakken.</p><p>Der er plads til 50 "
                     "deltagere pr. kommune, og hver deltager medbringer et par skøjter.</p>"),
)


@cache
def _kb() -> KnowledgeBase:
    texts = (_RINK_MAP, _HILL_REGISTER, _RESURFACER, _RULES, _ICE_DAY)
    tasks = [t for text in texts for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize(("question", "expected"), [
    ("When must the Isbanekortet agreement be back at KOMBIT?", "6 uger"),
    ("When must the Isbanekortet access agreement be returned to KOMBIT?", "6 uger"),
    ("Who is the contact for the Isbanekortet agreement?", "Birthe Isager"),  # a control
    ("Who signs the Isbanekortet agreement?", "direktøren for Kultur og Fritid"),  # a control
])
def test_a_name_before_its_noun_is_read_as_danish_writes_it(question: str, expected: str):
    a = answer(_kb(), question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("How long is the rental period for the ismaskine?", "4 dage"),  # a control
    ("Who signs the ismaskine rental agreement?", "chefen for Kultur og Fritid"),  # a control
])
def test_rental_begins_the_compound_the_tasks_write(question: str, expected: str):
    a = answer(_kb(), question)
    assert a.found and a.lang == "en" and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "When must the safety rules reach Frostlund Data?",
    "When do the safety rules have to reach Frostlund Data?",
])
def test_a_thing_that_reaches_a_party_is_sent_to_it(question: str):
    a = answer(_kb(), question)
    assert a.found and a.lang == "en" and "25 dage" in a.answer, a.answer


def test_the_rental_agreement_deadline_is_not_answered_by_another_tasks_facts():
    """'rental agreement' read as 'lejeaftale': the asked paper is the rental task's, and a list of every
    task's facts (prices, developers) is no deadline for it."""
    a = answer(_kb(), "when must the rental agreement for the ismaskine be sent")
    assert not a.found or "11 dage" in a.answer, a.answer


def test_what_to_bring_to_an_event_is_read_with_its_title():
    """'what should participants bring to X?' read as Danish 'hvad skal deltagerne medbringe til X?': the
    sentence that says what each brings is read with the title that names the event, as a Danish question
    is."""
    a = answer(_kb(), "What should participants bring to Isdagen?")
    assert a.found and a.lang == "en" and "skøjter" in a.answer, a.answer
