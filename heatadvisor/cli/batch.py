"""A village survey in one go: one household per CSV row in, one result row out.

The columns are documented in docs/batch.md. A bad row never stops the run: it is written
out with status "invalid" and its problems worded in the chosen language, and the exit
code is 2 if any row was invalid or the file cannot be used (how it is read and written:
``batch_files``).
"""

from __future__ import annotations

import csv
import gc
import itertools
import math
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO, TypeVar, get_args

from ..core.comparison.group import evaluate_cases
from ..core.comparison.summary import BatchSummary, summarise
from ..core.contract.case import Case, Infrastructure
from ..core.contract.case_io import case_from_data
from ..core.contract.problems import FieldProblem, InputError
from ..core.demand.plausibility import NEEDS_CHECK
from ..core.setting.bundle import DataBundle, bundled
from ..core.setting.setting import SETTINGS_KEPT, Kept, setting_for
from ..wording import problem_line, reason_text, word
from .batch_files import BatchFileError, read_table, write_rows

HOUSE_COLUMNS = (
    "heated_area_m2",
    "storeys",
    "wall",
    "windows",
    "roof_insulated",
    "floor",
    "airtightness",
    "heated_share",
    "heated_rooms",
    "hours_per_day",
    "indoor_temp_c",
    "night_temp_c",
    "emitter",
    "supply_kw",
    "habit",
)
VILLAGE_COLUMNS = get_args(Infrastructure)  # 是/否; empty (or no column) is "no"
OUTPUT_COLUMNS = (
    "id",
    "status",
    "problems",
    "province",
    "county",
    "station",
    "demand_kwh",
    "demand_source",
    "current_running_yuan",
    "recommended",
    "recommended_name",
    "running_yuan",
    "capital_yuan",
    "net_capital_yuan",
    "payback_years",
    "horizon_cost_yuan",
    "co2_saving_kg",
    "coal_avoided_t",
    "supply_status",
)
INPUT_COLUMNS = {
    "id",
    "province",
    "prefecture",
    "county",
    "township",
    "village",
    *HOUSE_COLUMNS,
    *VILLAGE_COLUMNS,
    "current_device",
    "last_winter_quantity",
    "last_winter_unit",
    "last_winter_confirmed",
    "options",
    "income_yuan_per_year",
    "on_date",
}
TRUE_WORDS = {"是", "有", "yes", "y", "true", "1"}
FALSE_WORDS = {"否", "无", "没有", "no", "n", "false", "0"}
PROGRESS_FROM_ROWS = 200
T = TypeVar("T")
# Rows read, compared and written together (a row held is its cells and result, ~3 kB): ~90 rows
# for each of the north's ~220 sites.
WINDOW_ROWS = 20_000
EVALUATED_ROWS = 500  # evaluated at once, a site's rows together: enough for the arrays to pay, few enough to hold


def _flag(text: str) -> bool | str:
    low = text.strip().lower()
    return True if low in TRUE_WORDS else False if low in FALSE_WORDS else text


def case_data(row: dict[str, str]) -> dict[str, Any]:
    """One CSV row as case data; empty cells fall back to defaults."""
    cell = {k.strip(): (v or "").strip() for k, v in row.items() if k}
    house: dict[str, str | bool] = {k: cell[k] for k in HOUSE_COLUMNS if cell.get(k)}
    if "roof_insulated" in house:
        house["roof_insulated"] = _flag(cell["roof_insulated"])
    current: dict[str, Any] = {"device_id": cell.get("current_device", "")}
    if cell.get("last_winter_quantity"):  # a unit without a quantity is "not given", like an empty pair
        current["last_winter"] = {
            "quantity": cell.get("last_winter_quantity", ""),
            "unit": cell.get("last_winter_unit", ""),
        }
        if cell.get("last_winter_confirmed"):
            current["last_winter"]["confirmed"] = _flag(cell["last_winter_confirmed"])
    data: dict[str, Any] = {
        "location": {
            "province": cell.get("province", ""),
            "county": cell.get("county", ""),
            **{k: cell[k] for k in ("prefecture", "township", "village") if cell.get(k)},
        },
        "house": house,
        "current": current,
        "village": {k: _flag(cell[k]) for k in VILLAGE_COLUMNS if cell.get(k)},
    }
    if cell.get("options"):
        data["options"] = [{"device_id": d.strip()} for d in cell["options"].replace("；", ";").split(";") if d.strip()]
    if cell.get("income_yuan_per_year"):
        data["economics"] = {"income_yuan_per_year": cell["income_yuan_per_year"]}
    if cell.get("on_date"):
        data["on_date"] = cell["on_date"]
    return data


