"""Shared fixtures for the window tests: one packs load and one set of translators per
session (translators are global to the application), a fresh window with its settings
in a temporary folder for each test."""

from __future__ import annotations

import pytest

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


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(tmp_path)


@pytest.fixture
def make_window(qtbot, qapp, languages, settings, backend):
    """Build a shown window in ``language`` with the packs loaded; Chinese again afterwards."""
    def make(language: str = "zh") -> MainWindow:
        languages.switch(language)
        window = MainWindow(settings, languages, backend)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    languages.switch("zh")


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window("zh")


def settle(qtbot, window: MainWindow) -> None:
    """Let the coalescing timer fire and the results redraw."""
    qtbot.waitUntil(lambda: not window.pending(), timeout=2000)
    qtbot.wait(1)
