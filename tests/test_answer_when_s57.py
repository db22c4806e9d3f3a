# ruff: noqa: E501
"""When-questions (session 57), on tasks written here: how long an event lasts is what its text says of
it, by its name, its compound's head ('Dagen'), the word for any event ('Arrangementet'), a predicate
('X er en gratis rundvisning på 2 timer') or a length label, not the task's Opgave varighed; 'hvad tid er
X?' of an event gets the hour its text holds it at."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BIAV 4 – Slyngedagen i bigården (valgfri)
**Master-opgave ID** 77401
**Opgavetitel** BIAV 4 – Slyngedagen i bigården (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 2
**Slutdato (fra Go-Live)** 30
**Startdato (fra Slutdato)** –4
**Bølger** Bistader – Bølge 2
**Beskrivelse** Slyngedagen viser borgerne, hvordan honning slynges. Dagen varer 5 timer, og smagsprøver er med i prisen. Slyngedagen holdes søndag den 19. august 2029 kl. 10.00-15.00 i Bigården, Voksvej 3, 4471 Honningby. Tilmelding senest 12 dage før go-live.
**Anbefalet udfører** Naturvejlederen
## BIAV 5 – Voksaftenen for biavlere (valgfri)
**Master-opgave ID** 77402
**Opgavetitel** BIAV 5 – Voksaftenen for biavlere (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** 40
**Startdato (fra Slutdato)** –6
**Bølger** Bistader – Bølge 2
**Beskrivelse** KOMBIT inviterer til Voksaftenen, hvor biavlerne støber lys af egen voks. Arrangementet varer 75 minutter. Der er plads til 25 biavlere. Aftenen holdes torsdag den 8. november 2029 kl. 18.30-19.45 i Kubeladen, Tavlevej 9, 4471 Honningby.
**Anbefalet udfører** Naturvejlederen
## BIAV 6 – Dronningerunden (valgfri)
**Master-opgave ID** 77403
**Opgavetitel** BIAV 6 – Dronningerunden (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** 45
**Startdato (fra Slutdato)** –8
**Bølger** Bistader – Bølge 2
**Beskrivelse** Dronningerunden er en gratis rundvisning på 2 timer for skoleklasser. Hver kommune kan melde højst 3 klasser til.
**Anbefalet udfører** Skolekoordinatoren
## BIAV 7 – Bistadeturen (valgfri)
**Master-opgave ID** 77404
**Opgavetitel** BIAV 7 – Bistadeturen (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** 50
**Startdato (fra Slutdato)** –10
**Bølger** Bistader – Bølge 2
**Beskrivelse** Turen går rundt til kommunens bistader.

- Varighed: 4 timer
- Pris: 50 kr. pr. person
- Mødested: Bigården

Tilmelding senest 2 uger før go-live.
**Anbefalet udfører** Naturvejlederen
## BIAV 8 – Honningmarkedet (valgfri)
**Master-opgave ID** 77405
**Opgavetitel** BIAV 8 – Honningmarkedet (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** 55
**Startdato (fra Slutdato)** –10
**Bølger** Bistader – Bølge 2
**Beskrivelse** Honningmarkedet varer 6 timer. Om formiddagen holdes et foredrag, som varer 1 time. Markedet åbner lørdag den 6. oktober 2029 kl. 9.00 på Torvet.
**Anbefalet udfører** Naturvejlederen
## BIAV 9 – Registrering af bistader
**Master-opgave ID** 77406
**Opgavetitel** BIAV 9 – Registrering af bistader
**Projekt** Fælles Bistader
**Fase** Fase 2 – Data
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 8
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –15
**Bølger** Bistader – Bølge 1
**Beskrivelse** Bistaderne registreres i Bikortet. Et besøg ved et bistade varer 20 minutter.
**Anbefalet udfører** Biavleren
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize(("question", "said", "not_said"), [
    # the compound's head names the event ('Dagen' of 'Slyngedagen'), not the task's 2 days
    ("hvor lang tid varer slyngedagen?", "5 timer", "2 dage"),
    # the word for any event ('Arrangementet') names the one the task is about
    ("hvor lang tid varer voksaftenen?", "75 minutter", "3 dage"),
    # a length label in the event's own facts
    ("hvor lang tid varer bistadeturen?", "4 timer", "6 dage"),
])
def test_an_events_length_is_what_its_text_says(question: str, said: str, not_said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer
    assert not_said not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvor mange timer varer dronningerunden?",
    "hvor lang tid varer dronningerunden?",
])
def test_a_measured_predicate_measures_its_subject(question: str) -> None:
    # 'Dronningerunden er en gratis rundvisning på 2 timer': the tour is the round, so its hours are the round's
    a = answer(_kb(), question)
    assert a.found and "2 timer" in a.answer, a.answer
    assert "4 dage" not in a.answer, a.answer


def test_two_lengths_are_not_this_rules_to_choose() -> None:
    # (a control) the market and its talk each last a while: the market's own sentence, never the talk's
    a = answer(_kb(), "hvor lang tid varer honningmarkedet?")
    assert "1 time" not in a.answer.replace("6 timer", ""), a.answer


def test_the_tasks_length_is_still_the_tasks() -> None:
    # (a control) the word for the task asks its Opgave varighed
    a = answer(_kb(), "hvor mange dage varer opgaven med slyngedagen?")
    assert a.found and "2 dage" in a.answer, a.answer


def test_a_deed_titled_task_is_not_an_event() -> None:
    # (a control) a visit's 20 minutes is no length of the registration
    a = answer(_kb(), "hvor lang tid varer registreringen af bistader?")
    assert "20 minutter" not in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvad tid er voksaftenen?", "kl. 18.30"),
    ("hvad tid starter slyngedagen?", "kl. 10.00"),
])
def test_the_hour_of_an_event(question: str, said: str) -> None:
    a = answer(_kb(), question)
    assert a.found and said in a.answer, a.answer
    assert "Slutdato" not in a.answer, a.answer


_LIVE = """## BIKO 1 – Serviceaftale om Bikortet
**Master-opgave ID** 77410
**Opgavetitel** BIKO 1 – Serviceaftale om Bikortet
**Projekt** Fælles Biavl
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 10
**Slutdato (fra Go-Live)** –30
**Startdato (fra Slutdato)** –20
**Bølger** Biavl – Bølge 1
**Beskrivelse** Pris: 400 kr. pr. år Garanti: 4 år Aftalen underskrives af chefen for Natur og returneres til Bikortet senest 5 uger før go-live, og Bikortet bekræfter modtagelsen inden for 3 arbejdsdage.
**Anbefalet udfører** Naturchefen
## BIKO 2 – Bistadelisten til Bikortet
**Master-opgave ID** 77411
**Opgavetitel** BIKO 2 – Bistadelisten til Bikortet
**Projekt** Fælles Biavl
**Fase** Fase 2 – Data
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 6
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –10
**Bølger** Biavl – Bølge 1
**Beskrivelse** Bistadelisten godkendes af naturchefen og sendes til Bikortet senest 3 uger før go-live. Bikortet lægger bistaderne ind inden for 5 arbejdsdage.
**Anbefalet udfører** Biavleren
"""


@cache
def _live_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_LIVE)])


@pytest.mark.parametrize("question", [
    "hvornår går Bikortet live?",
    "hvilken dato går Bikortet i luften?",
])
def test_going_live_is_no_deadline_counted_from_it(question: str) -> None:
    # a project's going live is a wave's date; the text's deadlines, lengths and guarantees give none
    a = answer(_live_kb(), question)
    assert not a.found, a.answer


_AGREEMENT = """## VOKS 1 – Adgang til Vokskortet
**Master-opgave ID** 77420
**Opgavetitel** VOKS 1 – Adgang til Vokskortet
**Projekt** Fælles Voksværksteder
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –10
**Bølger** Voksværksteder – Bølge 1
**Beskrivelse** Pris: 150 kr. pr. måned Aftalen “Adgang til Vokskortet” underskrives af direktøren for Kultur med MitID Erhverv og sendes retur til KOMBIT senest 33 dage før go-live. Uden aftalen vises værkstederne ikke på kortet.
**Anbefalet udfører** Kulturchefen
## VOKS 2 – Værkstedslisten
**Master-opgave ID** 77421
**Opgavetitel** VOKS 2 – Værkstedslisten
**Projekt** Fælles Voksværksteder
**Fase** Fase 2 – Data
**Prioritet** Prioritet 1
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –10
**Bølger** Voksværksteder – Bølge 1
**Beskrivelse** Pris: 90 kr. pr. værksted Listen over værksteder sendes til Vokskortet senest 3 uger før go-live.
**Anbefalet udfører** Kulturchefen
"""


@cache
def _agreement_kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_AGREEMENT)])


def test_a_name_before_the_asked_noun_is_no_doer() -> None:
    # 'the Vokskortet agreement': the system's name says which agreement, it does not send it back
    a = answer(_agreement_kb(), "When must the Vokskortet agreement be back at KOMBIT?")
    assert a.found and "33" in a.answer, a.answer


def test_a_named_doer_is_still_the_doer() -> None:
    # (a control) KOMBIT named without an article sends nothing the text dates: the return is the municipality's
    a = answer(_agreement_kb(), "When does KOMBIT send the Vokskortet agreement?")
    assert not (a.found and "33" in a.answer), a.answer