def result_row(row_id: str, summary: BatchSummary, lang: str) -> dict[str, Any]:
    doubt = summary.notice if summary.notice is not None and summary.notice.code in NEEDS_CHECK else None
    out: dict[str, Any] = {
        "id": row_id,
        "status": "ok" if doubt is None else "check",
        "problems": "" if doubt is None else reason_text(doubt, lang),
        "province": summary.province,
        "county": summary.county,
        "station": summary.station_id,
        "demand_kwh": round(summary.demand_kwh),
        "demand_source": summary.demand_source,
        "current_running_yuan": round(summary.current_running_yuan),
    }
    if summary.recommended is not None:
        payback = summary.payback_years
        out.update(
            {
                "recommended": summary.recommended,
                "recommended_name": summary.recommended_name_zh if lang == "zh" else summary.recommended_name_en,
                "running_yuan": round(summary.running_yuan),
                "capital_yuan": round(summary.capital_yuan),
                "net_capital_yuan": round(summary.net_capital_yuan),
                "payback_years": "" if payback is None else round(payback, 1),
                "horizon_cost_yuan": round(summary.horizon_cost_yuan),
                "co2_saving_kg": round(summary.co2_saving_kg),
                "coal_avoided_t": round(summary.coal_avoided_t, 2),
                "supply_status": summary.supply_status,
            }
        )
    return out


def _invalid(row_id: str, error: InputError, lang: str) -> dict[str, Any]:
    return {"id": row_id, "status": "invalid", "problems": "; ".join(problem_line(p, lang) for p in error.problems)}


def _without_cycle_collection(work: Callable[[], T]) -> T:
    """Run ``work`` with the cyclic garbage collector paused: a chunk allocates tens of
    thousands of short-lived acyclic objects (cases, rows, summaries), and the collections they
    trigger rescan everything alive (bench/bench_core.py: ~30 % of a batch's time while
    comparing, a few % more while reading and summarising). Reference counting still frees
    them; the collector resumes afterwards."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return work()
    finally:
        if paused:
            gc.enable()


def results(
    rows: list[dict[str, str]],
    lang: str,
    unusable: list[list[FieldProblem]] | None = None,
    first: int = 1,
    done: Callable[[int], None] = lambda rows: None,
    sites: Kept[int] | None = None,
) -> list[dict[str, Any]]:
    """Output rows for input rows: each case read on its own, then compared with the others on
    its site. ``unusable`` gives, row by row, what already makes a row invalid (a cell too long, a
    broken line); ``first`` is the first row's number, the id of a row without one; ``done`` is
    told how many of the rows are done after each evaluation (for the progress bar); ``sites``
    remembers, across calls, which site each place's cells are on."""
    return _without_cycle_collection(
        lambda: _results(
            rows, lang, unusable or [[]] * len(rows), first, done, Kept(SETTINGS_KEPT) if sites is None else sites
        )
    )


def _results(
    rows: list[dict[str, str]],
    lang: str,
    unusable: list[list[FieldProblem]],
    first: int,
    done: Callable[[int], None],
    sites: Kept[int],
) -> list[dict[str, Any]]:
    """Rows are put in site order by their place's cells alone, and read as cases only a slice
    at a time: a window holds its rows' cells, not their cases (~5 kB each)."""
    data = bundled()
    ids = [(row.get("id") or "").strip() or str(number) for number, row in enumerate(rows, start=first)]
    out: list[dict[str, Any]] = [{}] * len(rows)
    usable = []
    for i, problems in enumerate(unusable):
        if problems:
            out[i] = _invalid(ids[i], InputError(problems), lang)
        else:
            usable.append(i)
    evaluated = len(rows) - len(usable)
    for some in _slices(sorted((_site_of(rows[i], data, sites), i) for i in usable)):
        read: list[tuple[int, Case]] = []
        for i in some:
            try:
                read.append((i, case_from_data(case_data(rows[i]))))
            except InputError as exc:
                out[i] = _invalid(ids[i], exc, lang)
        for (i, _), outcome in zip(read, evaluate_cases([case for _, case in read], data, explain=False)):
            if outcome.error is not None:
                out[i] = _invalid(ids[i], outcome.error, lang)
            else:
                assert outcome.evaluation is not None, "an outcome has an error or an evaluation"
                out[i] = result_row(ids[i], summarise(outcome.evaluation, outcome.household), lang)
        evaluated += len(some)
        done(evaluated)
    done(len(rows))  # also when every row was invalid
    return out


def _slices(on_sites: list[tuple[int, int]]) -> Iterator[list[int]]:
    """Rows (site, row) in site order, a slice of at most ``EVALUATED_ROWS`` at a time, each
    slice of whole sites where they fit: a site cut in two is evaluated as two groups."""
    some: list[int] = []
    for _, on_site in itertools.groupby(on_sites, key=lambda pair: pair[0]):
        site_rows = [i for _, i in on_site]
        for start in range(0, len(site_rows), EVALUATED_ROWS):
            part = site_rows[start : start + EVALUATED_ROWS]
            if len(some) + len(part) > EVALUATED_ROWS:
                yield some
                some = []
            some.extend(part)
    if some:
        yield some


