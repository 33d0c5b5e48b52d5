"""Consultations carried between laptops from the window: export a set of them to one
exchange file, and merge a file from another laptop, saying what the merge did — how many
were added or updated, and each conflicting edit (both copies kept, the user picks).

Both run on the worker through ``RecordsFeature.in_background``; the file format, its
checks and the conflict rule are ``heatadvisor.records.exchange``'s, the CLI's too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.paths import documents_dir
from heatadvisor.records import exchange
from heatadvisor.ui.background import Operation
from heatadvisor.ui.records.asking import PasswordDialog, checked_ending
from heatadvisor.wording import word

if TYPE_CHECKING:
    from heatadvisor.ui.records.feature import RecordsFeature

FILE_FILTER = "*.jsonl.gz"


class ExportChoice(QDialog):
    """What goes in the file: the advice always; personal details only when ticked, sealed
    with an exchange password typed twice (the other laptop needs it)."""

    def __init__(self, count: int, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出给别的电脑"))
        layout = QVBoxLayout(self)
        explain = QLabel(word("records.exchange.explain", lang, count=count), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.with_personal = QCheckBox(self.tr("带上姓名、电话这些个人信息（用交换密码加密）"), self)
        layout.addWidget(self.with_personal)
        form = QFormLayout()
        self.password, self.again = QLineEdit(self), QLineEdit(self)
        for field, label in ((self.password, self.tr("交换密码")), (self.again, self.tr("再输一遍"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setEnabled(False)
            form.addRow(label, field)
            self.with_personal.toggled.connect(field.setEnabled)
        layout.addLayout(form)
        self.problem = checked_ending(self, layout, self._check)
        self.resize(520, self.sizeHint().height())

    def chosen_password(self) -> str | None:
        return self.password.text() if self.with_personal.isChecked() else None

    def _check(self) -> None:
        if self.with_personal.isChecked() and not self.password.text():
            self.problem.setText(self.tr("带个人信息要先设交换密码"))
        elif self.with_personal.isChecked() and self.again.text() != self.password.text():
            self.problem.setText(self.tr("两次输的不一样"))
        else:
            self.accept()


class ExchangeFlow(QObject):
    def __init__(self, feature: RecordsFeature):
        super().__init__(feature)
        self.feature = feature

    def export(self, path: Path | None = None, ids: list[str] | None = None) -> Operation | None:
        """The consultations ``ids`` (None: all) to one exchange file; ``path`` skips the file dialog."""
        feature, store = self.feature, self.feature.store
        if store is None or feature.running is not None:
            return None
        lang = feature.lang()
        choice = ExportChoice(store.count() if ids is None else len(ids), lang, feature.window)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        password = choice.chosen_password()
        if password is not None and not feature.unlock():  # the details must be opened to travel
            return None
        path = path or feature.ask_path(
            self.tr("导出给别的电脑"),
            word("records.exchange.file", lang) + ".jsonl.gz",
            self.tr("交换文件 ({pattern})").format(pattern=FILE_FILTER),
        )
        if path is None:
            return None
        return feature.in_background(
            lambda: exchange.export_records(store, path, ids, password),
            lambda count: feature.tell(word("records.exported", lang, count=count, path=path)),
            self.tr("正在导出……"),
        )

    def merge(self, path: Path | None = None) -> Operation | None:
        """Merge a file from another laptop; what happened, conflicts included, is told after."""
        feature, store = self.feature, self.feature.store
        if store is None or feature.running is not None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                feature.window,
                self.tr("合并别处的记录"),
                str(documents_dir()),
                self.tr("交换文件 ({pattern})").format(pattern=FILE_FILTER),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            sealed = exchange.carries_personal(path)
        except exchange.ExchangeError as refused:
            feature.tell_problems(refused)
            return None
        password = None
        if sealed:  # without the password (cancel) the advice is merged and the details are dropped, and counted
            ask = PasswordDialog(
                False,
                feature.window,
                self.tr("这个文件里的个人信息加了密。输入导出时设的交换密码就一起存下；点取消就只合并咨询内容。"),
            )
            if ask.exec() == QDialog.DialogCode.Accepted and feature.unlock():
                password = ask.password.text()
        lang = feature.lang()
        return feature.in_background(
            lambda: exchange.merge_records(store, path, password),
            lambda merged: feature.tell("\n".join(merged.message(lang)), warning=bool(merged.conflicts)),
            self.tr("正在合并……"),
        )
