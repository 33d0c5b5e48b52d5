"""Paints a chart into a rectangle of any QPainter: the window's widget, or the printed
sheet's PDF page (vectors, searchable text). One pass from the figures and the painter's font:
no scene, no layout objects to keep in step, nothing laid out again when a label changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from .content import (
    AREA_BORDER,
    AREA_FILL,
    PALETTE,
    Bars,
    Chart,
    HistogramWithLine,
    LegendEntry,
    Lines,
    Values,
    every_ticks,
    legend_entries,
    nice_ticks,
)

GRID, AXIS_LINE, TEXT = "#e0e0e0", "#8a8a8a", "#333333"
GAP = 4.0
BAR_SHARE = 0.5  # of a category's band, the bars fill this much (as Qt Charts' bars did)
NAMES_SHARE = 0.4  # category names beside horizontal bars take at most this share of the width
LINE_WIDTH, CURVE_WIDTH, MARK_RADIUS = 2.5, 3.0, 6.0
SAMPLE = 18.0  # a legend entry's line sample or box
ALIGN_WRAP = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class Axis:
    """A value axis: its range, where its labels go and what they say."""

    low: float
    high: float
    ticks: Values
    labels: tuple[str, ...]
    title: str

    def at(self, value: float, start: float, end: float) -> float:
        """Where ``value`` lies between the pixel positions of ``low`` (start) and ``high`` (end)."""
        return start + (value - self.low) / ((self.high - self.low) or 1.0) * (end - start)


def value_axis(low: float, high: float, title: str, label_format: str) -> Axis:
    ticks = nice_ticks(low, high)
    return Axis(ticks[0], ticks[-1], ticks, tuple(label_format % t for t in ticks), title)


def steps_axis(low: float, high: float, step: float, title: str) -> Axis:
    """The x axis of years or degrees: labels every ``step`` inside the data's own range."""
    ticks = every_ticks(low, high, step)
    return Axis(low, high, ticks, tuple(f"{t:.0f}" for t in ticks), title)


@dataclass(frozen=True)
class Bands:
    """A category axis: one band per name, in reading order (left to right, top to bottom)."""

    labels: tuple[str, ...]
    title: str = ""

    def band(self, index: int, start: float, end: float) -> tuple[float, float]:
        size = (end - start) / max(len(self.labels), 1)
        return start + index * size, size


def bar_rects(bars: Bars, plot: QRectF, values: Axis) -> list[tuple[int, QRectF]]:
    """(series index, rectangle) of every bar: from zero to its value along the value axis,
    the series side by side inside the middle of the category's band."""
    names = Bands(bars.categories)
    rects = []
    for index in range(len(bars.categories)):
        if bars.horizontal:
            start, size = names.band(index, plot.top(), plot.bottom())
            zero = values.at(0.0, plot.left(), plot.right())
        else:
            start, size = names.band(index, plot.left(), plot.right())
            zero = values.at(0.0, plot.bottom(), plot.top())
        thick = size * BAR_SHARE / max(len(bars.series), 1)
        first = start + size * (1 - BAR_SHARE) / 2
        for number, (_name, figures) in enumerate(bars.series):
            across = (first + number * thick, first + (number + 1) * thick)
            if bars.horizontal:
                end = values.at(figures[index], plot.left(), plot.right())
                rect = QRectF(QPointF(min(zero, end), across[0]), QPointF(max(zero, end), across[1]))
            else:
                end = values.at(figures[index], plot.bottom(), plot.top())
                rect = QRectF(QPointF(across[0], min(zero, end)), QPointF(across[1], max(zero, end)))
            rects.append((number, rect))
    return rects


