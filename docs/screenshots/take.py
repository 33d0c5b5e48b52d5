"""Take the screenshots from the real window at 1366×768, one window switched live between shots
(the language and text size change without a restart, as they do for a user):

- ``readme`` (default): the README's — Chinese, large text, English, and the charts, heater-claims
  and explain tabs, then the records' history view and the follow-up of a saved consultation —
  into docs/screenshots/;
- ``guide``: the staff guide's (帮助 → 使用说明), each part of the window a step shows, in Chinese
  and in English, into resources/guide/img/ as 256-colour PNGs (the program bundles them).

Run under Xvfb with the system CJK fonts hidden, so the bundled font is what renders:

    FONTCONFIG_FILE=tests/ui/fontconfig_no_cjk/fonts.conf \\
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take.py [readme|guide [zh] [en]]

(``guide en`` alone takes the English shots in a fresh process.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import guide_records  # beside this script (the script's folder is on the path)
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QImage, QPixmap
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from heatadvisor.ui.app import create_window
from heatadvisor.ui.backend import load_backend
from heatadvisor.ui.main_window import MainWindow
from heatadvisor.ui.records.follow_up import FollowUpDialog
from heatadvisor.ui.wrapped_text import WrappedText

HERE = Path(__file__).resolve().parent
GUIDE_IMAGES = HERE.parent.parent / "resources" / "guide" / "img"
SHOTS = (  # file, language, large text, result tab, chart picked on the charts tab
    ("window_zh.png", "zh", False, 0, 0),
    ("window_charts_zh.png", "zh", False, 1, 0),
    ("window_payback_zh.png", "zh", False, 1, 1),  # 几年回本: today's heating and the best few, whole names
    ("window_claims_zh.png", "zh", False, 3, 0),
    ("window_explain_zh.png", "zh", False, 4, 0),
    ("window_large_text.png", "zh", True, 0, 0),
    ("window_en.png", "en", False, 0, 0),
)
# The guide's: name (saved as <name>_<lang>.png), and what to show: the part of the window to grab,
# or a picture already taken (of a menu or a message that only lives while it is open).
# Saved consultations (四) come from guide_records.py, in their own file beside the README's shots.
GUIDE_SHOTS: tuple[tuple[str, Callable[[MainWindow], QWidget | QPixmap]], ...] = (
    ("location", lambda w: w.location),
    ("house", lambda w: w.house),
    ("current", lambda w: w.current),
    ("household", lambda w: _opened(w, w.household)),
    ("results", lambda w: w.results),
    ("subsidies", lambda w: _tab(w, "subsidies")),
    ("explain", lambda w: _tab(w, "explain")),
    ("file_menu", lambda w: _menu(w, w.file_menu)),
    ("no_printer", lambda w: _no_printer_message(w)),
    *guide_records.SHOTS,
    ("problems", lambda w: _emptied_area(w)),  # last: the results stay greyed after it
)


def _settle(app: QApplication) -> None:
    """Events handled, and texts that kept a taller place while the form was typed in fitted
    again (as a user sees the window once they pause)."""
    while True:
        for _ in range(5):
            app.processEvents()
        if not any(isinstance(w, WrappedText) and w.settling() for w in app.allWidgets()):
            return
        time.sleep(0.05)


def _tab(window: MainWindow, name: str) -> QWidget:
    window.open_tab(name)
    return window.results


def _opened(window: MainWindow, group) -> QWidget:
    """The household group with its subsidy questions unfolded, scrolled into view."""
    group.facts_fold.set_open(True)
    window.form.ensureWidgetVisible(group)
    return group


def _emptied_area(window: MainWindow) -> QWidget:
    """The results while 取暖面积 is empty: greyed, with what to fix."""
    window.open_tab("comparison")
    window.house.area.setText("")
    window.recompute()
    return window.results


def _menu(window: MainWindow, menu: QMenu) -> QPixmap:
    """The menu as it drops down from the menu bar."""
    menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
    _settle(QApplication.instance())
    picture = menu.grab()
    menu.hide()
    return picture


def _no_printer_message(window: MainWindow) -> QPixmap:
    """What 打印建议书… says on a laptop without a printer (the PDF goes to a temporary
    Documents folder, set in ``guide_shots``)."""
    if QPrinterInfo.availablePrinters():
        sys.exit("a printer is installed here: take the guide's shots where none is")
    taken: list[QPixmap] = []

    def take_and_close() -> None:
        box = QApplication.activeModalWidget()
        taken.append(box.grab())
        box.accept()

    QTimer.singleShot(500, take_and_close)
    window.printing.print_sheet()
    return taken[0]


def open_window(app: QApplication, folder: Path) -> MainWindow:
    """The window with the packs loaded, a coal stove burning 2 t last winter, shown at 1366×768."""
    window = create_window(app, folder)
    window.set_backend(load_backend())
    window.current.quantity.setText("2")
    window.current.unit.set_value("t")
    window.resize(1366, 768)
    window.show()
    print("CJK families:", QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    return window


def readme_shots(app: QApplication, window: MainWindow) -> None:
    for name, language, large, tab, chart in SHOTS:
        window.set_language(language)
        window.large_text_action.setChecked(large)
        window.results.tabs.setCurrentIndex(tab)
        if tab == 1:
            window.results_side.charts_tab.show_chart(chart)
        _settle(app)
        window.grab().save(str(HERE / name))
        column = window.form.widget()
        print(
            HERE / name,
            window.results.state,
            "form needs",
            column.minimumSizeHint().width(),
            "px of",
            window.form.viewport().width(),
        )
    window.set_language("zh")
    window.large_text_action.setChecked(False)
    records_shots(app, window)


def records_shots(app: QApplication, window: MainWindow) -> None:
    """Three households saved, one followed up to the town's review; the history and the follow-up."""
    _settle(app)
    records = window.records
    followed = guide_records.save_households(window)
    history = records.history()
    _settle(app)
    history.grab().save(str(HERE / "records_history_zh.png"))
    follow = FollowUpDialog(records, followed, history)
    follow.show()
    _settle(app)
    follow.grab().save(str(HERE / "records_follow_up_zh.png"))
    print(HERE / "records_history_zh.png", len(history.rows), "rows;", HERE / "records_follow_up_zh.png")
    follow.close()
    history.close()


