"""`/klik snooze TASK 3d`: periods in working days, stored per workspace, audit-logged."""

from datetime import date

import pytest

from bot.snooze import parse_period, snooze, snoozes
from bot.store import Store
from knowledge.errors import KlikError


@pytest.mark.parametrize(("text", "days"), [("3d", 3), ("3", 3), ("3 dage", 3), ("1 dag", 1), ("1u", 5),
                                            ("1w", 5), ("2 uger", 10), ("3 days", 3), (None, 3), ("", 3),
                                            ("0", 0), ("5 arbejdsdage", 5), ("2 working days", 2),
                                            ("2 hverdage", 2), ("1 week", 5), ("1 uge.", 5)])
def test_parse_period_in_working_days(text, days):
    assert parse_period(text) == days


@pytest.mark.parametrize(("text", "says"), [("tre dage", "forstår ikke «tre dage»"), ("3x", "Skriv fx `3d`"),
                                            ("3 måneder", "forstår ikke «3 måneder»"),
                                            ("13u", "højst 60 arbejdsdage"),
                                            ("9999", r"60 arbejdsdage \(12 uger\) ad gangen, ikke «9999»")])
def test_parse_period_explains_bad_input(text, says):
    with pytest.raises(KlikError, match=says):
        parse_period(text)


def test_3d_pauses_the_next_three_working_days_and_can_be_lifted(tmp_path):
    """Friday evening + 3d: nothing Monday to Wednesday, reminders again from Thursday."""
    store = Store(tmp_path / "klik.json")
    friday = date(2026, 11, 20)
    paused = snooze(store, team="T1", task_id="433", period="3d", today=friday, user="U1",
                    command="/klik snooze 433 3d")
    assert (paused.first_paused, paused.last_paused, paused.resume_on) == (
        date(2026, 11, 23), date(2026, 11, 25), date(2026, 11, 26))
    assert snoozes(store, "T1") == {"433": date(2026, 11, 26)} and snoozes(store, "T2") == {}
    assert snooze(store, team="T1", task_id="433", period="0", today=friday, user="U1", command="x") is None
    assert snoozes(store, "T1") == {}
    assert [(e["action"], e["details"]["working_days"]) for e in store.history(team="T1")] == [
        ("snooze", 3), ("snooze", 0)]


def test_christmas_is_not_counted(tmp_path):
    store = Store(tmp_path / "klik.json")
    paused = snooze(store, team="T1", task_id="433", period="2", today=date(2026, 12, 23), user="U1",
                    command="x")
    assert (paused.first_paused, paused.last_paused, paused.resume_on) == (
        date(2026, 12, 28), date(2026, 12, 29), date(2026, 12, 30))
