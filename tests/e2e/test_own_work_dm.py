"""Your own work and lists across tasks asked in a DM, through the signed HTTP app: a bare command runs,
and the questions after it see what it did; answers come in the language asked."""

from __future__ import annotations

from bot import slackrequests as sr
from bot.progress import assign
from knowledge.base import KnowledgeBase, load_seeds


def _dm(slack_app, text: str, *, user: str = "U0BOB") -> str:
    before = len(slack_app.fake.calls_to("chat.postMessage"))
    slack_app.slack.event(sr.direct_message(text, user=user, channel="D0BOB"))
    calls = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage", count=before + 1)
    return calls[-1].body["text"]


def test_a_bare_done_is_then_in_progress_and_not_in_what_is_not_started(slack_app):
    _dm(slack_app, "done 433 5")
    started = _dm(slack_app, "hvilke opgaver er i gang?")
    assert "433" in started and "Påbegyndte opgaver" in started
    not_started = _dm(slack_app, "which tasks are not started?")
    assert "Tasks not started" in not_started and "• 433 " not in not_started


def test_my_next_step_is_the_asking_users(slack_app):
    task = KnowledgeBase.from_tasks(load_seeds()).get("433")
    assign(slack_app.store, team="T0TEST", task=task, role="udfører", assignee="U0BOB", user="U0BOB",
           command="test")
    mine = _dm(slack_app, "what should I do next?")
    assert mine.startswith("Next up") and "• 433 " in mine and "Next step: 1." in mine
    other = _dm(slack_app, "mine opgaver", user="U0CAROL")
    assert "ikke tildelt nogen åbne opgaver" in other


def test_a_typo_of_a_command_asks_what_was_meant(slack_app):
    assert "Mente du `/klik status 433`?" in _dm(slack_app, "statsu 433")


def test_a_list_across_tasks_in_a_dm_names_each_task(slack_app):
    text = _dm(slack_app, "which tasks are mandatory?")
    assert "• eFaktura 8b – " in text and "• 433 " not in text


def test_a_command_pasted_with_klik_in_front_runs_too(slack_app):
    from bot.progress import get_progress

    _dm(slack_app, "/klik done 433 2")
    _dm(slack_app, "klik done 433 3")
    assert {2, 3} <= set(get_progress(slack_app.store, "T0TEST", "433").steps)
