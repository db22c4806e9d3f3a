"""A task's status and a signature's state are stored as English codes ('done', 'signed') and
shown in the user's language from the message tables; data stored before, which holds the Danish
words ('fuldført', 'underskrevet og returneret'), still loads as the same states, on every backend."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from bot import progress as prog
from bot.cli import cli
from bot.reminders import Reminder
from bot.signatures import SignatureState, SignatureStatus, state_label
from bot.store import Store
from handlers.status import describe
from knowledge.base import load_seeds

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
OLD_STATUS = {"ikke påbegyndt": prog.Status.NOT_STARTED, "påbegyndt": prog.Status.STARTED,
              "fuldført": prog.Status.DONE}
OLD_STATE = {"afventer dokument": SignatureStatus.WAITING,
             "modtaget, ikke underskrevet": SignatureStatus.RECEIVED,
             "underskrevet og returneret": SignatureStatus.SIGNED}


@pytest.fixture
def store(every_store) -> Store:
    return every_store


def _old_progress(store: Store, task: str, status: str) -> None:
    """What an older version stored: the status as its Danish word."""
    with store.transaction() as tx:
        tx.put("progress", prog.progress_key("T1", task),
               {"team": "T1", "task": task, "status": status, "assignees": {}, "steps": {},
                "updated_at": NOW.isoformat()})


def test_the_stored_values_are_english_codes():
    assert [s.value for s in prog.Status] == ["not_started", "started", "done"]
    assert [s.value for s in SignatureStatus] == ["waiting", "received", "signed"]


def test_new_writes_store_the_english_code(store):
    task = next(t for t in load_seeds() if t.id == "433")
    prog.set_status(store, team="T1", task=task, status=prog.Status.DONE, user="U1", now=NOW)
    assert store.get("progress", prog.progress_key("T1", "433"))["status"] == "done"
    assert prog.history(store, team="T1", task_id="433")[0].details == {"from": "not_started", "to": "done"}


@pytest.mark.parametrize("danish", list(OLD_STATUS))
def test_a_progress_document_with_the_old_danish_status_loads(store, danish):
    _old_progress(store, "433", danish)
    assert prog.get_progress(store, "T1", "433").status is OLD_STATUS[danish]
    assert prog.team_progress(store, "T1")["433"].status is OLD_STATUS[danish]


def test_an_old_done_task_stays_done_and_a_change_rewrites_it_in_english(store):
    task = next(t for t in load_seeds() if t.id == "433")
    _old_progress(store, "433", "fuldført")
    p, changed = prog.set_status(store, team="T1", task=task, status=prog.Status.DONE, user="U1", now=NOW)
    assert not changed and p.status is prog.Status.DONE
    prog.mark_steps(store, team="T1", task=task, steps=[1], user="U1", now=NOW)
    assert store.get("progress", prog.progress_key("T1", "433"))["status"] == "done"


def test_people_see_the_same_danish_words_and_english_in_english():
    assert [s.label() for s in prog.Status] == list(OLD_STATUS)
    assert [s.label() for s in SignatureStatus] == list(OLD_STATE)
    assert [s.label("en") for s in prog.Status] == ["not started", "started", "done"]
    assert SignatureStatus.SIGNED.label("en") == "signed and returned"


def test_an_old_audit_entry_reads_as_before():
    for danish, status in OLD_STATUS.items():
        old = prog.AuditEntry(team="T1", task="433", action="status", user="U1", at=NOW,
                              details={"from": "ikke påbegyndt", "to": danish})
        new = old.model_copy(update={"details": {"from": "not_started", "to": status.value}})
        assert describe(old) == describe(new) == f"satte status til {danish}"


@pytest.mark.parametrize("danish", list(OLD_STATE))
def test_a_signature_state_stored_in_danish_loads(danish):
    doc = {"task": "433", "number": 1, "document": "Aftale", "signer": "borgmesteren", "steps": [3],
           "state": danish}
    assert SignatureState.model_validate(doc).state is OLD_STATE[danish]
    assert state_label(danish) == danish
    reminder = Reminder.model_validate({"team": "T1", "task": "433", "kind": "signature", "subject": "1",
                                        "recipient": "U1", "channel": "D1", "due": "2026-12-01",
                                        "overdue": False, "key": "k", "document": doc, "status": "påbegyndt"})
    assert reminder.document.state is OLD_STATE[danish]
    assert prog.status_label(reminder.status) == "påbegyndt"


def test_status_of_an_old_document_is_shown_as_before(tmp_path, monkeypatch):
    """`/klik status` and `klik status --json` on progress stored by an older version."""
    monkeypatch.setenv("KLIK_DB", str(tmp_path / "klik.json"))
    monkeypatch.setenv("KLIK_USER", "mette")
    monkeypatch.setenv("KLIK_TEAM", "T1")
    store = Store(tmp_path / "klik.json")
    _old_progress(store, "433", "fuldført")
    store.backend.close()
    runner = CliRunner()
    out = runner.invoke(cli, ["say", "/klik status 433"], catch_exceptions=False).output
    assert "Status: ✅ fuldført" in out
    record = json.loads(runner.invoke(cli, ["status", "433", "--json"], catch_exceptions=False).output)
    assert (record["status"], record["status_code"]) == ("fuldført", "done")