PLACE_COLUMNS = ("province", "prefecture", "county", "on_date")  # all a batch row's setting depends on


def _site_of(row: dict[str, str], data: DataBundle, sites: Kept[int]) -> int:
    """Which site the row's place is on (0: none, its case cannot be read), so that the households
    of one site are evaluated together however the survey is ordered: a group's arrays cost per
    group. Remembered by the place's cells, so each place's case is read once to find its site."""
    cells = tuple(row.get(column) for column in PLACE_COLUMNS)
    try:
        return sites.get_or_make(
            cells, lambda: id(setting_for(case_from_data(case_data(row)), data).site), lambda _: True
        )
    except InputError:
        return 0  # not remembered: another row of this place may be readable


def streamed(
    rows: Iterable[tuple[dict[str, str], list[FieldProblem]]],
    lang: str,
    done: Callable[[int], None] = lambda rows: None,
) -> Iterator[list[dict[str, Any]]]:
    """Output rows a chunk at a time as input rows come in (each with what already makes it
    invalid): read a chunk, compare it, hand it on, let it go — memory stays flat however long
    the survey, and the first results are written while the rest are still being read.
    ``done`` is told how many rows of the whole run are done, every few hundred."""
    rows = iter(rows)
    first = 1
    sites: Kept[int] = Kept(SETTINGS_KEPT)  # as many places as settings are kept
    while chunk := list(itertools.islice(rows, WINDOW_ROWS)):
        before = first - 1
        yield results(
            [row for row, _ in chunk],
            lang,
            [problems for _, problems in chunk],
            first,
            lambda n: done(before + n),  # noqa: B023 — called within this chunk's step
            sites,
        )
        first += len(chunk)


class Progress:
    """A one-line progress bar with the time left on stderr, for long runs at a terminal;
    elsewhere (a log, a pipe) nothing until the run's own closing line."""

    def __init__(self, total: int, stream: TextIO, enabled: bool, lang: str = "zh"):
        self.total, self.stream, self.enabled = total, stream, enabled and total >= PROGRESS_FROM_ROWS
        self.lang = lang
        self.started = time.perf_counter()
        self.shown = -1

    def update(self, done: int) -> None:
        percent = done * 100 // max(self.total, 1)
        if not self.enabled or percent == self.shown:
            return
        self.shown = percent
        bar = "#" * (percent // 4)
        spent = max(time.perf_counter() - self.started, 1e-9)
        left = (
            word("batch.left", self.lang, time=time_left(spent * (self.total - done) / done, self.lang))
            if 0 < done < self.total
            else ""
        )
        self.stream.write(f"\r[{bar:<25}] {percent:3d}%  {done}/{self.total}  {done / spent:,.0f}/s  {left}  ")
        if done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def time_left(seconds: float, lang: str) -> str:
    """A wait as people say it, at most two units, rounded up to 5 s: "1 分 20 秒" / "1 min 20 s",
    "2 小时 5 分" / "2 h 5 min"."""
    hours, rest = divmod(math.ceil(seconds / 5) * 5, 3600)
    minutes, secs = divmod(rest, 60)
    parts = (
        (("time.hours", hours), ("time.minutes", minutes))
        if hours
        else (("time.minutes", minutes), ("time.seconds", secs))
    )
    return " ".join(word(key, lang, n=n) for key, n in parts if n) or word("time.seconds", lang, n=5)


def _say(key: str, lang: str, **values: object) -> None:
    print(word(key, lang, **values), file=sys.stderr)


def run(households: Path, output: Path, lang: str, progress: bool = True) -> int:
    """Read, compare, write; exit code 2 if the file cannot be used or any row was invalid."""
    try:
        table = read_table(households)
        if not INPUT_COLUMNS & set(table.names):
            raise BatchFileError("batch.no_header", "no known column name in the first line")
    except BatchFileError as error:
        _say(error.key, lang, file=households)
        return 2
    total = table.count
    _say("batch.read", lang, file=households, encoding=table.encoding, rows=total)
    bar = Progress(total, sys.stderr, progress and sys.stderr.isatty(), lang)
    invalid = check = 0
    try:
        with output.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=OUTPUT_COLUMNS)
            writer.writeheader()
            for written in streamed(table.rows(), lang, bar.update):
                write_rows(writer, written)
                invalid += sum(r["status"] == "invalid" for r in written)
                check += sum(r["status"] == "check" for r in written)
    except OSError as exc:
        _say("batch.cannot_write", lang, file=output, detail=exc.strerror or exc)
        return 2
    _say("batch.done", lang, file=output, rows=total, ok=total - invalid, invalid=invalid)
    if check:
        _say("batch.checks", lang, check=check)
    return 2 if invalid else 0
