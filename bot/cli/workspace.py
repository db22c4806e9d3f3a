"""`klik workspace list|forget`: the workspaces a deployment serves, and removing one's data."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from bot.cli import cli, counted_message, message
from bot.config import local_user, store_location
from bot.store import WORKSPACE_TABLES, Store
from knowledge.errors import KlikError


@cli.group()
def workspace() -> None:
    """Arbejdsrum (Slack-workspaces) som denne installation betjener."""


@workspace.command("list")
def list_workspaces() -> None:
    """Et arbejdsrum pr. linje: id, navn, installeret, og om det har data."""
    from bot.installations import StoreInstallationStore

    store = Store(store_location())
    installed = {b.team_id: b for b in StoreInstallationStore(store).installed()}
    for team in sorted(set(installed) | set(store.all("teams"))):
        bot = installed.get(team)
        when = datetime.fromtimestamp(bot.installed_at, UTC).date().isoformat() if bot else "-"
        state = (message("cli_workspace_installed", when=when) if bot
                 else message("cli_workspace_not_installed"))
        click.echo(f"{team:<12} {(bot.team_name if bot else '') or '':<30} {state}")


@workspace.command()
@click.argument("team")
@click.option("--yes", is_flag=True, help="Bekræft at data skal slettes (kan ikke fortrydes).")
def forget(team: str, yes: bool) -> None:
    """Slet et arbejdsrums fremdrift, go-live-datoer, underskrifter og installation for altid."""
    from bot.installations import forget_workspace

    store = Store(store_location())
    has_data = team in store.all("teams") or any(store.all(t, workspace=team) for t in WORKSPACE_TABLES)
    if not has_data:
        raise KlikError.said("cli_workspace_no_data", team=team)
    if not yes:
        raise KlikError.said("cli_workspace_confirm", team=team)
    gone = forget_workspace(store, team, user=local_user())
    click.echo(counted_message("cli_workspace_forgotten", gone, n=gone, team=team))
