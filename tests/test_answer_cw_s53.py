"""Confident wrong answers (session 53), on tasks written here: a rule that allows a thing only without
something denies the thing with it ('Kun badedragter uden lynlås' - 'må man have en badedragt med lynlås?');
a which-tasks question is not answered by a list of facts; a day a text dates is not the next one after
itself; the hours of a thing held at a place are not the place's opening hours; and a sentence that only
names a person says no way to reach them. (Controls of a deed dated by its deadline and of a day a text
dates stay from the taken-back task-window rule.)"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"


def _task(*rows: tuple[str, str]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_JOIN = _task(
    ("*Opgavetitel", "(SKBN 1) Tilslutning til Iskortet"),
    ("*Projekt", "Fælles Skøjtebaner"),
    ("*Fase", "Fase 1: Aftaler"),
    (_PRIORITY, "Obligatorisk på kritisk vej"),
    ("*Bølger", "Skøjtebaner-Bølge 1"),
    ("Slutdato", "-80"),
    ("Mål", "Målet er, at kommunens skøjtebaner er tilsluttet Iskortet."),
    ("*Beskrivelse", "<p>Iskortet viser alle kommunens skøjtebaner og sender en alarm, når isen er tynd.</p>"
                     "<ul><li>Pris: 410 kr. pr. måned</li><li>Bindingsperiode: 12 måneder</li>"
                     "<li>Udvikler: Frostvang Data</li><li>Drift: Kuldby Hosting</li></ul>"
                     "<p>Aftalen om Iskortet underskrives af direktøren for Kultur med MitID Erhverv og "
                     "sendes retur til KOMBIT senest 40 dage før go-live.</p>"
                     "<p>Kontakt hos Frostvang Data: Ole Rimfrost, ole@frostvang.dk, tlf. 61 22 33 44.</p>"),
    ("Anbefalet udfører", "Idrætskoordinatoren"),
)

_LIST = _task(
    ("*Opgavetitel", "(SKBN 2) Udfyld og godkend banelisten"),
    ("*Projekt", "Fælles Skøjtebaner"),
    ("*Fase", "Fase 2: Regler"),
    (_PRIORITY, "Obligatorisk"),
    ("*Bølger", "Skøjtebaner – Bølge 1"),
    ("Slutdato", "-50"),
    ("Startdato", "-20"),
    ("*Beskrivelse", "<p>Banelisten viser kommunens skøjtebaner.</p>"
                     "<p>Banelisten godkendes af lederen af Idrætsafdelingen og sendes til Frostvang Data "
                     "senest 15 arbejdsdage før go-live.</p>"
                     "<p>Reglerne for banerne:</p><ul><li>Åbningstid: 9.00-21.00</li>"
                     "<li>Kun skøjter uden pigge</li>"
                     "<li>Gæster skal bruge hjelm uden skærm</li></ul>"),
    ("Anbefalet udfører", "Idrætskoordinatoren"),
)

_DAY = _task(
    ("*Opgavetitel", "(SKBN 3) Skøjtedag ved søen"),
    ("*Projekt", "Fælles Skøjtebaner"),
    ("*Fase", "Fase 3: Ibrugtagning"),
    (_PRIORITY, "Valgfri"),
    ("*Bølger", "Skøjtebaner-Bølge 2"),
    ("Slutdato", "40"),
    ("Startdato", "-2"),
    ("*Beskrivelse", "<p>Skøjtedagen holdes søndag den 4. februar 2029 kl. 10.00-13.00 i Frostby Idrætshal, "
                     "Søvej 9, 7100 Frostby.</p>"
                     "<p>Skøjteinstruktøren Mette Isager fra Frostby Skøjteklub viser tricks.</p>"),
    ("Anbefalet udfører", "Idrætskoordinatoren"),
)


@cache
def _kb() -> KnowledgeBase:
    tasks = [t for text in (_JOIN, _LIST, _DAY) for t in parse_text(text)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize("question", [
    "Må man bruge skøjter med pigge på banerne?",
    "Må gæsterne bruge en hjelm med skærm?",
])
def test_a_rule_that_allows_only_without_a_thing_denies_it(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej"), a.answer


def test_the_thing_without_it_is_still_granted() -> None:
    # control (answered so before session 53 too): the rule's own thing, asked without the lacking one
    a = answer(_kb(), "Skal gæsterne bruge hjelm?")
    assert a.found and a.answer.startswith("Ja"), a.answer


@pytest.mark.parametrize(("question", "said"), [
    # controls (answered so before session 53 too): a deed asked is dated by the text's deadline
    ("Hvornår skal banelisten sendes til Frostvang Data?", "15 arbejdsdage"),
    ("Hvornår skal aftalen om Iskortet (SKBN 1) være underskrevet?", "40 dage"),
])
def test_a_deed_in_the_task_is_still_dated_by_its_deadline(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvilke opgaver hører til Skøjtebaner - Bølge 3?",
    "Hvilke opgaver er i Skøjtebaner - Bølge 4?",
])
def test_a_wave_no_task_is_in_is_not_answered_by_a_list_of_facts(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_the_tasks_of_a_wave_are_still_listed() -> None:
    # control (answered so before session 53 too)
    a = answer(_kb(), "Hvilke opgaver hører til Skøjtebaner - Bølge 2?")
    assert a.found and "SKBN 3" in a.answer and "SKBN 1" not in a.answer, a.answer


def test_the_day_a_text_dates_is_still_found() -> None:
    # control (answered so before session 53 too)
    a = answer(_kb(), "Hvilken dato er skøjtedagen?")
    assert a.found and "4. februar 2029" in a.answer, a.answer


def test_the_hours_of_a_thing_held_at_a_place_are_not_its_opening_hours() -> None:
    a = answer(_kb(), "Hvornår er Frostby Idrætshal åben?")
    assert not (a.found and "10.00-13.00" in a.answer), a.answer


def test_opening_hours_said_are_still_found() -> None:
    # control (answered so before session 53 too)
    a = answer(_kb(), "Hvad er åbningstiden på skøjtebanerne?")
    assert a.found and "9.00-21.00" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvordan kontakter jeg Mette Isager?",
    "Hvordan får jeg fat i Mette Isager?",
])
def test_a_sentence_that_names_a_person_says_no_way_to_reach_them(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_a_contact_line_still_says_how_to_reach_them() -> None:
    # control (answered so before session 53 too)
    a = answer(_kb(), "Hvordan kontakter jeg Ole Rimfrost?")
    assert a.found and "ole@frostvang.dk" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår er næste skøjtedag efter 2029?",
    "Hvornår er den næste skøjtedag efter 4. februar 2029?",
])
def test_the_next_one_after_a_day_is_not_one_on_or_before_it(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "claim", "denied"), [
    # review of session 53: a permission or an ability without a thing denies only that the thing is needed
    ("må man leje en robåd med en guide?", "Robåde må lejes uden guide af voksne.", False),
    ("kan skemaet udfyldes med login?", "Skemaet skal kunne udfyldes uden login.", False),
    ("kræver det en guide at leje en robåd?", "Robåde må lejes uden guide af voksne.", True),
    ("skal skemaet have login?", "Skemaet skal kunne udfyldes uden login.", True),
    # an obligation or an 'only' limits what is allowed; the idiom 'uden videre' lacks nothing
    ("må man bruge lim med opløsningsmidler?", "Værkstedet skal bruge lim uden opløsningsmidler.", True),
    ("skal listen sendes videre?", "Listen skal uden videre sendes til leverandøren.", False),
])
def test_a_permission_without_a_thing_denies_only_that_it_is_needed(question: str, claim: str,
                                                                    denied: bool) -> None:
    from knowledge.qa.intents.yesno.without import without_asked
    assert without_asked(question, claim) is denied


def test_a_ban_without_a_thing_is_still_a_rule() -> None:
    # second review of session 53: 'må ikke ... uden Y' limits whatever the question's wording
    from knowledge.qa.intents.yesno.without import without_asked
    assert without_asked("må man leje en robåd med en guide?", "Robåde må ikke lejes uden guide.")
