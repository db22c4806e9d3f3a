"""Danish working days and real task dates: holidays skipped, 433's window, what is due."""

from datetime import date
from types import SimpleNamespace

import pytest

from bot.deadlines import (
    DueState,
    add_working_days,
    deadline_text,
    due,
    is_working_day,
    parse_due_days,
    task_dates,
    working_days_between,
)
from bot.golive import set_golive
from bot.store import Store
from knowledge.errors import KlikError
from knowledge.models import Task

T433 = Task(id="433", title="SA 06 (Finans) Klargør bogføringssystem", project="KY",
            waves=["KY - Bølge 3"], end_offset_days=-144, start_offset_days=-38)
LATER = Task(id="500", title="Senere opgave", project="KY", waves=["KY - Bølge 3"], end_offset_days=-20,
             start_offset_days=-10)
NO_OFFSET = Task(id="eFaktura 8b", title="Serviceaftaler", project="KP Videreudvikling")
KB = SimpleNamespace(tasks=[LATER, T433, NO_OFFSET])


@pytest.mark.parametrize(("day", "why"), [
    (date(2026, 12, 24), "juleaften"), (date(2026, 12, 25), "juledag"), (date(2026, 12, 28), None),
    (date(2026, 12, 31), "nytårsaften"), (date(2027, 1, 1), "nytårsdag"),
    (date(2027, 3, 25), "skærtorsdag"), (date(2027, 3, 26), "langfredag"),
    (date(2027, 3, 29), "2. påskedag"), (date(2027, 5, 6), "Kristi himmelfart"),
    (date(2027, 5, 17), "2. pinsedag"), (date(2026, 6, 5), "grundlovsdag"),
    (date(2026, 9, 12), "lørdag"), (date(2026, 9, 13), "søndag"), (date(2026, 9, 14), None),
])
def test_working_days_skip_weekends_and_danish_holidays(day, why):
    assert is_working_day(day) is (why is None)


def test_add_working_days_over_christmas_and_easter():
    assert add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)
    assert add_working_days(date(2026, 12, 28), -1) == date(2026, 12, 23)
    assert add_working_days(date(2027, 3, 24), 1) == date(2027, 3, 30)  # skærtorsdag .. 2. påskedag
    assert add_working_days(date(2026, 9, 11), 2) == date(2026, 9, 15)  # Friday + 2 = Tuesday
    assert add_working_days(date(2026, 9, 12), 0) == date(2026, 9, 12)


def test_working_days_between_counts_after_start_up_to_end():
    assert working_days_between(date(2026, 9, 11), date(2026, 9, 14)) == 1
    assert working_days_between(date(2026, 9, 14), date(2026, 9, 14)) == 0
    assert working_days_between(date(2026, 10, 1), date(2026, 10, 8)) == 5
    assert working_days_between(date(2026, 10, 8), date(2026, 10, 1)) == -5
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 4  # 28, 29, 30 Dec, 4 Jan
    for start in (date(2026, 9, 1), date(2027, 3, 20)):
        for n in range(0, 15):
            assert working_days_between(start, add_working_days(start, n)) == n


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "klik.json")
    set_golive(s, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="test", kb=KB)
    return s


def test_433_dates_from_golive_1_march_2027(store):
    windows = task_dates(KB, store, "T1")
    assert (windows["433"].start, windows["433"].end) == (date(2026, 8, 31), date(2026, 10, 8))
    assert "eFaktura 8b" not in windows
    assert task_dates(KB, store, "other team") == {}


def test_deadline_text_in_danish_and_english(store):
    window = task_dates(KB, store, "T1")["433"]
    assert deadline_text(window, date(2026, 10, 1)) == "8. oktober 2026 (om 5 arbejdsdage)"
    assert deadline_text(window, date(2026, 10, 7)) == "8. oktober 2026 (om 1 arbejdsdag)"
    assert deadline_text(window, date(2026, 10, 8)) == "8. oktober 2026 (i dag)"
    assert deadline_text(window, date(2026, 10, 11)) == "8. oktober 2026 (overskredet med 3 dage)"
    assert deadline_text(window, date(2026, 10, 9), lang="en") == "8 October 2026 (overdue by 1 day)"


def test_due_lists_open_soon_and_overdue_tasks_most_urgent_first(store):
    assert due(KB, store, "T1", date(2026, 8, 1)) == []
    soon = due(KB, store, "T1", date(2026, 8, 1), within_days=70)
    assert [(d.task, d.state, d.days_left) for d in soon] == [("433", DueState.SOON, 68)]
    assert [(d.task, d.state) for d in due(KB, store, "T1", date(2026, 9, 15))] == [("433", DueState.OPEN)]
    late = due(KB, store, "T1", date(2027, 2, 5))
    assert [(d.task, d.state) for d in late] == [("433", DueState.OVERDUE), ("500", DueState.OPEN)]
    assert late[0].end == date(2026, 10, 8) and late[0].days_left == -120


def test_due_leaves_out_completed_tasks(store):
    with store.transaction() as tx:
        tx.put("progress", "T1:433", {"team": "T1", "task": "433", "status": "fuldført"})
    assert due(KB, store, "T1", date(2026, 9, 15)) == []


@pytest.mark.parametrize(("text", "days"), [(None, 14), ("", 14), ("30", 30), ("30d", 30), ("30 dage", 30),
                                            ("1 dag", 1), ("0", 0), ("365", 365)])
def test_parse_due_days(text, days):
    assert parse_due_days(text) == days


@pytest.mark.parametrize(("text", "says"), [("99999999999", "Højst 365 dage frem"), ("366", "Højst 365 dage"),
                                            ("mange", "Skriv antal dage som et tal"),
                                            ("-5", "Skriv antal dage som et tal")])
def test_parse_due_days_says_what_is_wrong(text, says):
    with pytest.raises(KlikError, match=says):
        parse_due_days(text)


def test_due_states_are_identifiers_shown_in_danish_or_english():
    assert [s.value for s in DueState] == ["overdue", "open", "soon"]
    assert [s.label() for s in DueState] == ["overskredet", "vindue åbent", "snart"]
    assert [s.label("en") for s in DueState] == ["overdue", "window open", "soon"]
