"""Where the bundled data packs, fonts and translations live.

Resolved at call time, not import time, so tests and frozen builds can point elsewhere
with ``HEATADVISOR_RESOURCES``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
