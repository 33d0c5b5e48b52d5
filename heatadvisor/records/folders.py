"""Where the records database and its backups live: in the user data folder, which
``heatadvisor.paths`` decides (a moved one for tests and a portable copy on a USB stick),
resolved at call time, never at import.
"""

from __future__ import annotations

from pathlib import Path

from heatadvisor.paths import data_dir

DATABASE_NAME = "records.sqlite"


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir(database: Path) -> Path:
    """Backups sit beside the database they copy, so a portable copy carries its own."""
    return database.parent / "backups"
