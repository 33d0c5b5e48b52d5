"""Where the records database and its backups live.

The one place this package asks for a folder, until the program-wide folders module
takes over: ``HEATADVISOR_DATA_DIR`` (tests, a portable copy on a USB stick), else the
user's data folder from platformdirs. Resolved at call time, never at import.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATABASE_NAME = "records.sqlite"


def data_dir() -> Path:
    override = os.environ.get("HEATADVISOR_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("HeatAdvisor", appauthor=False))


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir(database: Path) -> Path:
    """Backups sit beside the database they copy, so a portable copy carries its own."""
    return database.parent / "backups"
