"""Configuration from the environment, with the defaults documented in the README."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from knowledge.errors import KlikError


def db_path() -> Path:
    """KLIK_DB, else the per-user data path ($XDG_DATA_HOME/klik-bot/klik.json)."""
    if os.environ.get("KLIK_DB"):
        return Path(os.environ["KLIK_DB"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "klik-bot" / "klik.json"


def store_location(env: Mapping[str, str] | None = None) -> Path | str:
    """Where the store lives: KLIK_DATABASE_URL (PostgreSQL, for many workspaces and instances),
    else the KLIK_DB file (TinyDB, the default)."""
    env = os.environ if env is None else env
    url = env.get("KLIK_DATABASE_URL", "").strip()
    if not url:
        if not env.get("KLIK_DB"):
            return db_path()
        path = Path(env["KLIK_DB"]).expanduser()
        if path.is_dir():  # a common slip: the folder instead of the file in it
            raise ConfigError(f"KLIK_DB er en mappe ({path}); den skal være databasens fil, "
                              f"fx KLIK_DB={path / 'klik.json'}.")
        return path
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError("KLIK_DATABASE_URL skal være en PostgreSQL-adresse, fx "
                          "postgresql://klik:kodeord@db.example.dk:5432/klik.")
    return url


LOCAL_TEAM = "local"


def local_user() -> str:
    """Who is at the terminal, for audit entries of CLI and console changes (KLIK_USER overrides)."""
    try:
        return os.environ.get("KLIK_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "konsol"


def default_team(store) -> str:
    """The workspace a CLI command acts for: KLIK_TEAM, else the only workspace the store has
    seen (a single-workspace install needs no setting), else the local console's own."""
    if os.environ.get("KLIK_TEAM"):
        return os.environ["KLIK_TEAM"]
    teams = list(store.all("teams"))
    return teams[0] if len(teams) == 1 else LOCAL_TEAM


# --- Slack settings (the app: `klik serve`, `klik socket`) ---------------------------------------

SLACK_API_DEFAULT = "https://slack.com/api/"


class ConfigError(KlikError):
    """A missing or wrong setting; the message names it and says how to fix it (one line)."""


class SlackSettings(BaseModel):
    """What the Slack app needs from the environment, checked before anything starts."""

    bot_token: str = ""  # one workspace; empty when `oauth` installs the app in many
    signing_secret: str = ""
    app_token: str | None = None
    api_url: str = SLACK_API_DEFAULT
    port: int = 3000
    db: Path | str | None = None  # a TinyDB file, or a PostgreSQL URL (KLIK_DATABASE_URL)
    oauth: Any = None  # bot.installations.OAuthConfig: "Add to Slack" for many workspaces


def slack_settings(*, mode: str = "http", port: int | None = None,
                   env: Mapping[str, str] | None = None) -> SlackSettings:
    """Read and check the settings for `mode` ("http" or "socket"); raise ConfigError on the
    first problem, phrased as what to set and where to find it."""
    env = os.environ if env is None else env
    from bot.installations import oauth_config

    oauth = oauth_config(env)
    if oauth is not None and mode == "socket":
        raise ConfigError("Installation i flere arbejdsrum (SLACK_CLIENT_ID) kræver HTTP-tilstand: brug "
                          "`klik serve`, eller fjern SLACK_CLIENT_ID/SLACK_CLIENT_SECRET for Socket Mode.")
    bot_token = "" if oauth is not None else env.get("SLACK_BOT_TOKEN", "").strip()
    if not bot_token and oauth is None:
        raise ConfigError("SLACK_BOT_TOKEN mangler: kopiér 'Bot User OAuth Token' (xoxb-…) fra "
                          "OAuth & Permissions i Slack-appen og sæt SLACK_BOT_TOKEN.")
    if bot_token and not bot_token.startswith("xoxb-"):
        raise ConfigError("SLACK_BOT_TOKEN skal starte med xoxb- (det er 'Bot User OAuth Token' under "
                          "OAuth & Permissions, ikke bruger- eller app-tokenet).")
    secret = env.get("SLACK_SIGNING_SECRET", "").strip()
    if mode == "http" and not secret:
        raise ConfigError("SLACK_SIGNING_SECRET mangler: kopiér 'Signing Secret' fra Basic Information "
                          "i Slack-appen og sæt SLACK_SIGNING_SECRET.")
    if secret.startswith("xox"):
        raise ConfigError("SLACK_SIGNING_SECRET indeholder et token; brug 'Signing Secret' fra "
                          "Basic Information i Slack-appen.")
    app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
    if mode == "socket" and not app_token:
        raise ConfigError("SLACK_APP_TOKEN mangler (Socket Mode): lav et app-level token med scopet "
                          "connections:write under Basic Information og sæt SLACK_APP_TOKEN=xapp-….")
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN skal starte med xapp- (app-level token under Basic Information).")
    api_url = env.get("SLACK_API_URL", "").strip() or SLACK_API_DEFAULT
    if not api_url.startswith(("https://", "http://")):
        raise ConfigError(f"SLACK_API_URL skal være en http(s)-adresse, fx {SLACK_API_DEFAULT}, "
                          f"ikke «{api_url}».")
    return SlackSettings(bot_token=bot_token, signing_secret=secret, app_token=app_token,
                         api_url=api_url.rstrip("/") + "/", port=_port(port, env),
                         db=store_location(env),
                         oauth=oauth)


def _port(port: int | None, env: Mapping[str, str]) -> int:
    raw = port if port is not None else env.get("PORT", "").strip() or 3000
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise ConfigError(f"PORT skal være et portnummer mellem 1 og 65535, ikke «{raw}» "
                          "(sæt PORT eller brug --port).")
    return value
