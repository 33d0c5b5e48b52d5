"""Take the README screenshots of the window at 1366×768: Chinese, large text, English,
and the charts, heater-claims and explain tabs; then the records' history view and the
follow-up of a saved consultation. One window, switched live between shots (the language
and text size change without a restart, as they do for a user).

Run under Xvfb with the system CJK fonts hidden, so the bundled font is what renders:

    FONTCONFIG_FILE=tests/ui/fontconfig_no_cjk/fonts.conf \\
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from heatadvisor.records.model import Stage, Usage
from heatadvisor.ui.app import create_window
from heatadvisor.ui.backend import load_backend
from heatadvisor.ui.records.follow_up import FollowUpDialog

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
        os.environ["HEATADVISOR_DATA_DIR"] = str(Path(folder) / "data")  # records of the shots only
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
        window.set_language("zh")
        window.large_text_action.setChecked(False)
        records_shots(app, window)


def records_shots(app: QApplication, window) -> None:
    """Three households saved, one followed up to the town's review; the history and follow-up."""
    for _ in range(5):
        app.processEvents()
    records = window.records
    for village, area, wall in (("前河村", "90", "brick_240"), ("后店村", "135", "adobe"), ("西沟村", "160", "brick_370")):
        records.new()
        window.location.village.setText(village)
        window.house.area.setText(area)
        window.house.wall.set_value(wall)
        window.recompute()
        saved = records.save()
    store = records.store
    for stage, day in ((Stage.applied, date(2026, 10, 12)), (Stage.village_review, date(2026, 10, 20)),
                       (Stage.town_review, date(2026, 11, 2))):
        store.add_stage(saved.id, stage, day, "材料齐全" if stage is Stage.applied else "")
    store.set_usage(saved.id, "2026-2027", Usage.normal)
    history = records.history()
    for _ in range(5):
        app.processEvents()
    history.grab().save(str(HERE / "records_history_zh.png"))
    follow = FollowUpDialog(records, saved.id, history)
    follow.show()
    for _ in range(5):
        app.processEvents()
    follow.grab().save(str(HERE / "records_follow_up_zh.png"))
    print(HERE / "records_history_zh.png", len(history.rows), "rows;", HERE / "records_follow_up_zh.png")
    follow.close()
    history.close()


if __name__ == "__main__":
    main()
