"""Right answers an answer check refused (session 52), on tasks written here: a task's code in a count
question ('hvor mange trin har KAJK 3?') names the task, so its number is none of the question's own values
and '3 trin' still answers it."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _export(rows: list[tuple[str, str]]) -> str:
    return "\n".join("\t".join(row) for row in rows) + "\n"


_PRIORITY = "*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri"

_KAYAKS = _export([
    ("*Opgavetitel", "(KAJK 3) Indsend kajaklisten"),
    ("*Projekt", "Fælles Kajakudlejning"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Kommunens kajakker ligger i Padleportalen."),
    ("*Beskrivelse", "<p>Kajaklisten sendes til Hjerting Bådedata senest 4 uger før go-live.</p>"),
    ("Metode og fremgangsmåde", "1) Udfyld kajaklisten 2) Få kajaklisten godkendt af havnefogeden "
                                "3) Send kajaklisten til Hjerting Bådedata"),
    ("Resultat", "Kajaklisten er indsendt."),
])

_SLEDGES = _export([
    ("*Opgavetitel", "(SNEK 2) Registrer kælkebakkerne"),
    ("*Projekt", "Fælles Vinterlege"),
    (_PRIORITY, "Valgfri"),
    ("Mål", "Kælkebakkerne står på Vinterkortet."),
    ("*Beskrivelse", "<p>Kommunen registrerer sine kælkebakker på Vinterkortet.</p>"
                     "<p>Send listen til Hvidsten Snedata med emnet \"Kælkebakker – tilmelding\".</p>"),
    ("Metode og fremgangsmåde", "1) Find kælkebakkerne på kortet 2) Registrer kælkebakkerne på Vinterkortet"),
    ("Resultat", "Kælkebakkerne er registreret."),
])


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_KAYAKS), *parse_text(_SLEDGES)])


@pytest.mark.parametrize(("question", "value"), [
    ("Hvor mange trin har KAJK 3?", "3 trin"),
    ("Hvor mange trin er der i SNEK 2?", "2 trin"),
])
def test_a_task_codes_number_is_not_the_questions_own_count(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer


_RAFT = _export([
    ("*Opgavetitel", "(KAJK 7) Lån af redningsflåde til sommerlejren"),
    ("*Projekt", "Fælles Kajakudlejning"),
    (_PRIORITY, "Valgfri"),
    ("Mål", "Kommunen har lånt redningsflåden."),
    ("*Beskrivelse", "<p>Sejlklubben Nordvig låner en redningsflåde ud til kommunerne. Lånet koster 300 "
                     "kr. pr. døgn.</p><p>Låneaftalen underskrives af fritidschefen og mailes til "
                     "Sejlklubben Nordvig senest 8 dage før lejren.</p>"
                     "<p>Tilbuddet gælder til 15. august 2028.</p>"
                     "<p>Flåden må ikke ligge inden for 20 meter af en badebro.</p>"),
    ("Resultat", "Flåden er lånt."),
])

_BUOYS = _export([
    ("*Opgavetitel", "(KAJK 5) Registrer bøjerne i Padleportalen"),
    ("*Projekt", "Fælles Kajakudlejning"),
    (_PRIORITY, "Obligatorisk"),
    ("Mål", "Kommunens bøjer ligger i Padleportalen."),
    ("*Beskrivelse", "<p>Hjerting Bådedata lægger kommunens bøjer ind i Padleportalen.</p>"
                     "<p>De første 30 bøjer er med i prisen; derefter koster hver bøje 40 kr. pr. år.</p>"),
    ("Resultat", "Bøjerne er registreret."),
])


@cache
def _offers() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_RAFT), *parse_text(_BUOYS)])


@pytest.mark.parametrize(("question", "value"), [
    # a bare 'til' after a verb of lasting says until when: how long the offer holds
    ("Hvor længe gælder tilbuddet om redningsflåden?", "15. august 2028"),
    # 'hvor tæt' asks a distance, no place
    ("Hvor tæt på en badebro må redningsflåden ligge?", "20 meter"),
    # a price said on from an allowance prices the things beyond it
    ("Hvad koster en bøje ud over de første 30?", "40 kr"),
])
def test_an_end_a_distance_and_a_price_beyond_an_allowance(question: str, value: str) -> None:
    a = answer(_offers(), question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize(("question", "value"), [
    # a mail's subject asked is words to write, no mail address
    ("Hvilket emne skal mailen med listen over kælkebakker have?", "Kælkebakker – tilmelding"),
])
def test_a_mails_subject(question: str, value: str) -> None:
    a = answer(_kb(), question)
    assert a.found and value in a.answer, a.answer
