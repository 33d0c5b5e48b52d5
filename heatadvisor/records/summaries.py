"""The history view's rows: the one query that reads them and the one row factory that makes
each a typed ``Summary``. Every column the query selects is named after the Summary field it
fills, so the select list and the record cannot drift apart.

A text search no longer scans the consultations table (20 MB for 20,000, ~1 kB a row): the
places are matched in their covering index, the heads' names in the in-memory cache, and the
matches are then read newest first off the time index, which stops after a page. Over 20,000
consultations that is 7–16 ms instead of 28 ms per search (bench/bench_records.py).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any

from .model import Stage, Summary, Usage
from .names import HeadNames

# A field read from anything but its own column; every other field is a column of the same name.
_EXPRESSIONS = {
    "id": "c.id",
    "stage": "(SELECT stage FROM stages s WHERE s.consultation_id = c.id ORDER BY seq DESC LIMIT 1)",
    "usage": "(SELECT status FROM seasons u WHERE u.consultation_id = c.id ORDER BY season DESC LIMIT 1)",
    "head_name": "h.name",  # as the cache holds it; checked against the blob below
}
_FIELDS = tuple(f.name for f in fields(Summary))
_SELECT = ", ".join(f"{_EXPRESSIONS.get(name, name)} AS {name}" for name in _FIELDS) + ", c.personal, h.nonce"
_TEXT_MATCH = """c.rowid IN (
    SELECT rowid FROM consultations
        WHERE village LIKE :text ESCAPE '!' OR township LIKE :text ESCAPE '!' OR county LIKE :text ESCAPE '!'
    UNION SELECT m.rowid FROM temp.head_names n JOIN consultations m ON m.id = n.id
        WHERE n.name LIKE :text ESCAPE '!')"""


def like_pattern(text: str) -> str:
    """``text`` anywhere, its own ``%`` and ``_`` taken literally."""
    return "%" + re.sub(r"([!%_])", r"!\1", text) + "%"


def summary_factory(names: HeadNames) -> Callable[[sqlite3.Cursor, tuple[Any, ...]], Summary]:
    """A sqlite3 row factory for the history query: the row as a Summary, the head's name
    from the cache or opened from its blob (remembered when ``names.remember_opened`` runs)."""

    def summary(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> Summary:
        values = dict(zip(_FIELDS, row, strict=False))
        blob, seen = row[len(_FIELDS) :]
        values["stage"] = Stage(values["stage"]) if values["stage"] else None
        values["usage"] = Usage(values["usage"]) if values["usage"] else None
        values["head_name"] = names.name(values["id"], blob, seen, values["head_name"])
        return Summary(**values)

    return summary


def read_summaries(
    db: sqlite3.Connection, names: HeadNames, filters: list[str], values: Mapping[str, object], text: bool
) -> list[Summary]:
    """The rows that pass ``filters`` (SQL over ``c``, parameters in ``values``; with ``text``,
    the place or name matches ``:text``), newest first, ``:limit`` from ``:offset``."""
    names.usable()  # names opened under another key go before the query joins them
    where = " AND ".join(["1", *filters, *([_TEXT_MATCH] if text else [])])
    cursor = db.cursor()
    cursor.row_factory = summary_factory(names)
    found: list[Summary] = cursor.execute(
        f"SELECT {_SELECT} FROM consultations c INDEXED BY consultations_by_time "
        f"LEFT JOIN temp.head_names h ON h.id = c.id WHERE {where} "
        "ORDER BY consult_date DESC, updated_at DESC LIMIT :limit OFFSET :offset",
        values,
    ).fetchall()
    names.remember_opened()  # after the read: the cache is part of the query
    return found
