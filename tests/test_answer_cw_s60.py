# ruff: noqa: E501
"""Confident wrong answers (session 60), on tasks written here: the task's own end date asked by its field's
name ('hvad er slutdatoen for X?') answered by a deadline the text sets for sending X; who is to make a list
answered by who approves it, because the text says the municipality itself makes it ('Kommunen udarbejder
...'); what information each item on a list holds answered by a sentence whose only 'oplysninger' is a firm's
name ('Vindpose Data') or whose 'hver' quantifies another noun ('for hver klub')."""

from __future__ import annotations

from functools import cache

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## DRAG 1 – Tilslutningsaftale til Halebogen
**Master-opgave ID** 60101
**Opgavetitel** DRAG 1 – Tilslutningsaftale til Halebogen
**Projekt** Fælles Dragebygning
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –45
**Startdato (fra Slutdato)** –15
**Bølger** Dragebygning – Bølge 1
**Mål** Kommunen har en underskrevet tilslutningsaftale, så dragelaugene kan booke værksteder i Halebogen.
**Beskrivelse** Før dragelaugene kan bruge Halebogen, skal aftalen “Adgang til Halebogen” være på plads. Aftalen indeholder pr. system:
- Udvikler: Snorspole Data
- Pris: 1.450 kr. pr. måned
- Binding: 12 måneder
Aftalen skrives under af direktøren for Leg og Luft og sendes til KOMBIT senest 7 uger før go-live.
Kontakt – Tove Snorholm, KOMBIT, tlf. 6172 3349
**Anbefalet udfører** Aftaleansvarlig
## DRAG 3 – Stanglisten
**Master-opgave ID** 60111
**Opgavetitel** DRAG 3 – Stanglisten
**Projekt** Fælles Dragebygning
**Fase** Fase 2 – Lister
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –23
**Startdato (fra Slutdato)** –9
**Bølger** Dragebygning – Bølge 1
**Mål** Alle dragestænger i kommunens værksteder står på stanglisten, så de kan lånes i Halebogen.
**Beskrivelse** Kommunen udarbejder en stangliste for hver klub. For hver stang angives:
- længde
- materiale
- seneste eftersyn
Stanglisten godkendes af chefen for Leg og Luft, der sender den til Vindpose Data senest 4 uger før go-live. Vindpose Data lægger listen ind i Halebogen inden for 3 arbejdsdage efter modtagelsen.
Stænger, der ikke står på stanglisten, kan ikke lånes.
**Metode og fremgangsmåde**
1. Udpeg en stangansvarlig for hver klub
2. Registrer alle stænger på listen
3. Send listen til Vindpose Data
**Resultat** Stanglisten er godkendt og lagt ind i Halebogen.
**Anbefalet udfører** Dragekonsulenten
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_the_end_date_asked_by_its_field_name_is_the_tasks_own() -> None:
    # 'senest 4 uger før go-live' is when the approved list is sent; 'slutdatoen' names the task's field
    a = answer(_kb(), "hvornår er slutdatoen for stanglisten")
    assert a.found and "23" in a.answer, a.answer


def test_the_deadline_of_a_thing_asked_without_the_field_name_stays_the_texts() -> None:
    # control: 'hvornår skal stanglisten sendes?' asks the sending, which the text dates
    a = answer(_kb(), "hvornår skal stanglisten sendes til Vindpose Data")
    assert a.found and "4 uger" in a.answer, a.answer


def test_who_makes_a_list_the_municipality_makes_is_the_recommended_executor() -> None:
    # 'Kommunen udarbejder en stangliste' names no one of the municipality; the approver makes nothing
    a = answer(_kb(), "hvem skal lave stanglisten?")
    assert a.found and "Dragekonsulenten" in a.answer, a.answer


def test_what_each_item_holds_is_not_a_sentence_naming_a_data_firm() -> None:
    # 'Vindpose Data' is a firm, not 'oplysninger'; 'for hver klub' is no 'hver stang'
    a = answer(_kb(), "hvilke oplysninger skal stå om hver stang på stanglisten?")
    assert not a.found or "længde" in a.answer, a.answer
    assert "godkendes" not in a.answer and "Udpeg" not in a.answer, a.answer


def test_whom_to_call_in_the_present_is_the_contact() -> None:
    # 'hvem ringer jeg til om X?' asks whom to turn to, as 'hvem kan jeg ringe til om X?' does: the agreement's
    # terms (developer, price) name no one to call
    a = answer(_kb(), "hvem ringer jeg til om Halebogen")
    assert a.found and "Tove Snorholm" in a.answer, a.answer


def test_whom_to_call_bidden_is_the_contact() -> None:
    a = answer(_kb(), "ring til hvem om halebogen")
    assert a.found and "Tove Snorholm" in a.answer, a.answer
