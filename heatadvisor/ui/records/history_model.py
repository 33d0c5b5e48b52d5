"""The history's rows as a lazy table model: a page of the newest matching consultations is
read when the search changes, and the next page only when the view scrolls to the end
(Qt's ``canFetchMore``/``fetchMore``). 20,000 saved consultations open and search in a few
milliseconds instead of building 180,000 table items (bench/bench_records.py)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from heatadvisor.records.model import Summary
from heatadvisor.records.store import RecordStore, Search
from heatadvisor.wording import word

PAGE = 60  # rows read at a time: about four screens of the dialog; more as it is scrolled
COLUMNS = ("consult_date", "county", "township", "village", "head_name", "heated_area", "recommended", "stage", "usage")
Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, store: RecordStore, lang: str):
        super().__init__()
        self.store, self.lang = store, lang
        self.rows: list[Summary] = []
        self._search = Search()
        self._more = False

    def set_search(self, search: Search) -> None:
        """Show the first page of what ``search`` finds."""
        self.beginResetModel()
        self._search = search
        self.rows = self.store.search(search, limit=PAGE)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        page = self.store.search(self._search, limit=PAGE, offset=len(self.rows))
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += page
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return word(f"ledger.{COLUMNS[section]}", self.lang)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return self.cell(self.rows[index.row()], COLUMNS[index.column()])

    def cell(self, row: Summary, column: str) -> str:
        """One cell's text in the user's language (a merge's conflict copy says so in its date)."""
        if column == "consult_date":
            return (
                f"{row.consult_date} {word('records.conflict_copy', self.lang)}"
                if row.conflict_of
                else row.consult_date
            )
        if column == "heated_area":
            return f"{row.heated_area_m2:g}"
        if column == "recommended":
            return row.recommended_zh if self.lang == "zh" else row.recommended_en
        if column == "stage":
            return word(f"stage.{row.stage.value}", self.lang) if row.stage else ""
        if column == "usage":
            return word(f"usage.{row.usage.value}", self.lang) if row.usage else ""
        return getattr(row, column) or ""
