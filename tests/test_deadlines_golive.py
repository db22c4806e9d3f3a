"""Go-live dates: names matched to the knowledge base's waves/projects, dates read the Danish way."""

from datetime import date
from types import SimpleNamespace

import pytest

from bot.golive import (
    clear_golive,
    golive_dates,
    golive_overview,
    parse_day,
    set_golive,
    split_name_and_day,
)
from bot.store import Store
from knowledge.errors import KlikError
from knowledge.models import Task

KB = SimpleNamespace(tasks=[
    Task(id="433", title="SA 06", project="KY", waves=["KY - Bølge 3"], end_offset_days=-144,
         start_offset_days=-38),
    Task(id="eFaktura 8b", title="Serviceaftaler", project="KP Videreudvikling"),
])


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "klik.json")


def _set(store, name, day, team="T1"):
    return set_golive(store, team=team, name=name, day=day, user="U1", command="test", kb=KB)


@pytest.mark.parametrize("text", ["2027-03-01", "1-3-2027", "1.3.2027", "01.03.2027", "1/3/27",
                                  "1. marts 2027", "1 marts 2027", "1. mar. 2027", "1 March 2027",
                                  " 1.  marts   2027 "])
def test_parse_day_accepts_danish_and_iso(text):
    assert parse_day(text) == date(2027, 3, 1)


@pytest.mark.parametrize(("text", "says"), [
    ("31-2-2027", "februar 2027 har 28 dage"),
    ("2027-13-01", "ingen måned 13"),
    ("i morgen", "Skriv fx 2027-03-01"),
    ("1. smarts 2027", "Skriv fx"),
    ("1.3.1927", "året 1927"),
])
def test_parse_day_rejects_with_danish_help(text, says):
    with pytest.raises(KlikError, match=says):
        parse_day(text)


@pytest.mark.parametrize("typed", ["KY - Bølge 3", "ky - bølge 3", "KY - Bolge 3", "ky bølge 3",
                                   "KY-Bølge 3"])
def test_set_golive_matches_the_wave_however_it_is_typed(store, typed):
    change = _set(store, typed, "1. marts 2027")
    assert change.name == "KY - Bølge 3"
    assert golive_dates(store, "T1") == {"KY - Bølge 3": date(2027, 3, 1)}
    assert "T1" in store.all("teams")


def test_set_golive_is_audit_logged_and_remembers_previous(store):
    _set(store, "KY", "2027-06-01")
    change = _set(store, "ky", "2027-07-01")
    assert change.previous == date(2027, 6, 1)
    entries = store.history(team="T1")
    assert [e["action"] for e in entries] == ["golive", "golive"]
    assert entries[-1]["details"] == {"name": "KY", "date": "2027-07-01", "previous": "2027-06-01"}
    assert entries[-1]["user"] == "U1" and entries[-1]["command"] == "test"


def test_unknown_wave_suggests_the_close_one_and_stores_nothing(store):
    with pytest.raises(KlikError, match="Mente du «KY - Bølge 3»"):
        _set(store, "KY - Bølge 33", "2027-03-01")
    with pytest.raises(KlikError, match="Kendte: «KY - Bølge 3», «KP Videreudvikling», «KY»"):
        _set(store, "zzz", "2027-03-01")
    assert golive_dates(store, "T1") == {}
    assert store.history() == []


def test_bad_date_stores_nothing(store):
    with pytest.raises(KlikError):
        _set(store, "KY", "30.2.2027")
    assert golive_dates(store, "T1") == {} and store.history() == []


def test_dates_are_per_workspace_and_clearable(store):
    _set(store, "KY", "2027-06-01", team="T1")
    _set(store, "KY", "2027-09-01", team="T2")
    assert golive_dates(store, "T2") == {"KY": date(2027, 9, 1)}
    change = clear_golive(store, team="T1", name="ky", user="U1", command="test", kb=KB)
    assert change.previous == date(2027, 6, 1)
    assert golive_dates(store, "T1") == {}
    assert golive_dates(store, "T2") == {"KY": date(2027, 9, 1)}
    with pytest.raises(KlikError, match="ingen go-live-dato"):
        clear_golive(store, team="T1", name="KY", user="U1", command="test", kb=KB)


def test_overview_lists_known_names_with_dates_and_task_counts(store):
    _set(store, "KY - Bølge 3", "2027-03-01")
    rows = {r.name: (r.day, r.tasks) for r in golive_overview(KB, store, "T1")}
    assert rows == {"KY - Bølge 3": (date(2027, 3, 1), 1), "KY": (None, 1), "KP Videreudvikling": (None, 1)}


@pytest.mark.parametrize(("words", "name", "day"), [
    (["KY - Bølge 3", "2027-03-01"], "KY - Bølge 3", "2027-03-01"),
    (["KY", "-", "Bølge", "3", "1.", "marts", "2027"], "KY - Bølge 3", "1. marts 2027"),
    (["KY", "1", "March", "2027"], "KY", "1 March 2027"),
    (["KY", "3", "1.3.2027"], "KY 3", "1.3.2027"),
])
def test_split_name_and_day_without_quotes(words, name, day):
    assert split_name_and_day(words) == (name, day)


@pytest.mark.parametrize(("words", "says"), [(["KY"], "både bølge og dato"),
                                             (["KY", "snart"], "finde en dato sidst")])
def test_split_name_and_day_explains(words, says):
    with pytest.raises(KlikError, match=says):
        split_name_and_day(words)
