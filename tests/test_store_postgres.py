"""The PostgreSQL store beyond the shared store suite: schema migrations, several instances on one
database, processes, claims, and a clear message when the database cannot be used."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import psycopg
import pytest
from threads import run_concurrently

from bot.store import Store, StoreError, StoreLocked
from bot.store.postgres import PostgresBackend
from bot.store.postgres_migrations import LATEST

pytestmark = pytest.mark.postgres


@contextlib.contextmanager
def opened(url: str, **kwargs) -> Iterator[Store]:
    backend = PostgresBackend(url, **kwargs)
    try:
        yield Store(backend)
    finally:
        backend.close()


def test_schema_is_created_once_and_versioned(pg_url):
    with opened(pg_url), opened(pg_url):  # a second start applies nothing again
        pass
    with psycopg.connect(pg_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM klik_schema ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))


def test_instances_starting_together_migrate_once(pg_url):
    errors: list[BaseException] = []

    def start() -> None:
        try:
            PostgresBackend(pg_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    run_concurrently([start] * 4)
    assert errors == []


def test_a_newer_schema_is_refused(pg_url):
    PostgresBackend(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO klik_schema (version, description) VALUES (%s, 'from the future')",
                     (LATEST + 1,))
    with pytest.raises(StoreError, match=f"version {LATEST + 1}.*opgradér"):
        PostgresBackend(pg_url)


def test_unreachable_database_is_one_clear_line():
    with pytest.raises(StoreError) as err:
        Store("postgresql://klik:secret@127.0.0.1:1/klik")
    message = str(err.value)
    assert "127.0.0.1:1/klik" in message and "KLIK_DATABASE_URL" in message
    assert "secret" not in message and "\n" not in message


def test_two_instances_see_each_others_writes_and_versions(pg_url):
    with opened(pg_url) as a, opened(pg_url) as b:
        before = b.version("tasks")
        with a.transaction() as tx:
            tx.put("tasks", "433", {"title": "x"})
            tx.log({"team": "T1", "task": "433", "action": "import"})
        assert b.get("tasks", "433") == {"title": "x"}
        assert b.version("tasks") != before
        assert [e["action"] for e in b.history(team="T1", task="433")] == ["import"]


def test_audit_entry_commits_with_its_change(pg_url):
    with opened(pg_url) as store:
        with pytest.raises(RuntimeError), store.transaction() as tx:
            tx.put("progress", "T1:433", {"status": "started"})
            tx.log({"team": "T1", "task": "433", "action": "done"})
            raise RuntimeError("crash before commit")
        assert store.get("progress", "T1:433") is None and store.history() == []


def test_a_held_write_lock_times_out_with_a_clear_message(pg_url):
    with opened(pg_url) as a, opened(pg_url, lock_timeout=0.2) as b:
        with a.transaction() as tx:
            tx.put("progress", "T1:433", {"status": "started"})
            with pytest.raises(StoreLocked, match="optaget"), b.transaction() as other:
                other.put("progress", "T1:433", {"status": "done"})
        assert b.get("progress", "T1:433") == {"status": "started"}


def test_workspace_reads_come_from_the_workspace_column(pg_url):
    with opened(pg_url) as store:
        with store.transaction() as tx:
            tx.put("progress", "T1:433", {"n": 1})
            tx.put("progress", "T10:433", {"n": 2})
            tx.put("golive", "T1|KY", {"n": 3})
        assert store.all("progress", workspace="T1") == {"T1:433": {"n": 1}}
        assert store.all("golive", workspace="T1") == {"T1|KY": {"n": 3}}


def test_a_claim_is_an_insert_the_primary_key_refuses_twice(pg_url):
    """Sessions are serialised by the write lock; should two ever overlap, the second claim of a
    key fails at commit instead of overwriting the first."""
    with opened(pg_url) as store:
        backend = store.backend
        with backend.begin() as first:
            assert first.get("events", "Ev1") is None
            with psycopg.connect(pg_url, autocommit=True) as other:  # a writer that skips the lock
                other.execute("INSERT INTO klik_documents (tbl, key, doc) VALUES ('events', 'Ev1', '{}')")
            with pytest.raises(psycopg.errors.UniqueViolation):
                first.commit({("events", "Ev1"): {"by": "first"}}, [])
        assert store.get("events", "Ev1") == {}


def test_claim_is_won_by_exactly_one_of_many_instances(pg_url):
    backends = [PostgresBackend(pg_url, pool_size=4) for _ in range(3)]
    stores = [Store(b) for b in backends]
    wins: list[int] = []
    barrier = threading.Barrier(12)

    def race(n: int) -> None:
        barrier.wait()
        with stores[n % 3].transaction() as tx:
            if tx.claim("events", "Ev42", {"by": n}):
                wins.append(n)

    run_concurrently([lambda n=n: race(n) for n in range(12)])
    assert len(wins) == 1 and stores[0].get("events", "Ev42") == {"by": wins[0]}
    for b in backends:
        b.close()


def test_leader_lock_is_held_by_one_instance_at_a_time(pg_url):
    with opened(pg_url) as a, opened(pg_url) as b:
        with a.backend.leader() as first, b.backend.leader() as second:
            assert (first, second) == (True, False)
        with b.backend.leader() as again:
            assert again is True
