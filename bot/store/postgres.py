"""PostgreSQL backend (KLIK_DATABASE_URL=postgresql://…): the same keyed documents and audit history
as the TinyDB files, shared by any number of `klik serve` instances on one database.

Why this shape:
- One table of documents keyed by (table, key) with JSONB values, plus the document's workspace
  (`workspace_of`) as a column: every query the bot makes is by key, by table, or by table and
  workspace.
- A session first takes one transaction-level advisory lock, so read-modify-write transactions run
  one after another across all instances, exactly as under the TinyDB file lock: no lost update
  at any isolation level, and nothing for callers to retry. A write holds it for about a
  millisecond, far from a limit for 98 municipalities.
- Claims are unique-key inserts: a document the session read as absent is written with a plain
  INSERT, so the primary key refuses a second claim even if two sessions ever overlapped.
- The audit history is a table written in the same database transaction as the change.
- A version per table, bumped by the writing transaction, tells every instance that imported
  knowledge changed (bot.catalog rebuilds when `version("tasks")` moves).
- The schema is created and upgraded at start-up by numbered migrations (postgres_migrations).
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from collections.abc import Hashable, Iterator

import psycopg
from psycopg import errors
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from bot.store.base import (
    DEFAULT_LOCK_TIMEOUT,
    Backend,
    Changes,
    Doc,
    Session,
    StoreError,
    StoreLocked,
    workspace_of,
)
from bot.store.postgres_migrations import LATEST, MIGRATIONS

# Advisory lock keys: "klik" and a number, unlikely to clash with other users of the database.
WRITE_LOCK = 0x6B6C696B_0001  # every write session
MIGRATE_LOCK = 0x6B6C696B_0002  # schema upgrades at start-up
SCHEDULER_LOCK = 0x6B6C696B_0003  # one reminder pass at a time across instances


def describe(url: str) -> str:
    """host:port/db of a URL, for messages (never the password)."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "KLIK_DATABASE_URL"
    return f"{info.get('host') or 'localhost'}:{info.get('port') or 5432}/{info.get('dbname') or ''}"


