"""Every folder the program reads or writes, decided here and nowhere else.

- resources: bundled packs, fonts, translations (``HEATADVISOR_RESOURCES``, else a PyInstaller
  bundle's ``sys._MEIPASS``, else the source tree);
- user data: imported packs, saved consultations (``HEATADVISOR_DATA_DIR``, else platformdirs).
  A portable copy on a USB stick or a test sets it, and then settings, logs and cache live
  below it too, so nothing is read from or written to the machine's own folders;
- settings (``HEATADVISOR_CONFIG_DIR``), logs for bug reports (``HEATADVISOR_LOG_DIR``), cache;
- the Documents folder, where a sheet goes when no printer is installed.

Resolved at call time, not import time, so tests and frozen builds can point elsewhere.
Pure Python: the core uses it, and the core never imports Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP_NAME = "HeatAdvisor"


def resources_dir() -> Path:
    """The ``resources/`` folder: env override, then a frozen bundle, then the source tree."""
    override = os.environ.get("HEATADVISOR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path below ``resources/``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data: ``HEATADVISOR_DATA_DIR`` if set, else the platform's data folder."""
    override = os.environ.get("HEATADVISOR_DATA_DIR")
    if override:
        return Path(override)
    return _platform_folder("user_data_dir")


@contextmanager
def data_dir_set_to(folder: Path) -> Iterator[Path]:
    """User data (and what follows it: settings, logs, records) in ``folder`` while inside, as a
    portable copy has it; the self-test runs the real window there without touching the user's."""
    kept = os.environ.get("HEATADVISOR_DATA_DIR")
    os.environ["HEATADVISOR_DATA_DIR"] = str(folder)
    try:
        yield folder
    finally:
        if kept is None:
            os.environ.pop("HEATADVISOR_DATA_DIR", None)
        else:
            os.environ["HEATADVISOR_DATA_DIR"] = kept


def _platform_folder(kind: str) -> Path:
    """platformdirs' folder of this kind for the program; imported only when one is asked for
    (tests and the window's start-up pass their own folders and need not pay for the import)."""
    import platformdirs

    return Path(getattr(platformdirs, kind)(APP_NAME, appauthor=False))


def _user_folder(variable: str | None, below_data: str, platform_kind: str) -> Path:
    """Its own variable, else below a moved data folder (portable copy, tests), else the platform's."""
    override = os.environ.get(variable) if variable else None
    if override:
        return Path(override)
    if os.environ.get("HEATADVISOR_DATA_DIR"):
        return data_dir() / below_data
    return _platform_folder(platform_kind)


def config_dir() -> Path:
    """Where the service point's settings file lives."""
    return _user_folder("HEATADVISOR_CONFIG_DIR", "config", "user_config_dir")


def log_dir() -> Path:
    """Where the window's log and the CLI's crash logs go, for bug reports."""
    return _user_folder("HEATADVISOR_LOG_DIR", "logs", "user_log_dir")


def cache_dir() -> Path:
    """Files that can be rebuilt at any time."""
    return _user_folder(None, "cache", "user_cache_dir")


def packs_dir() -> Path:
    """Imported packs: ``<user data>/packs/<kind>/<pack_id>/<version>.json``."""
    return data_dir() / "packs"


def documents_dir() -> Path:
    """``Documents/HeatAdvisor``: sheets saved when nothing can print them, where staff look for files."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME
