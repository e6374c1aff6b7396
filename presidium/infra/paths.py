"""Where journals live by default: one database per program in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Presidium"


def data_dir() -> Path:
    """The user data folder (PRESIDIUM_DATA_DIR overrides it, e.g. for a USB-stick install or tests)."""
    override = os.environ.get("PRESIDIUM_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path(program_source: str | os.PathLike[str]) -> Path:
    """<data dir>/<program stem>.presidium.db — e.g. dai-hoi-xiii.toml → dai-hoi-xiii.presidium.db."""
    return data_dir() / f"{Path(program_source).stem}.presidium.db"
