"""Days of the climate's typical year, written month-day ("11-15") in cases and packs.

The typical year has 365 days: no 29 February. One parser reads every such day — a case's
season, a region pack's season, a tariff's heating window, a subsidy programme's season, the
season's climate bins and the words that say the season — so a day is checked and read the
same way everywhere. In ``contract/``, which imports nothing else of the core, so every
package (and the sheet) may use it.
"""

from __future__ import annotations

import re
from typing import Annotated, NamedTuple

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MONTH_DAY_PATTERN = r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
_MONTH_DAY = re.compile(MONTH_DAY_PATTERN)


class MonthDay(NamedTuple):
    month: int
    day: int


def _is_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= DAYS_IN_MONTH[month - 1]


def month_day(text: str) -> MonthDay:
    """The day "MM-DD" names. Anything else raises a ``PydanticCustomError`` (a ValueError) whose
    code the wording catalogue says: ``month_day_format``, or ``no_such_day`` (02-30, 04-31)."""
    found = _MONTH_DAY.match(text)
    if not found:
        raise PydanticCustomError("month_day_format", "use MM-DD, e.g. 11-15")
    month, day = int(found[1]), int(found[2])
    if not _is_day(month, day):
        raise PydanticCustomError(
            "no_such_day", "{expected} is not a day of the 365-day typical year", {"expected": text}
        )
    return MonthDay(month, day)


def day_of_year(day: tuple[int, int]) -> int:
    """0 for 1 January … 364 for 31 December; ValueError for a (month, day) the year lacks."""
    month, of_month = day
    if not _is_day(month, of_month):
        raise ValueError(f"not a day of the 365-day typical year: month {month}, day {of_month}")
    return sum(DAYS_IN_MONTH[: month - 1]) + of_month - 1


def season_days_by_month(start: tuple[int, int], end: tuple[int, int]) -> dict[int, int]:
    """Days of each month inside the inclusive season start..end (wrapping the new year),
    in season order. start == the day after end is the whole year."""
    first, last = day_of_year(start), day_of_year(end)
    length = (last - first) % 365 + 1
    month_of_day = [m for m, n in enumerate(DAYS_IN_MONTH, start=1) for _ in range(n)]
    days: dict[int, int] = {}
    for offset in range(length):
        month = month_of_day[(first + offset) % 365]
        days[month] = days.get(month, 0) + 1
    return days


def _checked(text: str) -> str:
    month_day(text)
    return text


MonthDayText = Annotated[str, AfterValidator(_checked), Field(json_schema_extra={"pattern": MONTH_DAY_PATTERN})]
"""A pack's day of the season as "MM-DD", checked to be a day of the typical year."""
