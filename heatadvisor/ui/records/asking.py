"""The two questions saving may need: the resident's consent to keep personal details (with
the PIPL Art. 17 notice from the records catalogue), and the service point's password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.wording import field_label, word


def checked_ending(dialog: QDialog, layout: QVBoxLayout, check: Callable[[], None]) -> QLabel:
    """A dialog's foot: a line for what is wrong with the input, then OK (runs ``check``, which
    accepts or fills that line) and Cancel. Returns the line."""
    problem = QLabel(dialog)
    problem.setWordWrap(True)
    layout.addWidget(problem)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(check)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return problem


class ConsentDialog(QDialog):
    """The notice, read to the resident, and one tick: keep the name and phone, or not.

    Accepted with the tick: keep them; accepted without it: save the advice without them."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存个人信息"))
        layout = QVBoxLayout(self)
        self.notice = QLabel(word("records.consent_notice", lang), self)
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.agreed = QCheckBox(field_label("personal.consent", lang), self)
        layout.addWidget(self.agreed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())


class PasswordDialog(QDialog):
    """The service point's password: asked once a session; the first time, set and repeated.
    With ``explain``, another password (an exchange file's), asked once."""

    def __init__(self, first: bool, parent: QWidget | None = None, explain: str | None = None):
        super().__init__(parent)
        self.first = first
        self.setWindowTitle(self.tr("服务点密码") if explain is None else self.tr("交换密码"))
        layout = QVBoxLayout(self)
        note = QLabel(
            explain
            or (
                self.tr("姓名、电话这些个人信息加密保存，要用服务点密码打开。忘了密码就找不回来了。")
                if first
                else self.tr("输入服务点密码，才能存或看个人信息。")
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("密码"), self.password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if first:
            form.addRow(self.tr("再输一遍"), self.again)
        layout.addLayout(form)
        self.problem = checked_ending(self, layout, self._check)

    def _check(self) -> None:
        if not self.password.text():
            self.problem.setText(self.tr("密码不能是空的"))
        elif self.first and self.again.text() != self.password.text():
            self.problem.setText(self.tr("两次输的不一样"))
        else:
            self.accept()
