"""The comparison table's own cell painter, read back from a render: figures right-aligned,
names left, the recommendation bold, group titles on their tint, a selected cell highlighted,
everything greyed with the table, and long verdicts wrapped inside their rows."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from heatadvisor.ui.results.comparison import ComparisonTab
from heatadvisor.ui.results.table_cells import CELL_MARGIN, HEADING_BACKGROUND, Row, heading


def option(name: str, running: str, verdict: str = "最省", recommended: bool = False) -> Row:
    return Row(name, running, "9,000", "3.0", "40,000", "1.2", verdict, recommended=recommended)


def shown(qtbot, rows: list[Row]) -> ComparisonTab:
    """The tab on screen with ``rows``, in the bundled font (``languages`` applies it; the
    test machine has no CJK fonts of its own)."""
    tab = ComparisonTab()
    qtbot.addWidget(tab)
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_rows("建议：热泵。", rows, 15)
    return tab


def render(tab: ComparisonTab) -> QImage:
    return tab.table.viewport().grab().toImage()


def ink(image: QImage, rect: QRect, background: QColor | None = None) -> list[tuple[int, int]]:
    """The pixels in ``rect`` darker than the cell's background (its text)."""
    if background is None:
        background = image.pixelColor(rect.x() + 1, rect.y() + 1)
    return [
        (x, y)
        for y in range(rect.top() + 1, rect.bottom())
        for x in range(rect.left() + 1, rect.right())
        if image.pixelColor(x, y).lightness() < background.lightness() - 60
    ]


def cell(tab: ComparisonTab, row: int, column: int) -> QRect:
    return tab.table.visualRect(tab.model.index(row, column))


def test_figures_stand_right_and_names_left_within_the_margins(qtbot, languages):
    tab = shown(qtbot, [option("热泵", "2,300\n1,900–2,800", recommended=True)])
    image = render(tab)
    figure, name = cell(tab, 0, 1), cell(tab, 0, 0)
    pixels = ink(image, figure)
    middle = (min(y for _x, y in pixels) + max(y for _x, y in pixels)) / 2
    typical = [x for x, y in pixels if y < middle]  # "2,300", narrower than its range under it
    low_high = [x for x, y in pixels if y > middle]
    assert typical and low_high and min(typical) > min(low_high) + 10
    assert figure.right() - max(typical) <= CELL_MARGIN + 3 and figure.right() - max(low_high) <= CELL_MARGIN + 3
    name_x = [x for x, _y in ink(image, name)]
    assert name_x and min(name_x) - name.left() <= CELL_MARGIN + 3  # flush left
    assert max(y for _x, y in pixels) - min(y for _x, y in pixels) > tab.fontMetrics().height()  # two lines


def test_the_recommendation_is_bold_and_a_group_title_tinted(qtbot, languages):
    tab = shown(qtbot, [heading("清洁取暖"), option("热泵", "2,300", recommended=True), option("热泵", "2,300")])
    image = render(tab)
    title = cell(tab, 0, 0)
    assert image.pixelColor(title.x() + 2, title.y() + 2) == HEADING_BACKGROUND
    assert tab.table.columnSpan(0, 0) == 7
    bold, plain = len(ink(image, cell(tab, 1, 0))), len(ink(image, cell(tab, 2, 0)))
    assert bold > plain * 1.15  # the same name, heavier strokes


def test_a_selected_cell_is_highlighted_and_a_greyed_table_is_lighter(qtbot, languages):
    tab = shown(qtbot, [option("热泵", "2,300"), option("电暖器", "6,100")])
    tab.table.setCurrentIndex(tab.model.index(1, 1))
    tab.table.selectionModel().select(tab.model.index(1, 1), tab.table.selectionModel().SelectionFlag.ClearAndSelect)
    QApplication.processEvents()
    image = render(tab)
    selected = cell(tab, 1, 1)
    highlight = tab.table.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    active = tab.table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert image.pixelColor(selected.x() + 2, selected.y() + 2) in (highlight, active)
    enabled_text = ink(image, cell(tab, 0, 0))
    darkest = min(image.pixelColor(x, y).lightness() for x, y in enabled_text)
    tab.table.setEnabled(False)
    greyed = render(tab)
    name = cell(tab, 0, 0)
    greyed_darkest = min(
        greyed.pixelColor(x, y).lightness()
        for y in range(name.top() + 1, name.bottom())
        for x in range(name.left() + 1, name.right())
    )
    assert greyed_darkest > darkest + 40


def test_a_long_verdict_wraps_inside_its_cell_and_row(qtbot, languages):
    long = "冬天最冷几天要开辅助电加热，电费会高一些；室外机要离卧室远一点，晚上不吵人。" * 2
    tab = shown(qtbot, [option("空气源热泵", "2,300", verdict=long)])
    verdict = cell(tab, 0, 6)
    pixels = ink(render(tab), verdict)
    assert pixels
    assert max(x for x, _y in pixels) < verdict.right() and min(x for x, _y in pixels) > verdict.left()
    lines = tab.fontMetrics().lineSpacing()
    assert max(y for _x, y in pixels) - min(y for _x, y in pixels) > 2 * lines  # three lines or more
    assert max(y for _x, y in pixels) < verdict.bottom()  # the row is as high as the text wraps
    assert tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ToolTipRole) == long


def test_a_figure_and_its_range_stand_on_two_lines_in_a_wide_column(qtbot, languages):
    tab = shown(qtbot, [option("热泵", "9\n8–10")])  # the header makes the column wider than both lines together
    figure = cell(tab, 0, 1)
    assert figure.width() > tab.fontMetrics().horizontalAdvance("98–10") + 2 * CELL_MARGIN
    ys = [y for _x, y in ink(render(tab), figure)]
    assert max(ys) - min(ys) > tab.fontMetrics().height()  # the range under the figure, not beside it


def test_each_figure_column_says_what_it_counts_on_its_header(qtbot, make_window):
    for language, words in (
        ("zh", "减去第 15 年时设备还值的钱"),
        ("en", "less what the device is still worth in year 15"),
    ):
        model = make_window(language).comparison_tab.model
        tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(7)]
        assert words in tips[4]  # the horizon's total takes off the residual value, which the chart does not
        assert all(tips[1:6]) and tips[0] is None and tips[6] is None
