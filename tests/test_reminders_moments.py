"""Deadline moments are English identifiers (Moment), worded per language from the message tables
(knowledge/qa/messages, keys `reminder_*`, filled by knowledge/qa/messages/reminders.py);
sent records written before that hold the Danish words and are read as the same moments, so an
upgrade sends no reminder twice (the "without nagging" rule)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

import pytest

from bot.golive import set_golive
from bot.remind_run import SENT_TABLE, Claim, run_pass
from bot.reminders import (
    Moment,
    ReminderSettings,
    ReminderState,
    SentRecord,
    TeamState,
    plan,
    reminder_key,
)
from bot.store import Store
from knowledge.base import KnowledgeBase, load_seeds
from knowledge.models import Task
from knowledge.qa.messages import da, en
from knowledge.qa.messages.reminders import kind_label, moment_label, reason

PLAIN = Task(id="500", title="Uden underskrift", project="KY", waves=["KY - Bølge 3"],
             end_offset_days=-144, start_offset_days=-38)  # ends 8 October 2026
KB = SimpleNamespace(tasks=[PLAIN])
GOLIVE = {"KY - Bølge 3": date(2027, 3, 1)}
SETTINGS = ReminderSettings(channel="C0REMIND")
OLD = {Moment.OVERDUE: "overskredet", Moment.DUE_TODAY: "frist", Moment.SOON: "snart"}


def _schedule(days, *, written_as=lambda subject: subject):
    """Plan at 09:00 each day and keep what went out as the sent records a version writing
    `written_as(subject)` would have stored; {day: subjects planned}."""
    team, seen = TeamState(team="T1", golive=GOLIVE), {}
    for day in days:
        for r in plan(now=datetime.combine(day, time(9)), state=ReminderState(teams=[team]), kb=KB,
                      settings=SETTINGS):
            seen.setdefault(day, []).append(r.subject)
            team.sent.append(SentRecord.model_validate(
                {"team": "T1", "task": r.task, "kind": r.kind, "subject": written_as(r.subject),
                 "channel": r.channel, "day": day.isoformat()}))
    return seen


@pytest.mark.parametrize(("danish", "moment"), [("overskredet", Moment.OVERDUE),
                                                ("frist", Moment.DUE_TODAY), ("snart", Moment.SOON)])
def test_a_record_from_an_older_version_reads_as_the_moment(danish, moment):
    record = SentRecord.model_validate({"team": "T1", "task": "500", "kind": "deadline", "subject": danish,
                                        "day": "2026-10-01"})
    assert record.subject == moment.value and Moment.read(danish) is moment
    assert Moment.read(moment.value) is moment


def test_signature_subjects_are_left_alone_and_unknown_moments_are_refused():
    record = SentRecord(team="T1", task="433", kind="signature", subject="1", day=date(2026, 10, 1))
    assert record.subject == "1"
    with pytest.raises(ValueError):
        Moment.read("someday")


def test_the_schedule_is_the_same_whether_the_records_were_written_in_danish_or_not():
    october = [date(2026, 10, 1) + timedelta(days=n) for n in range(31)]
    new = _schedule(october)
    assert new == {date(2026, 10, 1): ["soon"], date(2026, 10, 8): ["due_today"],
                   date(2026, 10, 9): ["overdue"], date(2026, 10, 16): ["overdue"],
                   date(2026, 10, 23): ["overdue"], date(2026, 10, 30): ["overdue"]}
    assert _schedule(october, written_as=lambda s: OLD[Moment(s)]) == new


def test_an_upgrade_the_same_day_sends_nothing_twice(tmp_path):
    """The old version sent a reminder under its Danish key; the new one, run from the same store,
    plans nothing until the next moment is due (its keys differ: only the read mapping stops it)."""
    store = Store(tmp_path / "klik.json")
    set_golive(store, team="T1", name="KY - Bølge 3", day="2027-03-01", user="U1", command="t",
               kb=KnowledgeBase.from_tasks(load_seeds()))

    def planned(day):
        return [(r.subject, r.channel) for r in run_pass(now=datetime.combine(day, time(9)), store=store,
                                                          kb=KB, client=None, dry_run=True,
                                                          settings=SETTINGS).planned]

    quiet_after = {Moment.SOON: range(2, 8), Moment.DUE_TODAY: [], Moment.OVERDUE: range(10, 16)}
    for day, moment in [(date(2026, 10, 1), Moment.SOON), (date(2026, 10, 8), Moment.DUE_TODAY),
                        (date(2026, 10, 9), Moment.OVERDUE)]:
        assert planned(day) == [(moment.value, "C0REMIND")]
        old = OLD[moment]
        with store.transaction() as tx:  # what the older version stored when it sent it
            tx.put(SENT_TABLE, reminder_key("T1", "500", "deadline", old, "C0REMIND", day),
                   {"team": "T1", "task": "500", "kind": "deadline", "subject": old, "channel": "C0REMIND",
                    "day": day.isoformat(), "state": Claim.SENT.value})
        assert planned(day) == []
        assert [planned(date(2026, 10, d)) for d in quiet_after[moment]] == [[] for _ in quiet_after[moment]]
    assert planned(date(2026, 10, 16)) == [("overdue", "C0REMIND")]  # a week on: overdue again


def test_people_see_the_same_danish_words():
    assert [moment_label(m) for m in Moment] == ["OVERSKREDET", "Frist i dag", "Frist snart"]
    assert [kind_label(k) for k in ("signature", "deadline", "digest")] == ["underskrift", "frist",
                                                                            "samlet oversigt"]
    assert reason("deadline_soon", {"end": date(2026, 10, 8), "left": 1}) == (
        "der er 1 arbejdsdag til fristen 8. oktober 2026, og opgaven er ikke fuldført")
    reminder_keys = {k for k in da.TEXTS if k.startswith("reminder_")}
    assert reminder_keys == {k for k in en.TEXTS if k.startswith("reminder_")}
    assert [moment_label(m, "en") for m in Moment] == ["OVERDUE", "Due today", "Due soon"]


def test_the_planner_returns_data_and_the_renderers_word_it_in_either_language():
    """Domain code returns data, never mrkdwn: the words come from the one table per language."""
    from bot.reminders import Reminder, as_message
    from handlers.reminders import reminder_blocks, reminder_text

    assert not {"text", "reason", "headline"} & set(Reminder.model_fields)
    [r] = plan(now=datetime(2026, 10, 1, 9), state=ReminderState(teams=[TeamState(team="T1", golive=GOLIVE)]),
               kb=KB, settings=SETTINGS)
    assert (r.moment, r.why, r.facts) == (Moment.SOON, "deadline_soon", {"end": date(2026, 10, 8), "left": 5})
    assert (r.title, r.day, r.due) == ("Uden underskrift", date(2026, 10, 1), date(2026, 10, 8))
    danish, english = reminder_text(r), reminder_text(r, "en")
    assert danish.startswith("*Frist snart: opgave 500 Uden underskrift*")
    assert "Hvorfor nu: der er 5 arbejdsdage til fristen 8. oktober 2026" in danish
    assert english.startswith("*Due soon: task 500 Uden underskrift*")
    assert "Why now: 5 working days left until the deadline 8 October 2026" in english
    assert "Deadline: 8 October 2026 (in 5 working days)" in english
    assert "Snooze 3 working days" in str(reminder_blocks(r, "en")) and "Udsæt 3" in str(reminder_blocks(r))
    other = r.model_copy(update={"task": "501", "key": "k2"})
    digest = as_message([r, other], channel="C0REMIND", recipient=None)
    assert (digest.why, digest.facts) == ("digest", {"count": 2})
    assert reminder_text(digest, "en").startswith("*KLIK reminders today: 2* (most urgent first)")
    assert reason(digest.why, digest.facts) == "2 påmindelser samlet i én besked"
