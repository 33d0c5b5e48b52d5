"""The window's start-up: what the first paint shows, what follows it, and that the groups
built after it are wired and ordered exactly like the ones built before it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from heatadvisor.ui.main_window import MainWindow

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]

# After bench_window's WINDOW child has made the window: which of the modules the first screen
# does without are loaded at its first paint, once it is whole, and whether F1 opens the guide.
LATER_MODULES = """
import sys, json
from PySide6.QtCore import QTimer
LATER = ("heatadvisor.ui.form.current", "heatadvisor.ui.form.options",
         "heatadvisor.ui.help", "heatadvisor.ui.results_side")
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "first_paint" not in seen:
            seen["first_paint"] = [name for name in LATER if name in sys.modules]
        return False
first_paint = FirstPaint()
FIELD.installEventFilter(first_paint)
window.show()
def whole():
    if not window.whole:
        return
    watch.stop()
    seen["whole"] = [name for name in LATER if name in sys.modules]
    window.help_menu.guide_action.trigger()
    seen["guide"] = window.help_menu.dialog.isVisible() and window.help_menu.dialog.browser.toPlainText() != ""
    print(json.dumps(seen))
    app.quit()
watch = QTimer(interval=5, timeout=whole)
watch.start()
app.exec()
"""


def test_groups_below_the_fold_follow_the_first_paint(qtbot, languages, settings, backend):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.groups == [window.location, window.house]
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.whole and window.household.isVisible(), timeout=2000)
    assert window.groups[2:] == [window.current, window.prices, window.options, window.household]
    qtbot.wait(10)  # laid out
    assert window.current.y() >= window.form.viewport().height(), "a deferred group is above the fold"
    assert window.current.title() == "现在怎么取暖"  # worded like the others
    window.set_backend(backend)
    settle(qtbot, window)
    assert window.results.state == "current"
    window.prices.edits["coal_yuan_per_t"].setText("1200")
    settle(qtbot, window)
    assert window.last.parts["prices"] == {"coal_yuan_per_t": 1200.0}


class TypedAtFirstPaint(QObject):
    """Types a digit into a field at its first paint (as bench_window does), and notes how many
    groups were built when the field first painted it."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window, self.field = window, window.house.area
        self.typed = False
        self.groups_when_shown: int | None = None
        self.field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt calls it by this name)
        if event.type() == QEvent.Type.Paint:
            if not self.typed:
                self.typed = True
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    key = QKeyEvent(kind, Qt.Key.Key_5, Qt.KeyboardModifier.NoModifier, "5")
                    QCoreApplication.postEvent(self.field, key)
            elif self.groups_when_shown is None and self.field.text().endswith("5"):
                self.groups_when_shown = len(self.window.groups)
        return False


def test_a_digit_typed_at_the_first_paint_shows_before_the_next_build_step(qtbot, languages, settings):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    typed = TypedAtFirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: window.whole, timeout=5000)
    assert window.house.area.text() == "805"
    assert typed.groups_when_shown == 2, "the digit waited for a build step"


def test_what_the_first_screen_does_without_loads_after_its_paint_and_before_the_packs():
    """The modules of the groups below the fold, of the guide's window and of the results are
    not imported for the first screen, are once the window is whole (before the worker's
    imports, which another thread's import could break), and F1 then opens the guide."""
    spec = importlib.util.spec_from_file_location("bench_window", ROOT / "bench" / "bench_window.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    code = bench.WINDOW.split("hook = Usable()")[0] + LATER_MODULES
    done = subprocess.run(
        [sys.executable, "-c", code], env=bench.child_env(), cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "first_paint": [],
        "whole": [
            "heatadvisor.ui.form.current",
            "heatadvisor.ui.form.options",
            "heatadvisor.ui.help",
            "heatadvisor.ui.results_side",
        ],
        "guide": True,
    }


def test_f1_before_the_window_is_whole_opens_the_guide(qtbot, languages, settings):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    assert not window.whole
    dialog = window.help_menu.open_guide()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.contents.count() > 5


def tab_order(qtbot, window) -> list:
    """The groups Tab visits from the first field until it comes round again ("rest" for
    anything outside the form: results, menus)."""
    start = window.location.province
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=1000)
    visited: list = []
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            break
        owner = next((g for g in window.groups if g.isAncestorOf(widget)), "rest")

        if not visited or visited[-1] is not owner:
            visited.append(owner)
    return visited


def test_tab_order_runs_through_every_group_then_the_results(qtbot, window):
    """Keyboard only: from the first field Tab visits every group top to bottom (the groups
    built after the first paint and the option rows built when the packs loaded included),
    then the results, and only then the form again."""
    assert len(window.options.rows) > 5
    assert tab_order(qtbot, window) == [*window.groups, "rest"]


def test_tab_order_runs_through_the_groups_built_after_the_first_paint(qtbot, languages, settings):
    window = MainWindow(settings, languages)
    qtbot.addWidget(window)
    window.show()
    # a widget added to a shown window is shown one event-loop pass later
    qtbot.waitUntil(lambda: window.whole and window.household.isVisible(), timeout=2000)
    # while the packs load the results have nothing to focus: Tab goes round the form
    assert tab_order(qtbot, window) == window.groups


def test_built_after_the_first_paint_it_looks_the_same(qtbot, languages, backend, tmp_path):
    """The window built in steps after its first paint, then given the packs, shows exactly the
    pixels of one built whole with the packs at hand."""
    from heatadvisor.qtkit.settings import AppSettings

    windows = []
    for folder, given in (("stepwise", None), ("whole", backend)):
        window = MainWindow(AppSettings(tmp_path / folder), languages, given)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda w=window: w.whole, timeout=2000)
        windows.append(window)
    windows[0].set_backend(backend)
    for window in windows:
        settle(qtbot, window)
    qtbot.wait(50)
    stepwise, whole = (w.grab().toImage() for w in windows)
    assert stepwise.size() == whole.size()
    assert stepwise == whole
