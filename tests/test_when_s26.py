"""Time answers (branch s26-when): the task's own start and end when the question's subject is the task,
calendar dates that are the earliest day, read with their kind."""

from __future__ import annotations

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

_MD = ("## QQ 04 Opsæt vognplaner og takster (B1)\n\n**Master-opgave ID** 8801\n\n"
       "**Opgavetitel** QQ 04 Opsæt vognplaner og takster (B1)\n\n**Projekt** Kvasiprojekt\n\n"
       "**Slutdato (fra Go-Live)** -20\n\n**Startdato (fra Slutdato)** -30\n\n"
       "**Mål** Vognplaner og takster er klar.\n\n**Beskrivelse** {description}\n\n"
       "**Metode og fremgangsmåde** 1. Opsæt vognplanerne\n2. Opsæt taksterne\n\n"
       "**Resultat** Vognplaner og takster er opsat.\n\n**Anbefalet udfører** Planlægger\n")


def _kb(description: str) -> KnowledgeBase:
    return KnowledgeBase(parse_text(_MD.format(description=description)))


def test_the_task_as_subject_is_answered_by_its_own_start_and_end():
    kb = _kb("Taksterne skal være indtastet senest 4 uger før go-live.\n\n"
             "Vognplanerne kan tidligst oprettes 6 uger før go-live.")
    start = answer(kb, "Hvornår begynder opgaven med at opsætte vognplaner og takster?")
    assert start.found and "50 dage" in start.answer and "4 uger" not in start.answer
    end = answer(kb, "Hvornår skal opgaven med at opsætte vognplaner og takster være færdig?")
    assert end.found and "20 dage" in end.answer
    # a thing in the task asked about by its own name keeps its own deadline
    thing = answer(kb, "Hvornår skal taksterne være indtastet?")
    assert thing.found and "4 uger" in thing.answer


def test_a_dated_earliest_day_answers_when_at_the_earliest():
    kb = _kb("Taksterne kan tidligst indtastes 3. februar 2027, når de er vedtaget.\n\n"
             "Vognplanerne skal være oprettet senest den 1. marts 2027.")
    earliest = answer(kb, "Hvornår kan taksterne tidligst indtastes?")
    assert earliest.found and "3. februar 2027" in earliest.answer
    kinds = {d.anchor: d.kind.value for d in parse_text(_MD.format(
        description="Taksterne kan tidligst indtastes 3. februar 2027."))[0].text_deadlines}
    assert kinds == {"3. februar 2027": "earliest"}  # quoted in answers, never due


def test_the_deadline_for_a_thing_the_title_names_is_its_own_not_the_tasks_end():
    kb = _kb("Taksterne skal være indtastet senest 4 uger før go-live.")
    got = answer(kb, "Hvad er fristen for taksterne i opgave 8801?")
    assert got.found and "4 uger" in got.answer and "Slutdato" not in got.answer
    # the task as a whole keeps its own end
    assert "20 dage" in answer(kb, "Hvornår skal opgave 8801 være færdig?").answer

