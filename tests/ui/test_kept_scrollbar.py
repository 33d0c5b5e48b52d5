"""The comparison table's scroll bar looks exactly as Qt's own in every state it is shown
in, though it repaints from kept pictures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollBar, QWidget

from heatadvisor.ui.results.comparison import ComparisonTab
from heatadvisor.ui.results.scrollbar import KeptScrollBar


def picture(bar: QScrollBar) -> QImage:
    """The bar as its window shows it, over the window's background."""
    window = bar.parentWidget()
    return window.grab(bar.geometry()).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_it_looks_as_qts_own_scroll_bar_as_it_moves_and_resizes(qtbot):
    window = QWidget()  # one window: both active or not alike
    qtbot.addWidget(window)
    kept, plain = KeptScrollBar(Qt.Orientation.Vertical, window), QScrollBar(Qt.Orientation.Vertical, window)
    for bar in (kept, plain):
        bar.setRange(0, 10)
        bar.setPageStep(5)
    plain.move(20, 0)
    window.resize(40, 620)
    window.show()
    looks = []
    for height, value in ((600, 0), (570, 0), (600, 0), (600, 7), (570, 10), (600, 0)):
        for bar in (kept, plain):
            bar.resize(14, height)  # placed by hand: a layout would give them one height
            bar.setValue(value)
        assert picture(kept) == picture(plain)
        looks.append(picture(kept))
    assert looks[0] == looks[2] == looks[5] and looks[0] != looks[1] and looks[0] != looks[3]
    kept.setEnabled(False)
    plain.setEnabled(False)
    assert picture(kept) == picture(plain)


def test_the_comparison_table_scrolls_with_it(qtbot):
    tab = ComparisonTab()
    qtbot.addWidget(tab)
    assert isinstance(tab.table.verticalScrollBar(), KeptScrollBar)
