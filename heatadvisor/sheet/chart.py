"""Thin adapter from the sheet's payback data to the program's one chart module.

heatadvisor.qtkit.charts paints the chart (the same cumulative-cost lines the window shows) as
vectors with the function the window uses; this gives it the area on paper and the print type
size, because the window's fonts are screen fonts. The legend is drawn here as wrapped text in
two columns: whole option names, which fit the page's width better than one centred row.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from heatadvisor.qtkit import charts

from .content import PaybackChart
from .layout import Style, draw_text, text_height

AXIS = Style(8)
LEGEND = Style(8)


def _legend(data: PaybackChart) -> list[tuple[str, str, Qt.PenStyle | None]]:
    """(name, colour, line style) per line, then the payback mark (no line style: a dot)."""
    return charts.legend_entries(data.reference[0], [name for name, _ in data.series], data.mark_name)


def _paint_legend(painter: QPainter, entries: list[tuple[str, str, Qt.PenStyle | None]], rect: QRectF) -> None:
    """Two columns of (line sample, full name) under the plot."""
    column = rect.width() / 2
    y = rect.y()
    for i in range(0, len(entries), 2):
        row_height = 0.0
        for j, (name, colour, style) in enumerate(entries[i : i + 2]):
            x = rect.x() + j * column
            mid = y + LEGEND.size * 0.7
            if style is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawEllipse(QPointF(x + 9, mid), 3.5, 3.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(QPen(QColor(colour), 2.0, style))
                painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            row_height = max(row_height, draw_text(painter, name, LEGEND, QRectF(x + 22, y, column - 26, 0)))
        y += row_height + 1


def legend_height(painter: QPainter, data: PaybackChart, width: float) -> float:
    entries = _legend(data)
    return sum(
        max(text_height(painter, name, LEGEND, width / 2 - 26) for name, _, _ in entries[i : i + 2]) + 1
        for i in range(0, len(entries), 2)
    )


def payback_painter(data: PaybackChart):
    """A callback that paints the payback chart and its legend into a rectangle (in points)."""
    chart = charts.Lines(data.years, data.series, data.reference, data.x_title, data.y_title, data.mark_name, False)
    entries = _legend(data)

    def paint(painter: QPainter, rect: QRectF) -> None:
        legend = legend_height(painter, data, rect.width())
        plot = QRectF(rect.x(), rect.y(), rect.width(), rect.height() - legend - 4)
        painter.save()
        painter.setFont(AXIS.font())  # the painter's units are points: the type prints at its size
        charts.paint_chart(painter, plot, chart)
        painter.restore()
        _paint_legend(painter, entries, QRectF(rect.x() + 30, plot.bottom() + 4, rect.width() - 30, legend))

    return paint
