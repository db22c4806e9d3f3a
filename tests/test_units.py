"""The one table of time units (knowledge/units.py) and the readers that derive their patterns from it."""

import re

from knowledge.deadline_lengths import _ONE
from knowledge.deadline_lengths import _UNITS as DEADLINE_UNITS
from knowledge.models import DeadlineUnit
from knowledge.qa.claimed_values import stated
from knowledge.qa.intents.list_filters import length_before
from knowledge.units import DEFINITE, UNITS, length_pattern, unit_of, unit_words


def test_every_word_of_a_unit_reads_back_as_that_unit():
    for unit in UNITS:
        for word in unit_words(unit.name, forms=(0, 1, 2, 3)):
            assert unit_of(word) is unit, word
    assert unit_of("Working  Days").name == "working_day"
    assert unit_of("bruger") is None


def test_a_length_before_go_live_in_any_unit_counts_calendar_days():
    # it read only days and weeks: '2 måneder' and '10 arbejdsdage' before go-live were no length
    assert length_before("senest 2 maaneder foer go-live")[0] == 60
    assert length_before("senest 10 arbejdsdage foer go-live")[0] == 14
    assert length_before("otte uger before go-live")[0] == 56
    assert length_before("3 months prior to go-live")[0] == 90
    assert length_before("senest 60 dage foer go-live")[0] == 60
    assert length_before("senest 2 brugere foer go-live") is None


def test_a_duration_of_one_month_is_read():
    # 'måneder?' read no 'en måned'
    assert stated("Testen varer en måned")["duration"] == {30.0}
    assert stated("Testen varer fem arbejdsdage")["duration"] == {7.0}


def test_the_text_deadline_reader_takes_the_table_s_danish_words_and_their_genitive():
    words = {u.deadline or u.name: set(p.split("|")) for u, p in DEADLINE_UNITS}
    assert {"arbejdsdage", "hverdage", "bankdag"} <= words[DeadlineUnit.WORKING_DAYS]
    # hours and years are read too, said in the deadline unit they are whole in ('48 timer': 2 dage)
    assert {"timer", "timers"} <= words["hour"] and {"år", "års"} <= words["year"]
    assert {"ugers", "måneders", "måneds"} <= words[DeadlineUnit.WEEKS] | words[DeadlineUnit.MONTHS]
    assert set(_ONE) == set(unit_words("working_day day week month", forms=(DEFINITE,), english=False))


def test_a_length_is_a_kind_of_day_or_a_unit_not_a_word_ending_in_one():
    unit = re.compile(r"\b(?:" + length_pattern() + r")\b", re.I)
    assert all(unit.fullmatch(w) for w in ("skoledage", "uger", "måned", "år", "working days", "minutter"))
    assert not any(unit.fullmatch(w) for w in ("bruger", "brugere", "weekend"))
