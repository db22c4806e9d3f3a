"""Confident wrong answers (session 49), on tasks written here: a time in one of two joined main clauses
('X sender en prøvefil, og fejl skal meldes senest 4 dage efter modtagelsen af prøvefilen') is the
other clause's deed's, not X's sending; a count the text gives for municipalities in general ('de
fleste kommuner har mellem 20 og 70 ...') is no count of the asker's own; a task's own window ('skal være
færdig 20 dage før go-live') is not the day a thing it is about starts, is delivered or is held; a
precondition ('Før X kan bruges, skal Y foreligge') does not say what a delay brings; the task's
recommended responsible is not who stands for a deed inside it ('hvem står for hostingen?'); whom one
asks is not answered by a sentence that names no one to turn to."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.index import index_for
from knowledge.parse import parse_text
from knowledge.qa.analysis.reading import analyse
from knowledge.qa.pipeline import answer

_MIGRATION = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(LEGE 3) Overfør legepladsregistret til Gyngeportalen"),
    ("*Projekt", "Fælles Legepladser"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-20"),
    ("Mål", "Kommunens legepladser ligger i Gyngeportalen."),
    ("*Beskrivelse", "<p>Kommunen sender legepladslisten til Vrist Legedata som CSV-fil.</p>"
                     "<p>Vrist Legedata laver derefter en testindlæsning, og afvigelser skal meldes tilbage "
                     "senest 4 arbejdsdage efter modtagelsen af testindlæsningen.</p>"
                     "<p>Bøgely Inspektion udarbejder en tjekliste; rettelser til den skal indsendes senest "
                     "8 dage efter, at tjeklisten er modtaget.</p>"
                     "<p>Legepladslisten skal være sendt senest 6 uger før go-live.</p>"
                     "<p>Spørgsmål om listen: Hjalmar Rask, hra@vristlegedata.dk.</p>"
                     "<p>Abonnementet koster 9.000 kr. om året for kommuner under 40.000 indbyggere.</p>"
                     "<p>De fleste kommuner har mellem 20 og 70 legepladser. En mellemstor kommune har "
                     "typisk omkring 300 legeredskaber.</p><p>Gyngeportalen har plads til 12 brugere "
                     "pr. kommune.</p>"),
    ("Metode og fremgangsmåde", "1) Udtræk legepladslisten 2) Send listen til Vrist Legedata "
                                "3) Kontrollér testindlæsningen"),
    ("Resultat", "Legepladserne er overført."),
    ("Anbefalet udfører", "Parkafdelingen"),
    ("Anbefalet ansvarlig", "Vejchef"),
]) + "\n"


_RENTAL = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(LEGE 5) Lejeaftale for gyngesensorer"),
    ("*Projekt", "Fælles Legepladser"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Valgfri"),
    ("Slutdato (fra Go-Live)", "-40"),
    ("Startdato (fra Slutdato)", "-10"),
    ("Mål", "Kommunen har lejet gyngesensorer."),
    ("*Beskrivelse", "<p>Kommunen kan leje sensorer til gyngerne hos Vrist Legedata. Sensorerne "
                     "måler, hvor ofte gyngerne bruges.</p><p>Før sensorerne kan tændes, skal "
                     "lejeaftalen være underskrevet af vejchefen.</p><ul><li>Hosting: Nordvest Serverhal</li>"
                     "</ul>"),
    ("Metode og fremgangsmåde", "1) Udfyld lejeaftalen 2) Send lejeaftalen til Vrist Legedata"),
    ("Resultat", "Lejeaftalen er sendt."),
    ("Anbefalet udfører", "Parkafdelingen"),
    ("Anbefalet ansvarlig", "Vejchef"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_MIGRATION), *parse_text(_RENTAL)])


@pytest.mark.parametrize("question", [
    # the time is of the reply to the test load / the checklist, not of making it
    "Hvornår laver Vrist Legedata testindlæsningen?",
    "Hvornår udarbejder Bøgely Inspektion tjeklisten?",
])
def test_time_of_the_other_clause_is_not_the_asked_deed(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvornår skal afvigelserne meldes tilbage?", "4 arbejdsdage"),
    ("Hvornår skal legepladslisten være sendt?", "6 uger"),
])
def test_the_clause_own_time_still_answers(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvor mange legepladser har vores kommune?",
    "Hvor mange legeredskaber har vi?",
])
def test_general_count_is_not_our_own(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor mange legepladser har de fleste kommuner?", "20"),
    ("Hvor mange legeredskaber har en mellemstor kommune typisk?", "300"),
    ("Hvor mange brugere kan vi have i Gyngeportalen?", "12"),
    # a price's basis ('for kommuner under 40.000 indbyggere') is no typical figure
    ("Hvor mange indbyggere må kommunen højst have for at få abonnementet til 9.000 kr.?", "40.000"),
])
def test_general_count_still_answers_a_general_question(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår leveres gyngesensorerne?",
    "Hvornår starter testperioden for gyngesensorerne?",
    "Hvilken dato er testperioden for gyngesensorerne?",
    # (the code before s49 gave LEGE 5's window for when the sensors themselves start)
    "Hvornår starter gyngesensorerne?",
    "Hvornår begynder gyngesensorerne?",
])
def test_task_window_is_not_the_day_of_a_thing(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "Hvornår starter LEGE 5?",
    "Hvornår begynder vi på lejeaftalen for gyngesensorer?",
    "Hvornår skal lejeaftalen for gyngesensorerne være færdig?",
])
def test_task_window_still_answers_the_task(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "40" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvad sker der, hvis lejeaftalen ikke kommer ind i tide?",
    "Hvad sker der, hvis lejeaftalen bliver sendt for sent?",
])
def test_precondition_is_no_consequence_of_delay(question: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and "Før sensorerne" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "Hvem står for hostingen af gyngesensorerne?",
    "Hvilket firma står for hosting af sensorerne?",
])
def test_recommended_role_is_not_who_does_a_deed_inside(question: str) -> None:
    a = answer(_kb(), question)
    assert "Vejchef" not in a.answer or not a.found, a.answer


@pytest.mark.parametrize("question", [
    "Hvem er anbefalet ansvarlig for LEGE 5?",
    "Hvem er ansvarlig for lejeaftalen for gyngesensorer?",
])
def test_recommended_role_still_answers_for_the_task(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "Vejchef" in a.answer, a.answer


@pytest.mark.parametrize(("question", "text", "unsaid"), [
    ("Hvem kan jeg spørge om testindlæsningen?", "Vrist Legedata laver derefter en testindlæsning.", True),
    ("Who should I ask about the test load?", "Vrist Legedata laver derefter en testindlæsning.", True),
    ("Hvem er kontaktperson for tjeklisten?", "Bøgely Inspektion udarbejder en tjekliste.", True),
    ("Hvem kan jeg spørge om listen?", "Spørgsmål om listen: Hjalmar Rask, hra@vristlegedata.dk.", False),
    ("Hvem kan jeg ringe til om listen?", "Ring til Hjalmar Rask på 71 22 33 44.", False),
    ("Hvem laver testindlæsningen?", "Vrist Legedata laver derefter en testindlæsning.", False),
])
def test_contact_needs_someone_to_turn_to(question: str, text: str, unsaid: bool) -> None:
    from knowledge.qa.gate.contacts import contact_unsaid  # new in s49: local, so the rest runs on older code

    q = analyse(index_for(_kb()), question)
    assert contact_unsaid(q, text) is unsaid
