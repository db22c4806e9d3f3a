"""`klik serve`, `klik socket` (the Slack app), `klik chat`, `klik say` (the local console) and
`klik status` (a task's progress, also as JSON for scripts)."""

from __future__ import annotations

import gc
import json
import logging
import sys

import click

from bot.catalog import load_knowledge
from bot.cli import cli, message
from bot.config import ConfigError, default_team, slack_settings, store_location
from bot.progress import get_progress
from bot.signatures import get_signatures
from bot.store import Store


def _start(mode: str, port: int | None = None):
    """Settings, store, knowledge and app for `serve`/`socket`; a bad setting or damaged data stops
    here with one line. The knowledge and its answer index are built before the bot takes a request."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = slack_settings(mode=mode, port=port)
    store = Store(settings.db)
    store.check()
    from bot.runtime.app import create_app, start_reminders
    from bot.runtime.knowledge import LiveKnowledge

    knowledge = LiveKnowledge(store).start()
    # A failing start-up check ends in one ConfigError line; the SDK's retry log would bury it.
    sdk = logging.getLogger("slack_sdk")
    level = sdk.level
    sdk.setLevel(logging.CRITICAL)
    try:
        app = create_app(settings=settings, store=store, knowledge=knowledge)
    finally:
        sdk.setLevel(level)
    scheduler = start_reminders(app, store)  # a pass a minute in a daemon thread (bot/runtime/scheduler.py)
    # Move the knowledge out of the garbage collector's way: at 10,000 tasks a full collection
    # scanning it pauses answers for ~0.2 s.
    gc.freeze()
    return settings, store, app, knowledge, scheduler


def _health(store: Store, knowledge) -> str | None:
    """Why the bot cannot serve (for GET /health), or None."""
    store.check()
    return knowledge.problem


def _stop_background(scheduler, knowledge) -> None:
    """Stop the reminder and knowledge threads, waiting briefly: a reminder pass cut short is safe
    (its claims are leased), and the process must exit before the platform's kill."""
    scheduler.stop(timeout=2)
    knowledge.stop(timeout=1)


@cli.command()
@click.option("--port", type=click.IntRange(0, 65535), metavar="PORT",
              help="Port (ellers PORT, ellers 3000).")
@click.option("--host", default="0.0.0.0", metavar="ADRESSE",
              help="Adresse at lytte på (standard 0.0.0.0).")
def serve(port: int | None, host: str) -> None:
    """Kør Slack-appen i HTTP-tilstand: Slack sender til http://HOST:PORT/slack/events."""
    from bot.runtime.server import PATH, SlackHTTPServer
    from bot.runtime.signals import stop_on_signals

    settings, store, app, knowledge, scheduler = _start("http", port)
    try:
        server = SlackHTTPServer(app, host=host, port=settings.port, health=lambda: _health(store, knowledge))
    except OSError as exc:
        raise ConfigError(message("cli_cannot_listen", host=host, port=settings.port,
                                  why=exc.strerror)) from None
    # before saying it listens: a SIGTERM sent as soon as it does must stop it gracefully, not kill it
    stop = stop_on_signals()
    server.start_background()
    click.echo(message("cli_listening", url=f"http://{host}:{server.port}{PATH}"), err=True)
    sys.stderr.flush()
    stop.wait()
    click.echo(message("cli_stopping_http"), err=True)
    server.stop()
    _stop_background(scheduler, knowledge)


@cli.command()
def socket() -> None:
    """Kør Slack-appen i Socket Mode (ingen offentlig adresse nødvendig; kræver SLACK_APP_TOKEN)."""
    from bot.runtime.signals import stop_on_signals
    from bot.runtime.socket import SocketModeRunner

    settings, _, app, knowledge, scheduler = _start("socket")
    click.echo(message("cli_socket_connecting"), err=True)
    runner = SocketModeRunner(app, app_token=settings.app_token, api_url=settings.api_url)
    stop = stop_on_signals()  # before it says it is connected (see serve)
    runner.start()  # raises ConfigError when Slack refuses the app token
    click.echo(message("cli_socket_connected"), err=True)
    stop.wait()
    click.echo(message("cli_stopping_socket"), err=True)
    runner.stop()
    _stop_background(scheduler, knowledge)


GOODBYE = {"afslut", "farvel", "exit", "quit", "bye", "q"}  # words that end `klik chat`


@cli.command()
def chat() -> None:
    """Tal med klik-bot i terminalen, som i en DM i Slack (skriv /klik … eller et spørgsmål)."""
    from bot.console import Console

    with Console(Store(store_location())) as console:
        click.echo(message("cli_chat_hello", user=console.user_name, team=console.team))
        while True:
            try:
                line = input("> ")
            except (EOFError, KeyboardInterrupt):
                click.echo()
                return
            if line.strip().strip("!./").casefold() in GOODBYE:
                click.echo(message("cli_chat_goodbye"))
                return
            if line.strip():
                click.echo(console.send(line).render() + "\n")


@cli.command()
@click.argument("text", nargs=-1, required=True, metavar="TEKST...")
def say(text: tuple[str, ...]) -> None:
    """Send én besked eller /klik-kommando og se svaret som i Slack, fx klik say "/klik status 433"."""
    from bot.console import Console

    with Console(Store(store_location())) as console:
        click.echo(console.send(" ".join(text)).render())


@cli.command()
@click.argument("task", nargs=-1, required=True, metavar="OPGAVE...")
@click.option("--json", "as_json", is_flag=True,
              help="Som JSON: task, title, status, assignees, steps, signatures.")
def status(task: tuple[str, ...], as_json: bool) -> None:
    """Fremdriften på en opgave i dette arbejdsrum (som /klik status)."""
    store = Store(store_location())
    found = load_knowledge(store).resolve(" ".join(task))
    if not as_json:
        from bot.cli.slash import run_slash

        run_slash(["status", found.id])
        return
    team = default_team(store)
    progress = get_progress(store, team, found.id)
    steps = [{"number": s.number, "text": s.text, "done": s.number in progress.steps,
              "done_by": progress.steps[s.number].done_by if s.number in progress.steps else None,
              "done_at": progress.steps[s.number].done_at.isoformat() if s.number in progress.steps else None}
             for s in found.method_steps]
    # `status` and a signature's `state` stay the Danish words scripts have read; `status_code` and
    # `state_code` are the stored English values (not_started/started/done, waiting/received/signed).
    signatures = [{**s.model_dump(mode="json"), "state": s.state.label(), "state_code": s.state.value}
                  for s in get_signatures(store, team, found)]
    record = {"task": found.id, "title": found.title, "status": progress.status.label(),
              "status_code": progress.status.value, "assignees": progress.assignees, "steps": steps,
              "signatures": signatures}
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))
