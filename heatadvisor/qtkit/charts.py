"""Every chart of the program, built with Qt Charts from plain data (numbers and labels).

Why Qt Charts (measured on the target kind of machine, see the bench and the notes): it ships
with PySide6-Addons, renders offscreen, updates in about 3 ms and prints as vectors with
searchable text; Qt Graphs prints only as a raster, pyqtgraph's printing is broken and
matplotlib takes ~115 ms an update. Nothing outside this module touches QtCharts, so the
choice can be swapped here alone. The printed advice sheet reuses ``render_chart``.

Updates keep the series and change their values when only the numbers changed (the live
window redraws on every keystroke); the series are rebuilt only when their shape changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication

Series = Sequence[tuple[str, Sequence[float]]]
"""(name, values) per series."""

PALETTE = ("#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589", "#5d6d7e", "#a04000")
CURRENT_COLOUR = "#555555"
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine)  # after the palette runs out
NICE_TICKS = 5  # a new QValueAxis's tick count, which its nice numbers start from


def line_look(index: int) -> tuple[str, Qt.PenStyle]:
    """Colour and pen of the option line ``index``: every line tells itself apart, even
    beyond the palette's eight colours."""
    return PALETTE[index % len(PALETTE)], LINE_STYLES[index // len(PALETTE) % len(LINE_STYLES)]


def legend_entries(reference: str, names: Sequence[str], mark_name: str) -> list[tuple[str, str, Qt.PenStyle | None]]:
    """(name, colour, pen) of today's dashed line, each option's line, then the payback mark
    (no pen: a dot): what ``set_lines`` draws, for a legend drawn with whole names."""
    return [
        (reference, CURRENT_COLOUR, Qt.PenStyle.DashLine),
        *((n, *line_look(i)) for i, n in enumerate(names)),
        (mark_name, "#000000", None),
    ]


def make_chart_view(title: str = "") -> QChartView:
    """An empty chart in a view, with fonts from the application (large-text mode included)."""
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    apply_fonts(chart)
    return view


def apply_fonts(chart: QChart) -> None:
    """Qt Charts does not follow the application font by itself."""
    base = QFont(QApplication.font())
    title = QFont(base)
    title.setBold(True)
    chart.setTitleFont(title)
    chart.legend().setFont(base)
    for axis in chart.axes():
        axis.setLabelsFont(base)
        axis.setTitleFont(base)


S = TypeVar("S", bound=QAbstractSeries)


def _series(chart: QChart, index: int, kind: type[S]) -> S:
    """A series of a chart made earlier, as the kind it was made as."""
    found = chart.series()[index]
    assert isinstance(found, kind), f"series {index} is {type(found).__name__}, not {kind.__name__}"
    return found


def _shape(chart: QChart) -> object:
    return chart.property("shape")


def _value_axis(title: str, label_format: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setLabelFormat(label_format)  # "%.0f": never "22000.0"
    return axis


def _nice_number(x: float, ceiling: bool) -> float:
    """1, 2 or 5 times a power of ten near ``x`` (Heckbert's, as Qt Charts' own)."""
    power = 10.0 ** math.floor(math.log10(x))
    q = x / power
    steps = ((1.0, 1), (2.0, 2), (5.0, 5)) if ceiling else ((1.5, 1), (3.0, 2), (7.0, 5))
    return next((nice for limit, nice in steps if (q <= limit if ceiling else q < limit)), 10) * power


def _nice_range(axis: QValueAxis, low: float, high: float) -> None:
    """What ``setRange`` then ``applyNiceNumbers`` give on a new axis, set once and only when
    it changed: a new range lays the chart out again (~2 ms each time), and typing often keeps
    it. Qt's own starts from the tick count the last range left, so the same figures could get
    another range after other ones; this one depends on the figures alone, as on the sheet."""
    low, high = min(low, 0.0), max(high, 1.0) * 1.08
    step = _nice_number(_nice_number(high - low, True) / (NICE_TICKS - 1), False)
    first, last = math.floor(low / step), math.ceil(high / step)
    if (axis.min(), axis.max()) != (first * step, last * step):
        axis.setRange(first * step, last * step)
    if axis.tickCount() != last - first + 1:
        axis.setTickCount(last - first + 1)


def set_bars(
    view: QChartView,
    categories: Sequence[str],
    series: Series,
    value_title: str,
    horizontal: bool = False,
    label_format: str = "%.0f",
) -> None:
    """Bars per category, one colour per series (running cost per option: horizontal, so
    long option names get a whole line instead of being elided)."""
    chart = view.chart()
    if horizontal:  # Qt stacks categories bottom-up; the first should read first, at the top
        categories = list(reversed(categories))
        series = [(name, list(reversed(values))) for name, values in series]
    shape = ("bars", horizontal, len(categories), tuple(name for name, _ in series))
    if _shape(chart) != shape:  # new categories in the same number are new labels, not a new chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        for index, (name, _values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.append([0.0] * len(categories))
            bars.append(bar_set)
        chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        value_axis = _value_axis(value_title, label_format)
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        chart.legend().setVisible(len(series) > 1)
        chart.setProperty("shape", shape)
        apply_fonts(chart)
    category_axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    if category_axis.categories() != list(categories):
        category_axis.setCategories(list(categories))
    bars = _series(chart, 0, QAbstractBarSeries)
    for bar_set, (_name, values) in zip(bars.barSets(), series):
        for index, value in enumerate(values):
            bar_set.replace(index, value)
    value_axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    every = [v for _name, values in series for v in values] or [0.0]
    _nice_range(value_axis, min(every), max(every))
    _lay_out_now(chart)


def _lay_out_now(chart: QChart) -> None:
    """New labels and ranges laid out now: left to the event loop, the chart is laid out
    after the scene has repainted it, and then repainted a second time."""
    chart.layout().activate()


def crossing(xs: Sequence[float], ys: Sequence[float], reference: Sequence[float]) -> tuple[float, float] | None:
    """Where a curve that starts above ``reference`` first meets it (linear between points):
    the payback point drawn on the chart. None if it never does or starts below."""
    if not xs or ys[0] <= reference[0]:
        return None
    for i in range(1, len(xs)):
        before, now = ys[i - 1] - reference[i - 1], ys[i] - reference[i]
        if now <= 0:
            t = before / (before - now) if before != now else 0.0
            return xs[i - 1] + t * (xs[i] - xs[i - 1]), ys[i - 1] + t * (ys[i] - ys[i - 1])
    return None


def set_lines(
    view: QChartView,
    xs: Sequence[float],
    series: Series,
    reference: tuple[str, Sequence[float]],
    x_title: str,
    y_title: str,
    mark_name: str,
    legend: bool = True,
) -> None:
    """Lines over the same x (cumulative cost per option over the years) with the reference
    (today's heating) dashed grey, and each line's crossing with it marked. ``legend=False``
    when the caller draws one with whole names (``legend_entries``): Qt's cuts them short."""
    chart = view.chart()
    shape = ("lines", len(xs), len(series), x_title, y_title)
    if _shape(chart) != shape:  # new names of as many lines only rename them
        chart.removeAllSeries()
        axes = [a for a in chart.axes() if isinstance(a, QValueAxis)]
        if len(axes) == 2:  # kept: an axis removed from a shown chart leaves its labels drawn behind
            x_axis, y_axis = axes
        else:
            for axis in chart.axes():
                chart.removeAxis(axis)
            x_axis, y_axis = _value_axis(x_title, "%.0f"), _value_axis(y_title, "%.0f")
            x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            x_axis.setTickAnchor(0)
            chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        x_axis.setTitleText(x_title)
        y_axis.setTitleText(y_title)
        x_axis.setTickInterval(5 if len(xs) > 12 else 1)
        for _name, colour, style in legend_entries(reference[0], [name for name, _ in series], mark_name)[:-1]:
            line = QLineSeries()
            line.setPen(QPen(QColor(colour), 2.5, Qt.PenStyle.SolidLine if style is None else style))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        marks = QScatterSeries()
        marks.setMarkerSize(12)
        marks.setColor(QColor("#000000"))
        chart.addSeries(marks)
        marks.attachAxis(x_axis)
        marks.attachAxis(y_axis)
        chart.legend().setVisible(legend)
        chart.setProperty("shape", shape)
        apply_fonts(chart)
    lines = [_series(chart, index, QLineSeries) for index in range(len(chart.series()) - 1)]
    marks = _series(chart, -1, QScatterSeries)
    for item, name in zip([*lines, marks], [reference[0], *(name for name, _ in series), mark_name]):
        if item.name() != name:
            item.setName(name)
    lines[0].replace([QPointF(x, y) for x, y in zip(xs, reference[1])])
    points = []
    for line, (_name, ys) in zip(lines[1:], series):
        line.replace([QPointF(x, y) for x, y in zip(xs, ys)])
        crossed = crossing(xs, ys, reference[1])
        if crossed is not None:
            points.append(QPointF(*crossed))
    marks.replace(points)
    x_axis, y_axis = (a for a in chart.axes() if isinstance(a, QValueAxis))
    x_axis.setRange(xs[0], xs[-1])
    every = [*reference[1], *(v for _name, ys in series for v in ys)] or [0.0]
    _nice_range(y_axis, min(every), max(every))
    _lay_out_now(chart)


def set_histogram_with_line(
    view: QChartView,
    xs: Sequence[float],
    bars: tuple[str, Sequence[float]],
    line: tuple[str, Sequence[float]],
    x_title: str,
    bar_title: str,
    line_title: str,
    line_format: str = "%.1f",
) -> None:
    """Hours at each outdoor temperature as a histogram (left axis) with a curve over the
    same temperatures (right axis): the heat pump's COP where this place's hours are."""
    chart = view.chart()
    shape = ("hist", len(xs), bars[0], line[0])
    if _shape(chart) != shape:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis = _value_axis(x_title, "%.0f")
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(0)
        x_axis.setTickInterval(5)
        hours_axis = _value_axis(bar_title, "%.0f")
        line_axis = _value_axis(line_title, line_format)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(line_axis, Qt.AlignmentFlag.AlignRight)
        upper = QLineSeries()
        area = QAreaSeries(upper)
        area.setName(bars[0])
        area.setColor(QColor("#aed6f1"))
        area.setBorderColor(QColor("#5dade2"))
        chart.addSeries(area)
        area.attachAxis(x_axis)
        area.attachAxis(hours_axis)
        curve = QLineSeries()
        curve.setName(line[0])
        curve.setPen(QPen(QColor(PALETTE[0]), 3))
        chart.addSeries(curve)
        curve.attachAxis(x_axis)
        curve.attachAxis(line_axis)
        chart.setProperty("shape", shape)
        apply_fonts(chart)
    area, curve = _series(chart, 0, QAreaSeries), _series(chart, 1, QLineSeries)
    steps = []
    for x, hours in zip(xs, bars[1]):  # one step one degree wide, centred on the bin
        steps += [QPointF(x - 0.5, hours), QPointF(x + 0.5, hours)]
    area.upperSeries().replace(steps)
    curve.replace([QPointF(x, y) for x, y in zip(xs, line[1])])
    x_axis, hours_axis, line_axis = (a for a in chart.axes() if isinstance(a, QValueAxis))
    if xs:
        x_axis.setRange(min(xs) - 1, max(xs) + 1)
    _nice_range(hours_axis, 0.0, max(bars[1], default=1.0))
    _nice_range(line_axis, 0.0, max(line[1], default=1.0))
    _lay_out_now(chart)


def render_chart(view: QChartView, painter: QPainter, target: QRectF) -> None:
    """Draw the chart into ``target`` on any painter (screen, QPrinter, QPdfWriter) as vectors."""
    chart = view.chart()
    source = chart.sceneBoundingRect()
    chart.scene().render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
