"""The records' menu entries, made with the menu (before the first paint) but acting through
``window.records``, whose modules load with the packs: until then they wait, disabled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from heatadvisor.ui.main_window import MainWindow


class RecordActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu):
        super().__init__(window)
        keys = QKeySequence.StandardKey
        self.new = self._add(menu, keys.New, lambda: window.records.new())
        self.save = self._add(menu, keys.Save, lambda: window.records.save())
        self.open = self._add(menu, keys.Open, lambda: window.records.history())
        menu.addSeparator()
        self.export_ledger = self._add(menu, None, lambda: window.records.export_ledger())
        self.export_report = self._add(menu, None, lambda: window.records.export_report())
        self.export_exchange = self._add(menu, None, lambda: window.records.exchange.export())
        self.merge = self._add(menu, None, lambda: window.records.exchange.merge())
        self.password = self._add(menu, None, lambda: window.records.password.change())
        self.keep_none = self._add(menu, None, lambda on: window.records.set_keep_none(on))
        self.keep_none.setCheckable(True)
        menu.addSeparator()
        self.all = (
            self.new,
            self.save,
            self.open,
            self.export_ledger,
            self.export_report,
            self.export_exchange,
            self.merge,
            self.password,
            self.keep_none,
        )

    def _add(self, menu: QMenu, key: QKeySequence.StandardKey | None, act) -> QAction:
        action = QAction(self.parent())
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(act)
        menu.addAction(action)
        return action

    def set_enabled(self, on: bool) -> None:
        for action in self.all:
            action.setEnabled(on)

    def retranslate(self) -> None:
        self.new.setText(self.tr("新建咨询"))
        self.save.setText(self.tr("保存"))
        self.open.setText(self.tr("打开记录…"))
        self.export_ledger.setText(self.tr("导出台账…"))
        self.export_report.setText(self.tr("导出汇总表…"))
        self.export_exchange.setText(self.tr("导出给别的电脑…"))
        self.merge.setText(self.tr("合并别处的记录…"))
        self.password.setText(self.tr("修改服务点密码…"))
        self.keep_none.setText(self.tr("不存个人信息"))
