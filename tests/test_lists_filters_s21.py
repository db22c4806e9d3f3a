"""Lists across tasks whose filters must not read more than the question says: a project whose name
holds a priority word ('Frivilligjob' is no 'frivillig' priority), 'et dokument, der skal underskrives'
(any paper, not one called 'dokument'), and a deadline after go-live, which a task's own end after it
has too, while deadlines before it never answer."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer


def _task(ident: int, project: str, priority: str, end: int, text: str) -> str:
    return (f"## T{ident}\n\n**Master-opgave ID** {ident}\n\n**Opgavetitel** Opgave nummer {ident}\n\n"
            f"**Projekt** {project}\n\n**Prioritet** {priority}\n\n**Slutdato (fra Go-Live)** {end}\n\n"
            f"**Bølger** {project} - Bølge 1\n\n**Beskrivelse** {text}\n\n")


EXPORT = (_task(8101, "Frivilligjob", "Obligatorisk på kritisk vej", -50,
                "Tilslutningsaftalen underskrives af kulturchefen senest 50 dage før go-live.")
          + _task(8102, "Frivilligjob", "Obligatorisk", -10, "Foreningerne opretter deres profiler.")
          + _task(8103, "Frivilligjob", "Valgfri", 20, "Kommunen laver plakater.")
          + _task(8104, "Havneleje", "Valgfri", -20, "Havnefogeden holder et møde en uge efter go-live.")
          + _task(8105, "Havneleje", "Obligatorisk", -30,
                  "Lejeaftalen skal være sendt senest 30 dage før go-live.")
          + _task(8106, "Bådlaug", "Obligatorisk", -90,
                  "Aftalen skal være underskrevet senest 90 dage før go-live, ellers når firmaet det ikke.")
          + _task(8107, "Bådlaug", "Obligatorisk", -14,
                  "Havnekontoret holder lukket de sidste to dage før go-live."))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks(parse_text(EXPORT, source="lists-s21"))


def _ids(kb, project: str, priority: str | None = None) -> set[str]:
    return {t.id for t in kb.tasks if t.project == project and (priority is None or t.priority == priority)}


@pytest.mark.parametrize("question", ["vis opgaverne i Frivilligjob",
                                      "hvilke opgaver hører til Frivilligjob?",
                                      "hvor mange opgaver har Frivilligjob?"])
def test_a_project_name_holding_a_priority_word_is_only_the_project(kb, question):
    got = answer(kb, question)
    assert got.found and set(got.sources) == _ids(kb, "Frivilligjob"), got.answer


def test_a_priority_said_beside_such_a_project_still_filters(kb):
    got = answer(kb, "hvilke opgaver i Frivilligjob er valgfri?")
    assert got.found and set(got.sources) == _ids(kb, "Frivilligjob", "Valgfri"), got.answer


@pytest.mark.parametrize("question", ["hvilke Frivilligjob-opgaver har et dokument, der skal underskrives?",
                                      "hvilke opgaver i Frivilligjob har papirer til underskrift?"])
def test_any_paper_to_sign_is_the_signature_filter(kb, question):
    signed = {t.id for t in kb.tasks if t.project == "Frivilligjob" and t.signatures}
    got = answer(kb, question)
    assert signed and got.found and set(got.sources) == signed, got.answer


@pytest.mark.parametrize("question", ["hvilke opgaver har frist efter go-live?",
                                      "which tasks have a deadline after go-live?"])
def test_deadline_after_go_live_takes_text_and_own_ends(kb, question):
    after_text = {t.id for t in kb.tasks
                  if any(d.anchor == "go-live" and d.days > 0 for d in t.text_deadlines)}
    ends_after = {t.id for t in kb.tasks if (t.end_offset_days or 0) > 0}
    got = answer(kb, question)
    assert after_text and ends_after and got.found, got.answer
    assert set(got.sources) == after_text | ends_after, got.answer


@pytest.mark.parametrize("question", ["hvilke Bådlaug-opgaver har frist efter go-live?",
                                      "hvilke opgaver i Bådlaug har frist efter go-live?"])
def test_deadlines_before_go_live_never_answer_after(kb, question):
    project = [t for t in kb.tasks if t.project == "Bådlaug"]
    assert all(d.days < 0 for t in project for d in t.text_deadlines) and \
        all(t.end_offset_days < 0 for t in project), "the fixture's deadlines are all before go-live"
    got = answer(kb, question)
    assert not got.found, got.answer
