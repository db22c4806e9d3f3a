"""Confident wrong answers (session 48), on tasks written here: 'signeres i X?' asks where a paper is
signed, which who signs it does not settle; 'hvilket ESDH-system ...?' (a hyphenated noun) is not
answered by a sentence that only says 'ESDH-systemet' or names a file type after 'som'; 'hvilke
datoer ...?' is not answered by a length ('varer 2 dage'); 'kan X ske på go-live-dagen?' is a 'Nej' where
X can happen 'tidligst 30 dage efter go-live'."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_EXPORT = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(HAVN 2) Lejeaftale for bådpladser i Havneportalen"),
    ("*Projekt", "Lystbådehavne"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Obligatorisk"),
    ("Slutdato (fra Go-Live)", "-30"),
    ("Mål", "Kommunens bådpladser kan udlejes i Havneportalen."),
    ("*Beskrivelse", "<p>Lejeaftalen underskrives af havnefogeden og sendes til Kystdata ApS.</p>"
                     "<p>Bådpladslisten udtrækkes fra kommunens GIS-system som en XLSX-fil i Kystdatas "
                     "skabelon.</p><p>Gebyrer bogføres i økonomisystemet Prisme.</p>"
                     "<p>Leverandør af Havneportalen er Kystdata ApS.</p>"
                     "<p>Prislisten godkendes af formanden for havne- og fritidsudvalget.</p>"),
    ("Metode og fremgangsmåde", "1) Udtræk bådpladslisten fra GIS-systemet som XLSX-fil "
                                "2) Få lejeaftalen underskrevet af havnefogeden "
                                "3) Send lejeaftalen til Kystdata"),
    ("Resultat", "Lejeaftalen er underskrevet."),
    ("Anbefalet udfører", "Havnekontoret"),
    ("Anbefalet ansvarlig", "Havnefoged"),
]) + "\n"


_COURSE = "\n".join("\t".join(row) for row in [
    ("*Opgavetitel", "(HAVN 5) Kursus for havnepersonale og opstart af betalingsstandere"),
    ("*Projekt", "Lystbådehavne"),
    ("*Prioritet: Obligatorisk på kritisk vej, Obligatorisk og Valgfri", "Valgfri"),
    ("Slutdato (fra Go-Live)", "10"),
    ("Mål", "Havnepersonalet kan betjene betalingsstanderne."),
    ("*Beskrivelse", "<p>Kystdata holder et kursus for havnepersonalet. Kurset varer 3 dage og holdes i "
                     "Grenaa.</p><p>Betalingsstanderne kan tidligst tændes 6 uger efter go-live, når "
                     "bådpladserne er udlejet.</p><p>Havnekontoret henter kursusmaterialet fra sit "
                     "intranet-system.</p><ul><li>Format: PDF</li><li>Sprog: dansk</li></ul>"),
    ("Metode og fremgangsmåde", "1) Tilmeld personalet kurset 2) Tænd betalingsstanderne"),
    ("Resultat", "Standerne er i drift."),
    ("Anbefalet udfører", "Havnekontoret"),
    ("Anbefalet ansvarlig", "Havnefoged"),
]) + "\n"


@cache
def _kb() -> KnowledgeBase:
    # as a workspace has them
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_EXPORT), *parse_text(_COURSE)])


@pytest.mark.parametrize("question", [
    # the task says who signs, not where: a system after 'i'/'via' is no signer
    "Skal lejeaftalen for bådpladserne signeres i Penneo?",
    "Skal lejeaftalen underskrives i Havneportalen?",
])
def test_where_signed_is_not_who_signs(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.answer.startswith("Nej"), a.answer


@pytest.mark.parametrize(("question", "verdict"), [
    ("Skal lejeaftalen underskrives af havnefogeden?", "Ja"),
    ("Skal lejeaftalen underskrives af borgmesteren?", "Nej"),
])
def test_signer_still_settles(question: str, verdict: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(verdict), a.answer


@pytest.mark.parametrize("question", [
    # 'GIS-systemet' and 'som en XLSX-fil' say nothing of which GIS system
    "Hvilket GIS-system skal bådpladslisten udtrækkes fra?",
])
def test_hyphenated_which_noun_needs_which_one(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "Hvilket økonomisystem bruges til bogføringen?",
    "Hvilket økonomi-system bruges til bogføringen?",  # the head 'system', then a name: it says which
])
def test_which_system_named_still_answered(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "Prisme" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvilke datoer holdes kurset for havnepersonalet?",
    "På hvilke datoer afholdes kurset for havnepersonalet?",
])
def test_dates_not_answered_by_a_length(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_length_still_answers_how_long() -> None:
    a = answer(_kb(), "Hvor lang tid varer kurset for havnepersonalet?")
    assert a.found and "3 dage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Kan betalingsstanderne tændes på go-live-dagen?",
    "Kan betalingsstanderne tændes lige efter go-live?",
])
def test_at_the_moment_against_earliest_after(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej"), a.answer


@pytest.mark.parametrize("question", [
    # go-live is the wave's date, set by the municipality: no deadline counted from it says it
    "Hvornår er go-live for betalingsstanderne?",
    "Hvad er go-live-datoen for betalingsstanderne?",
    "Hvornår bliver go-live for betalingsstanderne?",  # the old code answered these two by the deadline
    "When is go-live for the payment stands?",
])
def test_golive_date_not_answered_by_deadlines(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_deadline_counted_from_golive_still_answered() -> None:
    a = answer(_kb(), "Hvornår kan betalingsstanderne tændes efter go-live?")
    assert a.found and "6 uger" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    # 'opgaven om X' says what the task is about: X is no signer put forward
    "Kræver opgaven om bådpladserne en underskrift?",
    "Skal der skrives under i opgaven om Havneportalen?",
    "Kræver opgaven om Havneportalen en underskrift?",
])
def test_task_topic_is_no_signer(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Ja"), a.answer


def test_supplier_noun_is_no_verb() -> None:
    # 'Leverandør af X er Y' opens on a noun: Y supplies X, no deed with 'af' as its doer
    a = answer(_kb(), "Er det Kystdata, der leverer Havneportalen?")
    assert a.found and a.answer.startswith("Ja"), a.answer


@pytest.mark.parametrize("question", [
    # a fact group's heading speaks of the intranet system without naming it; its lines say nothing of it
    "Hvilket intranet-system hentes kursusmaterialet fra?",
])
def test_fact_heading_does_not_say_which(question: str) -> None:
    a = answer(_kb(), question)
    assert not a.found, a.answer


def test_fact_line_still_answers_which() -> None:
    a = answer(_kb(), "Hvilket format har kursusmaterialet?")
    assert a.found and "PDF" in a.answer, a.answer


@pytest.mark.parametrize(("question", "verdict"), [
    # 'udvalgsformanden' is 'formanden for ... udvalget': the compound's head and its first part
    ("Skal prislisten godkendes af udvalgsformanden?", "Ja"),
    ("Skal prislisten godkendes af havnefogeden?", "Nej"),
])
def test_compound_party_is_the_agent_phrase(question: str, verdict: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith(verdict), a.answer
