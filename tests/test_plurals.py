"""A count of one reads in the singular ('1 opgave', '1 dag', '1 påmindelse', '1 step') and any other
count in the plural, in both languages, in the message tables and where answers and commands use them."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase
from knowledge.models import MethodStep, Task
from knowledge.qa.messages import counted
from knowledge.qa.pipeline import answer

# (message, its values but the count, the count's value name, Danish 1 / 2, English 1 / 2)
COUNTED = [
    ("duecmd_nothing", {"hint": ""}, "days", ("1 dag,", "2 dage,"), ("1 day,", "2 days,")),
    ("cli_due_nothing", {}, "days", ("1 dag ", "2 dage "), ("1 day ", "2 days ")),
    ("reportcmd_text", {}, "update", ("1 opgave ", "2 opgaver "), ("1 task ", "2 tasks ")),
    ("reportcmd_head", {"done": 0, "started": 0, "update": 0}, "tasks", ("1 opgave,", "2 opgaver,"),
     ("1 task,", "2 tasks,")),
    ("cli_report_written", {"path": "r.md"}, "n", ("(1 opgave)", "(2 opgaver)"), ("(1 task)", "(2 tasks)")),
    ("remind_digest", {"late": "", "place": "#c"}, "count", ("1 påmindelse", "2 påmindelser"),
     ("1 reminder", "2 reminders")),
    ("reminder_why_digest", {}, "count", ("1 påmindelse ", "2 påmindelser "),
     ("1 reminder ", "2 reminders ")),
    ("remind_count", {"when": "i dag"}, "count", ("1 påmindelse", "2 påmindelser"),
     ("1 reminder", "2 reminders")),
    ("note_end_before", {}, "days", ("1 dag ", "2 dage "), ("1 day ", "2 days ")),
    ("note_start_after", {}, "days", ("1 dag ", "2 dage "), ("1 day ", "2 days ")),
    ("overview_steps", {}, "n", ("1 trin", "2 trin"), ("1 step", "2 steps")),
    ("steps_done", {"done": 0}, "total", ("af 1 trin", "af 2 trin"), ("of 1 step ", "of 2 steps ")),
    ("home_steps", {"done": 0}, "total", ("af 1 trin", "af 2 trin"), ("of 1 step", "of 2 steps")),
    ("progress_count", {"done": 0}, "total", ("af 1 trin", "af 2 trin"), ("of 1 step ", "of 2 steps ")),
    ("statuscmd_text", {"task": "433", "status": "i gang", "done": 0}, "total", ("af 1 trin", "af 2 trin"),
     ("of 1 step ", "of 2 steps ")),
    ("statuscmd_list_steps", {"done": 0}, "total", ("0/1 trin", "0/2 trin"), ("0/1 step", "0/2 steps")),
    ("reminder_status_steps", {"status": "i gang", "done": 0}, "total", ("af 1 trin", "af 2 trin"),
     ("of 1 step ", "of 2 steps ")),
    ("cli_workspace_forgotten", {"team": "T1"}, "n", ("1 dokument ", "2 dokumenter "),
     ("1 document ", "2 documents ")),
    ("duecmd_days", {}, "days", ("1 dag", "2 dage"), ("1 day", "2 days")),
]


@pytest.mark.parametrize(("name", "values", "count", "da", "en"), COUNTED, ids=[c[0] for c in COUNTED])
def test_a_count_of_one_is_singular_and_two_plural(name, values, count, da, en):
    for lang, (one, two) in (("da", da), ("en", en)):
        assert one in counted(name, lang, 1, **values, **{count: 1}), (name, lang)
        assert two in counted(name, lang, 2, **values, **{count: 2}), (name, lang)
        assert one.strip(" ,()") not in counted(name, lang, 2, **values, **{count: 2})


def test_the_due_heading_counts_its_days_apart_from_its_tasks():
    from knowledge.qa.messages import text

    heading = text("duecmd_heading", "da", n=3, within=counted("duecmd_days", "da", 1, days=1), shown="")
    assert heading.startswith("*3 opgaver kræver opmærksomhed* (frist inden for 1 dag,"), heading


def test_a_digest_of_one_reminder_gives_its_reason_in_the_singular():
    from knowledge.qa.messages.reminders import reason

    assert reason("digest", {"count": 1}) == "1 påmindelse samlet i én besked"
    assert reason("digest", {"count": 3}, "en") == "3 reminders in one message"


TASKS = [Task(id="9801", title="Afslut testmiljøet", project="ZZ", end_offset_days=-1),
         Task(id="9802", title="Ryd op i testdata", project="ZZ", end_offset_days=-2,
              method_steps=[MethodStep(number=1, text="Slet testdata.")]),
         Task(id="9803", title="Luk den gamle adgang", project="ZZ",
              method_steps=[MethodStep(number=1, text="Luk adgangen."),
                            MethodStep(number=2, text="Meld det.")])]


def test_a_list_of_tasks_says_one_day_before_go_live_in_the_singular():
    kb = KnowledgeBase(tasks=TASKS)
    da = answer(kb, "Hvilke opgaver slutter før go-live?").answer
    assert "slut 1 dag før go-live" in da and "slut 2 dage før go-live" in da, da
    en = answer(kb, "Which tasks end before go-live?").answer
    assert "ends 1 day before go-live" in en and "ends 2 days before go-live" in en, en


def test_a_task_overview_counts_one_step_in_the_singular():
    kb = KnowledgeBase(tasks=TASKS)
    assert "· 1 step\n" in answer(kb, "What is task 9802?").answer
    assert "· 2 steps\n" in answer(kb, "What is task 9803?").answer
    assert "· 1 trin\n" in answer(kb, "Hvad er opgave 9802?").answer


def test_klik_due_within_one_day_says_one_day(klik):
    assert "inden for 1 dag " in klik("due", "1")
    assert "inden for 2 dage " in klik("due", "2")


def test_the_command_line_counts_its_messages_lazily():
    from bot.cli import counted_message

    one = counted_message("cli_report_written", 1, n=1, path="r.md")
    assert one == "Rapporten (1 opgave) er skrevet til r.md."
    two = counted_message("cli_report_written", 2, "en", n=2, path="r.md")
    assert two == "The report (2 tasks) is written to r.md."
