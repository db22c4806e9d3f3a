# ruff: noqa: E501
"""When-questions (session 64), on tasks written here: an agreement asked by a compound of the thing its
task's title names ('bistadeaftalen' for 'Tilslutningsaftalen sendes retur ... senest 7 uger før go-live' of
the task 'Tilslutningsaftale til Bistadebogen') is that task's agreement: its deadline answers, and neither
the gate nor the paper check reads it as another agreement of the same head. A deadline's task is named by
its title's words in other forms too: the head of a title's compound ('handsker' of 'arbejdshandsker') and
another word of a title word's root ('lånte' of 'Lån'). The party a deadline sends its thing to ('... sendes
til Rimfrost Systemer senest ...') is the one a question calls the supplier or the developer it must be
with or sent to, unless it is a public body or a fact of the project names another party so; and a thing
described by 'over' ('kortet over saltdepoterne') is the one its task says so. A thing said as the head,
a preposition and a compound whose own head the task's compound takes ('aftalen om fuglekasserne' ->
'Kasseaftalen' of the task that lends 'fuglekasser') is read as that compound; and a scene set before a dash
('Vi er lidt bagud med X – hvornår ...?') does not make the question one of the workspace's own work.)"""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## BIKU 1 – Tilslutningsaftale til Bistadebogen
**Master-opgave ID** 88101
**Opgavetitel** BIKU 1 – Tilslutningsaftale til Bistadebogen
**Projekt** Fælles Bikuber
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 5
**Slutdato (fra Go-Live)** –60
**Startdato (fra Slutdato)** –10
**Bølger** Bikuber – Bølge 1
**Beskrivelse** Bistadebogen er det fælles bookingsystem, hvor skolerne booker besøg ved kommunens bistader.

• Udvikler: Vokskage Data
• Pris: 640 kr. pr. måned

Tilslutningsaftalen underskrives af direktøren for Natur og Miljø og sendes retur til KOMBIT senest 7 uger før go-live.
**Metode og fremgangsmåde** 1. Læs aftalen 2. Få aftalen underskrevet 3. Send aftalen til KOMBIT
**Anbefalet udfører** Naturvejleder
## BIKU 2 – Honningreglerne
**Master-opgave ID** 88102
**Opgavetitel** BIKU 2 – Honningreglerne
**Projekt** Fælles Bikuber
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –5
**Bølger** Bikuber – Bølge 1
**Beskrivelse** Honningreglerne vedtages af miljøudvalget og sendes til Vokskage Data senest 12 dage før go-live.
**Anbefalet udfører** Naturvejleder
## KANO 1 – Tilslutning til Kanobogen
**Master-opgave ID** 88201
**Opgavetitel** KANO 1 – Tilslutning til Kanobogen
**Projekt** Fælles Kano
**Fase** Fase 1 – Aftaler
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 4
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –8
**Bølger** Kano – Bølge 1
**Beskrivelse** Kanobogen er det fælles bookingsystem for kanoture på åen.

