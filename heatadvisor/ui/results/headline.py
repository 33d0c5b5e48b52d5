"""What stands above the comparison table: the recommendation, the notice that asks staff to
check the household's figures, and a close call's two options. A keystroke changes none of
their heights: a table that moves is repainted whole (its scroll bar too)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from heatadvisor.ui.wrapped_text import WrappedText

NOTICE_BACKGROUND = QColor("#fdecea")  # as the banner that asks for input
NOTICE_PADDING = 5  # around the text, inside the tint
NOTICE_EDGE = 4  # the dark stripe on the left


class SummaryText(WrappedText):
    """The recommendation, bold, in three lines' height whatever it says."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("summary", parent)

    def text_rect(self) -> QRect:
        return self.rect().adjusted(2, 0, -2, 0)

    def content_height(self) -> int:
        return self.fontMetrics().lineSpacing() * 3 + 6


class NoticeStrip(WrappedText):
    """The notice (an estimate far from what households here use, or last winter's figure far
    from the model): dark red on a tint, between the recommendation and the table, where the
    figures it doubts begin. The strip stays when the notice goes, empty, at least a line high,
    and keeps the height of the tallest notice while staff type (``keeps_height``): typing that
    makes the notice come and go leaves the table where it is."""

    keeps_height = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__("headline", parent)

    def text_rect(self) -> QRect:
        margin = NOTICE_EDGE + NOTICE_PADDING
        return self.rect().adjusted(margin, NOTICE_PADDING, -NOTICE_PADDING, -NOTICE_PADDING)

    def content_height(self) -> int:
        return self.wraps_to(self.text() or " ") + 2 * NOTICE_PADDING  # at least a line

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            return
        colour = self.palette().windowText().color()
        painter = QPainter(self)
        painter.fillRect(self.rect(), NOTICE_BACKGROUND)
        painter.fillRect(QRect(0, 0, NOTICE_EDGE, self.height()), colour)
        painter.end()
        super().paintEvent(event)


class CloseCallText(WrappedText):
    """When two options cost about the same: what each is like to live with, a line each, under
    the recommendation. While staff type it keeps its place when the close call goes
    (``keeps_height``), as the notice's strip does: typing across the margin that makes two
    options a close call (the default house at 80 m² is one, at 805 m² not) leaves the table
    where it is; after a pause the empty place closes."""

    keeps_height = True

    def __init__(self, parent: QWidget | None = None):
        super().__init__("close_call", parent)
