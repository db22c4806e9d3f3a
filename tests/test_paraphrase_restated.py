"""Questions restated in everyday Danish: the first or last step asked without a word for 'step',
and the honest answers around them. Tasks and questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer
from knowledge.qa.step_frames import step_asked
from knowledge.qa.types import Expect, expected, holds

EXPORT = """## (MOLE 4) Opmåling af moler

**Master-opgave ID** 7411

**Opgavetitel** (MOLE 4) Opmåling af moler

**Projekt** Havneanlæg

**Slutdato (fra Go-Live)** -20

**Startdato (fra Slutdato)** -10

**Beskrivelse** Molerne opmåles med drone. Opmålingen foretages af landinspektøren. Kommunen
betaler hver tredje opmåling; resten betales af havnen. Licensen til droneprogrammet koster 8.000 kr.

**Metode og fremgangsmåde** 1. Bestil droneflyvningen
2. Kontroller målene
3. Arkivér opmålingen i ESDH
"""


@pytest.fixture(scope="module")
def kb():
    return KnowledgeBase(tasks=parse_text(EXPORT))


@pytest.mark.parametrize("question, step", [
    ("hvad skal vi starte med", 1), ("hvad skal man begynde med i MOLE 4", 1),
    ("hvad gør vi først", 1), ("hvad er det første, vi skal gøre", 1),
    ("hvad skal jeg gøre til sidst", -1), ("hvad er det sidste, vi skal lave", -1),
    ("hvad skal vi slutte af med", -1)])
def test_an_everyday_frame_names_the_first_or_last_step(question, step):
    found = step_asked(question.split())
    assert found is not None and found[0] == step
    assert all(question.split()[p] != "MOLE" for p in found[1])  # the task's name is not the frame


@pytest.mark.parametrize("question", [
    "hvornår skal vi starte med MOLE 4", "hvad skal vi starte med at kontrollere",
    "hvad er det første trin", "hvem skal starte med opmålingen"])
def test_a_time_a_deed_or_another_frame_is_no_step_frame(question):
    assert step_asked(question.split()) is None


def test_the_first_and_last_step_are_answered_from_the_named_task(kb):
    first = answer(kb, "hvad skal vi starte med i MOLE 4?")
    last = answer(kb, "hvad er det sidste, vi skal gøre i MOLE 4?")
    assert first.found and "droneflyvningen" in first.answer and first.sources == ["7411"]
    assert last.found and "Arkivér" in last.answer and "droneflyvningen" not in last.answer


def test_starting_as_a_time_is_still_the_tasks_start(kb):
    a = answer(kb, "hvornår skal vi starte med MOLE 4?")
    assert "droneflyvningen" not in a.answer and "10 dage" in a.answer


def test_how_big_a_part_asks_a_share_said_as_a_percentage_or_a_fraction():
    assert expected("hvor stor en del af sagerne kontrolleres?") is Expect.PERCENT
    assert expected("hvor stor en andel betaler kommunen?") is Expect.PERCENT
    assert expected("hvilken del af opgaven er vigtigst?") is not Expect.PERCENT
    assert holds(Expect.PERCENT, "Kommunen anviser hver fjerde bolig")
    assert holds(Expect.PERCENT, "5 % af sagerne")
    assert not holds(Expect.PERCENT, "Kommunen anviser boliger hver uge")


def test_a_share_is_answered_by_a_fraction_and_not_by_another_number(kb):
    a = answer(kb, "hvor stor en del af opmålingerne betaler kommunen?")
    assert a.found and "hver tredje" in a.answer
    assert not answer(kb, "hvor stor en del af molerne er lavet af beton?").found


def test_how_big_in_the_neuter_is_a_question_word_not_a_subject(kb):
    a = answer(kb, "hvor stort er licensbeløbet til droneprogrammet?")
    assert a.found and "8.000" in a.answer


RELATED_EXPORT = """## (KAJ 2) Aftale om kajpladser

**Master-opgave ID** 7421

**Opgavetitel** (KAJ 2) Aftale om kajpladser

**Projekt** Kajdrift

**Slutdato (fra Go-Live)** -30

**Beskrivelse** Børn med særlige behov visiteres af PPR. Retten til befordring afhænger af afstanden.
En tilladelse bortfalder, når ejendommen sælges. Afvigelser meldes til servicedesken.

**Relaterede opgaver** KAJ 5

## (KAJ 5) Kajplan

**Master-opgave ID** 7422

