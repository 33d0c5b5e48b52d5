"""Start the window: application, bundled font, language, settings, then the packs.

The path to the first paint imports Qt and the window only; pydantic, the core and the
packs load on a worker thread after the window is shown (they cost as much as Qt's start).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from heatadvisor.paths import log_dir
from heatadvisor.qtkit.fonts import apply_app_font
from heatadvisor.qtkit.i18n import Languages
from heatadvisor.qtkit.settings import AppSettings
from heatadvisor.ui.main_window import MainWindow


def create_window(app: QApplication, config_dir: Path | None = None) -> MainWindow:
    """Font, translators and settings applied to ``app``; the window, not yet shown."""
    settings = AppSettings(config_dir)
    apply_app_font(app, settings.point_size)
    languages = Languages(app)
    languages.switch(settings.language)
    return MainWindow(settings, languages)


def log_to_file() -> logging.Handler | None:
    """Send warnings and errors (a comparison that failed) to a file a bug report can carry.

    The file opens at the first message, so a start without problems writes nothing. None when
    the folder cannot be made (a write-protected stick): messages then go to stderr as before."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = logging.FileHandler(folder / "heatadvisor.log", encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    if "--self-test" in argv[1:]:  # checks this installation, prints one line per check; no window shown
        from heatadvisor.selftest import run

        return run()
    log_to_file()
    app = QApplication(argv)
    app.setApplicationName("HeatAdvisor")
    window = create_window(app)
    window.show()
    window.load_backend_async()  # starts once the window is whole, after its first paint
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
