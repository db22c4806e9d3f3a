"""The PostgreSQL store beyond the shared store suite: schema migrations, several instances on one
database, processes, claims, and a clear message when the database cannot be used."""

from __future__ import annotations

import multiprocessing
import threading

import psycopg
import pytest

from bot.config import ConfigError
from bot.pg_migrations import LATEST
from bot.postgres_store import PostgresStore

pytestmark = pytest.mark.postgres


def test_schema_is_created_once_and_versioned(pg_url):
    with PostgresStore(pg_url), PostgresStore(pg_url):  # a second start applies nothing again
        pass
    with psycopg.connect(pg_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM klik_schema ORDER BY version")]
    assert versions == list(range(1, LATEST + 1))


def test_instances_starting_together_migrate_once(pg_url):
    errors: list[BaseException] = []

    def start() -> None:
        try:
            PostgresStore(pg_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_newer_schema_is_refused(pg_url):
    PostgresStore(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO klik_schema (version, description) VALUES (%s, 'from the future')",
                     (LATEST + 1,))
    with pytest.raises(ConfigError, match=f"version {LATEST + 1}.*opgradér"):
        PostgresStore(pg_url)


def test_unreachable_database_is_one_clear_line():
    with pytest.raises(ConfigError) as err:
        PostgresStore("postgresql://klik:secret@127.0.0.1:1/klik", connect_timeout=2)
    message = str(err.value)
    assert "127.0.0.1:1/klik" in message and "KLIK_DATABASE_URL" in message
    assert "secret" not in message and "\n" not in message


def test_two_instances_see_each_others_writes_and_versions(pg_url):
    with PostgresStore(pg_url) as a, PostgresStore(pg_url) as b:
        before = b.version("tasks")
        with a.transaction() as tx:
            tx.put("tasks", "433", {"title": "x"})
            tx.log({"team": "T1", "task": "433", "action": "import"})
        assert b.get("tasks", "433") == {"title": "x"}
        assert b.version("tasks") != before
        assert [e["action"] for e in b.history(team="T1", task="433")] == ["import"]


def test_audit_entry_commits_with_its_change(pg_url):
    with PostgresStore(pg_url) as store:
        with pytest.raises(RuntimeError), store.transaction() as tx:
            tx.put("progress", "T1:433", {"status": "started"})
            tx.log({"team": "T1", "task": "433", "action": "done"})
            raise RuntimeError("crash before commit")
        assert store.get("progress", "T1:433") is None and store.history() == []


def test_nested_transaction_joins_and_reads_its_own_writes(pg_url):
    with PostgresStore(pg_url, pool_size=1) as store:  # one connection: a second would deadlock
        with store.transaction() as tx:
            tx.put("progress", "k", {"v": 1})
            assert store.get("progress", "k") == {"v": 1}
            with store.transaction() as inner:
                inner.put("progress", "k2", {"v": 2})
        assert set(store.all("progress")) == {"k", "k2"}


def test_claim_is_won_by_exactly_one_of_many_instances(pg_url):
    stores = [PostgresStore(pg_url, pool_size=4) for _ in range(3)]
    wins: list[int] = []
    barrier = threading.Barrier(12)

    def race(n: int) -> None:
        barrier.wait()
        with stores[n % 3].transaction() as tx:
            if tx.claim("events", "Ev42", {"by": n}):
                wins.append(n)

    threads = [threading.Thread(target=race, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and stores[0].get("events", "Ev42") == {"by": wins[0]}
    for s in stores:
        s.close()


def _count(url: str, rounds: int) -> None:
    with PostgresStore(url, pool_size=2) as store:
        for _ in range(rounds):
            with store.transaction() as tx:
                doc = tx.get("counters", "c") or {"n": 0}
                tx.put("counters", "c", {"n": doc["n"] + 1})
                tx.log({"team": "T", "action": "inc"})


def test_processes_lose_no_writes(pg_url):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_count, args=(pg_url, 40)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with PostgresStore(pg_url) as store:
        assert store.get("counters", "c") == {"n": 120}
        assert len(store.history()) == 120


def test_leader_lock_is_held_by_one_instance_at_a_time(pg_url):
    with PostgresStore(pg_url) as a, PostgresStore(pg_url) as b:
        with a.leader() as first, b.leader() as second:
            assert (first, second) == (True, False)
        with b.leader() as again:
            assert again is True
