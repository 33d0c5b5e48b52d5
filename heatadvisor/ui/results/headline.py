"""What stands above the comparison table: the recommendation, and the notice that asks staff
to check the household's figures. Both are painted into heights that a keystroke does not
change: a QLabel with new text re-lays out the page, and a table that moves is repainted
whole (its scroll bar too), which cost more than the rest of a key press's paint."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from heatadvisor.ui.style import ROLES

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
NOTICE_COLOUR = QColor(str(ROLES["headline"][0]))  # the headline role's dark red
NOTICE_BACKGROUND = QColor("#fdecea")  # as the banner that asks for input
NOTICE_PADDING = 5  # around the text, inside the tint
NOTICE_EDGE = 4  # the dark stripe on the left


class PaintedText(QWidget):
    """Bold text wrapped into the height its owner gives it: new text repaints this widget
    and nothing else (no layout)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont()  # only the weight: family and size follow the window's (large text)
        font.setBold(True)
        self.setFont(font)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def text_rect(self) -> QRect:
        return self.rect().adjusted(2, 0, -2, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.drawText(self.text_rect(), int(WRAPPED), self._text)


class SummaryText(PaintedText):
    """The recommendation: three lines high, set with the table's sizes."""


class NoticeStrip(PaintedText):
    """The notice (an estimate far from what households here use, or last winter's figure far
    from the model): dark red on a tint, between the recommendation and the table, where the
    figures it doubts begin. The strip stays when the notice goes, empty, and keeps the height
    of the tallest notice since its width, text size or language last changed (at least a
    line): typing that makes the notice come and go leaves the table where it is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fit(keep=False)

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit(keep=True)

    def text_rect(self) -> QRect:
        margin = NOTICE_EDGE + NOTICE_PADDING
        return self.rect().adjusted(margin, NOTICE_PADDING, -NOTICE_PADDING, -NOTICE_PADDING)

    def _fit(self, keep: bool) -> None:
        """As high as the text wraps at this width; while ``keep``, never lower than now."""
        metrics = self.fontMetrics()
        width = max(40, self.text_rect().width())
        wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000), int(WRAPPED), self.text()).height()
        height = max(wrapped, metrics.lineSpacing()) + 2 * NOTICE_PADDING
        if keep:
            height = max(height, self.minimumHeight())
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)  # moves the table: on a new width or text size, or a longer notice

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._fit(keep=False)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit(keep=False)
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), NOTICE_BACKGROUND)
        painter.fillRect(QRect(0, 0, NOTICE_EDGE, self.height()), NOTICE_COLOUR)
        painter.setFont(self.font())
        painter.setPen(NOTICE_COLOUR)
        painter.drawText(self.text_rect(), int(WRAPPED), self.text())
