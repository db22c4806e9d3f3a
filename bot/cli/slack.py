"""`klik serve`, `klik socket` (the Slack app), `klik chat`, `klik say` (the local console) and
`klik status` (a task's progress, also as JSON for scripts)."""

from __future__ import annotations

import gc
import json
import logging
import sys

import click

from bot.catalog import load_knowledge
from bot.cli import cli
from bot.config import ConfigError, default_team, slack_settings, store_location
from bot.progress import get_progress
from bot.signatures import get_signatures
from bot.store import Store


def _start(mode: str, port: int | None = None):
    """Settings, store and app for `serve`/`socket`; a bad setting stops here with one line."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = slack_settings(mode=mode, port=port)
    store = Store(settings.db)
    from bot.app import create_app, start_reminders

    # A failing start-up check ends in one ConfigError line; the SDK's retry log would bury it.
    sdk = logging.getLogger("slack_sdk")
    level = sdk.level
    sdk.setLevel(logging.CRITICAL)
    try:
        app = create_app(settings=settings, store=store)
    finally:
        sdk.setLevel(level)
    start_reminders(app, store)  # reminders: a pass a minute in a daemon thread (bot/scheduler.py)
    # Load the knowledge now, not on the first question, then move it out of the garbage collector's
    # way: at 10,000 tasks a full collection scanning it pauses answers for ~0.2 s.
    load_knowledge(store)
    gc.freeze()
    return settings, store, app


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), help="Port (ellers PORT, ellers 3000).")
@click.option("--host", default="0.0.0.0", show_default=True, help="Adresse at lytte på.")
def serve(port: int | None, host: str) -> None:
    """Kør Slack-appen i HTTP-tilstand: Slack sender til http://HOST:PORT/slack/events."""
    from bot.server import PATH, SlackHTTPServer

    settings, _, app = _start("http", port)
    try:
        server = SlackHTTPServer(app, host=host, port=settings.port)
    except OSError as exc:
        raise ConfigError(f"Kan ikke lytte på {host}:{settings.port} ({exc.strerror}); "
                          "vælg en anden port med --port eller PORT.") from None
    click.echo(f"klik-bot lytter på http://{host}:{server.port}{PATH}", err=True)
    sys.stderr.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
def socket() -> None:
    """Kør Slack-appen i Socket Mode (ingen offentlig adresse nødvendig; kræver SLACK_APP_TOKEN)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from slack_sdk.errors import SlackApiError

    settings, _, app = _start("socket")
    click.echo("klik-bot forbinder til Slack i Socket Mode …", err=True)
    try:
        SocketModeHandler(app, settings.app_token).start()
    except SlackApiError as exc:
        raise ConfigError(f"Slack afviste SLACK_APP_TOKEN ({exc.response.get('error')}): lav et app-level "
                          "token med scopet connections:write under Basic Information, og slå Socket Mode "
                          "til under Socket Mode i Slack-appen.") from None


GOODBYE = {"afslut", "farvel", "exit", "quit", "bye", "q"}  # words that end `klik chat`


@cli.command()
def chat() -> None:
    """Tal med klik-bot i terminalen, som i en DM i Slack (skriv /klik … eller et spørgsmål)."""
    from bot.console import Console

    with Console(Store(store_location())) as console:
        click.echo(f"Du skriver som @{console.user_name} i arbejdsrummet «{console.team}». "
                   "Skriv /klik hjælp, et spørgsmål, eller [knappens tekst] for at trykke på en knap. "
                   "Skriv afslut (eller tryk Ctrl-D) for at stoppe.")
        while True:
            try:
                line = input("> ")
            except (EOFError, KeyboardInterrupt):
                click.echo()
                return
            if line.strip().strip("!./").casefold() in GOODBYE:
                click.echo("Farvel!")
                return
            if line.strip():
                click.echo(console.send(line).render() + "\n")


@cli.command()
@click.argument("text", nargs=-1, required=True)
def say(text: tuple[str, ...]) -> None:
    """Send én besked eller /klik-kommando og se svaret som i Slack, fx klik say "/klik status 433"."""
    from bot.console import Console

    with Console(Store(store_location())) as console:
        click.echo(console.send(" ".join(text)).render())


@cli.command()
@click.argument("task", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="Som JSON: task, title, status, assignees, steps, signatures.")
def status(task: tuple[str, ...], as_json: bool) -> None:
    """Fremdriften på en opgave i dette arbejdsrum (som /klik status)."""
    store = Store(store_location())
    found = load_knowledge(store).resolve(" ".join(task))
    if not as_json:
        from bot.console import Console

        with Console(store) as console:
            click.echo(console.command(f"status {found.id}").text)
        return
    team = default_team(store)
    progress = get_progress(store, team, found.id)
    steps = [{"number": s.number, "text": s.text, "done": s.number in progress.steps,
              "done_by": progress.steps[s.number].done_by if s.number in progress.steps else None,
              "done_at": progress.steps[s.number].done_at.isoformat() if s.number in progress.steps else None}
             for s in found.method_steps]
    record = {"task": found.id, "title": found.title, "status": progress.status,
              "assignees": progress.assignees, "steps": steps,
              "signatures": [s.model_dump(mode="json") for s in get_signatures(store, team, found)]}
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))
