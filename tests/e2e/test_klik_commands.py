"""How /klik reads what people type: task names with numbers, step lists and ranges, typos in the
subcommand, wrong step words, and input far too long, all over the real HTTP app."""

from __future__ import annotations

import json

import pytest

from bot.progress import get_progress
from handlers.registry import MAX_NAME_WORDS, commands
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import MethodStep, Task


def _task(task_id: str, steps: int) -> Task:
    return Task(id=task_id, title=f"Opgave {task_id}",
                method_steps=[MethodStep(number=n, text=f"Trin {n}") for n in range(1, steps + 1)])


@pytest.fixture
def slack_tasks():
    """The seeds plus tasks whose names end in a number, so 'eFaktura 7 1' must be split right."""
    return [*load_seeds(), _task("eFaktura", 9), _task("eFaktura 7", 3)]


def _text(slack_app, command: str, **kwargs) -> str:
    res = slack_app.slack.command(command, **kwargs)
    assert res.status == 200
    return res.json()["text"]


def _steps(slack_app, task_id: str) -> list[int]:
    return sorted(get_progress(slack_app.store, slack_app.slack.team, task_id).steps)


# --- task names and step words ------------------------------------------------------------------

@pytest.mark.parametrize(("command", "task_id", "steps"), [
    ("done efaktura 8b 2", "eFaktura 8b", [2]),
    ("done eFaktura 7 1", "eFaktura 7", [1]),
    ("done eFaktura 7 1-3", "eFaktura 7", [1, 2, 3]),
    ("done eFaktura 8", "eFaktura", [8]),
    ("done opgave 433 trin 2 og 4,5", "433", [2, 4, 5]),
])
def test_task_names_with_numbers_and_step_lists(slack_app, command, task_id, steps):
    assert "som udført" in _text(slack_app, command)
    assert _steps(slack_app, task_id) == steps


@pytest.mark.parametrize("word", ["x", "-1", "2x", "tre"])
def test_a_word_that_is_no_step_is_named_with_the_valid_steps(slack_app, word):
    _text(slack_app, "done 433 1")
    text = _text(slack_app, f"done 433 {word}")
    assert text == (f"«{word}» er ikke et trinnummer; opgave 433 har trin 1-7. "
                    "Skriv fx `/klik done 433 2`.")
    assert _steps(slack_app, "433") == [1]


def test_a_bad_step_word_after_a_task_name_with_a_number(slack_app):
    text = _text(slack_app, "done eFaktura 7 1 y")
    assert text.startswith("«y» er ikke et trinnummer; opgave eFaktura 7 har trin 1-3.")
    assert "Skriv fx `/klik done \"eFaktura 7\" 1`" in text


def test_an_unknown_task_is_still_named_as_such(slack_app):
    assert "Jeg kender ingen opgave der hedder «nix»" in _text(slack_app, "done nix 1")
    assert "Jeg kender ingen opgave der hedder «nix x»" in _text(slack_app, "done nix x")


def test_a_range_past_the_last_step_is_named_as_a_range(slack_app):
    assert _text(slack_app, "done 433 1-99") == "Trin 8-99 findes ikke; opgave 433 har trin 1-7."
    assert _steps(slack_app, "433") == []


# --- long input: a clear message, never a slow parse -------------------------------------------

def test_too_many_step_numbers_get_a_danish_message(slack_app):
    text = _text(slack_app, "done 433 " + " ".join(["6"] * 150))
    assert text.startswith("Højst 100 trin ad gangen; opgave 433 har trin 1-7.")
    assert _steps(slack_app, "433") == []


def test_a_command_over_1000_characters_is_refused_without_echoing_it(slack_app):
    text = _text(slack_app, "done 433 " + " ".join(["6"] * 2500))
    assert text.startswith("Kommandoen er for lang (5008 tegn; højst 1000).")
    assert "`/klik done OPGAVE TRIN…`" in text and len(text) < 200
    assert _steps(slack_app, "433") == []


