"""Start the window: application, bundled font, language, settings, then the packs.

The path to the first paint imports Qt and the window only; pydantic, the core and the
packs load on a worker thread after the window is shown (they cost as much as Qt's start).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from heatadvisor.ui.fonts import apply_app_font
from heatadvisor.ui.i18n import Languages
from heatadvisor.ui.main_window import MainWindow
from heatadvisor.ui.settings import AppSettings


def create_window(app: QApplication, config_dir: Path | None = None) -> MainWindow:
    """Font, translators and settings applied to ``app``; the window, not yet shown."""
    settings = AppSettings(config_dir)
    apply_app_font(app, settings.point_size)
    languages = Languages(app)
    languages.switch(settings.language)
    return MainWindow(settings, languages)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    if "--self-test" in argv[1:]:  # checks this installation, prints one line per check; no window shown
        from heatadvisor.selftest import run

        return run()
    app = QApplication(argv)
    app.setApplicationName("HeatAdvisor")
    window = create_window(app)
    window.show()
    window.load_backend_async()  # starts once the window is whole, after its first paint
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
