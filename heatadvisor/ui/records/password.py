"""Changing the service point's password from the window: the old one, the new one twice.
Every personal field is sealed again under the new key in one transaction, on the worker
(thousands of records); a wrong old password changes nothing and is said plainly. A
forgotten one cannot be recovered: ticking "forgot" sets the new one and, once confirmed,
erases the personal details kept so far (the advice and follow-up stay)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.records.crypto import WrongPassword
from heatadvisor.ui.background import Operation
from heatadvisor.ui.records.asking import checked_ending
from heatadvisor.wording import word

if TYPE_CHECKING:
    from heatadvisor.ui.records.feature import RecordsFeature


class ChangePasswordDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改服务点密码"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old, self.new, self.again = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field, label in (
            (self.old, self.tr("旧密码")),
            (self.new, self.tr("新密码")),
            (self.again, self.tr("再输一遍")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, field)
        layout.addLayout(form)
        self.forgotten = QCheckBox(self.tr("忘了旧密码"), self)
        self.forgotten.toggled.connect(lambda on: self.old.setEnabled(not on))
        layout.addWidget(self.forgotten)
        note = QLabel(word("records.forgotten_note", lang), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem = checked_ending(self, layout, self._check)
        self.resize(480, self.sizeHint().height())

    def _check(self) -> None:
        if not self.forgotten.isChecked() and not self.old.text():
            self.problem.setText(self.tr("先输旧密码"))
        elif not self.new.text():
            self.problem.setText(self.tr("新密码不能是空的"))
        elif self.again.text() != self.new.text():
            self.problem.setText(self.tr("两次输的新密码不一样"))
        else:
            self.accept()


class PasswordFlow(QObject):
    def __init__(self, feature: RecordsFeature):
        super().__init__(feature)
        self.feature = feature

    def change(self) -> Operation | None:
        """Ask, then reseal on the worker; the first time there is no old one: it is only set."""
        feature, store = self.feature, self.feature.store
        if store is None or feature.running is not None:
            return None
        if not store.vault.has_password:
            feature.unlock()
            return None
        lang = feature.lang()
        dialog = ChangePasswordDialog(lang, feature.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        old, new = dialog.old.text(), dialog.new.text()
        if dialog.forgotten.isChecked():
            answer = QMessageBox.question(
                feature.window,
                self.tr("修改服务点密码"),
                word("records.password_reset_confirm", lang, count=store.count(with_personal=True)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return feature.in_background(
                lambda: store.reset_password(new),
                lambda erased: feature.tell(word("records.password_reset", lang, count=erased)),
                self.tr("正在设新密码……"),
            )
        return feature.in_background(
            lambda: store.change_password(old, new),
            lambda _none: feature.tell(word("records.password_changed", lang)),
            self.tr("正在用新密码重新加密……"),
            plain=(WrongPassword, word("records.wrong_old_password", lang)),
        )
