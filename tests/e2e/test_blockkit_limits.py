"""Messages stay inside Slack's Block Kit limits however big the task or the workspace is."""

from __future__ import annotations

import pytest

from knowledge.base import load_seeds
from knowledge.models import MethodStep, Task

LONG = "Meget lang tekst <!channel> & mere. " * 150  # ~5,400 characters


@pytest.fixture
def slack_tasks():
    huge = Task(id="999", title="Kæmpeopgave " + "x" * 300, project="KY", waves=["KY - Bølge 3"],
                method_steps=[MethodStep(number=n, text=f"{n}: {LONG}") for n in range(1, 61)])
    short_long = Task(id="998", title="Lange trin",
                      method_steps=[MethodStep(number=n, text=LONG) for n in (1, 2, 3)])
    many = [Task(id=str(2000 + i), title=f"Opgave {i} " + "y" * 200, project="KP") for i in range(400)]
    return [*load_seeds(), huge, short_long, *many]


def _check_limits(body: dict) -> None:
    blocks = body.get("blocks", [])
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block.get("accessory", {}).get("type") == "button":
            assert len(block["accessory"]["text"]["text"]) <= 75
    assert "<!channel>" not in str(body)


def test_status_of_a_task_with_60_long_steps(slack_app):
    body = slack_app.slack.command("status 999").json()
    _check_limits(body)
    text = str(body)
    assert "*60.*" in text  # every step is still listed, compactly
    assert "/klik done 999 NR" in text


def test_long_step_texts_are_cut_and_say_so(slack_app):
    body = slack_app.slack.command("status 998").json()
    _check_limits(body)
    assert "(forkortet)" in str(body)
    buttons = [b for b in body["blocks"] if b.get("accessory")]
    assert len(buttons) == 3


def test_list_of_hundreds_of_tasks(slack_app):
    body = slack_app.slack.command("list").json()
    _check_limits(body)
    assert body["text"].startswith("404 opgaver") and "Vis flere (40 af 364 tilbage)" in str(body)


def test_history_of_a_busy_task(slack_app):
    for n in range(1, 31):
        slack_app.slack.command(f"done 999 {n}")
    body = slack_app.slack.command("history 999").json()
    _check_limits(body)
    assert "de seneste 25 af 30" in str(body)
