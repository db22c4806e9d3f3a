# ruff: noqa: E501
"""Confident wrong answers (session 59), on tasks written here: a lone line of a list answered for the
kind of value only the plain sentence above the list holds ('Firmaet ejes af X.' above '- Et lån: ...'
answered who carries out the loan); a what-follows question ('hvad betyder det, hvis ... ikke har ...?')
answered by a line of facts, a list item or a step that says no outcome; the name of a role's holder asked
as 'navn på X' or of a master of a craft, and 'hvem er chefen for U?' answered by another role of U; a
numbered step answered by a line that is no step; what a thing is used for answered by a use it is denied."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_TASKS = """## KÆLK 1 – Bakkeoversigten
**Master-opgave ID** 59101
**Opgavetitel** KÆLK 1 – Bakkeoversigten
**Projekt** Fælles Kælkebakker
**Fase** Fase 2 – Lister
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –21
**Startdato (fra Slutdato)** –10
**Bølger** Kælkebakker – Bølge 1
**Mål** Alle kælkebakker står i Sneglidebogen.
**Beskrivelse** Kommunen laver en oversigt over sine kælkebakker. De fleste kommuner har mellem 4 og 9 bakker.
- Underlag: græs eller grus
- Lys: mindst 200 lux
Kælkebakker uden lys kan ikke bruges efter kl. 16. Sneglidebogen må ikke bruges til at sælge billetter til bakkerne.
Bakkeoversigten godkendes af afdelingslederen for Vinter og Leg og sendes til Glidespor Data senest 3 uger før go-live.
**Metode og fremgangsmåde**
1. Lav en liste over bakkerne
2. Tjek halmballerne på hver bakke
3. Send oversigten til Glidespor Data
**Anbefalet udfører** Legepladskoordinator
## KÆLK 2 – Lån af kælke
**Master-opgave ID** 59108
**Opgavetitel** KÆLK 2 – Lån af kælke (valgfri)
**Projekt** Fælles Kælkebakker
**Fase** Fase 3 – Vinteren
**Prioritet** Valgfri
**Slutdato (fra Go-Live)** 20
**Startdato (fra Slutdato)** –10
**Bølger** Kælkebakker – Bølge 1
**Mål** Børnehaverne kan låne kælke.
**Beskrivelse** Kommunen kan låne kælke hos Snefnug Udlejning. Firmaet ejes af Vagn Glidholm.
- Et lån: 12 kælke og 1 slæde
- Låneperiode: 10 dage
Skader på kælkene meldes inden for 2 arbejdsdage efter afleveringen. Bakker uden halmballer må kun bruges af børn over 10 år. Reglerne for slæden:
- Kun kommunens bakkemester må køre den store sneslæde
- Slæden står i garagen om natten
**Metode og fremgangsmåde**
1. Bestil kælkene
2. Få låneaftalen skrevet under af direktøren for Sne og Fritid
3. Aflever kælkene igen efter 10 dage
**Anbefalet udfører** Børnehaveleder
"""


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


def test_who_carries_out_a_loan_is_not_the_owner_above_the_loan_line() -> None:
    # 'Firmaet ejes af Vagn Glidholm.' above '- Et lån: 12 kælke og 1 slæde': the line says what a loan
    # holds; the sentence says who owns the firm; neither says who of us carries out the loan
    a = answer(_kb(), "hvem udfører opgaven om lån af kælke")
    assert not a.found or "Børnehaveleder" in a.answer, a.answer


def test_the_line_that_holds_the_kind_asked_still_answers() -> None:
    # control: 'Låneperiode: 10 dage' holds the time asked itself
    a = answer(_kb(), "hvor lang er låneperioden for kælke")
    assert a.found and "10 dage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvad betyder det hvis en kælkebakke ikke har lys",
    "hvad sker der hvis en kælkebakke ikke har lys",
])
def test_what_follows_a_lack_is_not_a_line_of_facts(question: str) -> None:
    # '- Lys: mindst 200 lux' says what a hill has, not what its lack brings
    a = answer(_kb(), question)
    assert not a.found or "kl. 16" in a.answer, a.answer


def test_what_follows_a_lack_is_not_a_step_naming_the_thing() -> None:
    # '2. Tjek halmballerne på hver bakke' says what to do, not what follows when a hill has none
    a = answer(_kb(), "hvad betyder det hvis en bakke ikke har halmballer")
    assert not a.found or "10 år" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "navn på direktøren for Sne og Fritid",
    "hvad hedder bakkemesteren",
])
def test_the_name_of_a_roles_holder_is_not_the_role_restated(question: str) -> None:
    # '2. Få låneaftalen skrevet under af direktøren for Sne og Fritid', 'Kun kommunens bakkemester må ...'
    # name the role and no one who holds it
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "hvem er chefen for Vinter og Leg",
    "hvem er chefen for vinter og leg?",
])
def test_the_chief_of_a_unit_is_not_another_role_of_it(question: str) -> None:
    # '... godkendes af afdelingslederen for Vinter og Leg og sendes til Glidespor Data': another role of the
    # unit, and a firm that receives the list
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_who_approves_is_still_the_role() -> None:
    # control: the deed asked, the role that does it
    a = answer(_kb(), "hvem godkender bakkeoversigten")
    assert a.found and "afdelingslederen for Vinter og Leg" in a.answer, a.answer


@pytest.mark.parametrize(("question", "step"), [
    ("sidste trin i lån af kælke?", "Aflever kælkene igen"),
    ("hvad står der i trin 2 på 59101", "Tjek halmballerne"),
    # the task named by its number and by its title's word: the word is explained by the title
    ("Hvad er første trin i bakkeoversigten (59101)?", "Lav en liste over bakkerne"),
    ("hvad er første trin i lånet af kælke (59108)?", "Bestil kælkene"),
])
def test_a_numbered_step_is_answered_by_the_step(question: str, step: str) -> None:
    # not by the line '- Et lån: 12 kælke og 1 slæde' nor by a sentence of the description
    a = answer(_kb(), question)
    assert a.found and step in a.answer, a.answer


def test_what_a_thing_is_used_for_is_not_what_it_must_not_be_used_for() -> None:
    # 'Sneglidebogen må ikke bruges til at sælge billetter' denies a use; the tasks say no use of it
    a = answer(_kb(), "hvad bruges Sneglidebogen til")
    assert not a.found, a.answer
