"""Every /klik subcommand on the command line as `klik SUB …`, with the same words and answers: the
CLI runs the very same registry the Slack app does and prints the reply as text, with commands in
the form that works here (`klik done 433 1`, not `/klik done 433 1`)."""

from __future__ import annotations

from functools import lru_cache

import click

from bot.cli import HELP_OPTION_TEXT, cli_text
from bot.config import default_team, local_user, store_location
from bot.mrkdwn import local_user_id
from bot.store import Store


@lru_cache(maxsize=1)
def _console():
    """One console (the real app on a local stand-in for Slack) per CLI run, built on first use."""
    from bot.console import Console

    return Console(Store(store_location()))


def registry():
    """The Slack layer's registry of /klik words, reached through the runtime (bot/ does not import
    handlers/)."""
    from bot.runtime.app import runtime_of

    return runtime_of(_console().app).services.registry


def subcommand_helps() -> list:
    """Every /klik subcommand's words, arguments and help line, without building the Slack app when
    the cache has them (bot/cli/help_cache.py)."""
    from bot.cli.help_cache import subcommands

    return subcommands(lambda: registry().subcommands)


def subcommand_words() -> dict[str, object]:
    """{word: what the help says of its subcommand} for every /klik word, Danish and English."""
    return {name: sub for sub in subcommand_helps() for name in sub.names}


def run_slash(words: list[str]) -> None:
    """Run `/klik WORDS…` as the local user and print the answer; a mistake is a KlikError (exit 1)."""
    import shlex

    from bot.console import as_text

    console = _console()
    text = shlex.join(words) if any(" " in w for w in words) else " ".join(words)
    reply = registry().run_as(text, team=default_team(console.store), user=local_user_id(local_user()),
                              command=f"klik {text}".strip())
    shown = {"text": reply.text, "blocks": [_without_buttons(b) for b in reply.blocks
                                            if b.get("type") != "actions"]}
    click.echo(cli_text(as_text(shown) if reply.blocks else as_text({"text": reply.text})))


def _without_buttons(block: dict) -> dict:
    return {k: v for k, v in block.items() if k != "accessory"}


class SlashCommand(click.Command):
    """`klik SUB WORDS…` for a /klik subcommand with no command of its own in the CLI."""

    from bot.cli import DanishContext as context_class  # noqa: N813 (click reads this attribute)

    def __init__(self, sub, name: str):
        slack = " ".join(filter(None, ["/klik", sub.names[0], sub.usage]))
        super().__init__(name=name, callback=self._run, params=[click.Argument(["words"], nargs=-1)],
                         help=f"{cli_text(sub.summary)} (som {slack} i Slack).",
                         short_help=cli_text(sub.summary), options_metavar="",
                         context_settings={"ignore_unknown_options": True,
                                           "help_option_names": ["-h", "--help"]})
        self.sub = sub

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    def collect_usage_pieces(self, ctx) -> list[str]:
        return [self.sub.usage] if self.sub.usage else []

    def _run(self, words: tuple[str, ...]) -> None:
        run_slash([self.sub.names[0], *words])  # a KlikError is shown by KlikGroup, in CLI words