def migrate(conn: psycopg.Connection) -> int:
    """Bring the schema to LATEST under the migration lock (instances starting together apply each
    migration once); returns the version found. A database newer than this code is refused."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS klik_schema (version int PRIMARY KEY, "
                     "description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        found = conn.execute("SELECT coalesce(max(version), 0) FROM klik_schema").fetchone()[0]
        if found > LATEST:
            raise StoreError(f"Databasens skema er version {found}, men denne klik-bot kender kun op til "
                             f"{LATEST}; opgradér klik-bot (eller brug en anden database).")
        for version, description, sql in MIGRATIONS:
            if version > found:
                conn.execute(sql)
                conn.execute("INSERT INTO klik_schema (version, description) VALUES (%s, %s)",
                             (version, description))
    return found


def _get(conn: psycopg.Connection, table: str, key: str) -> Doc | None:
    row = conn.execute("SELECT doc FROM klik_documents WHERE tbl = %s AND key = %s", (table, key)).fetchone()
    return row[0] if row else None


def _all(conn: psycopg.Connection, table: str, workspace: str | None) -> dict[str, Doc]:
    if workspace is None:
        rows = conn.execute("SELECT key, doc FROM klik_documents WHERE tbl = %s ORDER BY key", (table,))
    else:
        rows = conn.execute("SELECT key, doc FROM klik_documents WHERE tbl = %s AND workspace = %s "
                            "ORDER BY key", (table, workspace))
    return dict(rows.fetchall())


class _PgSession(Session):
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn
        self._absent: set[tuple[str, str]] = set()  # read as missing: a write there is a claim

    def get(self, table: str, key: str) -> Doc | None:
        doc = _get(self._conn, table, key)
        if doc is None:
            self._absent.add((table, key))
        return doc

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        return _all(self._conn, table, workspace)

    def commit(self, changes: Changes, audit: list[Doc]) -> None:
        conn = self._conn
        with conn.pipeline():  # every statement in one round trip to the server
            for (table, key), doc in changes.items():
                if doc is None:
                    conn.execute("DELETE FROM klik_documents WHERE tbl = %s AND key = %s", (table, key))
                    continue
                sql = "INSERT INTO klik_documents (tbl, key, workspace, doc) VALUES (%s, %s, %s, %s)"
                if (table, key) not in self._absent:  # a plain put replaces; a claim must be new
                    sql += " ON CONFLICT (tbl, key) DO UPDATE SET doc = EXCLUDED.doc"
                conn.execute(sql, (table, key, workspace_of(table, key), Jsonb(doc)))
            for e in audit:
                conn.execute("INSERT INTO klik_history (team, task, entry) VALUES (%s, %s, %s)",
                             (e.get("team"), e.get("task"), Jsonb(e)))
            for table in sorted({table for table, _ in changes}):
                conn.execute("INSERT INTO klik_versions (tbl, version) VALUES (%s, 1) ON CONFLICT (tbl) "
                             "DO UPDATE SET version = klik_versions.version + 1", (table,))


class PostgresBackend(Backend):
    """The store in PostgreSQL. Opening it creates or upgrades the schema."""

    shared = True  # several instances use one database: claims that guard requests go here

    def __init__(self, url: str, *, pool_size: int = 10, lock_timeout: float | None = None,
                 connect_timeout: float = 10):
        self.url = url
        self.lock_timeout = DEFAULT_LOCK_TIMEOUT if lock_timeout is None else lock_timeout
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=int(connect_timeout)) as conn:
                migrate(conn)
        except psycopg.OperationalError as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"Kan ikke bruge PostgreSQL på {describe(url)} ({first}); tjek "
                             "KLIK_DATABASE_URL, at serveren kører, og brugerens rettigheder.") from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, timeout=30, open=True,
                                    kwargs={"autocommit": True}, name="klik")
        self._closed = threading.Event()
        # Close at exit rather than when garbage-collected: psycopg_pool's finaliser may run on
        # one of the pool's own threads and fail there (a CLI command never closes its store).
        atexit.register(self.close)

    def __repr__(self) -> str:
        return f"PostgresBackend({describe(self.url)})"

    def close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self._pool.close()

    @contextlib.contextmanager
    def begin(self) -> Iterator[Session]:
        with self._pool.connection() as conn, conn.transaction():
            try:
                conn.execute("SELECT set_config('lock_timeout', %s, true), pg_advisory_xact_lock(%s)",
                             (str(int(self.lock_timeout * 1000)), WRITE_LOCK))
            except errors.LockNotAvailable:
                raise StoreLocked(f"PostgreSQL-databasen {describe(self.url)} er optaget af en anden "
                                  f"skrivning i over {self.lock_timeout:g} s; prøv igen om lidt.") from None
            yield _PgSession(conn)

    def check(self) -> None:
        try:
            self.all("teams")
        except psycopg.Error as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"PostgreSQL-databasen {describe(self.url)} kan ikke læses ({first}).") from None

    def get(self, table: str, key: str) -> Doc | None:
        with self._pool.connection() as conn:
            return _get(conn, table, key)

    def all(self, table: str, *, workspace: str | None = None) -> dict[str, Doc]:
        with self._pool.connection() as conn:
            return _all(conn, table, workspace)

    def history(self) -> list[Doc]:
        return self.history_for()

    def history_for(self, *, team: str | None = None, task: str | None = None,
                    limit: int | None = None) -> list[Doc]:
        """Audit entries, oldest first, filtered and limited in the database."""
        where, args = [], []
        for column, value in (("team", team), ("task", task)):
            if value is not None:
                where.append(f"{column} = %s")
                args.append(value)
        sql = "SELECT entry FROM klik_history" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY id DESC LIMIT %s" if limit else " ORDER BY id"
        with self._pool.connection() as conn:
            rows = [r[0] for r in conn.execute(sql, (*args, limit) if limit else args).fetchall()]
        return rows[::-1] if limit else rows

    def version(self, table: str) -> Hashable:
        with self._pool.connection() as conn:
            row = conn.execute("SELECT version FROM klik_versions WHERE tbl = %s", (table,)).fetchone()
        return row[0] if row else 0

    def claim_fresh(self, table: str, key: str, *, now: float, keep: float) -> bool:
        """Claim `key` unless someone claimed it within `keep` seconds: one unique-key insert
        (or the takeover of an expired claim), atomic without the write lock."""
        with self._pool.connection() as conn:
            return conn.execute(
                "INSERT INTO klik_documents (tbl, key, doc) VALUES (%s, %s, %s) ON CONFLICT (tbl, key) "
                "DO UPDATE SET doc = EXCLUDED.doc WHERE (klik_documents.doc->>'at')::float8 < %s",
                (table, key, Jsonb({"at": now}), now - keep)).rowcount > 0

    @contextlib.contextmanager
    def leader(self, lock: int = SCHEDULER_LOCK) -> Iterator[bool]:
        """True inside when this instance holds `lock` (so no other instance does the same work
        now), False when another one does. Held on one pooled connection until the block ends."""
        with self._pool.connection() as conn:
            got = conn.execute("SELECT pg_try_advisory_lock(%s)", (lock,)).fetchone()[0]
            try:
                yield got
            finally:
                if got:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))
