"""The one renderer: the advice sheet and the COP poster onto any QPagedPaintDevice.

QPdfWriter (PDF export, the CLI), QPrinter (printing) and the printer of a
QPrintPreviewDialog all go through ``paint_sheet``/``paint_poster``, so what is previewed is
what prints. Measured (bench/bench_sheet.py): QPainter layout is faster than a QTextDocument
and gives exact heights for fitting; charts are painted through QPainter and stay vector.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTransform

from heatadvisor.qtkit.fonts import register_bundled_fonts
from heatadvisor.wording import word

from .chart import payback_painter
from .content import LEVELS, Sheet, SheetContext, build_sheet
from .layout import (
    Block,
    Box,
    Grid,
    Picture,
    SignatureLines,
    Style,
    Text,
    draw_text,
    paginate,
)
from .poster import Poster, build_poster

if TYPE_CHECKING:
    from heatadvisor.core.contract.results import Comparison

MAX_PAGES = 2
MAX_GAP_PT = 90.0
CHART_MIN_PT = 170.0  # with its legend; below this the plot is too flat to read
MARGINS_MM = QMarginsF(14, 12, 14, 10)
FOOTER_PT = 14.0
PDF_DPI = 600  # vector output: the resolution only sets the coordinate grid

NAVY = "#1f3a5f"
TITLE = Style(19, True, NAVY)
HEADING = Style(12, True, NAVY)
BODY = Style(10)
BODY_BOLD = Style(10, True)
NOTE = Style(9, False, "#303030")
LEAD = Style(12, True, "#14532d")
SMALL = Style(8, False, "#404040")
CELL = Style(9)
CELL_BOLD = Style(9, True)
RANGE = Style(7, False, "#5a5a5a")
LABEL = Style(9, False, "#505050")
# (fitting level, zoom): tried in order until the sheet fits two pages
FIT_STEPS = ((0, 1.0), (1, 1.0), (2, 1.0), (2, 0.94), (3, 0.94), (3, 0.88), (3, 0.82))


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def _header(sheet: Sheet) -> Grid:
    pairs = list(sheet.header)
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i : i + 2]:
            row += [[(label, LABEL)], [(value, CELL_BOLD)]]
        rows.append(row + [[], []] * (2 - len(pairs[i : i + 2])))
    return Grid((0.14, 0.36, 0.14, 0.36), rows, lines=False, pad=1.5, space_after=6)


def _table(sheet: Sheet) -> Grid:
    table = sheet.table
    rows = [[[(c, CELL_BOLD)] for c in table.columns]]
    for r, row in enumerate(table.rows):
        bold = r == table.recommended_row
        rows.append(
            [
                [
                    (main, CELL_BOLD if bold or (i == 0 and r == table.current_row) else CELL),
                    *([(sub, RANGE)] if sub else []),
                ]
                for i, (main, sub) in enumerate(row)
            ]
        )
    fills = {0: "#dfe7f1", table.current_row + 1: "#f0f0f0"}
    if table.recommended_row is not None:
        fills[table.recommended_row + 1] = "#e3f3e3"
    return Grid((2.5, 1.25, 1.3, 1.3, 1.05, 1.4, 0.95), rows, header_rows=1, fills=fills, align="lrrrrrr")


def _subsidies(sheet: Sheet) -> list[Block]:
    section = sheet.subsidies
    blocks: list[Block] = [Text(sheet.headings["subsidies"], HEADING, keep_with_next=True)]
    if section.intro:
        blocks.append(Text(section.intro, BODY, 3))
    for item in section.items:
        head = "  ".join(
            x for x in (f"【{item.status}】" if sheet.lang == "zh" else f"[{item.status}]", item.name, item.amount) if x
        )
        blocks.append(Text(head, CELL_BOLD if item.eligible else CELL, 1))
        detail = "  ".join(x for x in (item.met, item.confirm, item.apply_at) if x)
        if detail:
            blocks.append(Text(detail, SMALL, 3, indent=12))
    blocks += [Text(line, BODY, 2) for line in section.after]
    blocks[-1].space_after = 8
    return blocks


def sheet_blocks(sheet: Sheet, chart=None) -> list[Block]:
    """The sheet in reading order; ``chart`` paints the payback chart (None: leave its space)."""
    h = sheet.headings
    info = Grid((0.22, 0.78), [[[(head, BODY_BOLD)], [(text, BODY)]] for head, text in sheet.info], lines=False, pad=2)
    return [
        Text(sheet.title, TITLE, 6),
        _header(sheet),
        Text(sheet.household, BODY, 8),
        Text(h["recommend"], HEADING, keep_with_next=True),
        Box(
            [Text(sheet.recommendation, LEAD, 3), *(Text(line, NOTE, 1) for line in sheet.why)],
            fill="#eef7ee",
            border="#5a9a5a",
        ),
        Text(h["compare"], HEADING, keep_with_next=True),
        _table(sheet),
        Text(sheet.table_note, SMALL, 8),
        Text(h["chart"], HEADING, keep_with_next=True),
        Text(
            sheet.chart.note, SMALL, 2, keep_with_next=True
        ),  # above: a chart shrunk to end a page leaves no room below
        Picture(chart or (lambda p, r: None), sheet.limits.chart_height, 8, min_height=CHART_MIN_PT),
        *_subsidies(sheet),
        Box([Text(h["info"], HEADING, 2), info], fill="#fff8e6", border="#d9a400", space_after=8),
        Text(h["assumptions"], HEADING, keep_with_next=True),
        *(Text(line, NOTE, 1) for line in sheet.assumptions),
        Text(h["sign"], HEADING, 0, keep_with_next=True),
        SignatureLines(sheet.signatures, BODY),
    ]


def _area(device: QPagedPaintDevice) -> tuple[float, float, float]:
    """(points → device pixels, content width, content height) in points."""
    rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    return device.width() / rect.width(), rect.width(), rect.height()


def _begin(device: QPagedPaintDevice) -> QPainter:
    """A painter on the device; QPdfWriter reports an unwritable file only as an inactive painter."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot write the output (folder missing or not writable?)")
    return painter