def test_the_task_lookup_is_bounded_however_many_steps_follow(slack_app, monkeypatch):
    # Looking up every split of the words made a long command quadratic; now only the first few
    # words are tried as a task name.
    kb = KnowledgeBase.from_tasks(load_seeds())
    calls = []
    real_get = kb.get
    monkeypatch.setattr(kb, "get", lambda ref: calls.append(ref) or real_get(ref))
    monkeypatch.setattr(commands(slack_app.app).services, "knowledge", lambda: kb)
    assert "markerede trin 1-7" in _text(slack_app, "done 433 " + " ".join(["1-7"] * 14))
    assert len(calls) <= MAX_NAME_WORDS


def test_echoed_input_is_clipped(slack_app):
    text = _text(slack_app, "status " + "x" * 900)
    assert "«" + "x" * 59 + "…»" in text and len(text) < 200
    text = _text(slack_app, "assign 433 ansvarlig " + "bob " * 100)
    assert "Jeg kan ikke se hvem «bob bob" in text and len(text) < 300


# --- undo is symmetric with done --------------------------------------------------------------

def test_undo_takes_several_steps_and_ranges(slack_app):
    _text(slack_app, "done 433 1-6")
    text = _text(slack_app, "undo 433 2 4 5")
    assert "fortrød trin 2, 4 og 5" in text and "(3 af 7 trin udført)" in text
    assert _steps(slack_app, "433") == [1, 3, 6]
    text = _text(slack_app, "fortryd 433 trin 1-3 og 7")
    assert "fortrød trin 1 og 3" in text and "Trin 2 og 7 var ikke markeret som udført." in text
    assert _steps(slack_app, "433") == [6]
    assert "Trin 7 i opgave 433 er ikke markeret som udført." in _text(slack_app, "undo 433 7")
    assert _text(slack_app, "undo 433 x").endswith("Skriv fx `/klik undo 433 6`.")
    history = json.dumps(slack_app.slack.command("history 433").json(), ensure_ascii=False)
    assert "fortrød trin 2, 4 og 5" in history and "markerede trin 1-6 som udført" in history


# --- the status footer names a step worth marking --------------------------------------------

def _footer(slack_app) -> str:
    blocks = slack_app.slack.command("status 433").json()["blocks"]
    return next(b["elements"][0]["text"] for b in reversed(blocks) if b["type"] == "context")


def test_status_footer_names_the_next_open_step_and_the_last_done_one(slack_app):
    assert _footer(slack_app) == ("Markér næste trin: `/klik done 433 1` · historik: `/klik history 433`")
    _text(slack_app, "done 433 1-3 5")
    assert _footer(slack_app) == ("Markér næste trin: `/klik done 433 4` · fortryd: `/klik undo 433 5` · "
                                  "historik: `/klik history 433`")
    _text(slack_app, "done 433 4 6 7")
    assert _footer(slack_app) == "Fortryd: `/klik undo 433 7` · historik: `/klik history 433`"


# --- typos in the subcommand -------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "meant"), [
    ("stauts 433", "/klik status 433"),
    ("hsitory 433", "/klik history 433"),
    ("histroik eFaktura 8b", "/klik historik eFaktura 8b"),
    ("udno 433 3", "/klik undo 433 3"),
    ("fædig 433 2", "/klik færdig 433 2"),
    ("dnoe 433 1-3", "/klik done 433 1-3"),
    ("lsit", "/klik list"),
])
def test_a_misspelled_subcommand_gets_mente_du(slack_app, typed, meant):
    res = slack_app.slack.command(typed).json()
    assert res["response_type"] == "ephemeral"
    assert res["text"].startswith(f"Mente du `{meant}`?")
    assert slack_app.store.history() == []


@pytest.mark.parametrize("question", [
    "hvem er forvaltningsansvarlig for Prisme?",
    "starter 433 hvornår?",
    "hvad er trin 3 i 433",
])
def test_questions_are_still_questions(slack_app, question):
    assert "Mente du `/klik" not in _text(slack_app, question)


def test_status_asked_as_a_question_shows_the_status(slack_app):
    body = slack_app.slack.command("status på 433?").json()
    assert body["blocks"][0]["type"] == "header" and body["blocks"][0]["text"]["text"].startswith("433")
