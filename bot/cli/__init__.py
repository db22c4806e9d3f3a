"""The `klik` command line: a thin wrapper over knowledge/ and bot/ (one module per area)."""

from __future__ import annotations

import os
import re
import sys

import click
from click import exceptions as cx

from bot.messages import counted_message as counted_message  # the commands' words, lazily
from bot.messages import message as message
from knowledge.errors import KlikError, echo, or_list

# klik-bot uses no pydantic plugin; looking for them at the first model imports importlib.metadata
# and scans every installed package (~15-25 ms of every `klik` start). Set it yourself to override.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

HELP_OPTION_TEXT = "Vis denne hjælp og afslut."
_SLASH = re.compile(r"/klik(?= |`)")


def cli_text(text: str) -> str:
    """Commands in a message as they are typed here: `/klik done 433 1` -> `klik done 433 1`."""
    return _SLASH.sub("klik", text)


class DanishFormatter(click.HelpFormatter):
    """click's help layout with Danish headings ('Brug:', 'Tilvalg', 'Kommandoer')."""

    HEADINGS = {"Options": "Tilvalg", "Commands": "Kommandoer", "Arguments": "Argumenter"}

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args.replace("[OPTIONS]", "[TILVALG]").replace("COMMAND [ARGS]...",
                                                                                   "KOMMANDO [ORD]..."),
                            prefix="Brug: " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(self.HEADINGS.get(heading, heading))


class DanishContext(click.Context):
    formatter_class = DanishFormatter


class DanishHelp:
    """Every `klik` command describes its --help option in Danish (click's text is English)."""

    context_class = DanishContext

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option


class KlikCommand(DanishHelp, click.Command):
    """A `klik` subcommand: what `@cli.command()` builds."""


class UsageProblem(click.ClickException):
    """A mistake in how a command was typed, said in Danish, exit code 2 (as click's own)."""

    exit_code = 2

    def __init__(self, message: str, *, command_path: str):
        super().__init__(message)
        self.command_path = command_path

    def show(self, file=None) -> None:
        click.echo(message("cli_usage_error", message=self.message, command=self.command_path), err=True)


class KlikGroup(DanishHelp, click.Group):
    """Turns a user's mistake into one clear Danish line (exit code 1 for a KlikError, 2 for a
    mistyped command line), never a traceback or click's English."""

    command_class = KlikCommand
    group_class = type  # subgroups are KlikGroups too

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Our own commands, then every /klik subcommand the CLI has no command of its own for."""
        if self.parent_group() is not None:
            return super().list_commands(ctx)
        load_all_commands()
        own = super().list_commands(ctx)
        from bot.cli.slash import subcommand_helps

        try:
            subs = subcommand_helps()
        except Exception:  # e.g. a damaged database: help still lists our own commands
            return own
        return own + [sub.names[0] for sub in subs if not any(n in self.commands for n in sub.names)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """A /klik word, Danish or English, works here too: `klik færdig 433 1` is `klik done 433 1`,
        `klik frister` is `klik due`."""
        if self.parent_group() is None:
            load_commands(cmd_name)
        found = super().get_command(ctx, cmd_name)
        if found is not None or self.parent_group() is not None:
            return found
        load_all_commands()  # a /klik word may name one of our own commands under another name
        from bot.cli.slash import SlashCommand, subcommand_words

        words = subcommand_words()
        sub = words.get(cmd_name) or words.get(cmd_name.casefold())
        if sub is None:
            return None
        own = next((self.commands[n] for n in sub.names if n in self.commands), None)
        return own or SlashCommand(sub, name=cmd_name)

    def parent_group(self) -> click.Group | None:
        return None if self is cli else self

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except cx.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:  # e.g. `klik --bogus`
            raise danish(exc, where=info_name or "klik") from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KlikError as exc:
            click.echo(message("cli_error", message=cli_text(exc.text("da"))), err=True)
            ctx.exit(1)
        except cx.NoArgsIsHelpError:
            raise
        except click.UsageError as exc:
            where = " ".join(filter(None, [ctx.command_path, ctx.invoked_subcommand]))
            raise danish(exc, where=where) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:
            if os.environ.get("KLIK_DEBUG"):
                raise
            click.echo(message("cli_unexpected", kind=type(exc).__name__, error=exc), err=True)
            ctx.exit(2)


def danish(exc: click.UsageError, *, where: str) -> UsageProblem:
    """click's usage errors (missing or invalid argument, unknown option or command) in Danish,
    keeping click's 'did you mean'. `where` is the command to point at when click does not say."""
    path = exc.ctx.command_path if exc.ctx is not None else where
    return UsageProblem(_usage_message(exc), command_path=path)


