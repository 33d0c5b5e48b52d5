"""A key press redraws only what changed and still shows the last key's results: the table
rewrites its changed cells, the chart on screen repaints once and lays nothing out, a tab that is not shown
is filled when opened, and a notice coming or going leaves the table where it is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from heatadvisor.qtkit import charts
from heatadvisor.ui import present
from heatadvisor.ui.results.comparison import ComparisonTab
from heatadvisor.ui.results.headline import NOTICE_BACKGROUND
from heatadvisor.ui.results.table_cells import Row, heading

from .conftest import Events, settle


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


def test_the_running_chart_repaints_each_key_press_once_and_lays_out_nothing(qtbot, window):
    window.house.area.setText("80")
    window.open_tab("charts")
    settle(qtbot, window)
    tab = window.results_side.charts_tab
    view = tab.running
    recommended = window.last.comparison.recommended
    paints, layouts = Events(QEvent.Type.Paint, view), Events(QEvent.Type.LayoutRequest, tab)
    window.house.area.setFocus()
    qtbot.keyClick(window.house.area, Qt.Key.Key_5)  # 805 m²: a coal stove comes first, not the air conditioner
    settle(qtbot, window)
    qtbot.wait(20)
    comparison = window.last.comparison
    assert comparison.recommended != recommended
    assert tab.running is view and paints.count == 1 and layouts.count == 0  # one repaint of the chart alone
    chart = view.chart
    assert isinstance(chart, charts.Bars) and chart.horizontal
    names = [present.name(o, "zh") for o in [*comparison.options]]
    assert list(chart.categories[1:]) == names  # today's heating first, on top
    shown = chart.series[0][1]
    assert shown == pytest.approx(
        [comparison.current.running_cost[1], *(o.running_cost[1] for o in comparison.options)]
    )
    assert charts.nice_ticks(0, max(shown))[-1] >= max(shown)


def test_payback_lines_follow_new_names_and_marks_in_the_same_view(qapp):
    view = charts.make_chart_view()
    charts.set_lines(
        view, [0, 1, 2], [("热泵", [9, 10, 11]), ("电暖器", [1, 6, 12])], ("现在", [0, 4, 8]), "年", "元", "回本"
    )
    charts.set_lines(
        view, [0, 1, 2], [("电暖器", [1, 7, 13]), ("热泵", [9, 9, 9])], ("现在", [0, 6, 12]), "年", "元", "回本"
    )
    chart = view.chart
    assert isinstance(chart, charts.Lines)
    assert [name for name, _ in chart.series] == ["电暖器", "热泵"] and chart.series[1][1] == (9, 9, 9)
    assert chart.marks() == [(1.5, 9.0)]  # only the heat pump is caught up
    looks = charts.legend_entries(chart.reference[0], ["电暖器", "热泵"], chart.mark_name)
    assert [name for name, _colour, _pen in looks] == ["现在", "电暖器", "热泵", "回本"]


def tinted(strip: QWidget) -> bool:
    """Whether the strip shows the notice's tint (it is painted only behind a notice)."""
    picture = strip.grab().toImage()
    return picture.pixelColor(picture.width() - 2, picture.height() // 2) == NOTICE_BACKGROUND


def test_a_notice_coming_and_going_leaves_the_table_where_it_is(qtbot, window):
    """The notice has a strip of its own above the table: the table does not move, so it is
    not repainted whole (its scroll bar only when its range changes: a group of options coming
    or going adds rows), and nothing re-lays out the tabs. The close call's lines keep their place
    too: at 80 m² the split air conditioner and the air-to-water pump cost about the same, at 805 not."""
    settle(qtbot, window)
    tab = window.comparison_tab
    assert tab.close_call.text() != ""
    assert tab.notice.text() == "" and not tinted(tab.notice)
    where = tab.table.geometry()
    assert tab.notice.isVisible() and tab.notice.geometry().bottom() < where.top()  # an empty strip, a line high
    requests = Events(QEvent.Type.LayoutRequest, window.results.tabs)  # a layout there repaints every page
    bar = tab.table.verticalScrollBar()
    bar_paints = Events(QEvent.Type.Paint, bar)
    kept_range = 0
    for area, shown in (("805", True), ("80", False), ("805", True), ("806", True)):  # 805: more coal than burnt here
        before = bar.maximum(), bar_paints.count
        window.house.area.setText(area)
        settle(qtbot, window)
        qtbot.wait(20)
        assert bool(tab.notice.text()) == shown and tinted(tab.notice) == shown
        assert bool(tab.close_call.text()) != shown
        assert tab.table.geometry() == where
        if bar.maximum() == before[0]:
            kept_range += 1
            assert bar_paints.count == before[1], f"the scroll bar repainted at {area} m²"
    assert kept_range >= 1  # at least one press changed the figures and not the rows
    assert "去年冬天烧了多少" in tab.notice.text() and tab.notice.isVisible()
    assert tab.notice.geometry().bottom() < where.top()
    assert requests.count == 0


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
