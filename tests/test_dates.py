"""Task windows from go-live dates, and dates written the Danish way."""

from datetime import date

import pytest

from knowledge.dates import format_date, golive_for, golive_key, task_window
from knowledge.models import Task


def _task(**kw) -> Task:
    return Task(id="433", title="t", project="KY", waves=["KY - Bølge 3"],
                end_offset_days=-144, start_offset_days=-38, **kw)


def test_window_433_from_golive_1_march_2027():
    window = task_window(_task(), date(2027, 3, 1))
    assert window.end == date(2026, 10, 8)
    assert window.start == date(2026, 8, 31)


def test_no_window_without_golive_or_offset():
    assert task_window(_task(), None) is None
    assert task_window(Task(id="x", title="t"), date(2027, 3, 1)) is None


def test_wave_date_wins_over_project_date():
    golive = {"KY": date(2027, 6, 1), "ky  -  bølge 3": date(2027, 3, 1)}
    assert golive_for(_task(), golive) == date(2027, 3, 1)
    assert golive_for(_task(), {"ky": date(2027, 6, 1)}) == date(2027, 6, 1)
    assert golive_for(_task(), {"KP": date(2027, 6, 1)}) is None


@pytest.mark.parametrize(("day", "lang", "text"), [
    (date(2026, 10, 8), "da", "8. oktober 2026"),
    (date(2026, 8, 31), "da", "31. august 2026"),
    (date(2027, 3, 1), "en", "1 March 2027"),
])
def test_format_date(day, lang, text):
    assert format_date(day, lang=lang) == text


def test_golive_key_ignores_case_dashes_and_spacing():
    assert golive_key("KY – Bølge 3") == golive_key("ky - bølge  3")
