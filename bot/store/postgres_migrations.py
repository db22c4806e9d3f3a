"""The PostgreSQL schema as numbered migrations, applied in order by the bot itself at start-up.

Append a migration to change the schema; never edit one that has shipped (a database that already
ran it would not run it again). The pending ones run in one transaction together with their rows
in klik_schema, so a crash leaves the schema at the old version or the newest, never between.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents, audit history, table versions", """
        CREATE TABLE klik_documents (
            tbl       text  NOT NULL,
            key       text  NOT NULL,
            workspace text,             -- bot.store.workspace_of(tbl, key): NULL for global tables
            doc       jsonb NOT NULL,
            PRIMARY KEY (tbl, key)
        );
        CREATE INDEX klik_documents_workspace ON klik_documents (tbl, workspace);
        CREATE TABLE klik_history (
            id    bigserial PRIMARY KEY,
            team  text,
            task  text,
            entry jsonb NOT NULL,
            at    timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX klik_history_team_task ON klik_history (team, task, id);
        CREATE INDEX klik_history_task ON klik_history (task, id);
        CREATE TABLE klik_versions (
            tbl     text   PRIMARY KEY,
            version bigint NOT NULL
        );
    """),
)

LATEST = MIGRATIONS[-1][0]
