"""`klik report`: the report for KLIK as csv, xlsx or markdown (to stdout or --output FILE)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.catalog import load_knowledge
from bot.cli import cli, counted_message
from bot.config import default_team, store_location
from bot.mrkdwn import local_user_name
from bot.report import FORMATS, report_rows, to_csv, to_markdown, to_xlsx
from bot.store import Store
from knowledge.errors import KlikError


def _name(user_id: str) -> str:
    name = local_user_name(user_id)
    return f"@{name}" if name else user_id


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", metavar="csv|xlsx|md",
              help="csv (standard; semikolon, åbner i dansk Excel), xlsx (regneark) eller md (tabel).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), metavar="FIL",
              help="Skriv til denne fil i stedet for til skærmen.")
def report(fmt: str, output: str | None) -> None:
    """Rapport til KLIK: pr. opgave status, udførte trin, ansvarlige, underskrifter, datoer og om den skal
    opdateres i KLIK (som /klik rapport)."""
    store = Store(store_location())
    rows = report_rows(load_knowledge(store), store, default_team(store))
    if fmt == "xlsx":
        data = to_xlsx(rows, names=_name)
        if output is None:
            if sys.stdout.isatty():
                raise KlikError.said("cli_report_no_screen")
            sys.stdout.buffer.write(data)
            return
        Path(output).write_bytes(data)
    else:
        text = to_csv(rows, names=_name) if fmt == "csv" else to_markdown(rows, names=_name)
        if output is None:
            click.echo(text, nl=False)
            return
        Path(output).write_text(text, encoding="utf-8")
    click.echo(counted_message("cli_report_written", len(rows), n=len(rows), path=output), err=True)
