"""The comparison table's cells: one ``Row`` per option as worded, the model the view reads,
and the painter that draws a cell straight from its row.

Qt's own delegate lays out every cell's text anew on each paint, and a key press that adds or
removes a group repaints the whole table (~100 cells): 2.6–3.8 ms a paint here. The painter
keeps each text laid out (``QStaticText``) by its width and weight, so a repaint only draws.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QStaticText, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem

COLUMNS = 7
FIGURES = range(1, 6)  # right-aligned: running cost … CO2
CELL_MARGIN = 4  # left and right of a cell's text; the tab sizes columns and rows with it
NOTE_TEXT = QColor("#333333")  # a verdict on a line of its own: a shade lighter than the figures
HEADING_BACKGROUND = QColor("#eef1f4")
LAID_OUT_TEXTS = 4000  # texts kept laid out; a session of typing makes new figures without end

SELECTED, HAS_FOCUS, ENABLED = (
    flag.value
    for flag in (QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_HasFocus, QStyle.StateFlag.State_Enabled)
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    """One option as the table shows it: already worded and formatted."""

    name: str
    running: str
    purchase: str
    payback: str
    horizon: str
    co2: str
    verdict: str
    recommended: bool = False
    is_current: bool = False
    heading: bool = False  # a group's title ("不推荐：不算清洁取暖 …"), spanning the table
    note: bool = False  # an option's verdict on a line of its own under it, spanning the table (large text)

    def cell(self, column: int) -> str:
        return (self.name, self.running, self.purchase, self.payback, self.horizon, self.co2, self.verdict)[column]

    def look(self, column: int) -> tuple[str, bool, bool, bool]:
        """What a cell shows: its text, bold, a verdict's shade, a group title's background."""
        return self.cell(column), (self.recommended or self.heading) and column == 0, self.note, self.heading


def heading(text: str) -> Row:
    return Row(name=text, running="", purchase="", payback="", horizon="", co2="", verdict="", heading=True)


def with_notes(rows: list[Row]) -> list[Row]:
    """Each verdict moved to a line of its own under its option: when the figures leave the
    verdicts too little width to be read (large text), they get the whole width."""
    out = []
    for row in rows:
        out.append(replace(row, verdict="") if row.verdict else row)
        if row.verdict:
            out.append(
                Row(name=row.verdict, running="", purchase="", payback="", horizon="", co2="", verdict="", note=True)
            )
    return out


def money(low: float, typ: float, high: float) -> str:
    """Typical value, with the range under it when the ends differ: "2,300\\n1,900–2,800"."""
    text = f"{typ:,.0f}"
    if round(low) != round(high):
        text += f"\n{low:,.0f}–{high:,.0f}"
    return text


class ComparisonModel(QAbstractTableModel):
    """The rows as given. New rows report only the cells whose text or look changed, so the view
    repaints those alone; ``data`` serves tooltips, accessibility and anyone reading the table."""

    COLUMNS = COLUMNS

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers: list[str] = [""] * COLUMNS
        self.header_tips: list[str] = [""] * COLUMNS  # what a column's figures count
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        text, bold, note, heading = self.rows[index.row()].look(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.FontRole and bold:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and note:
            return NOTE_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and heading:
            return HEADING_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in FIGURES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips[section] or None
        return None

    def set_headers(self, headers: list[str], tips: list[str]) -> None:
        self.headers, self.header_tips = headers, tips
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def set_rows(self, rows: list[Row]) -> None:
        old = self.rows
        fewer, more = len(rows) < len(old), len(rows) > len(old)  # rows go or come at the end
        if fewer:
            self.beginRemoveRows(QModelIndex(), len(rows), len(old) - 1)
        if more:
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
        self.rows = rows
        if fewer:
            self.endRemoveRows()
        if more:
            self.endInsertRows()
        for i, (before, row) in enumerate(zip(old, rows)):
            if row == before:
                continue
            changed = [c for c in range(COLUMNS) if row.look(c) != before.look(c)]
            if changed:
                self.dataChanged.emit(self.index(i, changed[0]), self.index(i, changed[-1]))


class LaidOut(NamedTuple):
    text: QStaticText
    font: QFont
    height: float


class CellPainter(QStyledItemDelegate):
    """Draws a cell from its row: figures right-aligned, the recommendation and group titles
    bold, group titles on a tint; every text vertically centred, wrapped at the cell's width
    less ``CELL_MARGIN`` on each side (the tab sizes rows to fit). Greyed with the table."""

    def __init__(self, model: ComparisonModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._laid_out: dict[tuple[str, int, bool, bool], LaidOut] = {}  # by text, width, bold, right-aligned

    def forget(self) -> None:
        """Texts were laid out in the old font."""
        self._laid_out.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column = index.column()
        text, bold, note, heading = self._model.rows[index.row()].look(column)
        rect = option.rect
        state = option.state.value  # an int: Python's enum operators cost more than the drawing
        palette: QPalette = option.palette
        selected = state & SELECTED
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.Highlight))
        elif heading:
            painter.fillRect(rect, HEADING_BACKGROUND)
        if state & HAS_FOCUS:
            self._focus_frame(painter, option)
        if not text:
            return
        key = (text, rect.width() - 2 * CELL_MARGIN, bold, column in FIGURES)
        laid_out = self._laid_out.get(key) or self._lay_out(key, option.font)
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif note and state & ENABLED:
            painter.setPen(NOTE_TEXT)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(laid_out.font)
        top = rect.y() + (rect.height() - laid_out.height) / 2
        painter.drawStaticText(QPointF(rect.x() + CELL_MARGIN, top), laid_out.text)

    def _lay_out(self, key: tuple[str, int, bool, bool], font: QFont) -> LaidOut:
        """A cell's text laid out at its width in the view's font, bold or not; right-aligned figures."""
        text, width, bold, right = key
        if len(self._laid_out) > LAID_OUT_TEXTS:
            self._laid_out.clear()
        static = QStaticText(text.replace("\n", "\u2028"))  # a line break: QStaticText lays out "\n" as a space
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextWidth(width)
        layout = QTextOption(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        layout.setWrapMode(QTextOption.WrapMode.WordWrap)
        static.setTextOption(layout)
        drawn_in = QFont(font)
        drawn_in.setBold(bold)
        static.prepare(font=drawn_in)
        laid_out = self._laid_out[key] = LaidOut(static, drawn_in, static.size().height())
        return laid_out

    def _focus_frame(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        frame = QStyleOptionFocusRect()
        frame.rect = option.rect
        frame.state = option.state
        frame.palette = option.palette
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)