def _frame(p: QPainter, area: QRectF, left: Axis | Bands, bottom: Axis | Bands, right: Axis | None = None) -> QRectF:
    """Grid, axis lines, labels and axis titles around the plot; returns the plot's rectangle."""
    m = QFontMetricsF(p.font())
    line = m.height()

    def widest(labels: tuple[str, ...]) -> float:
        return max((m.horizontalAdvance(text) for text in labels), default=0.0)

    left_width = (
        min(widest(left.labels), area.width() * NAMES_SHARE) if isinstance(left, Bands) else widest(left.labels)
    )
    x0 = area.left() + (line + GAP if left.title else 0.0) + left_width + GAP
    if right is not None:
        x1 = area.right() - (line + GAP if right.title else 0.0) - widest(right.labels) - GAP
    else:  # room for half the last label, centred under the plot's right edge
        x1 = area.right() - (GAP if isinstance(bottom, Bands) else widest(bottom.labels[-1:]) / 2 + GAP)
    y0 = area.top() + line / 2
    y1 = area.bottom() - line - GAP - (line + GAP if bottom.title else 0.0)
    plot = QRectF(QPointF(x0, y0), QPointF(x1, y1))
    p.setPen(QPen(QColor(GRID), 1.0))
    edges_y = (
        [left.at(t, y1, y0) for t in left.ticks]
        if isinstance(left, Axis)
        else [left.band(i, y0, y1)[0] for i in range(len(left.labels) + 1)]
    )
    edges_x = (
        [bottom.at(t, x0, x1) for t in bottom.ticks]
        if isinstance(bottom, Axis)
        else [bottom.band(i, x0, x1)[0] for i in range(len(bottom.labels) + 1)]
    )
    for y in edges_y:
        p.drawLine(QPointF(x0, y), QPointF(x1, y))
    for x in edges_x:
        p.drawLine(QPointF(x, y0), QPointF(x, y1))
    p.setPen(QPen(QColor(AXIS_LINE), 1.0))
    p.drawLine(QPointF(x0, y0), QPointF(x0, y1))
    p.drawLine(QPointF(x0, y1), QPointF(x1, y1))
    if right is not None:
        p.drawLine(QPointF(x1, y0), QPointF(x1, y1))
    p.setPen(QColor(TEXT))
    right_align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if isinstance(left, Axis):
        for t, text in zip(left.ticks, left.labels):
            p.drawText(
                QRectF(x0 - GAP - left_width, left.at(t, y1, y0) - line / 2, left_width, line), right_align, text
            )
    else:
        for index, text in enumerate(left.labels):
            top, size = left.band(index, y0, y1)
            p.drawText(
                QRectF(x0 - GAP - left_width, top, left_width, size), right_align | Qt.TextFlag.TextWordWrap, text
            )
    if isinstance(bottom, Axis):
        places = [(bottom.at(t, x0, x1), text) for t, text in zip(bottom.ticks, bottom.labels)]
    else:
        places = [
            (sum(bottom.band(i, x0, x1)) - bottom.band(i, x0, x1)[1] / 2, text) for i, text in enumerate(bottom.labels)
        ]
    for x, text in places:
        p.drawText(QRectF(x - 200, y1 + GAP / 2, 400, line), Qt.AlignmentFlag.AlignHCenter, text)
    if right is not None:
        for t, text in zip(right.ticks, right.labels):
            p.drawText(
                QRectF(x1 + GAP, right.at(t, y1, y0) - line / 2, widest(right.labels), line),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
    if bottom.title:
        p.drawText(QRectF(x0, area.bottom() - line, x1 - x0, line), Qt.AlignmentFlag.AlignHCenter, bottom.title)
    for axis, edge, turn in ((left, area.left(), -90), (right, area.right(), 90)):
        if axis is not None and axis.title:
            p.save()
            p.translate(edge, (y0 + y1) / 2)
            p.rotate(turn)
            p.drawText(QRectF(-(y1 - y0) / 2, 0, y1 - y0, line), Qt.AlignmentFlag.AlignHCenter, axis.title)
            p.restore()
    return plot


def _legend(chart: Chart) -> list[LegendEntry]:
    """The legend's entries: boxes for bars and areas (no pen), line samples, the payback dot."""
    if isinstance(chart, Bars):
        entries: list[LegendEntry] = [
            (name, PALETTE[i % len(PALETTE)], Qt.PenStyle.NoPen) for i, (name, _) in enumerate(chart.series)
        ]
        return entries if len(entries) > 1 else []
    if isinstance(chart, Lines):
        names = [name for name, _ in chart.series]
        return legend_entries(chart.reference[0], names, chart.mark_name) if chart.legend else []
    return [(chart.bars[0], AREA_FILL, Qt.PenStyle.NoPen), (chart.line[0], PALETTE[0], Qt.PenStyle.SolidLine)]


def _legend_rows(m: QFontMetricsF, entries: list[LegendEntry], width: float) -> list[list[tuple[LegendEntry, float]]]:
    """Entries with their widths, in rows that fit ``width``: a row breaks between entries,
    never inside a name."""
    rows: list[list[tuple[LegendEntry, float]]] = [[]]
    used = 0.0
    for entry in entries:
        wide = SAMPLE + GAP + m.horizontalAdvance(entry[0])
        if rows[-1] and used + 3 * GAP + wide > width:
            rows.append([])
            used = 0.0
        used += (3 * GAP if rows[-1] else 0.0) + wide
        rows[-1].append((entry, wide))
    return rows


def _paint_legend(p: QPainter, entries: list[LegendEntry], area: QRectF) -> float:
    """The legend, centred at the bottom of ``area``; returns the height it took."""
    m = QFontMetricsF(p.font())
    line = m.height()
    rows = _legend_rows(m, entries, area.width())
    y = area.bottom() - len(rows) * line
    for row in rows:
        x = area.left() + (area.width() - sum(w for _, w in row) - 3 * GAP * (len(row) - 1)) / 2
        for (name, colour, pen), wide in row:
            mid = y + line / 2
            p.setRenderHint(QPainter.RenderHint.Antialiasing, pen != Qt.PenStyle.NoPen)
            if pen is None or pen == Qt.PenStyle.NoPen:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(colour))
                if pen is None:
                    p.drawEllipse(QPointF(x + SAMPLE / 2, mid), MARK_RADIUS * 0.6, MARK_RADIUS * 0.6)
                else:
                    p.drawRect(QRectF(x + SAMPLE / 4, mid - SAMPLE / 4, SAMPLE / 2, SAMPLE / 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(QPen(QColor(colour), LINE_WIDTH, pen))
                p.drawLine(QPointF(x, mid), QPointF(x + SAMPLE, mid))
            p.setPen(QColor(TEXT))
            p.drawText(QRectF(x + SAMPLE + GAP, y, wide - SAMPLE - GAP + 1, line), Qt.AlignmentFlag.AlignVCenter, name)
            x += wide + 3 * GAP
        y += line
    return len(rows) * line


def _paint_bars(p: QPainter, area: QRectF, bars: Bars) -> None:
    every = [v for _name, figures in bars.series for v in figures] or [0.0]
    values = value_axis(min(every), max(every), bars.value_title, bars.label_format)
    names = Bands(bars.categories)
    plot = _frame(p, area, names, values) if bars.horizontal else _frame(p, area, values, names)
    for number, rect in bar_rects(bars, plot, values):
        p.fillRect(rect, QColor(PALETTE[number % len(PALETTE)]))


def _paint_lines(p: QPainter, area: QRectF, chart: Lines) -> None:
    xs = chart.xs
    if not xs:
        return
    x_axis = steps_axis(xs[0], xs[-1], 5 if len(xs) > 12 else 1, chart.x_title)
    every = [*chart.reference[1], *(v for _name, ys in chart.series for v in ys)] or [0.0]
    y_axis = value_axis(min(every), max(every), chart.y_title, "%.0f")
    plot = _frame(p, area, y_axis, x_axis)

    def point(x: float, y: float) -> QPointF:
        return QPointF(x_axis.at(x, plot.left(), plot.right()), y_axis.at(y, plot.bottom(), plot.top()))

    looks = legend_entries(chart.reference[0], [name for name, _ in chart.series], chart.mark_name)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for (_name, colour, pen), ys in zip(looks, [chart.reference[1], *(ys for _name, ys in chart.series)]):
        p.setPen(QPen(QColor(colour), LINE_WIDTH, pen or Qt.PenStyle.SolidLine))
        p.drawPolyline(QPolygonF([point(x, y) for x, y in zip(xs, ys)]))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#000000"))
    for x, y in chart.marks():
        p.drawEllipse(point(x, y), MARK_RADIUS, MARK_RADIUS)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _paint_histogram(p: QPainter, area: QRectF, chart: HistogramWithLine) -> None:
    xs = chart.xs
    if not xs:
        return
    x_axis = steps_axis(min(xs) - 1, max(xs) + 1, 5, chart.x_title)
    hours = value_axis(0.0, max(chart.bars[1], default=1.0), chart.bar_title, "%.0f")
    ratio = value_axis(0.0, max(chart.line[1], default=1.0), chart.line_title, chart.line_format)
    plot = _frame(p, area, hours, x_axis, ratio)

    def point(x: float, y: float, axis: Axis) -> QPointF:
        return QPointF(x_axis.at(x, plot.left(), plot.right()), axis.at(y, plot.bottom(), plot.top()))

    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = [point(xs[0] - 0.5, 0.0, hours)]
    for x, h in zip(xs, chart.bars[1]):  # one step one degree wide, centred on the bin
        outline += [point(x - 0.5, h, hours), point(x + 0.5, h, hours)]
    outline.append(point(xs[-1] + 0.5, 0.0, hours))
    p.setPen(QPen(QColor(AREA_BORDER), 1.0))
    p.setBrush(QColor(AREA_FILL))
    p.drawPolygon(QPolygonF(outline))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor(PALETTE[0]), CURVE_WIDTH))
    p.drawPolyline(QPolygonF([point(x, y, ratio) for x, y in zip(xs, chart.line[1])]))


