"""The `klik` command line: a thin wrapper over knowledge/ and bot/ (one module per area)."""

from __future__ import annotations

import os
import sys

import click

from knowledge.errors import KlikError


class KlikGroup(click.Group):
    """Turns a user's mistake into one clear line and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KlikError as exc:
            click.echo(f"Fejl: {exc}", err=True)
            ctx.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("KLIK_DEBUG"):
                raise
            click.echo(f"Uventet fejl: {type(exc).__name__}: {exc} "
                       "(kør igen med KLIK_DEBUG=1 for detaljer)", err=True)
            ctx.exit(2)


@click.group(cls=KlikGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="klik-bot")
def cli() -> None:
    """klik-bot: KLIK-opgaver i Slack og i terminalen: svar, fremdrift og påmindelser."""


def main() -> None:
    cli(prog_name="klik")


# Each module adds its commands to `cli`; imported last so they can import it.
from bot.cli import ask as _ask  # noqa: E402,F401
from bot.cli import knowledge as _knowledge  # noqa: E402,F401
from bot.cli import remind as _remind  # noqa: E402,F401
from bot.cli import slack as _slack  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
