"""Tables to files a township opens in Excel or WPS: CSV (UTF-8 with BOM) and XLSX.

Text stays text: a cell that looks like a formula is neutralised (OWASP CSV injection: a
leading ' before = + - @ tab or CR), and a long or zero-led number (account numbers,
phones) is written as text — as a text cell in XLSX, with a leading tab in CSV — so an
18-digit number never turns into 1.1E+17.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Cell = str | float | int | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Worksheet:
    name: str  # the sheet's name
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    notes: Sequence[str] = ()  # lines under the table (assumptions)


def safe_text(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def number_like(text: str) -> bool:
    """Digits Excel would turn into a number and spoil: 11 digits or more, or a leading zero."""
    return text.isdigit() and (len(text) >= 11 or (len(text) > 1 and text[0] == "0"))


def _csv_cell(cell: Cell) -> Cell:
    if isinstance(cell, str):
        return "\t" + cell if number_like(cell) else safe_text(cell)
    return "" if cell is None else cell


def write_csv(path: Path, table: Worksheet) -> int:
    """One table; returns the number of rows written."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([safe_text(h) for h in table.header])
        for row in table.rows:
            writer.writerow([_csv_cell(c) for c in row])
            count += 1
        for note in table.notes:
            writer.writerow([safe_text(note)])
    return count


def write_xlsx(path: Path, tables: Sequence[Worksheet], title: str | None = None) -> int:
    """One sheet per table, rows streamed (constant memory); returns the rows written."""
    import xlsxwriter

    count = 0
    book = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        bold = book.add_format({"bold": True})
        for table in tables:
            sheet = book.add_worksheet(re.sub(r"[\[\]:*?/\\]", " ", table.name)[:31])
            r = 0
            if title:
                sheet.write_string(r, 0, title, bold)
                r += 2
            for c, heading in enumerate(table.header):
                sheet.write_string(r, c, heading, bold)
            sheet.set_column(0, len(table.header) - 1, 14)
            for row in table.rows:
                r += 1
                count += 1
                for c, cell in enumerate(row):
                    if isinstance(cell, str):
                        sheet.write_string(r, c, cell)
                    elif cell is not None:
                        sheet.write_number(r, c, cell)
            for note in table.notes:
                r += 2
                sheet.write_string(r, 0, note)
    finally:
        book.close()
    return count
