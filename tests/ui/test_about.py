"""The About box: the program's version, in the window's language (Help menu)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from heatadvisor import __version__


def read_and_close_modal(seen: dict) -> QTimer:
    """Polls until the modal box is up, keeps its title and text, and closes it."""
    timer = QTimer()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.update(title=box.windowTitle(), text=box.text())
            box.accept()

    timer.timeout.connect(look)
    timer.start(10)
    return timer


@pytest.mark.parametrize(
    "language, title, first_line",
    [
        ("zh", "关于供暖参谋", f"供暖参谋 {__version__} 版"),
        ("en", "About HeatAdvisor", f"HeatAdvisor {__version__}"),
    ],
)
def test_about_box_shows_the_version(make_window, language, title, first_line):
    window = make_window(language)
    assert window.about_action.text() == ("关于供暖参谋…" if language == "zh" else "About HeatAdvisor…")
    seen: dict = {}
    timer = read_and_close_modal(seen)  # noqa: F841 — lives while the box is open
    window.about_action.trigger()
    assert seen["title"] == title
    assert seen["text"].splitlines()[0] == first_line