def paint_chart(p: QPainter, rect: QRectF, chart: Chart | None, title: str = "") -> None:
    """The title (bold, wrapped), the chart and its legend inside ``rect``, in the painter's font.
    Grid, axes and bars are drawn crisp (and faster) without antialiasing; lines and dots with it."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_parts(p, rect, chart, title)
    p.restore()


def _paint_parts(p: QPainter, rect: QRectF, chart: Chart | None, title: str) -> None:
    font = QFont(p.font())
    area = rect.adjusted(2 * GAP, GAP, -2 * GAP, -2 * GAP)
    if title:
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor(TEXT))
        used = p.boundingRect(QRectF(area.left(), area.top(), area.width(), 1e6), ALIGN_WRAP, title).height()
        p.drawText(QRectF(area.left(), area.top(), area.width(), used + 1), ALIGN_WRAP, title)
        area.setTop(area.top() + used + GAP)
        p.setFont(font)
    if chart is None:
        return
    entries = _legend(chart)
    if entries:
        area.setBottom(area.bottom() - _paint_legend(p, entries, area) - GAP)
    if isinstance(chart, Bars):
        _paint_bars(p, area, chart)
    elif isinstance(chart, Lines):
        _paint_lines(p, area, chart)
    else:
        _paint_histogram(p, area, chart)
