"""The application the sheet and the CLI paint with picks Qt's platform only when nobody did:
offscreen on Linux with no display, else what ``QT_QPA_PLATFORM`` asks for. Each case runs in
a fresh interpreter, since a process has one QApplication and this one's is already made."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SHOW_PLATFORM = "from heatadvisor.qtkit.application import application; print(application().platformName())"


def platform_chosen(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", SHOW_PLATFORM], env={**clean, **env}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the offscreen fallback is for Linux without a display"
)
def test_with_no_display_it_runs_offscreen():
    assert platform_chosen() == "offscreen"


def test_a_platform_asked_for_is_kept():
    assert platform_chosen(QT_QPA_PLATFORM="minimal") == "minimal"
