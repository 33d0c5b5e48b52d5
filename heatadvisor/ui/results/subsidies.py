"""补贴: per programme ✓ / × / ? with the reason in words, the amount, documents to bring and
where to apply; a "needs information" item links straight to the form field it asks for.

It takes plain, already-worded programme outcomes, so it does not depend on the subsidy
engine's classes; until the comparison carries them it shows a placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from heatadvisor.ui.form.base import Retranslating
from heatadvisor.ui.results.data import ProgrammeCard
from heatadvisor.ui.style import CARD_STYLE, set_role

# Noto Sans CJK has no ✔ ✘ ✗: ✓ (U+2713) and × (U+00D7) render with the bundled font.
MARKS = {"eligible": "✓", "not_eligible": "×", "needs_info": "?", "expired": "×", "not_started": "…"}


class SubsidyTab(Retranslating, QWidget):
    ask = Signal(str)  # a field path to focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        set_role(self.heading, "summary")
        self.list = QWidget(self)
        self.list.setStyleSheet(CARD_STYLE)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.programmes: list[ProgrammeCard] | None = None
        self.option = ""
        self.retranslate()

    def retranslate(self) -> None:
        none_known = self.programmes is None or not self.programmes
        self.placeholder.setText(
            self.tr("这里还没有本地的补贴政策：请到乡镇政府或村委会问本地的补贴办法。") if none_known else ""
        )
        self.placeholder.setVisible(none_known)
        self.heading.setText(
            self.tr("按“{option}”查的补贴：✓ 能领，× 不能领，? 还要问清楚").format(option=self.option)
            if not none_known
            else ""
        )
        self.heading.setVisible(not none_known)

    def show_programmes(self, programmes: list[ProgrammeCard] | None, option: str = "") -> None:
        """Programmes for ``option``; None (no policy pack for this place yet) shows the placeholder."""
        self.programmes, self.option = programmes, option
        while self.list_layout.count() > 1:
            card = self.list_layout.takeAt(0).widget()
            card.setParent(None)  # gone at once, not at the next event-loop turn
            card.deleteLater()
        for index, programme in enumerate(programmes or []):
            self.list_layout.insertWidget(index, self._card(programme))
        self.retranslate()

    def _card(self, programme: ProgrammeCard) -> QFrame:
        card = QFrame(self.list)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setProperty("status", programme.status)
        column = QVBoxLayout(card)
        title = QLabel(f"{MARKS.get(programme.status, '?')}  {programme.name}", card)
        title.setObjectName("programme")
        title.setWordWrap(True)
        column.addWidget(title)
        lines = list(programme.reasons)
        lines += [line for line in (programme.amount, programme.documents, programme.apply_at) if line]
        body = QLabel("\n".join(lines), card)
        body.setWordWrap(True)
        column.addWidget(body)
        for path, label in programme.questions:
            button = QPushButton(self.tr("去问：{field}").format(field=label), card)
            button.setEnabled(path is not None)  # a fact the form has no field for: ask in words
            button.clicked.connect(lambda _checked=False, p=path: self.ask.emit(p))
            column.addWidget(button)
        return card
