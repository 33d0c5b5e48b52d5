"""A scroll bar that keeps its last pictures. Fusion paints the comparison table's tall scroll
bar in 2.2–2.8 ms (a third of a frame), and it is repainted whenever its range changes: a group
of options that comes or goes as the household changes ("价格要先问清" appears at 80 m² and not
at 805 m² of the default case) adds or takes rows, and typing back and forth brings the same
few ranges back."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

KEPT_PICTURES = 8  # a few ranges (row counts) at a few scroll positions


class KeptScrollBar(QScrollBar):
    """Draws the style's scroll bar into a picture, and the picture again when nothing the
    style is told is new (size, range, position, state, palette). Under the mouse or dragged
    it paints as usual: the hovered or pressed part is not in the style option."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self._pictures: dict[tuple[Hashable, ...], QPixmap] = {}  # oldest first

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.underMouse() or self.isSliderDown():
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        ratio = self.devicePixelRatioF()
        told = (
            option.rect.width(),
            option.rect.height(),
            ratio,
            option.state.value,
            option.direction,
            option.minimum,
            option.maximum,
            option.sliderPosition,
            option.pageStep,
            option.upsideDown,
            option.orientation,
            option.palette.cacheKey(),
            id(self.style()),
        )
        picture = self._pictures.get(told)
        if picture is None:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(option.palette.window().color())  # what shows through, as under the table
            painter = QPainter(picture)
            self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
            painter.end()
            if len(self._pictures) >= KEPT_PICTURES:
                del self._pictures[next(iter(self._pictures))]
            self._pictures[told] = picture
        QPainter(self).drawPixmap(0, 0, picture)
