"""In a DM, a bare command ('done 433 5', 'status 433') runs the command, a typo of one gets
«Mente du `/klik …`?», and a question that starts with a command word is still a question."""

from __future__ import annotations

from bot import slackrequests as sr
from bot.progress import get_progress


def _dm(slack_app, text: str) -> str:
    slack_app.slack.event(sr.direct_message(text, user="U0BOB", channel="D0BOB"))
    [call] = slack_app.fake.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.body["channel"] == "D0BOB"
    return call.body["text"]


def test_bare_done_in_a_dm_runs_the_command(slack_app):
    _dm(slack_app, "done 433 5")
    progress = get_progress(slack_app.store, "T0TEST", "433")
    assert 5 in progress.steps and progress.steps[5].done_by == "U0BOB"


def test_bare_status_in_a_dm_shows_the_status(slack_app):
    text = _dm(slack_app, "status 433")
    assert "433" in text and "Det ved jeg ikke" not in text


def test_typo_of_a_command_in_a_dm_asks_what_was_meant(slack_app):
    text = _dm(slack_app, "doen 433 5")
    assert "Mente du `/klik done 433 5`?" in text
    assert 5 not in get_progress(slack_app.store, "T0TEST", "433").steps


def test_a_question_starting_with_a_command_word_is_answered(slack_app):
    text = _dm(slack_app, "status på 433?")
    assert "433" in text and "ikke påbegyndt" in text