def _fit(painter: QPainter, comparison: Comparison, ctx: SheetContext, scale: float, width: float, height: float):
    """The first (sheet, zoom, pages) of FIT_STEPS that fits MAX_PAGES without a large gap at
    the foot of a page (a chart pushed over leaves one); else the first that fits at all, else
    the last step."""
    fitted = None
    for level, zoom in FIT_STEPS:
        sheet = build_sheet(comparison, ctx, LEVELS[level])
        painter.setTransform(QTransform.fromScale(scale * zoom, scale * zoom))
        page_height = (height - FOOTER_PT) / zoom
        pages = paginate(painter, sheet_blocks(sheet), width / zoom, page_height)
        if len(pages) > MAX_PAGES:
            continue
        fitted = fitted or (sheet, zoom, pages)
        if all(page_height - _bottom(painter, page, width / zoom) < MAX_GAP_PT / zoom for page in pages[:-1]):
            return sheet, zoom, pages
    return fitted or (sheet, zoom, pages)


def _bottom(painter: QPainter, page: list, width: float) -> float:
    block, y = page[-1]
    return y + block.height(painter, width)


def paint_sheet(device: QPagedPaintDevice, comparison: Comparison, ctx: SheetContext) -> int:
    """Paint the advice sheet on ``device`` and return its page count."""
    register_bundled_fonts()
    device.setPageLayout(page_layout())
    scale, width, height = _area(device)
    painter = _begin(device)
    try:
        sheet, zoom, pages = _fit(painter, comparison, ctx, scale, width, height)
        blocks = sheet_blocks(sheet, payback_painter(sheet.chart))  # the same blocks, now with the chart
        pages = paginate(painter, blocks, width / zoom, (height - FOOTER_PT) / zoom)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            painter.setTransform(QTransform.fromScale(scale * zoom, scale * zoom))
            for block, y in page:
                block.draw(painter, 0.0, y, width / zoom)
            painter.setTransform(QTransform.fromScale(scale, scale))
            footer = sheet_footer(sheet, number, len(pages))
            draw_text(painter, footer, SMALL, QRectF(0, height - FOOTER_PT + 4, width, FOOTER_PT), "c")
    finally:
        painter.end()
    return len(pages)


def sheet_footer(sheet: Sheet, page: int, pages: int) -> str:
    return word("footer", sheet.lang, app=sheet.app, number=sheet.number, page=page, pages=pages)


def _pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("HeatAdvisor 供暖参谋")
    return writer


def write_pdf(comparison: Comparison, ctx: SheetContext, path: str | Path) -> int:
    """The advice sheet as a PDF with the bundled font embedded; returns the page count."""
    writer = _pdf_writer(Path(path), build_sheet(comparison, ctx).title)
    return paint_sheet(writer, comparison, ctx)


POSTER_HEADLINE = Style(30, True, NAVY)
POSTER_BODY = Style(18)
POSTER_CELL = Style(22)
POSTER_CELL_BOLD = Style(22, True)


def begin_in_points(device: QPagedPaintDevice) -> tuple[QPainter, float, float]:
    """A painter on ``device`` (A4, our margins, the bundled font ready) drawing in points, and
    the content's width and height: for pages that need no fitting (the poster, the report)."""
    register_bundled_fonts()
    device.setPageLayout(page_layout())
    scale, width, height = _area(device)
    painter = _begin(device)
    painter.setTransform(QTransform.fromScale(scale, scale))
    return painter, width, height


def render_poster(device: QPagedPaintDevice, poster: Poster) -> None:
    """One A4 page in large type: the headline, the months, what a label and a heater mean."""
    painter, width, height = begin_in_points(device)
    try:
        rows = [[[(poster.columns[0], POSTER_CELL_BOLD)], [(poster.columns[1], POSTER_CELL_BOLD)]]]
        rows += [[[(m, POSTER_CELL)], [(v, POSTER_CELL_BOLD)]] for m, v in poster.rows]
        blocks: list[Block] = [
            Text(poster.headline, POSTER_HEADLINE, 18),
            Text(poster.sub, POSTER_BODY, 10),
            Grid((0.35, 0.65), rows, header_rows=1, fills={0: "#dfe7f1"}, align="lc", pad=7, space_after=18),
            *(Text(note, POSTER_BODY, 10) for note in poster.notes),
        ]
        y = 0.0
        for block in blocks:
            block.draw(painter, 0.0, y, width)
            y += block.height(painter, width) + block.space_after
        draw_text(painter, poster.footer, SMALL, QRectF(0, height - FOOTER_PT + 4, width, FOOTER_PT), "c")
    finally:
        painter.end()


def write_poster_pdf(comparison: Comparison, path: str | Path, lang: str = "zh", service_point: str = "") -> bool:
    """The poster as a PDF; False (nothing written) when the comparison has no heat pump."""
    poster = build_poster(comparison, lang, service_point)
    if poster is None:
        return False
    render_poster(_pdf_writer(Path(path), poster.headline), poster)
    return True
