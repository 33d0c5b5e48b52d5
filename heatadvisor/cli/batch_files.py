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
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ..core.contract.problems import FieldProblem

MAX_CELL_CHARS = 1000  # far above any real cell (options lists ~100): longer is a pasted mistake
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
WITHOUT_BOM = (("utf-8", "UTF-8"), ("gb18030", "GBK"))


class BatchFileError(Exception):
    """The whole file cannot be used; ``key`` words it (heatadvisor/wording/cli.py), ``detail`` for logs."""

    def __init__(self, key: str, detail: str = ""):
        super().__init__(detail or key)
        self.key = key


@dataclass(frozen=True)
class HouseholdsFile:
    """A households file, read row by row when asked (``rows``): a province's survey is never
    held in memory, neither as row objects nor as its lines; it is read from the file again."""

    path: Path
    codec: str  # the codec that read the whole file
    encoding: str  # how it was read, as users know it: "UTF-8", "GBK", "UTF-16"
    count: int  # households: the lines after the header that are not blank, broken ones included
    names: list[str]  # the header's column names
    delimiter: str

    def rows(self) -> Iterator[tuple[dict[str, str], list[FieldProblem]]]:
        """Each household's cells by column name, with what already makes it invalid (a cell too
        long, a broken line)."""
        with _text(
            self.path, self.codec, "replace"
        ) as lines:  # read whole once already: nothing to replace unless it changed since
            for record in itertools.islice(_nonblank(lines, self.delimiter), 1, None):
                if isinstance(record, FieldProblem):
                    yield {}, [record]
                else:
                    problems = _too_long(self.names, record) if max(map(len, record)) > MAX_CELL_CHARS else []
                    yield dict(zip(self.names, record)), problems  # a column without a name ("") is never read


def _codecs(head: bytes) -> list[tuple[str, str]]:
    """The codecs to try, in turn, on a file starting with ``head``, with their everyday names."""
    for bom, codec, name in BOMS:
        if head.startswith(bom):
            return [(codec, name)]
    return list(WITHOUT_BOM)


def _text(path: Path, codec: str, errors: str = "strict") -> TextIO:
    """The file's lines as they come, line endings kept (a quoted cell is never split by them)."""
    try:
        return path.open(encoding=codec, errors=errors, newline="")
    except OSError as exc:
        raise BatchFileError("batch.unreadable", str(exc)) from None


def _delimiter(header: str) -> str:
    """Tab for Excel's "Unicode text" / "text (tab delimited)", else comma."""
    return "\t" if header.count("\t") > header.count(",") else ","


class _Lines:
    """Lines handed to a csv reader; those it took since its last whole record are kept, so that
    after a bad line the lines it swallowed can be read again."""

    def __init__(self, lines: Iterator[str]):
        self.lines = lines
        self.again: list[str] = []  # to be read again, the next one last
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.again.pop() if self.again else next(self.lines)
        self.taken.append(line)
        return line

    def bad_line(self) -> str:
        """The first line taken since the last whole record; the others are to be read again."""
        bad, *after = self.taken
        self.again.extend(reversed(after))
        self.taken.clear()
        return bad


def _records(lines: Iterable[str], delimiter: str) -> Iterator[list[str] | FieldProblem]:
    """Each line's cells, or why the line cannot be read. One line is one household: no column
    needs a line break, so a stray quote spoils its own line instead of swallowing the rest of
    the file into one cell, and a cell over csv's field limit stops nothing but its row (one
    reader for the whole file, a new one after each bad line: a reader per line is 3× slower)."""
    feed = _Lines(iter(lines))
    while True:
        reader = csv.reader(feed, delimiter=delimiter, strict=True)
        try:
            for record in reader:
                if len(feed.taken) > 1:  # a quote left open ran on into the next lines
                    raise csv.Error("a quoted cell runs over the end of its line")
                feed.taken.clear()
                yield record
            return
        except csv.Error as exc:
            bad = feed.bad_line()
            too_long = len(bad) > csv.field_size_limit()
            yield FieldProblem("(row)", "cell_too_long" if too_long else "broken_row", str(exc), str(MAX_CELL_CHARS))


def _nonblank(lines: Iterable[str], delimiter: str) -> Iterator[list[str] | FieldProblem]:
    return (r for r in _records(lines, delimiter) if isinstance(r, FieldProblem) or "".join(r).strip())


def _too_long(names: list[str], record: list[str]) -> list[FieldProblem]:
    """A problem for each cell over ``MAX_CELL_CHARS``, named by its column (or its place)."""
    named = names + [""] * len(record)
    return [
        FieldProblem(
            named[i] or f"#{i + 1}", "cell_too_long", f"more than {MAX_CELL_CHARS} characters", str(MAX_CELL_CHARS)
        )
        for i, cell in enumerate(record)
        if len(cell) > MAX_CELL_CHARS
    ]


def read_table(path: Path) -> HouseholdsFile:
    """The header of a households file and how many rows follow, read through once in the first
    encoding that reads it all; BatchFileError "batch.not_text" if none does."""
    try:
        with path.open("rb") as raw:
            head = raw.read(4)
    except OSError as exc:
        raise BatchFileError("batch.unreadable", str(exc)) from None
    for codec, name in _codecs(head):
        try:
            return _scan(path, codec, name)
        except UnicodeDecodeError:
            continue
    raise BatchFileError("batch.not_text", "neither UTF-8 nor GB18030")


def _scan(path: Path, codec: str, encoding: str) -> HouseholdsFile:
    with _text(path, codec) as text:
        first = next(text, "")
        delimiter = _delimiter(first)
        records = _nonblank(itertools.chain([first], text), delimiter)
        header = next(records, None)
        count = sum(
            1 for _ in records
        )  # read to the end even when the header is wrong: the encoding must hold throughout
    if header is None:
        raise BatchFileError("batch.empty")
    if isinstance(header, FieldProblem):
        raise BatchFileError("batch.no_header", header.message)
    if not count:
        raise BatchFileError("batch.no_rows")
    return HouseholdsFile(path, codec, encoding, count, [name.strip() for name in header], delimiter)


def safe_cell(value: Any) -> Any:
    """A text cell Excel would run as a formula (=, +, -, @, tab, CR first) gets a quote in
    front; numbers, and text that is just a number (-3.5), stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_rows(writer: csv.DictWriter, rows: Iterable[dict[str, Any]]) -> None:
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
