"""对比: one row per option, recommended first, each figure with its low–high range and a
short verdict in plain words; above the table, which option is recommended and why."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.results.headline import CloseCallText, NoticeStrip, SummaryText
from heatadvisor.ui.results.panel import SealedPage
from heatadvisor.ui.results.scrollbar import KeptScrollBar
from heatadvisor.ui.results.table_cells import CELL_MARGIN, CellPainter, ComparisonModel, Row, with_notes

CO2_COLUMN = 5
MIN_VERDICT_CHARS = 12  # narrower, and the CO2 column makes room for the verdicts
MEASURED_TEXTS = 4000  # text sizes remembered; a session of typing makes new figures without end


class ComparisonTab(Retranslating, SealedPage):
    """A sealed page: a longer notice or close call than before re-lays out this tab alone (one
    coming and going moves nothing: each keeps its place)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        body = QWidget(self)
        self.set_content(body)
        self.summary = SummaryText(self)
        self.notice = NoticeStrip(self)  # the estimate is doubtful: ask for, or check, last winter's figure
        self.close_call = CloseCallText(self)  # two options cost about the same: what each is like to live with
        self.model = ComparisonModel(self)
        self._widths: dict[int, int] = {}  # figure column -> fitted width
        self._given: list[Row] = []  # the rows as worded; shown with their verdicts on lines of their own when cramped
        self._spanning: list[int] = []  # rows spanning the table (group titles, verdicts on their own line)
        self._sizes: dict[tuple[int, str], int] = {}  # (width or -1, text) -> height or width, in this font
        self._waiting: tuple[str, list[Row], int, str, str] | None = None  # rows given while the tab was hidden
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.cells = CellPainter(self.model, self.table)
        self.table.setItemDelegate(self.cells)
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBar(KeptScrollBar(Qt.Orientation.Vertical, self.table))  # its range comes and goes
        # Fixed sizes set by us (Qt's own fitting measures every cell, several ms a keystroke):
        # figures as wide as their widest line, names a few characters; verdicts get the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.close_call)
        self._layout.addWidget(self.notice)
        self._layout.addWidget(self.table, 1)
        self.size_columns()
        self.retranslate()

    def size_columns(self) -> None:
        """Column widths and row heights from the font (after a font change too): figures
        fitted to content, names and verdicts sharing the rest, rows as high as they wrap."""
        metrics = self.fontMetrics()
        self._sizes.clear()  # measured and laid out in the old font
        self.cells.forget()
        for column in (CO2_COLUMN, ComparisonModel.COLUMNS - 1):  # decided anew for the new font
            self.table.setColumnHidden(column, False)
        self.model.set_rows(self._given)
        self._fit_figures()
        self.table.horizontalHeader().setFixedHeight(metrics.lineSpacing() * 3 + 10)

    @contextmanager
    def _resizing(self) -> Iterator[None]:
        """Widths and heights set inside reach the view at once. Told by the headers' signals,
        it would lay out and repaint the whole table again from a 0 ms timer, after the paint
        that shows the new figures: twice a keystroke that widens a column."""
        headers = (self.table.horizontalHeader(), self.table.verticalHeader())
        before = self._sizes_now()
        blocked = [header.blockSignals(True) for header in headers]
        try:
            yield
        finally:
            for header, was in zip(headers, blocked):
                header.blockSignals(was)
        if self._sizes_now() != before:
            self.table.updateGeometries()
            self.table.viewport().update()

    def _sizes_now(self) -> tuple[list[int], list[int]]:
        return (
            [self.table.columnWidth(c) for c in range(ComparisonModel.COLUMNS)],
            [self.table.rowHeight(r) for r in range(self.model.rowCount())],
        )

    def _fit_figures(self) -> None:
        """Each figure column as wide as its widest line, header included; a width is set
        only when it changes (a new digit), so a keystroke re-lays out nothing."""
        with self._resizing():
            for column in range(1, ComparisonModel.COLUMNS - 1):
                texts = [self.model.headers[column], *(row.cell(column) for row in self.model.rows)]
                width = max(self._width(text) for text in texts) + 2 * CELL_MARGIN + 2  # and the grid line
                self._widths[column] = width  # kept for a hidden column too, so hiding it is decided steadily
                if self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
            self._make_room_for_verdicts()

    def _make_room_for_verdicts(self) -> None:
        """Names get 40 % of what the figures leave (at least seven characters), verdicts the
        rest. With large text the figures take most of the width: then the CO2 column gives
        way and each verdict goes on a line of its own under its option, across the table."""
        with self._resizing():
            self._share_width()

    def _share_width(self) -> None:
        metrics = self.fontMetrics()
        least_name = metrics.horizontalAdvance("低温空气源热风") + 14
        free = self.table.viewport().width() - sum(self._widths.values())
        cramped = free - least_name < metrics.horizontalAdvance("一") * MIN_VERDICT_CHARS
        if cramped != self.table.isColumnHidden(CO2_COLUMN):
            self.table.setColumnHidden(CO2_COLUMN, cramped)
            self.table.setColumnHidden(ComparisonModel.COLUMNS - 1, cramped)
            self.model.set_rows(with_notes(self._given) if cramped else self._given)
        if cramped:
            free += self._widths.get(CO2_COLUMN, 0)
        name = max(least_name, free if cramped else int(free * 0.4))
        verdicts = ComparisonModel.COLUMNS - 1
        figures = sum(self.table.columnWidth(c) for c in range(1, verdicts) if not self.table.isColumnHidden(c))
        for column, width in ((0, name), (verdicts, max(40, self.table.viewport().width() - name - figures))):
            if self.table.columnWidth(column) != width and not self.table.isColumnHidden(column):
                self.table.setColumnWidth(column, width)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as high as its name or verdict wraps (never cut off with "…"), at least
        three lines, so figures with their range fit; a group's title and a verdict on a line
        of its own span the table."""
        least = self.fontMetrics().lineSpacing() * 3 + 8
        margins = 2 * CELL_MARGIN
        whole = self.table.viewport().width() - margins
        verdict_width = max(40, self.table.columnWidth(ComparisonModel.COLUMNS - 1) - margins)
        name_width = max(40, self.table.columnWidth(0) - margins)
        spanning = [i for i, row in enumerate(self.model.rows) if row.heading or row.note]
        if spanning != self._spanning:  # clearing the spans repaints the whole table
            self._spanning = spanning
            self.table.clearSpans()
            for i in spanning:
                self.table.setSpan(i, 0, 1, ComparisonModel.COLUMNS)
        for i, row in enumerate(self.model.rows):
            if row.heading or row.note:
                height = self._height(max(40, whole), row.name)
            else:
                height = max(least, self._height(verdict_width, row.verdict), self._height(name_width, row.name))
            if self.table.rowHeight(i) != height:
                self.table.setRowHeight(i, height)

    def _width(self, text: str) -> int:
        """The widest line of ``text`` in this tab's font."""
        return max(self._measured(-1, line) for line in text.split("\n"))

    def _height(self, width: int, text: str) -> int:
        """How high ``text`` wraps at ``width``, with the item's margins."""
        return self._measured(width, text) + 10

    def _measured(self, width: int, text: str) -> int:
        """A line's width (``width`` < 0) or a text's wrapped height, remembered for this
        font: a keystroke changes a few figures, and measuring every cell anew cost ~1 ms."""
        size = self._sizes.get((width, text))
        if size is None:
            if len(self._sizes) > MEASURED_TEXTS:
                self._sizes.clear()
            metrics = self.fontMetrics()
            size = self._sizes[width, text] = (
                metrics.horizontalAdvance(text)
                if width < 0
                else metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
            )
        return size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's viewport, not this tab, tells the width to share: it also narrows when
        the vertical scroll bar appears, which resizes nothing else."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._make_room_for_verdicts()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.size_columns()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_headers(
            [
                self.tr("方案"),
                self.tr("每季运行费\n（元）"),
                self.tr("买设备（元）\n补贴后"),
                self.tr("几年\n回本"),
                self.tr("{years} 年\n总花费（元）").format(years=self.property("years") or 15),
                self.tr("二氧化碳\n（吨/季）"),
                self.tr("说明"),
            ],
            [  # what each figure counts, on the header's tooltip
                "",
                self.tr("一个采暖季的电费或燃料钱（第一年），大字是最可能的数，小字是可能的范围"),
                self.tr("买设备和安装的钱，减去能领的补贴"),
                self.tr("每季省下的钱要几年才能把买设备的钱省回来；设备用坏前省不回来，就写“省不回来”"),
                self.tr(
                    "{years} 年里：买设备、每年运行费和维修费、主机用坏了再买；减去第 {years} 年时设备还值的钱"
                    "（按还能用的年头折算）"
                ).format(years=self.property("years") or 15),
                self.tr("一个采暖季排放的二氧化碳"),
                "",
            ],
        )
        self._fit_figures()

    def show_rows(self, summary: str, rows: list[Row], years: int, notice: str = "", close_call: str = "") -> None:
        """Show these rows, now if the tab is on screen, else when it is next opened: while
        another tab is shown a keystroke costs the table nothing."""
        self._waiting = (summary, rows, years, notice, close_call)
        if self.isVisible():
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        self._fill()
        super().showEvent(event)

    def _fill(self) -> None:
        if self._waiting is None:
            return
        summary, rows, years, notice, close_call = self._waiting
        self._waiting = None
        if self.property("years") != years:
            self.setProperty("years", years)
            self.retranslate()
        self.notice.setText(notice)
        self.summary.setText(summary)
        self.close_call.setText(close_call)
        self._layout.activate()  # a table that moves (a longer notice or close call) is painted once, in its new place
        self._given = rows
        self.model.set_rows(with_notes(rows) if self.table.isColumnHidden(CO2_COLUMN) else rows)
        self._fit_figures()
        self.table.executeDelayedItemsLayout()  # now, not from a timer after the paint (a second paint)
