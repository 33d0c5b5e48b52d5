"""The Qt stack the project pins: never the combination that crashes.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a C++ method
that returns nothing; after a few thousand calls the process dies with
"Fatal Python error: none_dealloc". These tests make sure the requirements exclude it
and that the installed stack survives a few hundred thousand such calls.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
VOID_CALLS = 300_000


def qt_requirements() -> list[Requirement]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    reqs = [Requirement(d) for d in deps]
    return [r for r in reqs if r.name.lower().startswith("pyside6")]


def allowed(python: str, qt: str) -> bool:
    """Would pip accept PySide6 ``qt`` on Python ``python`` under our requirements?"""
    env = {"python_version": python, "python_full_version": python + ".0"}
    active = [r for r in qt_requirements() if r.marker is None or r.marker.evaluate(env)]
    return bool(active) and all(Version(qt) in r.specifier for r in active)


def test_requirements_exclude_the_crashing_combination():
    assert not allowed("3.11", "6.12.0")
    assert allowed("3.11", "6.11.3")
    assert allowed("3.12", "6.12.0")
    assert allowed("3.13", "6.12.0")


def test_never_the_meta_package():
    """Essentials only: the meta-package drags in WebEngine (~700 MB), and the program uses no
    module of the Addons wheel (≈440 MB installed) since its charts are painted with QPainter."""
    names = {r.name.lower() for r in qt_requirements()}
    assert names == {"pyside6-essentials"}


def test_installed_stack_is_an_allowed_combination():
    import PySide6

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert allowed(python, PySide6.__version__), (python, PySide6.__version__)


def test_many_void_calls_do_not_kill_the_process():
    code = (
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        f"for _ in range({VOID_CALLS}): o.setObjectName('a')\n"
        "print('survived')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