Tilslutningsaftalen underskrives af direktøren for Kultur og Fritid og sendes til KOMBIT senest 3 uger før go-live.
**Metode og fremgangsmåde** 1. Hent aftalen 2. Send den underskrevne aftale til KOMBIT
**Anbefalet udfører** Fritidskonsulent
## KANO 2 – Lejeaftale for kanoerne
**Master-opgave ID** 88202
**Opgavetitel** KANO 2 – Lejeaftale for kanoerne
**Projekt** Fælles Kano
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Opgave varighed (antal dage)** 3
**Slutdato (fra Go-Live)** –15
**Startdato (fra Slutdato)** –5
**Bølger** Kano – Bølge 1
**Beskrivelse** Kommunen lejer 30 kanoer af Pagaj Udlejning. Lånte kanoer skal være rene, og roerne har egne handsker med. Vedligeholdelsesaftalen med Pagaj Udlejning sendes retur senest 10 dage før go-live.
**Anbefalet udfører** Fritidskonsulent
## SNE 8 – Lån af sneskovle og arbejdshandsker (valgfri)
**Master-opgave ID** 88308
**Opgavetitel** SNE 8 – Lån af sneskovle og arbejdshandsker (valgfri)
**Projekt** Fælles Snerydning
**Fase** Valgfri opgave
**Prioritet** Valgfri
**Bølger** Sne – Bølge 2
**Beskrivelse** Kommunen kan låne 40 sneskovle og 80 par arbejdshandsker af Fnug Udlejning. Låneaftalen mailes til Fnug Udlejning senest 6 dage før første snedag. Skader meldes inden for 4 arbejdsdage efter tilbageleveringen.
**Anbefalet udfører** Vejkonsulent
## SNE 5 – Skovlkortet
**Master-opgave ID** 88305
**Opgavetitel** SNE 5 – Skovlkortet
**Projekt** Fælles Snerydning
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Bølger** Sne – Bølge 1
**Beskrivelse** Skovlkortet viser kommunens saltdepoter og hvor trillebøre står. Skovlkortet godkendes af vejchefen og sendes til Rimfrost Systemer senest 2 uger før go-live. Rimfrost Systemer lægger kortet ind inden for 3 arbejdsdage efter modtagelsen.
**Anbefalet udfører** Vejkonsulent
## GRUS 5 – Gruskortet
**Master-opgave ID** 88405
**Opgavetitel** GRUS 5 – Gruskortet
**Projekt** Fælles Grus
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Bølger** Grus – Bølge 1
**Beskrivelse** Gruskortet viser kommunens grusbunker.

• Leverandør: Stenmel Data
• Pris: 520 kr. pr. måned

Gruskortet godkendes af vejchefen og sendes til Skærver Teknik senest 9 dage før go-live. Kortet indberettes også til Region Sydstrand senest 12 dage før go-live.
**Anbefalet udfører** Vejkonsulent
## FUGL 8 – Udlån til skolerne (valgfri)
**Master-opgave ID** 88508
**Opgavetitel** FUGL 8 – Udlån til skolerne (valgfri)
**Projekt** Fælles Fugle
**Fase** Valgfri opgave
**Prioritet** Valgfri
**Bølger** Fugle – Bølge 2
**Beskrivelse** Kommunen kan låne 25 fuglekasser hos Fjer Udlejning. Kasseaftalen skrives under af naturchefen og sendes til Fjer Udlejning senest 8 dage før første optælling.
**Anbefalet udfører** Naturvejleder
## VIN 3 – Vinkasserne
**Master-opgave ID** 88603
**Opgavetitel** VIN 3 – Vinkasserne
**Projekt** Fælles Vin
**Fase** Fase 2 – Opsætning
**Prioritet** Obligatorisk
**Bølger** Vin – Bølge 1
**Beskrivelse** Kommunen bestiller vinkasser til rådhuset. Vinaftalen sendes til Drue Data senest 30 dage før go-live.
**Anbefalet udfører** Indkøber
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize("question, expected", [
    ("hvornår skal bistadeaftalen være sendt?", "7 uger"),
    ("hvor lang tid før go-live skal bistadeaftalen være returneret?", "7 uger"),
    ("senest hvornår skal KOMBIT have kanoaftalen?", "3 uger"),
    ("hvornår skal den underskrevne kanoaftale være sendt", "3 uger"),
])
def test_an_agreement_named_by_its_tasks_titled_thing_is_that_tasks(question: str, expected: str) -> None:
    # 'bistadeaftalen': 'bistade' begins the title's 'Bistadebogen', 'aftalen' ends 'Tilslutningsaftalen'
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question, wrong", [
    # 'honning' is titled by another task, which has no agreement: no deadline of an aftale answers
    ("hvornår skal honningaftalen være sendt?", "7 uger"),
    # a thing no title names ('bier'): no agreement of any task
    ("hvornår skal bieaftalen være sendt?", "7 uger"),
])
def test_a_compound_no_title_names_alike_stays_unanswered(question: str, wrong: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and wrong in a.answer), a.answer


def test_the_named_agreement_keeps_its_own_deadline() -> None:
    # 'tilslutningsaftalen' is said by both tasks: the one of Bistadebogen by its title's word
    a = answer(_kb(), "hvornår skal tilslutningsaftalen til Bistadebogen være sendt?")
    assert a.found and "7 uger" in a.answer and "3 uger" not in a.answer, a.answer


