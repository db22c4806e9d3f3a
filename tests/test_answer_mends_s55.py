"""Session 55's merged answer rules held to what they say, on tasks the reviewers wrote (charging points,
containers, street trees, a mushroom course, a sports ground): a doer's sentence about another thing does
not stop the executor answer; a state of another thing is no date for the title's thing; a label's time of
another event, a day counted from the event, and a sub-task the text dates are not the event's day or the
task's end; a list of systems names no doers; a use denied is no use."""

from __future__ import annotations

from functools import cache

import pytest

from knowledge.base import KnowledgeBase, load_seeds
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(code: str, number: int, title: str, body: str, executor: str, end: int = -35) -> str:
    return (f"## {code} – {title}\n**Master-opgave ID** {number}\n**Opgavetitel** {code} – {title}\n"
            f"**Projekt** Grøn Drift\n**Prioritet** Prioritet 1\n**Slutdato (fra Go-Live)** {end}\n"
            f"**Startdato (fra Slutdato)** -20\n**Bølger** Drift – Bølge 1\n**Beskrivelse** {body}\n"
            f"**Anbefalet udfører** {executor}\n")


_TASKS = "".join([
    _task("GDR 1", 97101, "Containerlisten", "Containerlisten viser alle genbrugspladsens containere.\n"
          "Containerlisten godkendes af affaldschefen og sendes til KOMBIT senest 6 uger før go-live.\n"
          "Borgerservice skal lave en aftale med vognmanden om tømning.", "Affaldsplanlægger"),
    _task("GDR 2", 97102, "Banefordelingsplanen", "Banefordelingsplanen viser klubbernes tider.\n"
          "Klubformændene skal udfylde banefordelingsplanen i fællesskab på et møde.", "Idrætskonsulent"),
    _task("GDR 3", 97103, "Træregistret", "Træregistret viser alle gadetræer med art og alder.\n"
          "Alle gadetræer i registret skal være mærket med en chip senest 1. maj 2029.", "Landskabsarkitekt"),
    _task("GDR 4", 97104, "Svampekurset for frivillige", "Kurset lærer de frivillige at kende svampe.\n"
          "Tid og sted: Den forberedende workshop for underviserne mandag den 2. oktober 2028 kl. 16.",
          "Naturvejleder"),
    _task("GDR 5", 97105, "Opsætning af ladestandere", "Opsætningen af ladestanderne kræver disse systemer:\n"
          "- Måling: LadeData A/S\n- Visning: Kortportalen", "Elinstallatør"),
    _task("GDR 6", 97106, "Fuglestationen", "Fuglestationen tæller trækfugle.\n"
          "Data fra stationen må ikke bruges til andet end forskning.\n"
          "Billeder fra kameraet må aldrig bruges til markedsføring.", "Biolog"),
    _task("GDR 7", 97107, "Banedagen", "Banedagen samler klubberne om de nye mål.\n"
          "Dagen før, torsdag den 28. september 2028, stilles målene op af driftsholdet.", "Idrætskonsulent"),
    _task("GDR 8", 97108, "Skiltning ved søen", "Skiltene viser badevandets kvalitet.\n"
          "Kontrolopgaven skal være afsluttet senest 14 dage før go-live.", "Miljømedarbejder", end=-30),
])


@cache
def _kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([*load_seeds(), *parse_text(_TASKS)])


@pytest.mark.parametrize(("question", "expected"), [
    ("hvem skal lave containerlisten?", "Affaldsplanlægger"),  # an agreement with the haulier: another thing
    ("hvem skal udfylde banefordelingsplanen?", "Klubformændene"),  # the text's own doer of the thing
    ("hvem skal udføre opsætningen af ladestanderne?", "Elinstallatør"),  # systems are no doers
    ("hvornår skal træregistret være færdigt?", "35 dage før go-live"),  # chipping trees: not the register
    ("hvornår skal kontrolopgaven ved søen være afsluttet?", "14 dage før go-live"),  # a part the text dates
    ("hvad må data fra fuglestationen bruges til?", "forskning"),  # 'ikke ... andet end' names a use
])
def test_answers_of_the_thing_asked(question: str, expected: str) -> None:
    got = answer(_kb(), question)
    assert got.found and expected in got.answer, got.answer


@pytest.mark.parametrize(("question", "wrong"), [
    ("hvornår er svampekurset?", "2. oktober"),  # the teachers' workshop, not the course
    ("hvornår er banedagen?", "28. september"),  # the day before
    ("hvad må billeder fra kameraet bruges til?", "markedsføring"),  # what they may never be used for
])
def test_no_answer_from_another_event_or_a_denied_use(question: str, wrong: str) -> None:
    got = answer(_kb(), question)
    assert not got.found or wrong not in got.answer, got.answer
