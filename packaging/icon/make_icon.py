"""Draw the app icon (a house with a warm flame) and write heatadvisor.svg, .png and .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icon/make_icon.py

One drawing for every format, so they never differ. The .ico holds PNG images at 16–256 px
(read by Windows Vista and later); Qt writes only one size per .ico, so the container is
written here.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

HERE = Path(__file__).resolve().parent
VIEW = 256.0
NAVY, WALL = QColor("#1f3a5f"), QColor("#f4efe6")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The flame and its bright core: a start point, then cubic segments.
FLAME = (
    (128, 214),
    (84, 214, 70, 176, 86, 146),
    (94, 160, 102, 164, 108, 162),
    (100, 128, 118, 100, 140, 86),
    (138, 116, 172, 130, 172, 172),
    (172, 198, 152, 214, 128, 214),
)
CORE = (
    (128, 208),
    (110, 208, 104, 190, 112, 174),
    (118, 182, 124, 182, 126, 176),
    (124, 160, 132, 150, 142, 144),
    (142, 164, 152, 172, 150, 188),
    (148, 200, 140, 208, 128, 208),
)


def draw(painter: QPainter, size: float) -> None:
    """The icon on a size × size square, drawn in a 256 × 256 view."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / VIEW, size / VIEW)
    house = QPainterPath()
    house.moveTo(128, 22)
    for x, y in ((238, 116), (212, 116), (212, 232), (44, 232), (44, 116), (18, 116)):
        house.lineTo(x, y)
    house.closeSubpath()
    painter.setPen(QPen(NAVY, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(WALL)
    painter.drawPath(house)
    warm = QLinearGradient(128, 86, 128, 214)
    warm.setColorAt(0, QColor("#f6a21a"))
    warm.setColorAt(1, QColor("#d9411e"))
    painter.setPen(Qt.PenStyle.NoPen)
    for shape, brush in ((FLAME, warm), (CORE, QColor("#ffd35c"))):
        painter.setBrush(brush)
        painter.drawPath(curve(*shape))


def curve(start: tuple[float, float], *segments: tuple[float, ...]) -> QPainterPath:
    """A closed outline of cubic segments (two control points and an end point each)."""
    path = QPainterPath(QPointF(*start))
    for c1x, c1y, c2x, c2y, x, y in segments:
        path.cubicTo(c1x, c1y, c2x, c2y, x, y)
    return path


def image(size: int) -> QImage:
    picture = QImage(size, size, QImage.Format.Format_ARGB32)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    draw(painter, size)
    painter.end()
    return picture


def png_bytes(picture: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(data)


def ico(sizes: tuple[int, ...]) -> bytes:
    """An ICO container of PNG images: header, one 16-byte entry per size, then the images."""
    images = [png_bytes(image(size)) for size in sizes]
    head = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(head) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return head + entries + b"".join(images)


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 — painting needs it
    svg = QSvgGenerator()
    svg.setFileName(str(HERE / "heatadvisor.svg"))
    svg.setSize(QSize(256, 256))
    svg.setViewBox(QRectF(0, 0, VIEW, VIEW))
    svg.setTitle("HeatAdvisor 供暖参谋")
    painter = QPainter(svg)
    draw(painter, VIEW)
    painter.end()
    image(256).save(str(HERE / "heatadvisor.png"))
    (HERE / "heatadvisor.ico").write_bytes(ico(ICO_SIZES))


if __name__ == "__main__":
    main()
