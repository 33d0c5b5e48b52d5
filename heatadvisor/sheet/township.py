"""The township report as printed pages: households by village and by recommended option,
coal and CO₂ avoided, subsidies expected and the peak load each village adds on the design
day — the same figures as the XLSX (``records.report``), through the sheet's renderer, so the
window and ``heatadvisor-cli records report -o FILE.pdf`` print the same pages.

Long reports (a county's hundreds of villages) run over as many pages as they need; each
table's header repeats on every page it reaches.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice

from heatadvisor.records.report import FIGURE_COLUMNS, ReportRow, TownshipReport
from heatadvisor.wording import word

from .layout import Block, Grid, Span, Text, draw_text, paginate
from .render import (
    CELL,
    CELL_BOLD,
    FOOTER_PT,
    HEADING,
    NOTE,
    SMALL,
    TITLE,
    _pdf_writer,
    begin_in_points,
)

_WIDTHS = (2.4, 1.1, 1.05, 1.1, 1.15, 1.15, 1.35)
_HEAD_FILL = "#dfe7f1"
_TOTAL_FILL = "#f0f0f0"


def _numbers(row: ReportRow) -> list[str]:
    return [
        f"{row.households:,}",
        f"{row.coal_avoided_t:,.1f}",
        f"{row.co2_avoided_t:,.1f}",
        f"{row.subsidy_yuan:,.0f}",
        f"{row.operating_subsidy_yuan:,.0f}",
        f"{row.added_peak_kw:,.1f}",
    ]


def _table(first: str, rows: list[ReportRow], total: ReportRow, lang: str) -> Grid:
    def line(row: ReportRow, style=CELL) -> list[list[Span]]:
        return [[(text, style)] for text in (row.label(lang), *_numbers(row))]

    header = [[(word(key, lang), CELL_BOLD)] for key in (first, *FIGURE_COLUMNS)]
    body = [header, *(line(r) for r in rows), line(total, CELL_BOLD)]
    return Grid(
        _WIDTHS, body, header_rows=1, fills={0: _HEAD_FILL, len(body) - 1: _TOTAL_FILL}, align="lrrrrrr", space_after=10
    )


def report_blocks(report: TownshipReport, lang: str, made: date) -> list[Block]:
    """The report in reading order: title, what it covers, the two tables, the assumptions."""
    return [
        Text(word("report.title", lang), TITLE, 4),
        Text(word("report.made", lang, date=f"{made:%Y-%m-%d}", count=report.total.households), NOTE, 10),
        Text(word("report.by_village", lang), HEADING, keep_with_next=True),
        _table("report.place", report.by_village, report.total, lang),
        Text(word("report.by_option", lang), HEADING, keep_with_next=True),
        _table("ledger.recommended", report.by_option, report.total, lang),
        Text(word("report.note", lang), NOTE, 2),
    ]


def paint_report(device: QPagedPaintDevice, report: TownshipReport, lang: str = "zh", made: date | None = None) -> int:
    """Paint the report on ``device`` (a PDF writer or a printer); returns the page count."""
    painter, width, height = begin_in_points(device)
    try:
        pages = paginate(painter, report_blocks(report, lang, made or date.today()), width, height - FOOTER_PT)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for block, y in page:
                block.draw(painter, 0.0, y, width)
            footer = word("report.page", lang, title=word("report.title", lang), page=number, pages=len(pages))
            draw_text(painter, footer, SMALL, QRectF(0, height - FOOTER_PT + 4, width, FOOTER_PT), "c")
    finally:
        painter.end()
    return len(pages)


def write_report_pdf(report: TownshipReport, path: Path, lang: str = "zh", made: date | None = None) -> int:
    """The report as a PDF with the bundled font embedded; returns the page count. Raises
    OSError when the file cannot be written."""
    return paint_report(_pdf_writer(path, word("report.title", lang)), report, lang, made)
