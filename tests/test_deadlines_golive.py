"""Go-live dates: names matched to the knowledge base's waves/projects, dates read the Danish way."""

from datetime import date
from types import SimpleNamespace

import pytest

from bot.golive import (
    clear_golive,
    describe_row,
    golive_dates,
    golive_overview,
    parse_day,
    read_golive_words,
    row_summary,
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


def _overview(store):
    return {r.name: (r.day, r.uses, describe_row(r)) for r in golive_overview(KB, store, "T1")}


def test_overview_lists_set_dates_first_then_the_names_one_can_set(store):
    assert [r.name for r in golive_overview(KB, store, "T1")] == ["KY - Bølge 3", "KP Videreudvikling", "KY"]
    _set(store, "KY - Bølge 3", "2027-03-01")
    rows = golive_overview(KB, store, "T1")
    assert [(r.name, r.day) for r in rows] == [
        ("KY - Bølge 3", date(2027, 3, 1)), ("KP Videreudvikling", None), ("KY", None)]
    assert _overview(store)["KY - Bølge 3"] == (date(2027, 3, 1), ["433"], "bølge i KY; gælder 1 opgave")
    assert _overview(store)["KY"] == (None, [], "projekt, 1 opgave; 1 har dato fra deres bølge")
    assert _overview(store)["KP Videreudvikling"] == (None, [], "projekt, 1 opgave")


def test_a_wave_date_wins_over_its_projects_date_and_the_overview_says_so(store):
    _set(store, "KY", "2026-01-01")
    assert _overview(store)["KY"] == (
        date(2026, 1, 1), ["433"], "projekt; gælder opgaver uden egen bølge-dato: 1 af 1 opgave")
    assert _overview(store)["KY - Bølge 3"][2] == (
        "bølge i KY, 1 opgave; 1 har dato fra en anden bølge eller projektet")
    _set(store, "KY - Bølge 3", "2027-03-01")
    assert _overview(store)["KY"] == (
        date(2026, 1, 1), [], "projekt; gælder opgaver uden egen bølge-dato: ingen af 1 opgave")
    assert _overview(store)["KY - Bølge 3"][:2] == (date(2027, 3, 1), ["433"])


def test_a_name_set_earlier_that_the_knowledge_base_lost_is_still_listed(store):
    with store.transaction() as tx:
        tx.put("golive", "T1:gammel bølge", {"team": "T1", "name": "Gammel bølge", "date": "2027-01-01"})
    row = next(r for r in golive_overview(KB, store, "T1") if r.name == "Gammel bølge")
    assert (row.kind, row.day, describe_row(row)) == (
        "ukendt", date(2027, 1, 1), "ingen opgave i vidensbasen hører til den længere")


def test_one_row_on_its_own_names_its_tasks(store):
    _set(store, "KY - Bølge 3", "2027-03-01")
    [row] = [r for r in golive_overview(KB, store, "T1") if r.name == "KY - Bølge 3"]
    assert row_summary(row) == "1. marts 2027 (bølge i KY; gælder 1 opgave). Opgaver: 433."


KNOWN = ["KY - Bølge 3", "KP Videreudvikling", "KY"]


@pytest.mark.parametrize(("words", "read"), [
    (["KY - Bølge 3"], ("KY - Bølge 3", None)),
    (["ky", "-", "bolge", "3"], ("KY - Bølge 3", None)),
    (["KY"], ("KY", None)),
    (["KY - Bølge 3", "2027-03-01"], ("KY - Bølge 3", "2027-03-01")),
    (["KY", "1.", "marts", "2027"], ("KY", "1. marts 2027")),
])
def test_read_golive_words_shows_a_bare_name_and_sets_a_name_with_a_date(words, read):
    assert read_golive_words(words, KNOWN) == read


@pytest.mark.parametrize(("words", "says"), [
    (["KY - Bølge 33"], "Mente du «KY - Bølge 3»"),
    (["zzz"], "Kendte: «KY - Bølge 3»"),
    (["KY", "31.2.2027"], "februar 2027 har 28 dage"),
    (["2027-03-01"], "Skriv hvilken bølge eller hvilket projekt datoen gælder"),
])
def test_read_golive_words_says_what_is_wrong(words, says):
    with pytest.raises(KlikError, match=says):
        read_golive_words(words, KNOWN)


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
