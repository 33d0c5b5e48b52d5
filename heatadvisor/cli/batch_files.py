"""The batch's files as offices have them: whatever Excel saved in, read safely; the results
written so that Excel shows the Chinese and runs nothing.

Excel in China saves "CSV" in GBK (GB18030 here, its superset), "CSV UTF-8" with a BOM and
"Unicode text" as tab-separated UTF-16. A cell is anything a stranger typed: one longer than
``MAX_CELL_CHARS``, or a line csv cannot read, makes its own row invalid, never the run; a text cell of the results that
Excel would read as a formula (OWASP's CSV-injection rule) is written with a quote in front.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.contract.problems import FieldProblem

MAX_CELL_CHARS = 1000  # far above any real cell (options lists ~100): longer is a pasted mistake
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
WITHOUT_BOM = (("utf-8", "UTF-8"), ("gb18030", "GBK"))


class BatchFileError(Exception):
    """The whole file cannot be used; ``key`` words it (heatadvisor/wording/cli.py), ``detail`` for logs."""

    def __init__(self, key: str, detail: str = ""):
        super().__init__(detail or key)
        self.key = key


@dataclass(frozen=True)
class Table:
    """A households file, read row by row when asked (``rows``): a province's survey is never
    held as row objects all at once, only as its lines."""

    encoding: str  # how it was read, as users know it: "UTF-8", "GBK", "UTF-16"
    count: int  # households: the lines after the header that are not blank, broken ones included
    names: list[str]  # the header's column names
    lines: list[str]
    delimiter: str

    def rows(self) -> Iterator[tuple[dict[str, str], list[FieldProblem]]]:
        """Each household's cells by column name, with what already makes it invalid (a cell too
        long, a broken line)."""
        for record in itertools.islice(_nonblank(self.lines, self.delimiter), 1, None):
            if isinstance(record, FieldProblem):
                yield {}, [record]
            else:
                problems = _too_long(self.names, record) if max(map(len, record)) > MAX_CELL_CHARS else []
                yield dict(zip(self.names, record)), problems  # a column without a name ("") is never read


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding's everyday name; BatchFileError "batch.not_text" if none fits."""
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), name
            except UnicodeDecodeError as exc:
                raise BatchFileError("batch.not_text", str(exc)) from None
    for codec, name in WITHOUT_BOM:
        try:
            return raw.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise BatchFileError("batch.not_text", "neither UTF-8 nor GB18030")


def _delimiter(text: str) -> str:
    """Tab for Excel's "Unicode text" / "text (tab delimited)", else comma."""
    header = text.split("\n", 1)[0]
    return "\t" if header.count("\t") > header.count(",") else ","


def _records(lines: list[str], delimiter: str) -> Iterator[list[str] | FieldProblem]:
    """Each line's cells, or why the line cannot be read. One line is one household: no column
    needs a line break, so a stray quote spoils its own line instead of swallowing the rest of
    the file into one cell, and a cell over csv's field limit stops nothing but its row (one
    reader for the whole file, a new one after each bad line: a reader per line is 3× slower)."""
    start = 0
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, strict=True)
        done = 0  # lines read as whole records
        try:
            for record in reader:
                if reader.line_num > done + 1:  # a quote left open ran on into the next lines
                    raise csv.Error("a quoted cell runs over the end of its line")
                done = reader.line_num
                yield record
            return
        except csv.Error as exc:
            bad = lines[start + done]
            too_long = len(bad) > csv.field_size_limit()
            yield FieldProblem("(row)", "cell_too_long" if too_long else "broken_row", str(exc), str(MAX_CELL_CHARS))
            start += done + 1


def _nonblank(lines: list[str], delimiter: str) -> Iterator[list[str] | FieldProblem]:
    return (r for r in _records(lines, delimiter) if isinstance(r, FieldProblem) or "".join(r).strip())


def _too_long(names: list[str], record: list[str]) -> list[FieldProblem]:
    """A problem for each cell over ``MAX_CELL_CHARS``, named by its column (or its place)."""
    named = names + [""] * len(record)
    return [FieldProblem(named[i] or f"#{i + 1}", "cell_too_long", f"more than {MAX_CELL_CHARS} characters",
                         str(MAX_CELL_CHARS)) for i, cell in enumerate(record) if len(cell) > MAX_CELL_CHARS]


def read_table(path: Path) -> Table:
    """The rows of a households file, keyed by the header's column names."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BatchFileError("batch.unreadable", str(exc)) from None
    text, encoding = decode(raw)
    lines = io.StringIO(text, newline="").readlines()
    delimiter = _delimiter(text)
    del raw, text  # the lines hold it all
    records = _nonblank(lines, delimiter)
    header = next(records, None)
    if header is None:
        raise BatchFileError("batch.empty")
    if isinstance(header, FieldProblem):
        raise BatchFileError("batch.no_header", header.message)
    count = sum(1 for _ in records)
    if not count:
        raise BatchFileError("batch.no_rows")
    return Table(encoding, count, [name.strip() for name in header], lines, delimiter)


def safe_cell(value: Any) -> Any:
    """A text cell Excel would run as a formula (=, +, -, @, tab, CR first) gets a quote in
    front; numbers, and text that is just a number (-3.5), stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_rows(writer: csv.DictWriter, rows: Iterable[dict[str, Any]]) -> None:
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
