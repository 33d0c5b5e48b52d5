"""Every chart of the program, painted with QPainter from plain data (numbers and labels).

The window shows a chart in a ``ChartView`` (a plain QWidget); the printed sheet paints the same
chart with the same function (``paint_chart``) onto its PDF page, as vectors with searchable
text. Painted rather than Qt Charts: Qt Charts is deprecated since Qt 6.10 in favour of Qt
Graphs (https://doc.qt.io/qt-6/qtcharts-index.html), which draws with Qt Quick (QML), a part
the frozen program leaves out; and a Qt Charts chart re-laid out its scene whenever an axis
label changed (2–3 ms a keystroke) and painted through a QGraphicsScene (~3 ms). A painted
chart repaints only its own widget, once, and only when what it shows changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from .content import (
    CURRENT_COLOUR,
    PALETTE,
    Bars,
    Chart,
    HistogramWithLine,
    LegendEntry,
    Lines,
    crossing,
    legend_entries,
    line_look,
    nice_ticks,
)
from .paint import bar_rects, paint_chart, value_axis

__all__ = [
    "CURRENT_COLOUR",
    "PALETTE",
    "Bars",
    "Chart",
    "ChartView",
    "HistogramWithLine",
    "LegendEntry",
    "Lines",
    "apply_fonts",
    "bar_rects",
    "crossing",
    "legend_entries",
    "line_look",
    "make_chart_view",
    "nice_ticks",
    "paint_chart",
    "set_bars",
    "set_histogram_with_line",
    "set_lines",
    "value_axis",
]

Series = Sequence[tuple[str, Sequence[float]]]
"""(name, values) per series."""


class ChartView(QWidget):
    """A chart on screen: its title and what it shows; repainted once when either changes.
    Screen readers get the title as the widget's name."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.chart: Chart | None = None
        self.setMinimumHeight(220)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self.setAccessibleName(title)
            self.update()

    def set_chart(self, chart: Chart) -> None:
        if chart != self.chart:
            self.chart = chart
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(event.rect(), QColor("#ffffff"))  # the colours are fixed, as on paper
        paint_chart(p, QRectF(self.rect()), self.chart, self.title)
        p.end()


def make_chart_view(title: str = "") -> ChartView:
    """An empty chart, in the application's font (large-text mode included)."""
    return ChartView(title)


def apply_fonts(view: ChartView) -> None:
    """The application's font again (large-text mode switched)."""
    view.setFont(QApplication.font())


def _tuples(series: Series) -> tuple[tuple[str, tuple[float, ...]], ...]:
    return tuple((name, tuple(values)) for name, values in series)


def set_bars(
    view: ChartView,
    categories: Sequence[str],
    series: Series,
    value_title: str,
    horizontal: bool = False,
    label_format: str = "%.0f",
) -> None:
    """Bars per category, one colour per series (see ``Bars``)."""
    view.set_chart(Bars(tuple(categories), _tuples(series), value_title, horizontal, label_format))


def set_lines(
    view: ChartView,
    xs: Sequence[float],
    series: Series,
    reference: tuple[str, Sequence[float]],
    x_title: str,
    y_title: str,
    mark_name: str,
    legend: bool = True,
) -> None:
    """Lines over the same x with today's dashed and the payback points (see ``Lines``)."""
    ref = (reference[0], tuple(reference[1]))
    view.set_chart(Lines(tuple(xs), _tuples(series), ref, x_title, y_title, mark_name, legend))


def set_histogram_with_line(
    view: ChartView,
    xs: Sequence[float],
    bars: tuple[str, Sequence[float]],
    line: tuple[str, Sequence[float]],
    x_title: str,
    bar_title: str,
    line_title: str,
    line_format: str = "%.1f",
) -> None:
    """Hours per outdoor temperature with the heat pump's COP over them (see ``HistogramWithLine``)."""
    hours, cop = (bars[0], tuple(bars[1])), (line[0], tuple(line[1]))
    view.set_chart(HistogramWithLine(tuple(xs), hours, cop, x_title, bar_title, line_title, line_format))
