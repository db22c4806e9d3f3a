# ruff: noqa: E501
"""Confident wrong answers (session 54), on tasks written here: a yes/no settled by a passage of several
sentences reads the claim in the sentence that says it, not the negation of a sentence before or after it
('Bistaderne må ikke flyttes, når ... . Stadelisten sendes til X ...' grants 'sendes stadelisten til X?');
a word said in a deadline only as the unit of its length ('dage') names no deadline; an empty list of tasks
is not outweighed by a fact line; and whom we deal with ('hvem låner vi X af?') is not the executor."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

# pasted from Word: a bullet list's last item takes the lines after it, so one passage holds several sentences
_TASKS = """## BIST 1 – Aftale om adgang til Biregistret
**Master-opgave ID** 93104
**Opgavetitel** BIST 1 – Aftale om adgang til Biregistret
**Projekt** Fælles Bistader
**Fase** Fase 1 – Aftaler
**Prioritet** Prioritet 1
**Slutdato (fra Go-Live)** –70
**Startdato (fra Slutdato)** –30
**Bølger** Bistader – Bølge 1
**Mål** Kommunens bistader på offentlige arealer bliver synlige i Biregistret.
**Beskrivelse** Biregistret er et fælles register over kommunale bistader. Her er de vigtigste vilkår:
• Pris: 1.800 kr. om året
• Aftaleperiode: 24 måneder
• Billede af hvert stade: højst 2 MB
Aftalen om Biregistret underskrives af direktøren for Natur og Miljø med MitID Erhverv og sendes retur til KOMBIT senest 35 dage før go-live.
Sker det ikke, kan kommunens bistader ikke vises på kortet, og kommunen flyttes til næste bølge.
**Metode og fremgangsmåde**
1. Læs aftalen
2. Få aftalen underskrevet
3. Sæt opgaven til “fuldført”
**Anbefalet udfører** Aftaleadministrator
## BIST 2 – Stadeliste til Biregistret
**Master-opgave ID** 93117
**Opgavetitel** BIST 2 – Stadeliste til Biregistret
**Projekt** Fælles Bistader
**Fase** Fase 2 – Data
**Prioritet** Prioritet 2
**Slutdato (fra Go-Live)** –20
**Startdato (fra Slutdato)** –40
**Bølger** Bistader – Bølge 1
**Mål** Alle kommunens bistader står på stadelisten.
**Beskrivelse** KOMBIT anbefaler disse regler for staderne:
• Staderne efterses hver 10. dag i sæsonen.
• Bistaderne må ikke flyttes, når der er frost.
Stadelisten godkendes af lederen af Naturcentret og sendes til Honningdal Data senest 3 uger før go-live. Honningdal Data lægger staderne ind inden for 5 arbejdsdage efter modtagelsen.
Er listen ikke godkendt, kan staderne ikke vises på kortet.
**Metode og fremgangsmåde**
1. Udfyld stadelisten
2. Få listen godkendt
**Anbefalet udfører** Naturkoordinatoren
## BIST 3 – Lån af honningslynge (valgfri)
**Master-opgave ID** 93125
**Opgavetitel** BIST 3 – Lån af honningslynge (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Slutdato (fra Go-Live)** 60
**Startdato (fra Slutdato)** –10
**Bølger** Bistader – Bølge 2
**Beskrivelse** Kommunen kan låne en honningslynge af Voksby Biudstyr.
Lejekontrakten underskrives af chefen for Naturdrift og mailes til Voksby Biudstyr senest 10 dage før den første slyngning.
Et lån varer 4 dage og koster 900 kr. pr. lån.
**Anbefalet udfører** Naturkoordinatoren
## BIST 4 – Bidagen (valgfri)
**Master-opgave ID** 93131
**Opgavetitel** BIST 4 – Bidagen (valgfri)
**Projekt** Fælles Bistader
**Fase** Fase 3 – Drift
**Prioritet** Valgfri
**Slutdato (fra Go-Live)** 40
**Startdato (fra Slutdato)** –1
**Bølger** Bistader – Bølge 2
**Beskrivelse** Kommunen kan holde Bidagen ved et af sine bistader.
Dagen holdes lørdag den 9. juni 2029 kl. 10.00-12.00 ved Naturcentret.
**Anbefalet udfører** Naturkoordinatoren
"""


# an export's tab-separated rows: a paragraph on the register's bistader, then its terms as a list
_TERMS = "\n".join("\t".join(row) for row in (
    ("*Opgavetitel", "(BIST 5) Fotos til Biregistret"),
    ("*Projekt", "Fælles Bistader"),
    ("*Fase", "Fase 2 - Data"),
    ("*Bølger", "Bistader-Bølge 1"),
    ("Slutdato", "-30"),
    ("*Beskrivelse", "<p>Biregistret er et fælles register over kommunale bistader med fotos.</p>"
                     "<ul><li>Pris: 310 kr. pr. måned</li><li>Fotos: højst 4 pr. bistade</li></ul>"),
)) + "\n"


@cache
def _kb() -> KnowledgeBase:
    tasks = [*parse_text(_TASKS), *parse_text(_TERMS)]
    return KnowledgeBase.from_tasks([*load_seeds(), *tasks])


@pytest.mark.parametrize("question", [
    # the sentence before ('må ikke flyttes, når ...') denies another claim
    "Skal stadelisten sendes til Honningdal Data?",
    # the sentence after ('Sker det ikke, kan ... ikke vises') tells what follows if it is not done
    "Skal aftalen om Biregistret underskrives med MitID Erhverv?",
])
def test_a_negation_of_another_sentence_of_the_passage_does_not_deny_the_claim(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Ja"), a.answer


@pytest.mark.parametrize("question", [
    # controls (answered so before session 54 too): the claim's own sentence denies it
    "Må bistaderne flyttes, når der er frost?",
])
def test_the_claims_own_negation_still_denies_it(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and a.answer.startswith("Nej"), a.answer


_EXCEPTION = """## SAL 4 Rengøring af sportssalen

**Master-opgave ID** 98804

**Opgavetitel** SAL 4 Rengøring af sportssalen

**Projekt** Fælles Sale

**Prioritet** Valgfri

**Beskrivelse** Aftalen med rengøringsfirmaet:

- Sportssalen vaskes hver uge. Det gælder ikke i skolernes sommerferie.
- Foreningerne får egne skabe.
- Skolerne kan låne salen alle ugens dage. Om søndagen må der ikke holdes fester i salen.
"""


def test_a_sentence_saying_an_asked_word_the_claim_lacks_bears_on_it() -> None:
    # an exception in the next sentence of a list item ('Det gælder ikke i ...') is read with the claim
    kb = KnowledgeBase.from_tasks(parse_text(_EXCEPTION))
    a = answer(kb, "vaskes sportssalen hver uge i sommerferien?")
    assert a.found and a.answer.startswith("Nej"), a.answer


def test_a_length_asked_in_days_is_not_the_days_of_another_deeds_deadline() -> None:
    a = answer(_kb(), "Hvor mange dage kan man låne honningslyngen?")
    assert a.found and "4 dage" in a.answer, a.answer


def test_a_day_named_by_a_word_is_not_a_deadline_counted_in_days() -> None:
    # 'dag' of the question is said only as the unit of '35 dage før go-live' in another task's deadline
    a = answer(_kb(), "Hvilken dato er Bistadernes dag?")
    assert not (a.found and "35 dage" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    # controls (answered so before session 54 too): the deed asked is dated by its deadline, in days too
    "Hvornår skal lejekontrakten mailes til Voksby Biudstyr?",
    "Hvor mange dage før slyngningen skal lejekontrakten mailes?",
])
def test_a_deed_is_still_dated_by_its_deadline(question: str) -> None:
    a = answer(_kb(), question)
    assert a.found and "10 dage" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "Hvilke opgaver hører til Bistader - Bølge 3?",
    "Which tasks are in Bistader - Bølge 3?",
])
def test_an_empty_list_of_tasks_is_not_outweighed_by_a_fact_line(question: str) -> None:
    # the fact line 'Fotos: højst 4 pr. bistade' names the project's thing, but is no list of tasks: it
    # is no longer a candidate beside the empty list (it won in a bigger export, where it weighed more)
    from knowledge.qa import trace
    trace.ACTIVE = trace.Trace()
    try:
        a = answer(_kb(), question)
        checked = trace.ACTIVE.attempts[0]["checked"]
    finally:
        trace.ACTIVE = None
    assert not a.found, a.answer
    assert not any(shot.kind in ("fact", "status") for shot in checked), [shot.text for shot in checked]


def test_the_tasks_of_a_wave_are_still_listed() -> None:
    # control (answered so before session 54 too)
    a = answer(_kb(), "Hvilke opgaver hører til Bistader - Bølge 2?")
    assert a.found and "BIST 3" in a.answer and "BIST 1" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "hvem låner vi honningslyngen af?",
    "hvem skal vi låne honningslyngen af?",
])
def test_whom_we_deal_with_is_not_the_recommended_executor(question: str) -> None:
    a = answer(_kb(), question)
    assert "Naturkoordinatoren" not in a.answer, a.answer


def test_who_does_the_titled_deed_is_still_the_executor() -> None:
    # control (answered so before session 54 too): the deed's doer among us is the task's executor
    a = answer(_kb(), "hvem skal låne honningslyngen?")
    assert a.found and "Naturkoordinatoren" in a.answer, a.answer


def test_a_sentence_of_its_own_after_the_claim_is_another_claim() -> None:
    # 'Om søndagen må der ikke holdes fester' limits parties, not the schools' loans on Sundays
    kb = KnowledgeBase.from_tasks(parse_text(_EXCEPTION))
    a = answer(kb, "kan skolerne låne salen om søndagen?")
    assert a.found and a.answer.startswith("Ja"), a.answer