def guide_shots(app: QApplication, folder: Path, languages: tuple[str, ...] = ("zh", "en")) -> None:
    """Each language in a fresh window, so that no step's edit leaks into the next language."""
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    os.environ["XDG_DOCUMENTS_DIR"] = str(folder / "Documents")  # where the sheet goes without a printer
    for language in languages:
        os.environ["HEATADVISOR_DATA_DIR"] = str(folder / language / "data")  # records of the shots only
        window = open_window(app, folder / language)
        window.set_language(language)
        for name, part in GUIDE_SHOTS:
            shot = part(window)
            if isinstance(shot, QWidget):
                _settle(app)
                shot = shot.grab()
            path = GUIDE_IMAGES / f"{name}_{language}.png"
            # 256 colours, no dithering: a fifth of the size of a full-colour grab (1.2 MB → 0.3 MB for
            # the first 16 shots) and the text stays sharp
            image = shot.toImage().convertToFormat(
                QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            )
            image.save(str(path))
            print(path, path.stat().st_size // 1024, "kB", window.results.state)
        window.close()


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HEATADVISOR_DATA_DIR"] = str(Path(folder) / "data")  # the shots' records only, never the user's
        if sys.argv[1:2] == ["guide"]:
            guide_shots(app, Path(folder), tuple(sys.argv[2:]) or ("zh", "en"))
        else:
            readme_shots(app, open_window(app, Path(folder)))


if __name__ == "__main__":
    main()
