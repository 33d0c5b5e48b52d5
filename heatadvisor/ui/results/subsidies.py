"""补贴: per programme ✓ / × / ? with the reason in words, the amount, documents to bring and
where to apply; a "needs information" item links straight to the form field it asks for.

It takes plain, already-worded programme outcomes, so it does not depend on the subsidy
engine's classes; until the comparison carries them it shows a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from heatadvisor.ui.form.base import Retranslating

# Noto Sans CJK has no ✔ ✘ ✗: ✓ (U+2713) and × (U+00D7) render with the bundled font.
MARKS = {"eligible": "✓", "not_eligible": "×", "needs_info": "?", "expired": "×", "not_started": "…"}


@dataclass(frozen=True)
class Programme:
    """One programme's outcome, worded for the view."""

    name: str
    status: str  # eligible / not_eligible / needs_info / expired / not_started
    reasons: list[str]
    amount: str | None
    documents: list[str]
    apply_at: str | None
    questions: list[tuple[str, str]]  # (Case field path, its label): facts to ask the resident


class SubsidyTab(Retranslating, QWidget):
    ask = Signal(str)  # a field path to focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(scroll, 1)
        self.programmes: list[Programme] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("补贴政策还没有接入这个版本：请到乡镇政府或村委会问本地的补贴办法。")
                                 if self.programmes is None else "")
        self.placeholder.setVisible(self.programmes is None)

    def show_programmes(self, programmes: list[Programme] | None) -> None:
        self.programmes = programmes
        while self.list_layout.count() > 1:
            item = self.list_layout.takeAt(0)
            item.widget().deleteLater()
        for index, programme in enumerate(programmes or []):
            self.list_layout.insertWidget(index, self._card(programme))
        self.retranslate()

    def _card(self, programme: Programme) -> QFrame:
        card = QFrame(self.list)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setProperty("status", programme.status)
        column = QVBoxLayout(card)
        title = QLabel(f"{MARKS.get(programme.status, '?')}  {programme.name}", card)
        title.setObjectName("programme")
        title.setWordWrap(True)
        column.addWidget(title)
        lines = list(programme.reasons)
        if programme.amount:
            lines.append(self.tr("金额：{amount}").format(amount=programme.amount))
        if programme.documents:
            lines.append(self.tr("要带：{documents}").format(documents="、".join(programme.documents)))
        if programme.apply_at:
            lines.append(self.tr("到哪儿办：{place}").format(place=programme.apply_at))
        body = QLabel("\n".join(lines), card)
        body.setWordWrap(True)
        column.addWidget(body)
        for path, label in programme.questions:
            button = QPushButton(self.tr("去问：{field}").format(field=label), card)
            button.clicked.connect(lambda _checked=False, p=path: self.ask.emit(p))
            column.addWidget(button)
        return card
