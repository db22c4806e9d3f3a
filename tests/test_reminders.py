"""The reminder planner as a pure function: when, to whom, what it says, and when it stays quiet."""

from datetime import UTC, date, datetime, time
from types import SimpleNamespace

import pytest

from bot.progress import Progress, StepMark
from bot.reminders import ReminderSettings, ReminderState, SentRecord, TeamState, plan
from handlers.reminders import reminder_blocks, reminder_text
from knowledge.errors import KlikError
from knowledge.models import MethodStep, Signature, Task
from knowledge.qa.messages.reminders import reason

T433 = Task(id="433", title="SA 06 (Finans) Klargør bogføringssystem", project="KY", waves=["KY - Bølge 3"],
            end_offset_days=-144, start_offset_days=-38,
            method_steps=[MethodStep(number=n, text=f"trin {n}") for n in range(1, 8)],
            signatures=[Signature(document="bestillingsformular",
                                  signer="systemansvarlig for bogføringssystemet",
                                  recipient="forvaltningsansvarlig", steps=[4, 5],
                                  received_step=4, signed_step=5)])
PLAIN = Task(id="500", title="Uden underskrift <!channel>", project="KY", waves=["KY - Bølge 3"],
             end_offset_days=-144, start_offset_days=-38)
KB = SimpleNamespace(tasks=[T433])
GOLIVE = {"KY - Bølge 3": date(2027, 3, 1)}
SETTINGS = ReminderSettings()


def _sent(*, channel, day) -> SentRecord:
    return SentRecord(team="T1", task="433", kind="signature", subject="1", channel=channel, day=day)


def _team(**kw) -> TeamState:
    return TeamState(team="T1", golive=GOLIVE, **kw)


def _plan(now, team=None, kb=KB, settings=SETTINGS):
    return plan(now=now, state=ReminderState(teams=[team or _team()]), kb=kb, settings=settings)


def _progress(status="påbegyndt", steps=(), **assignees) -> dict[str, Progress]:
    at = datetime(2026, 9, 1, 8, tzinfo=UTC)
    return {"433": Progress(team="T1", task="433", status=status, assignees=assignees,
                            steps={n: StepMark(done_by="U9", done_at=at) for n in steps})}


def test_done_means_433_is_reminded_on_15_september_with_nothing_set_up():
    [r] = _plan(datetime(2026, 9, 15, 9, 0))
    assert (r.task, r.kind, r.recipient, r.channel) == ("433", "signature", None, None)
    assert r.due == date(2026, 10, 8)
    assert "bestillingsformular mangler underskrift" in reminder_text(r)
    assert "Underskrives af: systemansvarlig for bogføringssystemet" in reminder_text(r)
    assert "Sendes til: forvaltningsansvarlig" in reminder_text(r)
    assert "Frist: 8. oktober 2026 (om 17 arbejdsdage)" in reminder_text(r)
    assert "vindue åbnede 31. august 2026" in reason(r.why, r.facts)
    assert r.key == "T1|433|signature|1|-|2026-09-15"


@pytest.mark.parametrize("now", [datetime(2026, 8, 1, 9), datetime(2026, 8, 28, 9),  # before the window
                                 datetime(2026, 9, 15, 8, 59),  # before the hour
                                 datetime(2026, 9, 12, 9), datetime(2026, 12, 24, 9)])  # weekend, juleaften
def test_nothing_outside_the_window_before_the_hour_or_on_days_off(now):
    assert _plan(now) == []


def test_time_zone_aware_now_is_read_in_danish_time():
    assert _plan(datetime(2026, 9, 15, 6, 59, tzinfo=UTC)) == []  # 08:59 in Copenhagen (summer time)
    assert len(_plan(datetime(2026, 9, 15, 7, 0, tzinfo=UTC))) == 1


def test_one_reminder_per_destination_dm_for_assignees_and_the_channel():
    team = _team(progress=_progress(ansvarlig="U1", udfører="U2"))
    reminders = _plan(datetime(2026, 9, 15, 9), team, settings=ReminderSettings(channel="C9"))
    assert [(r.recipient, r.channel) for r in reminders] == [("U1", "C9"), ("U1", "U1"), ("U2", "U2")]
    assert "Ansvarlig: <@U1> · Udfører: <@U2>" in reminder_text(reminders[0])
    same_person = _team(progress=_progress(ansvarlig="U1", udfører="U1"))
    assert [r.channel for r in _plan(datetime(2026, 9, 15, 9), same_person)] == ["U1"]


def test_blocks_offer_signed_and_snooze_buttons():
    [r] = _plan(datetime(2026, 9, 15, 9))
    buttons = [e for b in reminder_blocks(r) if b["type"] == "actions" for e in b["elements"]]
    assert [(b["text"]["text"], b["action_id"], b["value"]) for b in buttons] == [
        ("Underskrevet", "klik_reminder_signed", "433 1"),
        ("Udsæt 3 arbejdsdage", "klik_reminder_snooze", "433 3d")]


def test_cadence_counts_from_the_last_reminder_actually_sent():
    sent = [_sent(channel="U1", day=date(2026, 9, 14))]
    team = _team(progress=_progress(ansvarlig="U1"), sent=sent)
    assert _plan(datetime(2026, 9, 15, 9), team) == []  # 1 working day since
    assert len(_plan(datetime(2026, 9, 16, 9), team)) == 1  # 2 working days since
    every3 = ReminderSettings(every_days=3)
    assert _plan(datetime(2026, 9, 16, 9), team, settings=every3) == []