**Opgavetitel** (KAJ 5) Kajplan

**Projekt** Kajdrift

**Beskrivelse** Kajplanen udarbejdes af havnefogeden.
"""


@pytest.fixture(scope="module")
def kaj():
    return KnowledgeBase(tasks=parse_text(RELATED_EXPORT))


def test_the_related_tasks_of_a_task_named_by_a_numbered_code(kaj):
    # the particle after the task's name ('hænger KAJ 2 sammen med'), and 'KAJ 2' names the asked
    # task, not a numbered thing the listed 'KAJ 5' would contradict
    for question in ("hvilken opgave hænger KAJ 2 sammen med?", "hvilke opgaver hænger sammen med KAJ 2?"):
        a = answer(kaj, question)
        assert a.found and "7422" in a.answer and set(a.sources) == {"7421", "7422"}


@pytest.mark.parametrize("question, said", [
    ("hvem vurderer børn med særlige behov?", "PPR"),  # vurdere / visitere
    ("hvor skal fejl meldes hen?", "servicedesken")])  # fejl / afvigelser
def test_an_everyday_word_finds_the_official_one_the_task_writes(kaj, question, said):
    a = answer(kaj, question)
    assert a.found and said in a.answer


def test_over_as_done_asks_for_the_tasks_end(kaj):
    a = answer(kaj, "hvornår skal KAJ 2 være overstået?")
    assert a.found and "30 dage før go-live" in a.answer


def test_an_everyday_word_does_not_invent_what_the_tasks_lack(kaj):
    assert not answer(kaj, "hvem vurderer havnefogeden?").found
    assert not answer(kaj, "hvem vurderer kajplanen?").found


GOAL_EXPORT = """## (SKIB 3) Test af kajbooking

**Master-opgave ID** 7441

**Opgavetitel** (SKIB 3) Test af kajbooking

**Projekt** Skibsanløb

**Mål** Kommunen ved, at rederierne kan booke en kajplads uden fejl.

**Beskrivelse** Bookingerne kontrolleres af havnefogeden. Testen foregår i uge 12.

**Anbefalet ansvarlig** Havnechef
"""


@pytest.fixture(scope="module")
def ships():
    return KnowledgeBase(tasks=parse_text(GOAL_EXPORT))


def test_why_a_task_is_done_is_its_goal(ships):
    a = answer(ships, "hvorfor skal vi teste kajbookingen?")
    assert a.found and "uden fejl" in a.answer and a.sources == ["7441"]


def test_why_of_a_thing_inside_a_task_is_not_its_goal(ships):
    a = answer(ships, "hvorfor kontrolleres bookingerne af havnefogeden?")
    assert "uden fejl" not in a.answer and not a.found


def test_an_overall_responsibility_is_the_responsible_one(ships):
    a = answer(ships, "hvem har det overordnede ansvar for testen af kajbooking?")
    assert a.found and "Havnechef" in a.answer


NEED_EXPORT = """## (KAJ 8) Tilsyn med fortøjninger

**Master-opgave ID** 7451

**Opgavetitel** (KAJ 8) Tilsyn med fortøjninger

**Projekt** Kajtilsyn

**Prioritet** Valgfri

**Beskrivelse** Kommunen fører tilsyn med fortøjningerne én gang om året.

## (KAJ 9) Registrering af kajpladser

**Master-opgave ID** 7452

**Opgavetitel** (KAJ 9) Registrering af kajpladser

**Projekt** Kajtilsyn

**Prioritet** Obligatorisk

**Beskrivelse** Kajpladserne registreres i løsningen.
"""


@pytest.fixture(scope="module")
def need():
    return KnowledgeBase(tasks=parse_text(NEED_EXPORT))


def test_being_obliged_said_in_everyday_words_is_settled_by_the_priority(need):
    a = answer(need, "er vi nødt til at føre tilsyn med fortøjningerne?")
    assert a.found and a.answer.startswith("Nej") and "Valgfri" in a.answer
    b = answer(need, "behøver vi at foretage registreringen af kajpladser?")
    assert b.found and b.answer.startswith("Ja") and "Obligatorisk" in b.answer


def test_a_goal_that_only_says_the_title_is_done_gives_no_reason():
    kb = KnowledgeBase(tasks=parse_text(GOAL_EXPORT.replace(
        "Kommunen ved, at rederierne kan booke en kajplads uden fejl.", "Kajbookingen er testet.")))
    assert not answer(kb, "hvorfor skal vi teste kajbookingen?").found
