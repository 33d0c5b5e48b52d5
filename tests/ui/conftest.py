"""Shared fixtures for the window tests: one packs load and one set of translators per
session (translators are global to the application), a fresh window with its settings and
its data (records) in a temporary folder for each test, and the dialogs it opens answered
from a timer."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from heatadvisor.qtkit.fonts import apply_app_font
from heatadvisor.qtkit.i18n import Languages
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.backend import Backend, load_backend
from heatadvisor.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def backend() -> Backend:
    return load_backend()


@pytest.fixture(scope="session")
def languages(qapp) -> Languages:
    apply_app_font(qapp)
    return Languages(qapp)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every window test keeps its records (and imported packs) in its own folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(tmp_path)


@pytest.fixture
def make_window(qtbot, qapp, languages, settings, backend):
    """Build a shown window in ``language`` with the packs loaded and its records open; Chinese
    again afterwards."""

    def make(language: str = "zh") -> MainWindow:
        languages.switch(language)
        window = MainWindow(settings, languages, backend)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        # its records open just after the packs arrive, as a user finds them, not inside a dialog's exec
        qtbot.waitUntil(lambda: window.records.store is not None, timeout=5000)
        return window

    yield make
    languages.switch("zh")


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window("zh")


class Events(QObject):
    """Counts the events of one type that the widgets it watches get (paints, layout requests)."""

    def __init__(self, kind: QEvent.Type, *widgets: QObject) -> None:
        super().__init__()
        self.kind, self.count = kind, 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt calls it by this name)
        self.count += event.type() == self.kind
        return False


def settle(qtbot, window: MainWindow) -> None:
    """Let the coalescing timer fire and the results redraw."""
    qtbot.waitUntil(lambda: not window.pending(), timeout=2000)
    qtbot.wait(1)


class Answers:
    """Answers the window's dialogs from a timer, as a user would, while ``exec`` runs for real.

    ``on(kind, respond)``: every dialog of ``kind`` that shows is handed to ``respond``, which
    notes what it shows and closes it (the latest ``on`` of a kind wins); the list ``on`` returns
    collects what it returned. A dialog still open after ``patience`` seconds is rejected and
    kept in ``unanswered``, so a test fails instead of hanging; a dialog whose printer was
    deleted crashes the test's process (pytest's faulthandler names the test)."""

    def __init__(self, patience: float = 30.0):
        self.rules: list[tuple[type, Callable[[QWidget], object], list]] = []
        self.unanswered: list[str] = []
        self.patience = patience
        self._open_since: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def on(self, kind: type, respond: Callable[[QWidget], object]) -> list:
        given: list = []
        self.rules.append((kind, respond, given))
        return given

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            rule = next(
                ((respond, given) for kind, respond, given in reversed(self.rules) if isinstance(widget, kind)), None
            )
            if rule is not None:
                respond, given = rule
                given.append(respond(widget))
            elif time.monotonic() - self._open_since.setdefault(id(widget), time.monotonic()) > self.patience:
                self.unanswered.append(f"{type(widget).__name__}: {widget.windowTitle()}")
                widget.reject()


@pytest.fixture
def answers():
    """The dialogs' answerer; a test must leave no dialog it did not expect."""
    answerer = Answers()
    yield answerer
    answerer.timer.stop()
    assert not answerer.unanswered


@pytest.fixture
def told(answers) -> list[str]:
    """What the window says in message boxes: each is read and closed with its OK button."""

    def read_and_close(box: QMessageBox) -> str:
        box.accept()
        return box.text()

    return answers.on(QMessageBox, read_and_close)
