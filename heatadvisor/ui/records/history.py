"""The history view: saved consultations, searchable by name, village, date and recommended
option; open one, make a copy for other tariffs, follow it up, send some to another laptop,
or delete them. Rows come a page at a time from ``HistoryModel``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.records.model import Summary
from heatadvisor.records.store import RecordStore, Search
from heatadvisor.ui.records.history_model import HistoryModel
from heatadvisor.wording import word

if TYPE_CHECKING:
    from heatadvisor.ui.records.feature import RecordsFeature

NO_DATE = QDate(2000, 1, 1)  # the date fields' "any" (shown as their special text)


def date_filter(edit: QDateEdit) -> QDateEdit:
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


class HistoryDialog(QDialog):
    def __init__(self, feature: RecordsFeature, parent: QWidget | None = None):
        super().__init__(parent)
        self.feature = feature
        self._columns_sized = False
        self.model = HistoryModel(self.store(), feature.lang())
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.date_from, self.date_to = date_filter(QDateEdit(self)), date_filter(QDateEdit(self))
        self.recommended = QComboBox(self)
        self.from_label, self.to_label, self.recommended_label = QLabel(self), QLabel(self), QLabel(self)
        for widget in (
            self.text,
            self.from_label,
            self.date_from,
            self.to_label,
            self.date_to,
            self.recommended_label,
            self.recommended,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # widths from the rows in view, not all 200
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.open_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.follow_button, self.ledger_button, self.send_button = (
            QPushButton(self),
            QPushButton(self),
            QPushButton(self),
        )
        self.delete_button, self.close_button = QPushButton(self), QPushButton(self)
        for button, act in (
            (self.open_button, self.open_selected),
            (self.copy_button, self.duplicate_selected),
            (self.follow_button, self.follow_up_selected),
            (self.ledger_button, self.ledger_selected),
            (self.send_button, self.send_selected),
            (self.delete_button, self.delete_selected),
            (self.close_button, self.close),
        ):
            button.clicked.connect(act)
            buttons.addWidget(button)
        buttons.insertStretch(6)
        layout.addLayout(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()
        self._offer_options()
        self.text.textChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.recommended.currentIndexChanged.connect(self.refresh)
        self.resize(980, 520)
        self.refresh()

    def retranslate(self) -> None:
        lang = self.feature.lang()
        self.setWindowTitle(self.tr("咨询记录"))
        self.text.setPlaceholderText(self.tr("找：姓名、村、乡镇、县"))
        self.from_label.setText(self.tr("从"))
        self.to_label.setText(self.tr("到"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("不限"))
        self.recommended_label.setText(self.tr("推荐"))
        self.model.lang = lang
        self.open_button.setText(self.tr("打开"))
        self.copy_button.setText(self.tr("复制一份（换个电价再算）"))
        self.follow_button.setText(self.tr("跟进…"))
        self.ledger_button.setText(self.tr("台账信息…"))
        self.send_button.setText(self.tr("导出给别的电脑…"))
        self.delete_button.setText(self.tr("删除"))
        self.close_button.setText(self.tr("关闭"))

    def _offer_options(self) -> None:
        """Every option some saved consultation recommends, by name in the user's language."""
        lang = self.feature.lang()
        self.recommended.addItem(self.tr("全部"), None)
        names = {key: zh if lang == "zh" else en for key, zh, en in self.store().recommended_options()}
        for key, name in sorted(names.items(), key=lambda item: item[1]):
            self.recommended.addItem(name, key)

    def store(self) -> RecordStore:
        assert self.feature.store is not None
        return self.feature.store

    def search(self) -> Search:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

        return Search(self.text.text(), day(self.date_from), day(self.date_to), self.recommended.currentData())

    @property
    def rows(self) -> list[Summary]:
        """The rows read so far (the first page, more as the view scrolls)."""
        return self.model.rows

    def refresh(self) -> None:
        self.model.set_search(self.search())
        if self.model.rows:
            self.table.selectRow(0)
        self._size_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_columns()

    def _size_columns(self) -> None:
        """Column widths from the rows in view, once, when some are shown: measured before the
        dialog is shown, Qt sizes every row read (~25 ms for a page), and re-measured on every
        keystroke the columns would jump while staff type."""
        if not self._columns_sized and self.isVisible() and self.model.rows:
            self.table.resizeColumnsToContents()
            self._columns_sized = True

    def selected(self) -> list[str]:
        return [self.rows[index.row()].id for index in self.table.selectionModel().selectedRows()]

    # actions ---------------------------------------------------------------------
    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.feature.reopen(chosen[0])
            self.close()

    def duplicate_selected(self) -> None:
        """The same house as a new consultation, opened to change its tariffs or prices."""
        chosen = self.selected()
        if chosen:
            copy = self.store().duplicate(chosen[0])
            self.refresh()
            self.feature.reopen(copy.id)
            self.close()

    def follow_up_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            from heatadvisor.ui.records.follow_up import FollowUpDialog

            FollowUpDialog(self.feature, chosen[0], self).exec()
            self.refresh()

    def ledger_selected(self) -> None:
        """The ledger's columns for one household; its personal ones need the password."""
        chosen = self.selected()
        if not chosen:
            return
        record = self.store().get(chosen[0])
        if record is not None and record.personal_locked:
            self.feature.unlock()  # refused: the dialog opens with those fields shut
        from heatadvisor.ui.records.ledger_form import LedgerDialog

        LedgerDialog(self.feature, chosen[0], self).exec()
        self.refresh()

    def send_selected(self) -> None:
        """The chosen consultations to one exchange file, for another laptop or the county."""
        chosen = self.selected()
        if chosen:
            self.feature.exchange.export(ids=chosen)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("删除"), self.tr("删除选中的 {count} 条记录？删了就找不回来了。").format(count=len(chosen))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self.store().delete(chosen)
        if self.feature.record_id in chosen:
            self.feature.record_id = None  # the form's consultation is gone: saving makes a new one
        self.refresh()
        self.feature.tell(
            word(
                "records.deleted", self.feature.lang(), count=deleted.count, date=f"{deleted.backups_gone_by:%Y-%m-%d}"
            )
        )