@pytest.mark.parametrize("question, expected", [
    # the head of the title's 'arbejdshandsker', and 'lånte' of the title's 'Lån'
    ("Hvornår skal skader på lånte handsker meldes?", "4 arbejdsdage"),
    # the party the map is sent to, called the supplier or the developer
    ("hvornår skal kortet over saltdepoterne være hos leverandøren?", "2 uger"),
    ("hvornår skal skovlkortet være sendt til udvikleren?", "2 uger"),
])
def test_the_deadlines_task_named_by_its_title_and_its_recipient_by_role(question: str, expected: str) -> None:
    a = answer(_kb(), question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question, wrong", [
    # 'trillebøre' are no word of the loan's title: no damage deadline of theirs
    ("Hvornår skal skader på lånte trillebøre meldes?", "4 arbejdsdage"),
])
def test_a_word_the_title_or_recipient_does_not_name_stays_unanswered(question: str, wrong: str) -> None:
    a = answer(_kb(), question)
    assert not (a.found and wrong in a.answer), a.answer


def _task_of(index, code: str) -> int:
    return next(t for t, task in enumerate(index.tasks) if task.code == code or code in task.title)


@pytest.mark.parametrize("question, text, code, named", [
    ("hvornår skal skovlkortet være hos leverandøren?",
     "Skovlkortet godkendes af vejchefen og sendes til Rimfrost Systemer senest 2 uger før go-live.", "SNE 5", True),
    # the project's fact names another party its supplier ('Leverandør: Stenmel Data')
    ("hvornår skal gruskortet være hos leverandøren?",
     "Gruskortet godkendes af vejchefen og sendes til Skærver Teknik senest 9 dage før go-live.", "GRUS 5", False),
    # a public body is no supplier nor developer
    ("hvornår skal gruskortet være hos udvikleren?",
     "Kortet indberettes også til Region Sydstrand senest 12 dage før go-live.", "GRUS 5", False),
    # the role is who has the thing, not who does something else ('leverandøren godkender')
    ("hvornår skal leverandøren godkende skovlkortet?",
     "Skovlkortet godkendes af vejchefen og sendes til Rimfrost Systemer senest 2 uger før go-live.", "SNE 5", False),
])
def test_the_recipient_is_named_by_its_role_only_where_it_may_be(question: str, text: str, code: str,
                                                                  named: bool) -> None:
    from knowledge.index import index_for
    from knowledge.qa.analysis.reading import analyse
    from knowledge.qa.deadline_words import names_recipient

    index = index_for(_kb())
    q = analyse(index, question)
    role = next(t for t in q.content() if t.surface.startswith(("leverandør", "udvikler")))
    assert names_recipient(index, q, role, text, _task_of(index, code)) is named


@pytest.mark.parametrize("question, own", [
    # the scene before the dash is no question of the workspace: the clause after it asks when
    ("Vi er lidt bagud med bistadeplanen – hvornår skal den være sendt?", None),
    ("We are a bit behind with the canoe list: when must it be sent?", None),
    # the asked clause itself asks the workspace
    ("Vi er bagud – hvilke opgaver er forsinket?", "overdue"),
    ("Jeg er ny her: hvad skal jeg gøre nu?", "next"),
    ("Er vi bagud med noget?", "overdue"),
])
def test_a_scene_set_before_the_question_does_not_ask_the_workspace(question: str, own: str | None) -> None:
    from knowledge.qa.intents.own_work import own_intent

    got = own_intent(question)
    assert (got.value if got is not None else None) == own, got


def test_a_thing_said_by_its_modifiers_head_is_the_compound_of_its_task() -> None:
    # 'aftalen om fuglekasserne': 'Kasseaftalen' of the task that lends 'fuglekasser'
    a = answer(_kb(), "hvornår skal aftalen om fuglekasserne være sendt?")
    assert a.found and "8 dage" in a.answer and "30 dage" not in a.answer, a.answer


def test_a_compound_of_another_things_task_is_not_joined() -> None:
    # the 'Kasseaftalen' is of the task of 'fuglekasser', which says nothing of 'vinkasser'
    a = answer(_kb(), "hvornår skal aftalen om vinkasserne sendes?")
    assert not (a.found and "8 dage" in a.answer), a.answer
