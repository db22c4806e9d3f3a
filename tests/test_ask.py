"""Questions about the workspace's own work are answered from the store; the rest from the engine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.ask import ask
from bot.catalog import load_knowledge
from bot.golive import set_golive
from bot.progress import assign, mark_steps
from bot.signatures import mark_signature
from bot.store import Store
from handlers.questions import answer_mrkdwn, plain_question
from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Signature, Task

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


@pytest.fixture
def store() -> Store:
    return Store(None)


@pytest.fixture
def kb(store):
    return load_knowledge(store)


def _ask(store, kb, question, team="T1"):
    return ask(store, kb, team=team, question=question, now=NOW)


@pytest.mark.parametrize("question", ["hvor langt er vi med 433?", "hvad mangler vi i 433",
                                      "hvad er næste trin i 433", "status på 433?",
                                      "hvad er naeste trin i 433"])
def test_progress_of_a_task_comes_from_the_store(store, kb, question):
    task = kb.get("433")
    mark_steps(store, team="T1", task=task, steps=[1, 4], user="U1", command="t")
    result = _ask(store, kb, question).answer
    assert result.found and result.sources == ["433"]
    assert "påbegyndt, 2 af 7 trin udført (trin 1 og 4)" in result.answer
    assert f"Næste trin: 2. {task.step(2).text}" in result.answer
    assert "bestillingsformular – modtaget, ikke underskrevet" in result.answer  # step 4 = received


def test_progress_is_per_workspace(store, kb):
    mark_steps(store, team="T1", task=kb.get("433"), steps=[1], user="U1", command="t")
    assert "0 af 7 trin udført" in _ask(store, kb, "hvor langt er vi med 433", team="T2").answer.answer


def test_progress_in_english_with_deadline(store, kb):
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="t", kb=kb)
    text = _ask(store, kb, "how far are we with 433?").answer.answer
    assert "Task 433: not started, 0 of 7 steps done." in text
    assert "Deadline: 8 October 2026 (overdue by 43 days)" in text


def test_overview_without_a_task_lists_what_the_workspace_works_on(store, kb):
    assert "ikke registreret fremdrift" in _ask(store, kb, "hvor langt er vi?").answer.answer
    mark_steps(store, team="T1", task=kb.get("433"), steps=[2], user="U1", command="t")
    result = _ask(store, kb, "hvor langt er vi?").answer
    assert result.sources == ["433"] and "• 433: påbegyndt, 1 af 7 trin udført" in result.answer


def test_assigned_people_are_mentioned_in_slack_and_named_in_plain_text(store, kb):
    assign(store, team="T1", task=kb.get("433"), role="ansvarlig", assignee="U0MET", user="U1", command="t")
    asked = _ask(store, kb, "hvem er ansvarlig for 433?")
    assert "Ansvarlig: @U0MET" in asked.answer.answer
    assert "Ansvarlig: <@U0MET>" in answer_mrkdwn(asked.answer)
    # (433 recommends only an executor: said as the executor's, not as the responsible asked for)
    assert "KLIK anbefaler ingen som ansvarlig, men som udfører: Systemansvarlige for bogføringssystemet" \
        in asked.answer.answer


def test_nobody_assigned_falls_back_to_klik_recommendation(store, kb):
    result = _ask(store, kb, "hvem er udfører på 433?").answer
    assert result.found and "KLIK anbefaler: Systemansvarlige for bogføringssystemet" in result.answer


def test_nobody_assigned_and_no_advice_for_the_role_asked_is_not_found(store, kb):
    # 433 recommends an executor and no responsible: the executor is shown as such, and who is responsible
    # is not known (a confident 'KLIK anbefaler: ...' named the executor as the responsible)
    result = _ask(store, kb, "hvem er ansvarlig for 433?").answer
    assert not result.found and "men som udfører: Systemansvarlige for bogføringssystemet" in result.answer


def test_is_it_signed_follows_steps_and_marks(store, kb):
    task = kb.get("433")
    assert "bestillingsformular – afventer dokument" in answer_mrkdwn(
        _ask(store, kb, "er blanketten underskrevet?").answer)
    mark_signature(store, team="T1", task=task, which=None, mark="signed", user="U1", command="t")
    result = _ask(store, kb, "er bestillingsformularen underskrevet?").answer
    assert result.sources == ["433"] and "underskrevet og returneret" in result.answer


def test_missing_signatures_lists_only_open_ones(store, kb):
    result = _ask(store, kb, "hvilke underskrifter mangler vi?").answer
    assert set(result.sources) == {"433", "eFaktura 8b"}
    mark_signature(store, team="T1", task=kb.get("433"), which=None, mark="signed", user="U1", command="t")
    assert _ask(store, kb, "hvilke underskrifter mangler vi?").answer.sources == ["eFaktura 8b"]


@pytest.mark.parametrize(("question", "expected"), [
    ("hvem er forvaltningsansvarlig for Prisme?", "Fujitsu (undtaget er Kolding Kommune"),
    ("hvad er trin 3 i 433", "Kontakt kommunens systemansvarlig"),
    ("hvilke opgaver kræver underskrift?", "Serviceaftale"),
])
def test_questions_about_the_tasks_go_to_the_engine(store, kb, question, expected):
    result = _ask(store, kb, question).answer
    assert result.found and expected in result.answer


def test_unknown_task_is_not_found(store, kb):
    result = _ask(store, kb, "hvor langt er vi med 999?").answer
    assert not result.found and "999" in result.answer


def test_task_text_is_escaped_for_slack(store):
    sneaky = Task(id="900", title="Opgave <!channel>", project="KY",
                  method_steps=[MethodStep(number=1, text="Ping <!here> alle")],
                  signatures=[Signature(document="<@U1> aftale", signer="<!everyone>")])
    kb = KnowledgeBase.from_tasks([sneaky])
    asked = _ask(store, kb, "hvor langt er vi med 900?")
    assert "<!here>" in asked.answer.answer  # plain text keeps what the task says
    for raw in ("<!channel>", "<!here>", "<@U1>", "<!everyone>"):
        assert raw not in answer_mrkdwn(asked.answer)


def test_golive_question_answers_from_the_workspace_dates(store, kb):
    result = _ask(store, kb, "hvornår er go-live for KY - Bølge 3?").answer
    assert not result.found and "ikke sat en go-live-dato for KY - Bølge 3" in result.answer
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="t", kb=kb)
    wave = _ask(store, kb, "hvornår er golive for ky bolge 3").answer.answer
    assert "Go-live for KY - Bølge 3: 1. marts 2027." in wave
    project = _ask(store, kb, "when is go-live for KY?").answer.answer
    assert "No go-live date is set for KY yet" in project and "KY - Bølge 3: 1 March 2027" in project


@pytest.mark.parametrize(("typed", "plain"), [
    ("<!channel> hvem er forvaltningsansvarlig for Prisme?", "hvem er forvaltningsansvarlig for Prisme?"),
    ("<@U0ABC|mette> hvad er trin 3 i 433", "hvad er trin 3 i 433"),
    ("se <#C0123|klik-kanal> og <https://kombit.dk|KOMBIT>", "se klik-kanal og KOMBIT"),
    ("<!subteam^S123|@okonomi> status på 433?", "status på 433?"),
    ("<@U0BOT>: hjælp", "hjælp"),
    ("<@U0BOT>, hvad er trin 2 i 433", "hvad er trin 2 i 433"),
])
def test_slack_markup_is_removed_before_answering(typed, plain):
    assert plain_question(typed) == plain


@pytest.mark.parametrize("question", ["hvem er udfører på 433?", "who is the executor of 433?"])
def test_who_is_executor_without_assignment_names_klik_recommendation(store, kb, question):
    result = _ask(store, kb, question).answer
    assert result.found and result.sources == ["433"]
    assert "Systemansvarlige for bogføringssystemet" in result.answer
