"""A small flow layout for printed pages: text, grids, boxes, charts and signature lines.

Why our own and not QTextDocument: the sheet must be fitted to two pages by rule (drop table
rows, compact subsidies, shrink), which needs exact heights before anything is painted, and
charts must be painted as vectors between the text. Every block measures and draws with the
same QPainter, on the device it will print to, so measured and printed heights agree.

Units are points (1/72 inch): the renderer scales the painter from points to device pixels,
and fonts are sized in pixels of that coordinate system, i.e. in points on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from heatadvisor.qtkit.fonts import print_font

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
ALIGN = {"l": Qt.AlignmentFlag.AlignLeft, "r": Qt.AlignmentFlag.AlignRight, "c": Qt.AlignmentFlag.AlignHCenter}
INK = QColor("#1b1b1b")


@dataclass(frozen=True)
class Style:
    size: int  # points on paper
    bold: bool = False
    colour: str = "#1b1b1b"

    def font(self) -> QFont:
        return print_font(self.size, self.bold)


Span = tuple[str, Style]
"""One paragraph of a cell: its text and style."""


def text_height(p: QPainter, text: str, style: Style, width: float, align: str = "l") -> float:
    if not text:
        return 0.0
    p.setFont(style.font())
    return p.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), _flags(align), text).height()


def draw_text(p: QPainter, text: str, style: Style, rect: QRectF, align: str = "l") -> float:
    """Draw wrapped text at the top of ``rect`` and return the height used."""
    if not text:
        return 0.0
    p.setFont(style.font())
    p.setPen(QColor(style.colour))
    used = p.boundingRect(QRectF(rect.x(), rect.y(), rect.width(), 1e6), _flags(align), text)
    p.drawText(QRectF(rect.x(), rect.y(), rect.width(), used.height() + 1), _flags(align), text)
    return used.height()


def _flags(align: str) -> int:
    return int(ALIGN[align] | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class Block:
    """Something placed in the page flow; ``keep_with_next`` keeps a heading off a page's foot."""

    keep_with_next = False
    space_after = 0.0

    def height(self, p: QPainter, width: float) -> float:
        raise NotImplementedError

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def first_piece(self, p: QPainter, width: float) -> float:
        """The least height that may start this block on a page."""
        return self.height(p, width)

    def split(self, p: QPainter, width: float, room: float) -> tuple[Block, Block | None] | None:
        """A part that fits in ``room`` and the rest (None: nothing left), or None when the
        block moves whole."""
        return None


@dataclass
class Text(Block):
    text: str
    style: Style
    space_after: float = 4.0
    indent: float = 0.0
    keep_with_next: bool = False

    def height(self, p: QPainter, width: float) -> float:
        return text_height(p, self.text, self.style, width - self.indent)

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        draw_text(p, self.text, self.style, QRectF(x + self.indent, y, width - self.indent, 0))


@dataclass
class Grid(Block):
    """Rows of cells with fixed column shares; splits between rows, repeating the header rows."""

    widths: Sequence[float]
    rows: list[list[list[Span]]]
    header_rows: int = 0
    fills: dict[int, str] = field(default_factory=dict)
    align: str = ""  # one letter per column, default left
    lines: bool = True
    pad: float = 2.5
    space_after: float = 4.0
    bold_rows: frozenset[int] = frozenset()

    def _columns(self, width: float) -> list[float]:
        total = sum(self.widths)
        return [width * w / total for w in self.widths]

    def _row_height(self, p: QPainter, row: list[list[Span]], columns: list[float]) -> float:
        tallest = 0.0
        for i, (cell, w) in enumerate(zip(row, columns)):
            tallest = max(tallest, sum(text_height(p, t, s, w - 2 * self.pad, self._align(i)) for t, s in cell))
        return tallest + 2 * self.pad

    def _align(self, column: int) -> str:
        return self.align[column] if column < len(self.align) else "l"

    def _heights(self, p: QPainter, width: float) -> list[float]:
        columns = self._columns(width)
        return [self._row_height(p, row, columns) for row in self.rows]

    def height(self, p: QPainter, width: float) -> float:
        return sum(self._heights(p, width))

    def first_piece(self, p: QPainter, width: float) -> float:
        return sum(self._heights(p, width)[: self.header_rows + 1])

    def split(self, p: QPainter, width: float, room: float) -> tuple[Block, Block] | None:
        heights = self._heights(p, width)
        used, cut = 0.0, 0
        for i, h in enumerate(heights):
            if used + h > room:
                break
            used, cut = used + h, i + 1
        if cut <= self.header_rows or cut >= len(self.rows):
            return None
        head = self.rows[: self.header_rows]
        first = Grid(self.widths, self.rows[:cut], self.header_rows, self.fills, self.align, self.lines, self.pad, 0.0)
        rest_fills = {i - cut + self.header_rows: c for i, c in self.fills.items() if i >= cut}
        rest_fills.update({i: c for i, c in self.fills.items() if i < self.header_rows})
        rest = Grid(
            self.widths,
            head + self.rows[cut:],
            self.header_rows,
            rest_fills,
            self.align,
            self.lines,
            self.pad,
            self.space_after,
        )
        return first, rest

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        columns = self._columns(width)
        top = y
        for r, row in enumerate(self.rows):
            h = self._row_height(p, row, columns)
            if r in self.fills:
                p.fillRect(QRectF(x, y, width, h), QColor(self.fills[r]))
            cx = x
            for i, (cell, w) in enumerate(zip(row, columns)):
                cy = y + self.pad
                for text, style in cell:
                    cy += draw_text(p, text, style, QRectF(cx + self.pad, cy, w - 2 * self.pad, 0), self._align(i))
                cx += w
            if self.lines:
                p.setPen(QPen(QColor("#9a9a9a"), 0.5))
                p.drawLine(QPointF(x, y), QPointF(x + width, y))
            y += h
        if self.lines:
            p.setPen(QPen(QColor("#9a9a9a"), 0.5))
            p.drawLine(QPointF(x, y), QPointF(x + width, y))
            cx = x
            for w in [0.0, *columns]:
                cx += w
                p.drawLine(QPointF(cx, top), QPointF(cx, y))


