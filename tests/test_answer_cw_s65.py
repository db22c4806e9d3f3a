"""Confident wrong answers refused (session 65): 'when does the committee meet to adopt the rules?'
answered by the rules' deadline for adopting and sending them (the meeting's time is not said); 'hvor kan
man <gøre noget> til <begivenheden>?' asks where the asker does a deed at an event; a sentence that only
holds the event somewhere ('Dragedagen holdes ... på Vindbakken', 'Den finder sted ... i byparken') does
not say where that deed is done, also when the asker's verb is a word no task writes (set aside on a
lenient retry) or one the spelling reads as another; 'hvilke opgaver har intet der skal underskrives?'
listing a task whose rules a committee adopts (a sign-off, though no signature)."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, ident: str, title: str, text: str, *, steps: str = "") -> str:
    method = f"\n**Metode og fremgangsmåde** {steps}\n" if steps else ""
    return f"""## {code} – {title}

**Master-opgave ID** {ident}

**Opgavetitel** {code} – {title}

**Projekt** Fælles Drage

**Prioritet** Valgfri

**Slutdato (fra Go-Live)** -30

**Startdato (fra Slutdato)** -10

**Mål** Opgaven er løst.

**Beskrivelse** {text}
{method}
**Resultat** Det er gjort.

"""


TASKS = "".join([
    _task("DRGE 1", "6601", "Tilslutning til Dragebogen",
          "Dragebogen er udviklet af Vindkast Data. Tilslutningsaftalen underskrives af direktøren for "
          "Kultur og Fritid og sendes til KOMBIT senest 4 uger før go-live."),
    _task("DRGE 6", "6606", "Dragedagen (valgfri)",
          "Dragedagen holdes lørdag den 3. maj 2031 kl. 10-14 på Vindbakken ved Nørreskoven. Der er plads "
          "til 150 gæster.",
          steps="1. Book Vindbakken 2. Køb snor og papir"),
    _task("DRGE 7", "6607", "Drageaftenen (valgfri)",
          "Til drageaftenen kommer en tidligere pilot og fortæller om vind. Den finder sted fredag den "
          "9. maj 2031 kl. 19-21 i byparken ved Lyngvej 4, 7390 Drageby."),
    _task("DRGE 8", "6608", "Kaffebordet (valgfri)",
          "Kaffebordet afholdes søndag den 11. maj 2031 kl. 14-16 i Strandhaven. Telte kan lejes hos "
          "Teltkompagniet ved Strandhavens port, når kaffebordet holdes."),
    _task("DRGE 4", "6604", "Fiskereglerne",
          "Fiskereglerne vedtages af kulturudvalget og sendes til Vindkast Data senest 3 uger før go-live. "
          "Dragelauget mødes hver tirsdag i klubhuset."),
])


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase.from_tasks(parse_text(TASKS))


@pytest.mark.parametrize("question, place", [
    # a deed no task writes ('overnatte'), set aside on the retry: the event's place is not where one sleeps
    ("Hvor kan man overnatte ved Vindbakken på Dragedagen?", "Vindbakken"),
    # 'parkere', a word no task writes: the event's place is not where one parks
    ("hvor kan man parkere til drageaftenen", "byparken"),  # (a control: honest before too)
    ("Hvor skal vi overnatte ved Nørreskoven til Dragedagen?", "Vindbakken"),
    # the finite verb before the asker ('hvor overnatter man ...?')
    ("Hvor overnatter man i Drageby til drageaftenen?", "byparken"),
])
def test_the_event_place_is_not_where_the_deed_is_done(kb, question, place):
    got = answer(kb, question)
    assert not got.found or place not in got.answer, got.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvor holdes Dragedagen?", "Vindbakken"),  # where the event is: its place
    ("Hvor finder drageaftenen sted?", "byparken"),
    ("Hvor kan man leje telte til kaffebordet?", "Teltkompagniet"),  # the sentence says the deed too
    # coming to the event asks where it is held
    ("Hvor skal man deltage i Dragedagen ved Nørreskoven?", "Vindbakken"),
    ("Hvor møder man op til Dragedagen ved Nørreskoven?", "Vindbakken"),
])
def test_where_the_event_or_the_deed_is_said_is_still_answered(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    # the meeting asked, before a purpose: the deadline for adopting and sending is not when it meets
    "When does the culture committee meet to adopt the fishing rules?",
    "When will the culture committee meet to adopt the fishing rules?",
])
def test_a_deeds_deadline_is_not_when_the_event_is(kb, question):
    got = answer(kb, question)
    assert not got.found, got.answer


@pytest.mark.parametrize("question, expected", [
    ("When must the fishing rules be sent to Vindkast Data?", "3 uger"),
    ("Hvornår skal fiskereglerne sendes til Vindkast Data?", "3 uger"),
    ("Hvornår holdes Dragedagen?", "3. maj 2031"),
])
def test_the_deadline_or_the_day_asked_is_still_given(kb, question, expected):
    got = answer(kb, question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize("question", [
    "Hvilke opgaver i Fælles Drage har intet der skal underskrives?",
    "Which tasks in Fælles Drage have nothing to sign?",
    "Hvilke opgaver kræver ikke underskrift?",
])
def test_a_paper_a_committee_adopts_is_not_nothing_to_sign(kb, question):
    got = answer(kb, question)
    # the rules the committee adopts (DRGE 4) are left out, the agreement signed (DRGE 1) too
    assert got.found and "DRGE 6" in got.answer and "DRGE 8" in got.answer, got.answer
    assert "DRGE 4" not in got.answer and "DRGE 1 " not in got.answer, got.answer


def test_the_signed_list_is_unchanged(kb):
    got = answer(kb, "Hvilke opgaver i Fælles Drage kræver underskrift?")
    assert got.found and "DRGE 1 " in got.answer and "DRGE 6" not in got.answer, got.answer
