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
