"""PostgreSQL for tests: KLIK_TEST_DATABASE_URL names a server (`.ci/run` starts a throwaway one);
each test gets a schema of its own, dropped afterwards. Without the variable these tests skip."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

ENV = "KLIK_TEST_DATABASE_URL"
SKIP_REASON = (f"PostgreSQL tests need {ENV}=postgresql://… (a server you may create schemas on); "
               ".ci/run starts one")


def schema_url(base: str, schema: str) -> str:
    """`base` with every connection's search_path set to `schema` (libpq's `options`)."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of an empty schema on the test server."""
    base = os.environ.get(ENV, "").strip()
    if not base:
        pytest.skip(SKIP_REASON)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield schema_url(base, schema)
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def pg_param(name: str = "postgres"):
    """A `pytest.param` for a backend list, marked so `-m "not postgres"` leaves it out."""
    return pytest.param(name, marks=pytest.mark.postgres)


@pytest.fixture(params=["memory", "disk", pg_param()])
def every_store(request, tmp_path):
    """A fresh store on every backend: in memory, a TinyDB file, and a PostgreSQL schema."""
    from bot.store import Store

    if request.param == "postgres":
        store = Store(request.getfixturevalue("pg_url"))
        try:
            yield store
        finally:
            store.backend.close()
        return
    yield Store(None if request.param == "memory" else tmp_path / "klik.json")


@pytest.fixture(params=["tinydb", pg_param()])
def durable_store(request, tmp_path):
    """A fresh store on each durable backend: a TinyDB file, and a PostgreSQL schema."""
    from bot.store import Store

    if request.param == "tinydb":
        yield Store(tmp_path / "klik.json")
        return
    store = Store(request.getfixturevalue("pg_url"))
    try:
        yield store
    finally:
        store.backend.close()
