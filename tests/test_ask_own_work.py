"""Your own work through the one pipeline: next steps, my tasks, what is missing, overdue, not
started, who is udfører/ansvarlig; sorted by urgency, completed left out, undated critical kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.ask import ask
from bot.golive import set_golive
from bot.progress import assign, mark_steps, set_status
from bot.store import Store
from handlers.questions import answer_mrkdwn
from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Task

NOW = datetime(2027, 2, 1, 12, tzinfo=UTC)
STEPS = [MethodStep(number=n, text=f"Gør del {n} af arbejdet") for n in (1, 2, 3)]


def _task(tid: str, *, end: int | None, wave: str | None = "Bølge 7", priority: str = "Valgfri") -> Task:
    return Task(id=tid, title=f"Opgave nummer {tid}", project="Lønsystem", priority=priority,
                waves=[f"Lønsystem - {wave}"] if wave else [], end_offset_days=end,
                method_steps=STEPS, recommended_executor="Lønkonsulenten",
                recommended_responsible="Personalechefen")


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_tasks([
        _task("801", end=-60),                        # 2027-01-01 with go-live 2027-03-02: overdue
        _task("802", end=-10),                        # 2027-02-20: soon
        _task("803", end=-80),                        # overdue, but completed
        _task("804", end=None, wave=None, priority="Obligatorisk på kritisk vej"),  # undated, critical
        _task("805", end=-5),                         # started
    ])


@pytest.fixture
def store(kb) -> Store:
    store = Store(None)
    set_golive(store, team="T1", name="Lønsystem - Bølge 7", day="2027-03-02", user="U1", command="t", kb=kb)
    set_status(store, team="T1", task=kb.get("803"), status="fuldført", user="U1", command="t")
    mark_steps(store, team="T1", task=kb.get("805"), steps=[1], user="U1", command="t")
    assign(store, team="T1", task=kb.get("802"), role="udfører", assignee="U0ME", user="U1", command="t")
    assign(store, team="T1", task=kb.get("801"), role="ansvarlig", assignee="U0ME", user="U1", command="t")
    return store


def _ask(store, kb, question, user="U0ME"):
    return ask(store, kb, team="T1", question=question, user=user, now=NOW)


def _order(text: str, ids: list[str]) -> list[int]:
    return [text.index(f"• {i} ") for i in ids]


@pytest.mark.parametrize("question", ["hvad mangler vi?", "what's left?"])
def test_missing_is_sorted_by_urgency_without_completed_and_with_undated_critical(store, kb, question):
    result = _ask(store, kb, question).answer
    assert result.found
    positions = _order(result.answer, ["801", "802", "805", "804"])
    assert positions == sorted(positions), result.answer
    assert "• 803" not in result.answer  # completed
    assert "kritisk vej" in result.answer or "critical path" in result.answer


@pytest.mark.parametrize("question", ["hvilke opgaver er ikke påbegyndt?", "which tasks are not started?"])
def test_not_started_leaves_out_started_and_completed(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert "• 801" in text and "• 802" in text and "• 804" in text
    assert "• 805" not in text and "• 803" not in text


@pytest.mark.parametrize("question", ["hvilke opgaver er forsinket?", "which tasks are overdue?"])
def test_overdue_lists_only_open_tasks_past_their_end(store, kb, question):
    result = _ask(store, kb, question).answer
    assert result.found and "• 801" in result.answer
    for other in ("802", "803", "804", "805"):
        assert f"• {other}" not in result.answer


@pytest.mark.parametrize("question", ["mine opgaver", "my tasks", "hvilke opgaver er tildelt mig?"])
def test_my_tasks_are_the_asking_users(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert "• 801" in text and "• 802" in text
    assert "• 805" not in text
    assert text.index("• 801") < text.index("• 802")  # the overdue one first


@pytest.mark.parametrize("question", ["hvad skal jeg gøre nu?", "what should I do next?"])
def test_next_steps_start_with_my_most_urgent_task(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert text.index("• 801") < text.index("• 802")
    assert "1. Gør del 1 af arbejdet" in text


def test_next_steps_without_assignments_use_the_open_tasks(store, kb):
    text = _ask(store, kb, "hvad skal jeg gøre nu?", user="U0OTHER").answer.answer
    assert "• 801" in text and "• 803" not in text
    assert "2. Gør del 2 af arbejdet" in text  # 805 has step 1 done


@pytest.mark.parametrize(("question", "expected"), [
    ("hvem er udfører på 802?", "@U0ME"),
    ("hvem er udfører på 805?", "Lønkonsulenten"),
    ("who is the executor of 805?", "Lønkonsulenten"),
])
def test_who_is_assigned_answers_from_the_workspace_then_klik(store, kb, question, expected):
    result = _ask(store, kb, question).answer
    assert result.found and expected in result.answer


def test_assigned_user_is_a_mention_in_slack(store, kb):
    asked = _ask(store, kb, "hvem er udfører på 802?")
    assert "<@U0ME>" in answer_mrkdwn(asked.answer)


def test_without_go_live_nothing_can_be_called_overdue(kb):
    text = _ask(Store(None), kb, "hvilke opgaver er forsinket?").answer.answer
    assert "go-live" in text and "• 801" not in text


def test_a_question_about_the_task_text_is_not_an_own_work_list(store, kb):
    result = _ask(store, kb, "hvad skal jeg gøre, når lønarterne er oprettet i lønsystemet?").answer
    assert "mest presserende" not in result.answer and "most urgent" not in result.answer


@pytest.mark.parametrize("question", ["hvad er det næste, jeg skal gøre?", "hvad skal vi så lave?",
                                      "what do I need to do?", "what should we work on?"])
def test_next_steps_in_other_words(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert text.index("• 801") < text.index("• 802") and "• 803" not in text


@pytest.mark.parametrize("question", ["hvilke opgaver har jeg?", "hvad er jeg tildelt?",
                                      "what am I working on?"])
def test_my_tasks_in_other_words(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert "• 801" in text and "• 802" in text and "• 805" not in text


@pytest.mark.parametrize("question", ["hvilke opgaver mangler?", "what remains to be done?",
                                      "what is still open?"])
def test_what_is_missing_in_other_words(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert {"• 801", "• 802", "• 804", "• 805"} <= {line[:5] for line in text.splitlines()}
    assert "• 803" not in text


@pytest.mark.parametrize("question", ["er vi bagud?", "are we behind?", "hvilke frister er overskredet?"])
def test_overdue_in_other_words(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert "• 801" in text and "• 802" not in text


@pytest.mark.parametrize("question", ["which tasks haven't been started?", "what haven't we started?",
                                      "hvilke opgaver er ikke startet endnu?"])
def test_not_started_in_other_words(store, kb, question):
    text = _ask(store, kb, question).answer.answer
    assert "• 804" in text and "• 805" not in text and "• 803" not in text


@pytest.mark.parametrize(("question", "shown"), [
    ("hvilke opgaver er fuldført?", "Fuldførte opgaver (1)"),
    ("which tasks are done?", "Completed tasks (1)"),
    ("hvilke opgaver er i gang?", "Påbegyndte opgaver"),
    ("which tasks are in progress?", "Tasks in progress")])
def test_completed_and_started_lists_come_from_the_workspace(store, kb, question, shown):
    result = _ask(store, kb, question).answer
    assert result.found and shown in result.answer
    listed = {line[2:5] for line in result.answer.splitlines() if line.startswith("• ")}
    assert listed == ({"803"} if "1)" in shown else {"805"})
    assert "overskredet" not in result.answer  # a completed task is not late


def test_no_completed_tasks_is_said_plainly(kb):
    result = _ask(Store(None), kb, "which tasks have we finished?").answer
    assert result.found and "No tasks are completed yet" in result.answer


def test_a_list_must_be_completed_before_go_live_is_not_the_workspace_status(store, kb):
    text = _ask(store, kb, "which tasks must be completed before go-live?").answer.answer
    assert "Completed tasks" not in text and "Fuldførte opgaver" not in text


def test_own_lists_keep_to_the_project_named():
    kb = KnowledgeBase.from_tasks([_task("901", end=-10), Task(id="902", title="Opgave i et andet projekt",
                                                                  project="Ydelser", method_steps=STEPS)])
    text = _ask(Store(None), kb, "hvilke Ydelser-opgaver er ikke påbegyndt?").answer.answer
    assert "• 902" in text and "• 901" not in text


@pytest.mark.parametrize(("question", "expected"), [
    ("hvem udfører 802?", "@U0ME"), ("who works on 802?", "@U0ME"), ("hvem står for 801?", "@U0ME")])
def test_who_carries_out_a_task_is_the_assignee_beside_the_recommended_role(store, kb, question, expected):
    result = _ask(store, kb, question).answer
    assert expected in result.answer
    assert "Lønkonsulenten" in result.answer or "Personalechefen" in result.answer  # what KLIK recommends


def test_who_carries_out_a_thing_in_a_task_is_answered_from_the_text(store, kb):
    result = _ask(store, kb, "hvem udfører arbejdet i 802?").answer
    assert "@U0ME" not in result.answer


@pytest.mark.parametrize("question", ["hvad skal vi gøre med arbejdet?", "hvad mangler vi i arbejdet?"])
def test_a_question_naming_a_thing_the_tasks_hold_is_about_the_text(store, kb, question):
    result = _ask(store, kb, question).answer
    assert "mest presserende" not in result.answer
