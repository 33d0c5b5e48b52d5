"""What a chart shows, as plain comparable data (a keystroke that changes nothing repaints
nothing), and the numbers on its axes. No widgets here: the window and the sheet share it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt

Values = tuple[float, ...]
Named = tuple[str, Values]
"""(name, values) of one series."""

PALETTE = ("#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589", "#5d6d7e", "#a04000")
CURRENT_COLOUR = "#555555"
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine)  # after the palette runs out
NICE_TICKS = 5  # the tick count nice numbers start from (as Qt Charts' value axis did)
AREA_FILL, AREA_BORDER = "#aed6f1", "#5dade2"

LegendEntry = tuple[str, str, Qt.PenStyle | None]
"""(name, colour, pen): a line sample in that pen; no pen: a dot (the payback mark)."""


def line_look(index: int) -> tuple[str, Qt.PenStyle]:
    """Colour and pen of the option line ``index``: every line tells itself apart, even
    beyond the palette's eight colours."""
    return PALETTE[index % len(PALETTE)], LINE_STYLES[index // len(PALETTE) % len(LINE_STYLES)]


def legend_entries(reference: str, names: Sequence[str], mark_name: str) -> list[LegendEntry]:
    """(name, colour, pen) of today's dashed line, each option's line, then the payback mark
    (no pen: a dot): what a ``Lines`` chart draws, for a legend drawn with whole names."""
    return [
        (reference, CURRENT_COLOUR, Qt.PenStyle.DashLine),
        *((n, *line_look(i)) for i, n in enumerate(names)),
        (mark_name, "#000000", None),
    ]


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


def _nice_number(x: float, ceiling: bool) -> float:
    """1, 2 or 5 times a power of ten near ``x`` (Heckbert's, as Qt Charts' own)."""
    power = 10.0 ** math.floor(math.log10(x))
    q = x / power
    steps = ((1.0, 1), (2.0, 2), (5.0, 5)) if ceiling else ((1.5, 1), (3.0, 2), (7.0, 5))
    return next((nice for limit, nice in steps if (q <= limit if ceiling else q < limit)), 10) * power


def nice_ticks(low: float, high: float) -> Values:
    """Evenly spaced round numbers (1, 2 or 5 × 10ⁿ apart) from at or below ``min(low, 0)`` to
    above ``high`` with some room: the value axis, the same for the same figures (on screen and on
    paper, whatever was shown before), so typing that keeps the figures' size keeps the axis."""
    low, high = min(low, 0.0), max(high, 1.0) * 1.08
    step = _nice_number(_nice_number(high - low, True) / (NICE_TICKS - 1), False)
    first, last = math.floor(low / step), math.ceil(high / step)
    return tuple(i * step for i in range(first, last + 1))


def every_ticks(low: float, high: float, step: float) -> Values:
    """Multiples of ``step`` between ``low`` and ``high`` (years every 1 or 5, degrees every 5)."""
    return tuple(i * step for i in range(math.ceil(low / step - 1e-9), math.floor(high / step + 1e-9) + 1))


@dataclass(frozen=True)
class Bars:
    """Bars per category, one colour per series (running cost per option: horizontal, so long
    option names get whole lines; the first category at the top)."""

    categories: tuple[str, ...]
    series: tuple[Named, ...]
    value_title: str
    horizontal: bool = False
    label_format: str = "%.0f"  # "%.0f": never "22000.0"


@dataclass(frozen=True)
class Lines:
    """Lines over the same x (cumulative cost per option over the years) with the reference
    (today's heating) dashed grey, and each line's crossing with it marked. ``legend=False``
    when the caller draws the legend itself (``legend_entries``)."""

    xs: Values
    series: tuple[Named, ...]
    reference: Named
    x_title: str
    y_title: str
    mark_name: str
    legend: bool = True

    def marks(self) -> list[tuple[float, float]]:
        """The payback points: where each line meets the reference."""
        found = (crossing(self.xs, ys, self.reference[1]) for _name, ys in self.series)
        return [point for point in found if point is not None]


@dataclass(frozen=True)
class HistogramWithLine:
    """Hours at each outdoor temperature as a histogram (left axis) with a curve over the same
    temperatures (right axis): the heat pump's COP where this place's hours are."""

    xs: Values
    bars: Named
    line: Named
    x_title: str
    bar_title: str
    line_title: str
    line_format: str = "%.1f"


Chart = Bars | Lines | HistogramWithLine
