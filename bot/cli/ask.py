"""`klik ask`: answer questions about the KLIK tasks, one at a time or a file of them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.catalog import load_knowledge
from bot.cli import cli
from bot.config import default_team, local_user, store_location
from bot.mrkdwn import local_user_id
from bot.store import Store
from knowledge.errors import KlikError

if TYPE_CHECKING:  # the answer engine loads when a question is asked, not for `klik --help`
    from knowledge.qa.pipeline import Answer

BATCH_KEYS = ("question", "answer", "found", "sources", "confidence")


@cli.command()
@click.argument("question", nargs=-1, metavar="[SPØRGSMÅL]...")
@click.option("--batch", "batch", type=click.Path(dir_okay=False, path_type=Path), metavar="FIL",
              help="Fil med ét spørgsmål pr. linje; svarene skrives i samme rækkefølge "
                   "(tomme linjer springes over).")
@click.option("--json", "as_json", is_flag=True,
              help="Svar som JSON med nøglerne question, answer, found, sources, confidence.")
@click.option("--lang", type=click.Choice(["da", "en"]), default=None,
              help="Svarsprog (standard: spørgsmålets sprog, ellers dansk).")
def ask(question: tuple[str, ...], batch: Path | None, as_json: bool, lang: str | None) -> None:
    """Stil et spørgsmål om KLIK-opgaverne, fx: klik ask "hvem er forvaltningsansvarlig for Prisme?"."""
    from knowledge.qa.messages import text as message  # the engine's package: not for `klik --help`

    said = lang or "da"
    if batch is not None and question:
        raise KlikError(message("cli_ask_not_both", said))
    questions = _read_batch(batch, said) if batch is not None else [(0, " ".join(question))]
    if batch is None and not questions[0][1].strip():
        raise KlikError(message("cli_ask_what", said))
    from bot.ask import ask as ask_about

    store = Store(store_location())
    kb = load_knowledge(store)
    team = default_team(store)
    user = local_user_id(local_user())  # 'mine opgaver' is the terminal user's, as in `klik say`
    failed = 0
    for line, text in questions:
        try:  # the same answers as in Slack: the workspace's own progress first, then the engine
            result = ask_about(store, kb, team=team, question=text, lang=lang, user=user).answer
        except Exception as exc:
            if batch is None or os.environ.get("KLIK_DEBUG"):
                raise  # one question: the CLI's own handler says what went wrong
            # a batch of hundreds goes on: one failing question must not lose the answers after it
            failed += 1
            _echo_failure(batch=batch, line=line, text=text, exc=exc, as_json=as_json, lang=said)
            continue
        if as_json:
            click.echo(_as_json(result))
        else:  # a batch read by a person: each answer under its question
            click.echo(f"» {text}\n{result.answer}\n" if batch is not None else result.answer)
    if failed:
        raise KlikError(message("cli_ask_batch_failed", said, failed=failed, total=len(questions)))


def _echo_failure(*, batch: Path, line: int, text: str, exc: Exception, as_json: bool, lang: str) -> None:
    """Say which question of the file failed and why, in its place in the output and on stderr."""
    from knowledge.qa.messages import text as message

    why = message("cli_ask_question_failed", lang, path=batch, line=line, kind=type(exc).__name__, error=exc)
    click.echo(why, err=True)
    if as_json:  # one object per question, in order, as the contract says
        click.echo(json.dumps({"question": text, "answer": why, "found": False, "sources": [],
                               "confidence": 0.0}, ensure_ascii=False))
    else:
        click.echo(f"» {text}\n{why}\n")


def _read_batch(path: Path, lang: str) -> list[tuple[int, str]]:
    """The file's questions with their line numbers (blank lines skipped)."""
    from knowledge.qa.messages import text as message

    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise KlikError(message("cli_ask_no_file", lang, path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KlikError(message("cli_ask_unreadable", lang, path=path, why=exc)) from None
    questions = [(n, line.strip()) for n, line in enumerate(raw.splitlines(), start=1) if line.strip()]
    if not questions:
        raise KlikError(message("cli_ask_empty_file", lang, path=path))
    return questions


def _as_json(result: Answer) -> str:
    return json.dumps({k: getattr(result, k) for k in BATCH_KEYS}, ensure_ascii=False)

