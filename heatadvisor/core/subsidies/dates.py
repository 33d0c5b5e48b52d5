"""Dates known only to the year, half, quarter, month or day, kept at that precision.

Policy texts often say only "2024" or "下半年"; a programme valid "until 2024" is treated as
valid through 31 December 2024, and the precision travels with the result so the sheet can
say "2024年内" instead of inventing a day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AfterValidator

Precision = Literal["year", "half", "quarter", "month", "day"]

_PATTERN = re.compile(r"^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


@lru_cache(maxsize=2048)
def span(text: str) -> tuple[date, date, Precision]:
    """First day, last day and precision of a partial date such as 2024, 2024-H2, 2024-Q3,
    2024-05 or 2024-05-01. Raises ValueError for anything else."""
    match = _PATTERN.match(text)
    if not match:
        raise ValueError("expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM or YYYY-MM-DD")
    year_text, half, quarter, month_text, day_text = match.groups()
    year = int(year_text)
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValueError(f"year must be between {_FIRST_YEAR} and {_LAST_YEAR}")
    precision: Precision
    if half:
        first_month, last_month, precision = 6 * int(half) - 5, 6 * int(half), "half"
    elif quarter:
        first_month, last_month, precision = 3 * int(quarter) - 2, 3 * int(quarter), "quarter"
    elif month_text:
        first_month = last_month = int(month_text)
        if not 1 <= first_month <= 12:
            raise ValueError("month must be 01..12")
        precision = "month"
    else:
        first_month, last_month, precision = 1, 12, "year"
    if day_text:
        day = date(year, first_month, int(day_text))  # ValueError for 2023-02-30
        return day, day, "day"
    last_day = calendar.monthrange(year, last_month)[1]
    return date(year, first_month, 1), date(year, last_month, last_day), precision


def _check(text: str) -> str:
    span(text)
    return text


PartialDate = Annotated[str, AfterValidator(_check)]
"""A pack field holding a partial date as written (validated, precision kept)."""


def precision_of(text: str | None) -> Precision | None:
    return None if text is None else span(text)[2]


def first_day(text: str | None) -> date | None:
    return None if text is None else span(text)[0]


def last_day(text: str | None) -> date | None:
    return None if text is None else span(text)[1]


def within(day: date, start: str | None, end: str | None) -> bool:
    """Whether ``day`` falls in [start, end], each end widened to its precision; None is open."""
    begins, ends = first_day(start), last_day(end)
    return (begins is None or day >= begins) and (ends is None or day <= ends)
