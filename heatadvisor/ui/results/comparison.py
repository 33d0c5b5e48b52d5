"""对比: one row per option, recommended first, each figure with its low–high range and a
short verdict in plain words; above the table, which option is recommended and why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QTableView, QVBoxLayout, QWidget

from heatadvisor.ui.form.base import Retranslating

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


def money(low: float, typ: float, high: float) -> str:
    """Typical value, with the range under it when the ends differ: "2,300\\n1,900–2,800"."""
    text = f"{typ:,.0f}"
    if round(low) != round(high):
        text += f"\n{low:,.0f}–{high:,.0f}"
    return text


class ComparisonModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers: list[str] = [""] * self.COLUMNS

    def set_rows(self, rows: list[Row]) -> None:
        """Same shape: change the cells in place (a reset would re-measure the whole table)."""
        if len(rows) == len(self.rows):
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.running, row.purchase, row.payback, row.horizon, row.co2, row.verdict)[index.column()]
        if role == Qt.ItemDataRole.FontRole and (row.recommended and index.column() == 0):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class SummaryText(QWidget):
    """The recommendation above the table: bold text wrapped into a fixed height. A QLabel
    would re-lay out and repaint the whole results panel whenever its text changes, i.e. on
    every keystroke; this only repaints itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        if text != self._text:
            self._text = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect().adjusted(2, 0, -2, 0), int(flags), self._text)


class ComparisonTab(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = SummaryText(self)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Fixed sizes measured from the font: measuring every cell on every keystroke costs
        # several milliseconds. Names and verdicts share the free width and wrap.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ComparisonModel.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.size_columns()
        self.retranslate()

    def size_columns(self) -> None:
        """Number columns as wide as "88,888–88,888"; rows three lines high (after a font change too)."""
        metrics = self.fontMetrics()
        number = metrics.horizontalAdvance("88,888–88,888") + 12
        for column, width in ((1, number), (2, number), (3, metrics.horizontalAdvance("省不回来") + 12),
                              (4, number), (5, metrics.horizontalAdvance("二氧化碳") + 12)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 3 + 8)
        self.table.horizontalHeader().setFixedHeight(metrics.lineSpacing() * 3 + 10)
        # a fixed height keeps a new summary from re-laying out the whole panel
        self.summary.setFixedHeight(metrics.lineSpacing() * 3 + 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_headers([
            self.tr("方案"), self.tr("每季运行费\n（元）"), self.tr("买设备（元）\n补贴后"), self.tr("几年\n回本"),
            self.tr("{years} 年\n总花费（元）").format(years=self.property("years") or 15),
            self.tr("二氧化碳\n（吨/季）"), self.tr("说明"),
        ])

    def show_rows(self, summary: str, rows: list[Row], years: int) -> None:
        if self.property("years") != years:
            self.setProperty("years", years)
            self.retranslate()
        self.summary.setText(summary)
        self.model.set_rows(rows)
