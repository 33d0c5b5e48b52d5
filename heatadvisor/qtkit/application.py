"""The Qt application the sheet, the CLI and the self-test paint with when no window runs.

Qt needs an application object for fonts and charts (the chart module draws with widgets). On
Linux with no display and no platform chosen, Qt's default (xcb) would abort the process, so
it runs offscreen; a platform set in ``QT_QPA_PLATFORM`` or a display is left as it is.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    running = QApplication.instance()
    if isinstance(running, QApplication):
        return running
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["heatadvisor-cli"])
