"""Take the README screenshots of the window at 1366×768: Chinese, large text, English,
and the charts, heater-claims and explain tabs. One window, switched live between shots
(the language and text size change without a restart, as they do for a user).

Run under Xvfb with the system CJK fonts hidden, so the bundled font is what renders:

    FONTCONFIG_FILE=tests/ui/fontconfig_no_cjk/fonts.conf \\
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from heatadvisor.ui.app import create_window
from heatadvisor.ui.backend import load_backend

HERE = Path(__file__).resolve().parent
SHOTS = (  # file, language, large text, result tab
    ("window_zh.png", "zh", False, 0),
    ("window_charts_zh.png", "zh", False, 1),
    ("window_claims_zh.png", "zh", False, 3),
    ("window_explain_zh.png", "zh", False, 4),
    ("window_large_text.png", "zh", True, 0),
    ("window_en.png", "en", False, 0),
)


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(app, Path(folder))
        window.set_backend(load_backend())
        window.current.quantity.setText("2")
        window.current.unit.set_value("t")
        window.resize(1366, 768)
        window.show()
        print("CJK families:", QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
        for name, language, large, tab in SHOTS:
            window.set_language(language)
            window.large_text_action.setChecked(large)
            window.results.tabs.setCurrentIndex(tab)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(HERE / name))
            column = window.scroll.widget()
            print(HERE / name, window.results.state, "form needs", column.minimumSizeHint().width(),
                  "px of", window.scroll.viewport().width())


if __name__ == "__main__":
    main()
