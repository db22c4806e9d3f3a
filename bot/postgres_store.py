"""The PostgreSQL store (KLIK_DATABASE_URL=postgresql://…): the same keyed documents and audit
history as the TinyDB store, shared by any number of `klik serve` instances.

Why this shape:
- One table of documents keyed by (table, key), JSONB values: the store interface is keyed
  documents, and every query the bot makes is by key or by table.
- Every write transaction first takes one transaction-level advisory lock, so transactions that
  read a document and write it back run one after another across all instances, exactly as under
  the TinyDB file lock: no lost update, whatever the isolation level. A write is a few
  milliseconds, so the lock is not the limit for the 98 municipalities.
- Claims (events, reminders, replays) are `INSERT … ON CONFLICT DO NOTHING`: the primary key, not
  the lock, decides who got it.
- The audit history is a table written in the same transaction as the change it records.
- A version per table, bumped in the writing transaction, tells every instance when imported
  knowledge changed (bot.catalog rebuilds on a new version).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from bot.config import ConfigError
from bot.pg_migrations import LATEST, MIGRATIONS

# Advisory lock keys (any 64-bit numbers that other users of the database are unlikely to pick).
WRITE_LOCK = 0x6B6C696B_0001  # "klik" + 1: every write transaction
MIGRATE_LOCK = 0x6B6C696B_0002  # schema upgrades at start-up
SCHEDULER_LOCK = 0x6B6C696B_0003  # one reminder pass at a time across instances


def describe(url: str) -> str:
    """host:port/db of a URL, for messages (never the password)."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "KLIK_DATABASE_URL"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"


def migrate(conn: psycopg.Connection) -> int:
    """Bring the schema to LATEST under the migration lock (two instances starting at once apply
    each migration once); returns the version found before. A database newer than this code is
    refused rather than used with a schema the code does not know."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS klik_schema (version int PRIMARY KEY, "
                     "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        found = conn.execute("SELECT coalesce(max(version), 0) FROM klik_schema").fetchone()[0]
        if found > LATEST:
            raise ConfigError(f"Databasens skema er version {found}, men denne klik-bot kender kun "
                              f"op til {LATEST}; opgradér klik-bot (eller brug en anden database).")
        for version, description, sql in MIGRATIONS:
            if version > found:
                conn.execute(sql)
                conn.execute("INSERT INTO klik_schema (version, description) VALUES (%s, %s)",
                             (version, description))
    return found


class PgTx:
    """What a transaction can do: keyed documents per table, and audit entries."""

    def __init__(self, conn: psycopg.Connection):
        self._conn = conn
        self._changed: set[str] = set()

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        return _get(self._conn, table, key)

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        return _all(self._conn, table)

    def put(self, table: str, key: str, doc: dict[str, Any]) -> None:
        self._conn.execute("INSERT INTO klik_documents (tbl, key, doc) VALUES (%s, %s, %s) "
                           "ON CONFLICT (tbl, key) DO UPDATE SET doc = EXCLUDED.doc",
                           (table, key, Jsonb(doc)))
        self._changed.add(table)

    def delete(self, table: str, key: str) -> bool:
        gone = self._conn.execute("DELETE FROM klik_documents WHERE tbl = %s AND key = %s",
                                  (table, key)).rowcount > 0
        if gone:
            self._changed.add(table)
        return gone

    def claim(self, table: str, key: str, doc: dict[str, Any]) -> bool:
        """Insert `doc` unless `key` exists; True when this caller got it (dedupe of retries)."""
        got = self._conn.execute("INSERT INTO klik_documents (tbl, key, doc) VALUES (%s, %s, %s) "
                                 "ON CONFLICT (tbl, key) DO NOTHING", (table, key, Jsonb(doc))).rowcount > 0
        if got:
            self._changed.add(table)
        return got

    def log(self, entry: dict[str, Any]) -> None:
        """Record an audit entry, in this transaction."""
        self._conn.execute("INSERT INTO klik_history (team, task, entry) VALUES (%s, %s, %s)",
                           (entry.get("team"), entry.get("task"), Jsonb(entry)))

    def _bump_versions(self) -> None:
        for table in sorted(self._changed):
            self._conn.execute("INSERT INTO klik_versions (tbl, version) VALUES (%s, 1) ON CONFLICT (tbl) "
                               "DO UPDATE SET version = klik_versions.version + 1", (table,))


def _get(conn: psycopg.Connection, table: str, key: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT doc FROM klik_documents WHERE tbl = %s AND key = %s", (table, key)).fetchone()
    return row[0] if row else None


def _all(conn: psycopg.Connection, table: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute("SELECT key, doc FROM klik_documents WHERE tbl = %s ORDER BY key", (table,))
    return dict(rows.fetchall())


class PostgresStore:
    """The bot's persistent state in PostgreSQL. Opening it creates or upgrades the schema."""

    path = None  # no file: the console and CLI use the URL

    def __init__(self, url: str, *, pool_size: int = 10, connect_timeout: float = 10):
        self.url = url
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=int(connect_timeout)) as conn:
                migrate(conn)
        except psycopg.OperationalError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConfigError(f"Kan ikke bruge PostgreSQL på {describe(url)} ({first}); tjek "
                              "KLIK_DATABASE_URL, at serveren kører, og brugerens rettigheder.") from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, timeout=30, open=True,
                                    kwargs={"autocommit": True}, name="klik")
        self._local = threading.local()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[psycopg.Connection]:
        """This thread's transaction's connection if one is open (a read inside a transaction sees
        its own writes), else one from the pool."""
        tx = getattr(self._local, "tx", None)
        if tx is not None:
            yield tx._conn
            return
        with self._pool.connection() as conn:
            yield conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgTx]:
        """All-or-nothing change, one at a time across threads and instances. A transaction opened
        inside another on the same thread joins it."""
        outer = getattr(self._local, "tx", None)
        if outer is not None:
            yield outer
            return
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            tx = self._local.tx = PgTx(conn)
            try:
                yield tx
                tx._bump_versions()
            finally:
                self._local.tx = None

    def get(self, table: str, key: str) -> dict[str, Any] | None:
        with self._connection() as conn:
            return _get(conn, table, key)

    def all(self, table: str) -> dict[str, dict[str, Any]]:
        with self._connection() as conn:
            return _all(conn, table)

    def version(self, table: str) -> tuple[str, int]:
        """Changes whenever `table` changes, in this instance or another."""
        with self._connection() as conn:
            row = conn.execute("SELECT version FROM klik_versions WHERE tbl = %s", (table,)).fetchone()
        return ("postgres", row[0] if row else 0)

    def history(self, *, team: str | None = None, task: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
        """Audit entries, oldest first, optionally for one workspace and/or task."""
        where, args = [], []
        for column, value in (("team", team), ("task", task)):
            if value is not None:
                where.append(f"{column} = %s")
                args.append(value)
        sql = "SELECT entry FROM klik_history" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY id DESC LIMIT %s" if limit else " ORDER BY id"
        with self._connection() as conn:
            rows = [r[0] for r in conn.execute(sql, (*args, limit) if limit else args).fetchall()]
        return rows[::-1] if limit else rows

    @contextlib.contextmanager
    def leader(self, lock: int = SCHEDULER_LOCK) -> Iterator[bool]:
        """True inside when this instance holds `lock` (no other instance is doing the same work);
        False when another instance holds it. Held on one pooled connection until the block ends."""
        with self._pool.connection() as conn:
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", (lock,)).fetchone()[0]
            try:
                yield got
            finally:
                if got:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))
