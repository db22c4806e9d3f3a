"""The App Home tab end to end: app_home_opened -> views.publish with the user's tasks, its
buttons, the refresh after a change, Slack's 100-block limit, and people who have left."""

from __future__ import annotations

import json

import pytest

from bot.progress import get_progress
from handlers import actions
from knowledge.base import load_seeds
from knowledge.models import MethodStep, Task


def _many(n: int) -> list[Task]:
    return [Task(id=str(4000 + i), title=f"Opgave nummer {i}", project="KY", waves=["KY - Bølge 3"],
                 end_offset_days=-(20 + i), start_offset_days=-30, priority="Prioritet 1",
                 method_steps=[MethodStep(number=n, text=f"Trin {n}") for n in (1, 2)]) for i in range(n)]


@pytest.fixture
def slack_tasks():
    return [*load_seeds(), *_many(120)]


def _views(slack_app, user="U0ALICE"):
    return [c.body for c in slack_app.fake.calls_to("views.publish") if c.body.get("user_id") == user]


def _view(body) -> dict:
    view = body["view"]
    return json.loads(view) if isinstance(view, str) else view


def _home(slack_app, user="U0ALICE", count=1) -> dict:
    found = slack_app.fake.wait_for(lambda c: c.method == "views.publish" and c.body.get("user_id") == user,
                                    count=count)
    assert len(found) >= count
    return _view(found[-1].body)


def _text(view) -> str:
    return json.dumps(view, ensure_ascii=False)


def test_opening_home_publishes_my_tasks_most_urgent_first(slack_app):
    s = slack_app.slack
    s.command('golive "KY - Bølge 3" 2027-03-01')
    s.command("assign 433 ansvarlig mig")
    s.command("assign 4005 udfører <@U0ALICE|alice>")
    assert s.open_home().status == 200
    view = _home(slack_app)
    assert view["type"] == "home"
    text = _text(view)
    assert "Mine opgaver" in text and "2 opgaver" in text
    assert text.index("433 SA 06") < text.index("4005")  # 433 ends months before 4005
    assert "Næste trin: *1.*" in text and "Mangler underskrift: bestillingsformular" in text
    assert "du er udfører" in text and "du er ansvarlig" in text
    assert "Holdets overblik" in text and "Kritiske opgaver uden ansvarlig" in text
    buttons = [e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {b["action_id"] for b in buttons} >= {actions.HOME_STEP, actions.OPEN_SNOOZE, actions.OPEN_STATUS,
                                                 actions.OPEN_ASSIGN, actions.OPEN_SIGNATURE}


def test_home_stays_within_100_blocks_and_shows_more_on_request(slack_app):
    s = slack_app.slack
    s.command('golive "KY - Bølge 3" 2027-03-01')
    from bot.progress import assign

    for task in _many(60):  # straight into the store: this test is about the Home tab's size
        assign(slack_app.store, team=s.team, task=task, role="ansvarlig", assignee="U0ALICE", user="U0ALICE")
    s.open_home()
    view = _home(slack_app)
    assert len(view["blocks"]) <= 100 and "60 opgaver" in _text(view)
    more = next(e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == actions.HOME_MORE)
    assert "45 tilbage" in more["text"]["text"]
    s.home_click(actions.HOME_MORE, more["value"])
    bigger = _home(slack_app, count=2)
    assert len(bigger["blocks"]) <= 100
    assert _text(bigger).count(actions.HOME_STEP) > _text(view).count(actions.HOME_STEP)
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in bigger["blocks"])


def test_the_step_button_marks_the_step_and_refreshes_home(slack_app):
    s = slack_app.slack
    s.command("assign 433 ansvarlig mig")
    s.open_home()
    _home(slack_app)
    before = len(slack_app.fake.calls)
    assert s.home_click(actions.HOME_STEP, "433 1").status == 200
    # the view the click publishes (under load the opening's publish may land after the first wait)
    found = slack_app.fake.wait_for(
        lambda c: c.method == "views.publish" and c.body.get("user_id") == "U0ALICE"
        and "markerede trin 1" in _text(c.body), since=before)
    assert found, "no Home view with the marked step was published after the click"
    assert 1 in get_progress(slack_app.store, s.team, "433").steps
    assert "Næste trin: *2.*" in _text(_view(found[-1].body))


def test_a_change_by_someone_else_refreshes_the_assignees_home(slack_app):
    s = slack_app.slack
    s.command("assign 433 ansvarlig <@U0BOB|bob>")
    s.open_home(user="U0BOB")
    _home(slack_app, user="U0BOB")
    s.command("done 433 1 2")  # Alice marks steps on Bob's task
    view = _home(slack_app, user="U0BOB", count=2)
    assert "2 af 7 trin" in _text(view)


def test_only_a_change_starts_work_after_the_ack(slack_app, monkeypatch):
    """`/klik status` changes nothing: no thread after its ack (one a request was most of its cost
    with 100 clients at once); `/klik done` refreshes the Home tabs it concerns in one."""
    from handlers import registry

    started, real = [], registry.in_background
    monkeypatch.setattr(registry, "in_background", lambda *steps: started.append(steps) or real(*steps))
    s = slack_app.slack
    s.command("assign 433 ansvarlig mig")
    s.open_home()
    _home(slack_app)
    started.clear()
    assert s.command("status 433").status == 200 and s.command("list").status == 200
    assert started == []
    assert s.command("done 433 1").status == 200 and len(started) == 1
    assert "1 af 7 trin" in _text(_home(slack_app, count=2))


def test_status_button_opens_a_modal(slack_app):
    s = slack_app.slack
    s.command("assign 433 ansvarlig mig")
    s.home_click(actions.OPEN_STATUS, "433")
    [opened] = slack_app.fake.wait_for(lambda c: c.method == "views.open")
    view = _view(opened.body)
    assert view["type"] == "modal" and "bestillingsformular" in _text(view)


def test_home_flags_tasks_whose_assignee_has_left(slack_app):
    s = slack_app.slack
    s.command("assign 433 ansvarlig mig")
    s.command("assign 433 udfører <@U0GONE|gone>")
    slack_app.fake.users["U0GONE"] = {"deleted": True}  # leaves later; users.info is asked again daily
    _forget_checks(slack_app.store)
    s.open_home()
    text = _text(_home(slack_app))
    assert "<@U0GONE> er ikke længere i arbejdsrummet" in text
    assert "Tildelt nogen, der ikke længere er i arbejdsrummet (1)" in text


def _forget_checks(store) -> None:
    from bot.people import TABLE

    with store.transaction() as tx:
        for key, doc in tx.all(TABLE).items():
            tx.put(TABLE, key, {**doc, "at": "2000-01-01T00:00:00+00:00"})