@dataclass
class Box(Block):
    """Blocks on a tinted background with a border; moves to the next page whole."""

    blocks: list[Block]
    fill: str = "#f4f7fb"
    border: str = "#7f9cc0"
    pad: float = 6.0
    space_after: float = 6.0
    keep_with_next: bool = False

    def height(self, p: QPainter, width: float) -> float:
        inner = width - 2 * self.pad
        return (
            2 * self.pad
            + sum(b.height(p, inner) + b.space_after for b in self.blocks)
            - (self.blocks[-1].space_after if self.blocks else 0)
        )

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        p.setPen(QPen(QColor(self.border), 0.8))
        p.setBrush(QColor(self.fill))
        p.drawRect(QRectF(x, y, width, self.height(p, width)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        inner, cy = width - 2 * self.pad, y + self.pad
        for block in self.blocks:
            block.draw(p, x + self.pad, cy, inner)
            cy += block.height(p, inner) + block.space_after


@dataclass
class Picture(Block):
    """An area painted by a callback (a chart), so it stays vector. It shrinks down to
    ``min_height`` to finish a page rather than leave a gap and move whole."""

    paint: Callable[[QPainter, QRectF], None]
    fixed_height: float
    space_after: float = 4.0
    min_height: float = 0.0

    def height(self, p: QPainter, width: float) -> float:
        return self.fixed_height

    def first_piece(self, p: QPainter, width: float) -> float:
        return self.min_height or self.fixed_height

    def split(self, p: QPainter, width: float, room: float) -> tuple[Block, Block | None] | None:
        if not self.min_height or room < self.min_height:
            return None
        return Picture(self.paint, room, self.space_after), None

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        self.paint(p, QRectF(x, y, width, self.fixed_height))


@dataclass
class SignatureLines(Block):
    """Labels with a line to sign on, side by side."""

    labels: Sequence[str]
    style: Style
    shares: Sequence[float] = (0.4, 0.4, 0.2)
    line_gap: float = 30.0
    space_after: float = 0.0

    def height(self, p: QPainter, width: float) -> float:
        return self.line_gap + text_height(p, self.labels[0], self.style, width)

    def draw(self, p: QPainter, x: float, y: float, width: float) -> None:
        total, cx = sum(self.shares), x
        p.setFont(self.style.font())
        for label, share in zip(self.labels, self.shares):
            w = width * share / total
            base = y + self.line_gap
            used = p.boundingRect(QRectF(0, 0, w, 1e6), WRAP, label).width()
            draw_text(p, label, self.style, QRectF(cx, base - self.style.size * 1.3, w, 0))
            p.setPen(QPen(INK, 0.6))
            p.drawLine(QPointF(cx + used + 4, base), QPointF(cx + w - 14, base))
            cx += w


Placed = tuple[Block, float]
"""A block and its top on the page."""


def paginate(p: QPainter, blocks: Sequence[Block], width: float, page_height: float) -> list[list[Placed]]:
    """Flow blocks down pages: splittable blocks split, a heading stays with what follows."""
    pages: list[list[Placed]] = [[]]
    y = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        h = block.height(p, width)
        need = h
        if block.keep_with_next and queue:
            need = h + block.space_after + queue[0].first_piece(p, width)
        parts: tuple[Block, Block | None] | None = None
        if y + need > page_height:
            parts = None if block.keep_with_next else block.split(p, width, page_height - y)
            if parts is None and not pages[-1]:  # taller than a page and cannot split: it goes whole
                need = 0.0
        if y + need <= page_height:
            pages[-1].append((block, y))
            y += h + block.space_after
            continue
        if parts is not None:
            pages[-1].append((parts[0], y))
            if parts[1] is None:
                y += parts[0].height(p, width) + parts[0].space_after
                continue
            queue.insert(0, parts[1])
        else:
            queue.insert(0, block)
        pages.append([])
        y = 0.0
    return [page for page in pages if page]
