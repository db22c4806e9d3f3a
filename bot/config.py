"""Configuration from the environment, with the defaults documented in the README."""

from __future__ import annotations

import os
from pathlib import Path


def db_path() -> Path:
    """KLIK_DB, else the per-user data path ($XDG_DATA_HOME/klik-bot/klik.json)."""
    if os.environ.get("KLIK_DB"):
        return Path(os.environ["KLIK_DB"]).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "klik-bot" / "klik.json"


LOCAL_TEAM = "local"


def default_team(store) -> str:
    """The workspace a CLI command acts for: KLIK_TEAM, else the only workspace the store has
    seen (a single-workspace install needs no setting), else the local console's own."""
    if os.environ.get("KLIK_TEAM"):
        return os.environ["KLIK_TEAM"]
    teams = list(store.all("teams"))
    return teams[0] if len(teams) == 1 else LOCAL_TEAM