def _usage_message(exc: click.UsageError) -> str:
    if isinstance(exc, cx.NoSuchCommand):
        return message("cli_no_such_command", name=echo(exc.command_name),
                       meant=_did_you_mean(exc.possibilities))
    if isinstance(exc, cx.NoSuchOption):
        return message("cli_no_such_option", name=exc.option_name, meant=_did_you_mean(exc.possibilities))
    if isinstance(exc, cx.MissingParameter):
        return message("cli_missing", what=_param_name(exc.param, exc.param_hint))
    if isinstance(exc, cx.BadParameter):
        return message("cli_bad_value", what=_param_name(exc.param, exc.param_hint), why=_why(exc))
    if isinstance(exc, cx.BadOptionUsage):
        if "requires" in exc.message:
            return message("cli_option_needs_value", name=exc.option_name)
        if "does not take a value" in exc.message:
            return message("cli_option_takes_no_value", name=exc.option_name)
    if m := re.match(r"Got unexpected extra arguments? \((.*)\)", exc.message):
        return message("cli_extra_words", words=echo(m[1]))
    if exc.message == "Missing command.":
        return message("cli_missing_command")
    return exc.message  # raised by our own code, in Danish


def _did_you_mean(possibilities: list[str] | None) -> str:
    return message("cli_did_you_mean", names=or_list(sorted(possibilities))) if possibilities else ""


def _param_name(param: click.Parameter | None, hint: str | None) -> str:
    if isinstance(param, click.Option):
        return message("cli_the_option", name=max(param.opts, key=len))
    if param is not None:  # a metavar such as "OPGAVE..." or "[DAGE]" names it without the marks
        return message("cli_the_argument", name=param.human_readable_name.rstrip(".").strip("[]"))
    return hint or message("cli_a_value")


def _why(exc: cx.BadParameter) -> str:
    """Why the value was refused, from the parameter's type (click only says it in English)."""
    shown = re.search(r"'([^']*)'", exc.message) or re.match(r"(\S+) is not", exc.message)
    value = f"{echo(shown[1])} " if shown else ""
    kind = exc.param.type if exc.param is not None else None
    if isinstance(kind, click.IntRange):
        low = "" if kind.min is None else message("cli_from", n=kind.min)
        high = "" if kind.max is None else message("cli_to", n=kind.max)
        return message("cli_whole_number", value=value, low=low, high=high)
    if isinstance(kind, click.types.IntParamType):
        return message("cli_whole_number", value=value, low="", high="")
    if isinstance(kind, click.types.FloatParamType):
        return message("cli_number", value=value)
    if isinstance(kind, click.Choice):
        return message("cli_one_of", value=value, choices=or_list([str(c) for c in kind.choices]))
    if isinstance(kind, click.Path):
        for said in ("does not exist", "is a directory", "is a file", "not readable", "not writable"):
            if said in exc.message:  # click's own English words, which say why
                return message(f"cli_path_{said.replace(' ', '_')}", value=value)
        return message("cli_path_unusable", value=value)
    return exc.message  # a BadParameter raised by our own code, in Danish


@click.group(cls=KlikGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="klik-bot", message="klik-bot %(version)s",
                      help="Vis versionen og afslut.")
def cli() -> None:
    """klik-bot: KLIK-opgaver i Slack og i terminalen: svar, fremdrift og påmindelser."""


def main() -> None:
    # A closed pipe (`klik due | head`) is let through invoke() above: click then ends quietly.
    cli(prog_name="klik")


def limit_options(default: int):
    """--limit N / --all for a command whose output can run to hundreds of lines."""

    def decorate(func):
        func = click.option("--all", "show_all", is_flag=True, help="Vis alle linjer.")(func)
        return click.option("--limit", type=int, default=default, metavar="N", callback=_not_negative,
                            help=f"Vis højst N linjer, det vigtigste først (standard {default}).")(func)

    return decorate


def _not_negative(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value < 0:
        raise UsageProblem(message("cli_limit_negative", value=value), command_path=ctx.command_path)
    return value


def echo_limited(lines: list[str], *, limit: int, show_all: bool, noun: tuple[str, str]) -> None:
    """Print `lines` (most important first), at most `limit` unless `show_all`, then say how many were
    left out and how to see them."""
    shown = lines if show_all else lines[:limit]
    for line in shown:
        click.echo(line)
    left = len(lines) - len(shown)
    if left:
        click.echo(message("cli_more_lines", left=left, noun=noun[0] if left == 1 else noun[1],
                           total=len(lines)))


# Each module adds its commands to `cli` when imported. Only the module of the command being run is
# imported (start-up time: `klik ask` need not import the Slack runtime, reports or reminders);
# --help, a /klik word or an unknown name import them all.
COMMAND_MODULES = {
    "ask": ("ask",),
    "knowledge": ("show", "list", "import", "remove", "signature"),
    "remind": ("golive", "due", "remind"),
    "report": ("report",),
    "slack": ("serve", "socket", "chat", "say", "status"),
    "workspace": ("workspace",),
}


def load_commands(name: str) -> None:
    """Import the module that defines the command `name`, if one does."""
    import importlib

    for module, names in COMMAND_MODULES.items():
        if name in names:
            importlib.import_module(f"bot.cli.{module}")


def load_all_commands() -> None:
    import importlib

    for module in COMMAND_MODULES:
        importlib.import_module(f"bot.cli.{module}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
