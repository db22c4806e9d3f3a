# ruff: noqa: E501
"""Confident wrong answers (session 57), on tasks written here: the prose a Word paste puts right under a
list's last item is a paragraph of its own, not part of that item (glued, it outranked the right sentence
for questions sharing a few of its words); 'hvem kan jeg spørge om X?' asks whom to turn to, not a deed of
X; the subject of a plain passive of informing names who is told; 'hvad gør X?' is not answered by a text
that names X only as whom something is sent to."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.passages import text_passages
from knowledge.qa.pipeline import answer

_TASKS = """## SKB 1 – Aftale om adgang til Skøjtekortet
**Master-opgave ID** 48101
**Opgavetitel** SKB 1 – Aftale om adgang til Skøjtekortet
**Projekt** Fælles Skøjtebaner
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –40
**Startdato (fra Slutdato)** –10
**Bølger** Skøjtebaner – Bølge 1
**Mål** Kommunens skøjtebaner vises på Skøjtekortet.
**Beskrivelse** Skøjtekortet er appen, hvor borgerne ser isens tilstand og banernes åbningstider.
• Pris: 780 kr. pr. år
• Bindingsperiode: 24 måneder
• Udvikler: Frostlys Data
• Support: hverdage 9.00–13.00
Aftalen underskrives af direktøren for Kultur og Idræt og sendes retur til KOMBIT senest 40 dage før go-live. Uden aftale vises banerne ikke i appen.
Kontakt – Lone Glidsted, KOMBIT, lgl@kombit.dk, tlf. 3390 1122
**Metode og fremgangsmåde**
1. Læs aftalen
2. Få aftalen underskrevet
**Anbefalet udfører** Idrætskonsulent
## SKB 2 – Vedtag ordensreglerne for skøjtebanerne
**Master-opgave ID** 48108
**Opgavetitel** SKB 2 – Vedtag ordensreglerne for skøjtebanerne
**Projekt** Fælles Skøjtebaner
**Fase** Fase 2 – Regler
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –8
**Bølger** Skøjtebaner – Bølge 1
**Mål** Der gælder de samme regler på alle kommunens skøjtebaner.
**Beskrivelse** Ordensreglerne fastsætter, hvordan banerne bruges:
• Højst 40 løbere på isen ad gangen
• Hjelm til børn under 10 år
• Ingen hockeystave i de offentlige timer
Ordensreglerne vedtages af kultur- og idrætsudvalget og sendes til Isblank Service senest 5 uger før go-live. Isblank Service bekræfter modtagelsen inden for 4 arbejdsdage og sætter skilte op ved banerne. Skoler og klubber orienteres senest 8 dage før banen åbner. Uden vedtagne regler vises banerne ikke som åbne på Skøjtekortet.
Spørgsmål til Frode Iskær, Isblank Service, fis@isblank.dk.
**Metode og fremgangsmåde**
1. Skriv et udkast
2. Få reglerne vedtaget i udvalget
3. Send reglerne til Isblank Service
**Anbefalet udfører** Haleder
## SKB 3 – Isprøver på skøjtebanerne
**Master-opgave ID** 48115
**Opgavetitel** SKB 3 – Isprøver på skøjtebanerne
**Projekt** Fælles Skøjtebaner
**Fase** Fase 3 – Drift
**Prioritet** Prioritet 3
**Slutdato (fra Go-Live)** 30
**Startdato (fra Slutdato)** –10
**Bølger** Skøjtebaner – Bølge 1
**Mål** Isen på banerne er sikker at løbe på.
**Beskrivelse** Isprøverne tages hver morgen af banemesteren og sendes til Frostlab hver fredag.

Foreninger og skoler orienteres senest 10 dage før skøjteskolen starter.

Spørgsmål til Gitte Skær, gsk@frostrup.dk.
**Metode og fremgangsmåde**
1. Tag isprøverne
2. Send prøverne til Frostlab
**Anbefalet udfører** Banemester
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_prose_under_a_lists_last_item_is_its_own_paragraph() -> None:
    text = ("Reglerne gælder for alle baner:\n- Højst 40 løbere\n- Ingen stave\n"
            "Reglerne vedtages af udvalget. De sendes til Isblank Service.\nKontakt – Frode Iskær")
    said = [p.text for p in text_passages("description", text)]
    assert "- Ingen stave" in said, said
    assert "Reglerne vedtages af udvalget." in said and "Kontakt – Frode Iskær" in said, said


def test_a_lone_numbered_row_keeps_its_description_line() -> None:
    # control: '1. Opslag i registret' over its description is one row, not a list with prose after it
    said = [p.text for p in text_passages("description", "1. Opslag i registret\nOpslag af borgerens adresse")]
    assert said == ["1. Opslag i registret Opslag af borgerens adresse"], said


def test_the_contact_of_the_task_asked_still_answers() -> None:
    # control (answered so before session 57 too)
    a = answer(_kb(), "hvem er kontakt på skøjtekortet")
    assert a.found and "Lone Glidsted" in a.answer, a.answer


def test_who_adopts_the_rules_is_the_sentence_under_the_list() -> None:
    a = answer(_kb(), "hvem vedtager ordensreglerne")
    assert a.found and "kultur- og idrætsudvalget" in a.answer and "Højst 40" not in a.answer, a.answer


def test_whom_to_ask_about_a_thing_is_no_deed_of_the_thing() -> None:
    # 'spørge' weighs nothing; 'isprøverne' after it is no verb whose doer must be said
    a = answer(_kb(), "hvem kan jeg spørge om isprøverne")
    assert a.found and "Gitte Skær" in a.answer, a.answer


def test_the_subject_of_a_plain_passive_of_informing_says_who_is_told() -> None:
    a = answer(_kb(), "hvem skal orienteres før skøjteskolen starter")
    assert a.found and "Foreninger og skoler" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvad gør Frostlab med isprøverne",
    "hvad laver Isblank Service",
])
def test_what_a_party_does_is_not_what_is_sent_to_it(question: str) -> None:
    # '... sendes til Frostlab hver fredag' and '3. Send reglerne til Isblank Service' say what the party
    # gets; a sentence where it acts says what it does, or nothing is found
    a = answer(_kb(), question)
    assert not a.found or "bekræfter" in a.answer, a.answer