def test_already_sent_today_to_a_place_is_not_planned_again_but_other_places_are():
    sent = [_sent(channel="U1", day=date(2026, 9, 15))]
    team = _team(progress=_progress(ansvarlig="U1", udfører="U2"), sent=sent)
    assert [r.channel for r in _plan(datetime(2026, 9, 15, 10), team)] == ["U2"]


def test_last_five_working_days_daily_then_overdue():
    sent = [_sent(channel="-", day=date(2026, 9, 30))]
    team = _team(sent=sent)
    [r] = _plan(datetime(2026, 10, 1, 9), team)
    assert "der er 5 arbejdsdage til fristen" in reason(r.why, r.facts) and not r.overdue
    [late] = _plan(datetime(2026, 10, 9, 9), team)
    assert late.overdue
    assert reminder_text(late).startswith("*OVERSKREDET: bestillingsformular mangler underskrift*")
    assert "Frist: 8. oktober 2026 (overskredet med 1 dag)" in reminder_text(late)


def test_received_document_starts_reminders_before_the_window_opens():
    received = {"433": {1: {"received_at": "2026-08-20T10:00:00+00:00", "received_by": "U1"}}}
    [r] = _plan(datetime(2026, 8, 20, 13), _team(marks=received))
    assert "Status: modtaget, ikke underskrevet" in reminder_text(r)
    assert "modtaget 20. august 2026" in reason(r.why, r.facts)
    assert _plan(datetime(2026, 8, 20, 13)) == []


@pytest.mark.parametrize("team", [
    _team(progress=_progress(steps=(4, 5))),
    _team(marks={"433": {1: {"signed_at": "2026-09-10T10:00:00+00:00", "signed_by": "U1"}}}),
    _team(progress=_progress(status="fuldført")),
    _team(snoozes={"433": date(2026, 9, 18)}),
], ids=["step 5 done", "marked signed", "fuldført", "snoozed"])
def test_signed_completed_or_snoozed_tasks_get_no_signature_reminder(team):
    assert [r for r in _plan(datetime(2026, 9, 15, 9), team) if r.kind == "signature"] == []


def test_snooze_ends_on_its_resume_day():
    team = _team(snoozes={"433": date(2026, 9, 18)})
    assert _plan(datetime(2026, 9, 17, 9), team) == []
    assert len(_plan(datetime(2026, 9, 18, 9), team)) == 1


def _feedback(kb, team, days):
    """Plan at 09:00 each day and record what was planned as sent, as run_pass would."""
    seen = {}
    for day in days:
        for r in _plan(datetime.combine(day, time(9)), team, kb=kb):
            seen.setdefault(day, []).append(r.subject)
            team.sent.append(SentRecord(team="T1", task=r.task, kind=r.kind, subject=r.subject,
                                        channel=r.channel, day=day))
    return seen


def test_deadline_reminders_for_open_tasks_without_open_signatures_at_three_moments():
    october = [date(2026, 10, d) for d in range(1, 32)]
    seen = _feedback(SimpleNamespace(tasks=[PLAIN]), _team(), october)
    # 1 October is 5 working days before the 8th; then once a week (5 working days) while overdue
    assert seen == {date(2026, 10, 1): ["soon"], date(2026, 10, 8): ["due_today"],
                    date(2026, 10, 9): ["overdue"], date(2026, 10, 16): ["overdue"],
                    date(2026, 10, 23): ["overdue"], date(2026, 10, 30): ["overdue"]}


def test_a_task_with_an_open_signature_gets_no_deadline_reminder_the_same_day():
    seen = _feedback(SimpleNamespace(tasks=[T433]), _team(), [date(2026, 10, d) for d in range(1, 32)])
    assert {s for subjects in seen.values() for s in subjects} == {"1"}


def test_deadline_text_is_escaped_and_names_the_task():
    kb = SimpleNamespace(tasks=[PLAIN])
    [r] = _plan(datetime(2026, 10, 8, 9), kb=kb)
    assert r.kind == "deadline"
    assert reminder_text(r).startswith("*Frist i dag: opgave 500 Uden underskrift &lt;!channel&gt;*")
    assert "<!channel>" not in str(reminder_blocks(r))


@pytest.mark.parametrize(("env", "expected"), [
    ({}, (2, time(9, 0), None)),
    ({"KLIK_REMINDER_EVERY_DAYS": "3", "KLIK_REMINDER_HOUR": "8:30", "KLIK_REMINDER_CHANNEL": "C1"},
     (3, time(8, 30), "C1")),
    ({"KLIK_REMINDER_HOUR": "14"}, (2, time(14, 0), None)),
])
def test_settings_from_env(env, expected):
    s = ReminderSettings.from_env(env)
    assert (s.every_days, s.at, s.channel) == expected


@pytest.mark.parametrize("env", [{"KLIK_REMINDER_EVERY_DAYS": "0"}, {"KLIK_REMINDER_EVERY_DAYS": "to"},
                                 {"KLIK_REMINDER_HOUR": "25"}, {"KLIK_REMINDER_HOUR": "9am"}])
def test_bad_settings_say_which_and_how(env):
    with pytest.raises(KlikError, match=next(iter(env))):
        ReminderSettings.from_env(env)


def test_a_task_without_start_offset_is_reminded_in_its_last_five_working_days():
    no_start = T433.model_copy(update={"start_offset_days": None})
    kb = SimpleNamespace(tasks=[no_start])
    assert _plan(datetime(2026, 9, 30, 9), kb=kb) == []
    [r] = _plan(datetime(2026, 10, 1, 9), kb=kb)
    assert "der er 5 arbejdsdage til fristen" in reason(r.why, r.facts)
