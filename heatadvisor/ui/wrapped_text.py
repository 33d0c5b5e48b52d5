"""Word-wrapped text that re-lays out nothing when new text wraps to the same height. A
QLabel re-lays out its parent on every new text; on a key press the demand line, the options'
warnings and the results' recommendation all get new figures, and the form column and the
results page were re-laid out for them though nothing moved."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from heatadvisor.ui.style import set_role

WRAPPED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
SETTLE_MS = 1500  # a pause in typing: then a text that kept a taller place fits itself


class WrappedText(QWidget):
    """Text painted in a label role's look (``ui.style.ROLES``), as high as it wraps at its
    width: a new text repaints this widget alone, and changes its height (a layout) only when
    it wraps to more or fewer lines; so do a new width and a new text size. One that
    ``keeps_height`` only grows while new texts keep coming (an empty one keeps its place):
    what comes and goes above a table as staff type then never moves it. ``SETTLE_MS`` after
    the last new text it fits its text again, so the table moves once, while they pause."""

    keeps_height = False

    def __init__(self, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._settle: QTimer | None = None  # made when a kept place is first taller than the text
        set_role(self, role)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fit()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.fit()
            self.update()

    def text_rect(self) -> QRect:
        """Where the text goes inside the widget."""
        return self.rect()

    def wraps_to(self, text: str) -> int:
        """How high ``text`` wraps in ``text_rect``'s width."""
        width = max(40, self.text_rect().width())
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), int(WRAPPED), text).height()

    def content_height(self) -> int:
        """The height this text needs (none for none)."""
        return self.wraps_to(self._text) if self._text else 0

    def fitted_height(self, keep: bool) -> int:
        """The height to take: the text's, or, for a new text (``keep``, not a new width or
        size) in one that ``keeps_height``, the height it has if that is more."""
        height = self.content_height()
        return max(height, self.minimumHeight()) if keep and self.keeps_height else height

    def fit(self, keep: bool = True) -> None:
        height = self.fitted_height(keep)
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)
        if keep and height > self.content_height():
            if self._settle is None:
                self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=lambda: self.fit(keep=False))
            self._settle.start()  # again: the place is kept until the typing pauses

    def settling(self) -> bool:
        """Whether it still keeps a taller place than its text needs (until the typing pauses)."""
        return self._settle is not None and self._settle.isActive()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.minimumHeight())  # it wraps at any width the layout gives

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self.fit(keep=False)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.fit(keep=False)
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.text_rect(), int(WRAPPED), self._text)
