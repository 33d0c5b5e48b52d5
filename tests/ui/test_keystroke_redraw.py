"""A key press redraws only what changed and still shows the last key's results: the table
rewrites its changed cells, the charts keep their series and axes, a tab that is not shown
is filled when opened, and a notice coming or going leaves the table where it is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from heatadvisor.qtkit import charts
from heatadvisor.ui import present
from heatadvisor.ui.results.comparison import ComparisonTab, Row, heading
from heatadvisor.ui.results.headline import NOTICE_BACKGROUND

from .conftest import LayoutRequests, settle


def row(name: str, running: str, recommended: bool = False) -> Row:
    return Row(
        name=name,
        running=running,
        purchase="9,000",
        payback="3.0",
        horizon="40,000",
        co2="1.2",
        verdict="最省",
        recommended=recommended,
    )


def changed_cells(tab: ComparisonTab, rows: list[Row]) -> list[tuple[int, int]]:
    """The cells the model reports changed (so the view repaints) while it takes ``rows``."""
    seen: list[tuple[int, int]] = []
    tab.model.dataChanged.connect(
        lambda top, bottom, _roles=(): seen.extend(
            (r, c) for r in range(top.row(), bottom.row() + 1) for c in range(top.column(), bottom.column() + 1)
        )
    )
    tab.show_rows("建议：热泵。", rows, 15)
    tab.model.dataChanged.disconnect()
    return seen


def test_the_table_rewrites_only_the_cells_that_changed(qtbot):
    tab = ComparisonTab()
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    first = [heading("清洁取暖"), row("热泵", "2,300", recommended=True), row("电暖器", "6,100")]
    tab.show_rows("建议：热泵。", first, 15)
    assert changed_cells(tab, list(first)) == []  # the same rows again: nothing to repaint
    typed = [first[0], replace(first[1], running="2,400"), first[2]]
    assert changed_cells(tab, typed) == [(1, 1)]
    assert tab.model.data(tab.model.index(1, 1)) == "2,400"
    swapped = [first[0], replace(first[2], recommended=True), replace(first[1], recommended=False)]
    assert sorted(set(changed_cells(tab, swapped))) == [(1, 0), (1, 1), (2, 0), (2, 1)]
    bold = tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.FontRole)
    assert tab.model.data(tab.model.index(1, 0)) == "电暖器" and bold.bold()
    assert tab.model.data(tab.model.index(2, 0), Qt.ItemDataRole.FontRole) is None  # no longer recommended
    shorter = swapped[:2]
    tab.show_rows("建议：电暖器。", shorter, 15)
    assert tab.model.rowCount() == 2 and tab.table.columnSpan(0, 0) == 7 and tab.table.columnSpan(1, 0) == 1


def table_running(window) -> list[str]:
    model = window.comparison_tab.model
    return [model.data(model.index(r, 1)) for r in range(model.rowCount())]


def test_a_table_not_shown_is_filled_when_opened(qtbot, window):
    settle(qtbot, window)
    before = table_running(window)
    window.open_tab("charts")
    window.house.area.setText("200")
    settle(qtbot, window)
    assert table_running(window) == before  # typing while the charts show leaves the table alone
    window.open_tab("comparison")
    rows = present.comparison_rows(window.last.comparison, window.backend, "zh")
    assert table_running(window) == [r.running for r in rows] != before
    assert window.results.shown_parts["house"]["heated_area_m2"] == 200


def test_the_running_chart_shows_each_key_press_in_the_same_series(qtbot, window):
    window.house.area.setText("80")
    window.open_tab("charts")
    settle(qtbot, window)
    chart = window.results_side.charts_tab.running.chart()
    bars, axes = chart.series()[0], chart.axes()
    recommended = window.last.comparison.recommended
    window.house.area.setFocus()
    qtbot.keyClick(window.house.area, Qt.Key.Key_5)  # 805 m²: a coal stove comes first, not the air conditioner
    settle(qtbot, window)
    comparison = window.last.comparison
    assert comparison.recommended != recommended
    assert chart.series() == [bars] and chart.axes() == axes  # the same series and axes, new values
    names = [present.name(o, "zh") for o in [*comparison.options]]
    category_axis = next(a for a in axes if isinstance(a, QBarCategoryAxis))
    assert category_axis.categories()[::-1][1:] == names  # bottom-up; today's heating on top
    values = bars.barSets()[0]
    shown = [values.at(i) for i in range(values.count())][::-1]
    assert shown == pytest.approx(
        [comparison.current.running_cost[1], *(o.running_cost[1] for o in comparison.options)]
    )
    value_axis = next(a for a in axes if isinstance(a, QValueAxis))
    assert value_axis.max() >= max(shown)


def test_payback_lines_are_renamed_in_place(qapp):
    view = charts.make_chart_view()
    charts.set_lines(
        view, [0, 1, 2], [("热泵", [9, 10, 11]), ("电暖器", [1, 6, 12])], ("现在", [0, 4, 8]), "年", "元", "回本"
    )
    lines = view.chart().series()
    charts.set_lines(
        view, [0, 1, 2], [("电暖器", [1, 7, 13]), ("热泵", [9, 9, 9])], ("现在", [0, 6, 12]), "年", "元", "回本"
    )
    assert view.chart().series() == lines
    assert [s.name() for s in lines] == ["现在", "电暖器", "热泵", "回本"]
    assert [p.y() for p in lines[2].points()] == [9, 9, 9]
    assert [(p.x(), p.y()) for p in lines[-1].points()] == [(1.5, 9.0)]  # only the heat pump is caught up


@pytest.mark.parametrize("low, high", [(0, 1), (0, 950), (0, 2_399), (-1_250, 48_418), (0, 191_085), (3, 7)])
def test_a_nice_range_is_the_one_qt_chooses_for_the_figures_alone_and_is_set_once(qapp, low, high):
    ours, qts = QValueAxis(), QValueAxis()
    charts._nice_range(ours, 0, 12_345_678)  # an earlier range leaves another tick count
    qts.setRange(min(low, 0), max(high, 1) * 1.08)
    qts.applyNiceNumbers()  # on a new axis: as the printed sheet's chart gets it
    charts._nice_range(ours, low, high)
    assert (ours.min(), ours.max(), ours.tickCount()) == (qts.min(), qts.max(), qts.tickCount())
    changes: list[tuple[float, float]] = []
    ours.rangeChanged.connect(lambda lo, hi: changes.append((lo, hi)))
    charts._nice_range(ours, low, high * 0.999)  # a keystroke that keeps the range redraws no axis
    assert changes == []


class Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt calls it by this name)
        self.count += event.type() == QEvent.Type.Paint
        return False


def tinted(strip: QWidget) -> bool:
    """Whether the strip shows the notice's tint (it is painted only behind a notice)."""
    picture = strip.grab().toImage()
    return picture.pixelColor(picture.width() - 2, picture.height() // 2) == NOTICE_BACKGROUND


def test_a_notice_coming_and_going_leaves_the_table_where_it_is(qtbot, window):
    """The notice has a strip of its own above the table: the table does not move, so it is
    not repainted whole (its scroll bar not at all), and nothing re-lays out the tabs."""
    settle(qtbot, window)
    tab = window.comparison_tab
    assert tab.notice.text() == "" and not tinted(tab.notice)
    where = tab.table.geometry()
    assert tab.notice.isVisible() and tab.notice.geometry().bottom() < where.top()  # an empty strip, a line high
    requests = LayoutRequests()
    window.results.tabs.installEventFilter(requests)  # a layout there repaints every page and the bar
    scroll_bar = Paints(tab.table.verticalScrollBar())
    for area, shown in (("805", True), ("80", False), ("805", True)):  # far more coal than households here burn
        window.house.area.setText(area)
        settle(qtbot, window)
        qtbot.wait(20)
        assert bool(tab.notice.text()) == shown and tinted(tab.notice) == shown
        assert tab.table.geometry() == where
    assert "去年冬天烧了多少" in tab.notice.text() and tab.notice.isVisible()
    assert tab.notice.geometry().bottom() < where.top()
    assert scroll_bar.count == 0 and requests.count == 0


def test_the_notice_strip_fits_the_longest_notice_until_its_width_changes(qtbot):
    """A notice longer than the strip makes room for itself and keeps it when it goes; a new
    width fits the strip to what it shows."""
    tab = ComparisonTab()
    qtbot.addWidget(tab)
    tab.resize(500, 600)
    tab.show()
    rows = [heading("清洁取暖"), row("热泵", "2,300", recommended=True)]
    tab.show_rows("建议：热泵。", rows, 15)
    line = tab.notice.height()
    notice = "按房子估算一冬要烧 12.8 吨煤，这一带一般 1.0–3.0 吨：可能估多了。" * 3
    tab.show_rows("建议：热泵。", rows, 15, notice)
    settle_layout = tab.table.geometry()
    assert tab.notice.height() > 2 * line and tab.notice.geometry().bottom() < settle_layout.top()
    tall = tab.notice.height()
    tab.show_rows("建议：热泵。", rows, 15)
    assert tab.notice.height() == tall and tab.table.geometry() == settle_layout
    tab.resize(520, 600)
    qtbot.waitUntil(lambda: tab.notice.height() == line)
