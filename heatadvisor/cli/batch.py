"""A village survey in one go: one household per CSV row in, one result row out.

The columns are documented in docs/batch.md. A bad row never stops the run: it is written
out with status "invalid" and its problems worded in the chosen language, and the exit
code is 2 if any row was invalid or the file cannot be used (how it is read and written:
``batch_files``).
"""

from __future__ import annotations

import csv
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar

from ..core.comparison.group import evaluate_cases
from ..core.comparison.summary import Summary, summarise
from ..core.contract.case import Case
from ..core.contract.case_io import case_from_data
from ..core.contract.problems import FieldProblem, InputError
from ..core.setting.bundle import bundled
from ..wording import problem_line, word
from .batch_files import BatchFileError, read_table, write_rows

HOUSE_COLUMNS = (
    "heated_area_m2", "storeys", "wall", "windows", "roof_insulated", "floor", "airtightness", "heated_share",
    "hours_per_day", "indoor_temp_c", "night_temp_c", "emitter", "supply_kw",
)
VILLAGE_COLUMNS = ("pipe_gas", "heat_network", "village_station", "water_source")  # 是/否; empty is "no"
OUTPUT_COLUMNS = (
    "id", "status", "problems", "province", "county", "station", "demand_kwh", "demand_source", "current_running_yuan",
    "recommended", "recommended_name", "running_yuan", "capital_yuan", "net_capital_yuan", "payback_years",
    "horizon_cost_yuan", "co2_saving_kg", "coal_avoided_t", "supply_status",
)
INPUT_COLUMNS = {
    "id", "province", "prefecture", "county", "township", "village", *HOUSE_COLUMNS, *VILLAGE_COLUMNS,
    "current_device", "last_winter_quantity",
    "last_winter_unit", "options", "income_yuan_per_year", "on_date",
}
TRUE_WORDS = {"是", "有", "yes", "y", "true", "1"}
FALSE_WORDS = {"否", "无", "没有", "no", "n", "false", "0"}
PROGRESS_FROM_ROWS = 200
T = TypeVar("T")
CHUNK_ROWS = 1000  # evaluated together: large enough for the arrays to pay, small enough for the bar to move


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
        current["last_winter"] = {"quantity": cell.get("last_winter_quantity", ""), "unit": cell.get("last_winter_unit", "")}
    data: dict[str, Any] = {
        "location": {"province": cell.get("province", ""), "county": cell.get("county", ""),
                     **{k: cell[k] for k in ("prefecture", "township", "village") if cell.get(k)}},
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


def result_row(row_id: str, summary: Summary, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row_id, "status": "ok", "problems": "", "province": summary.province, "county": summary.county,
        "station": summary.station_id, "demand_kwh": round(summary.demand_kwh),
        "demand_source": summary.demand_source, "current_running_yuan": round(summary.current_running_yuan),
    }
    if summary.recommended is not None:
        payback = summary.payback_years
        out.update({
            "recommended": summary.recommended,
            "recommended_name": summary.recommended_name_zh if lang == "zh" else summary.recommended_name_en,
            "running_yuan": round(summary.running_yuan), "capital_yuan": round(summary.capital_yuan),
            "net_capital_yuan": round(summary.net_capital_yuan), "payback_years": "" if payback is None else round(payback, 1),
            "horizon_cost_yuan": round(summary.horizon_cost_yuan), "co2_saving_kg": round(summary.co2_saving_kg),
            "coal_avoided_t": round(summary.coal_avoided_t, 2), "supply_status": summary.supply_status,
        })
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


def results(rows: list[dict[str, str]], lang: str, unusable: list[list[FieldProblem]] | None = None,
            first: int = 1) -> list[dict[str, Any]]:
    """Output rows for input rows: each case read on its own, then all compared together.
    ``unusable`` gives, row by row, what already makes a row invalid (a cell too long, a broken
    line); ``first`` is the first row's number, the id of a row without one."""
    return _without_cycle_collection(lambda: _results(rows, lang, unusable or [[]] * len(rows), first))


def _results(rows: list[dict[str, str]], lang: str, unusable: list[list[FieldProblem]], first: int) -> list[dict[str, Any]]:
    data = bundled()
    ids = [(row.get("id") or "").strip() or str(number) for number, row in enumerate(rows, start=first)]
    cases: list[Case | InputError] = []
    for row, problems in zip(rows, unusable):
        if problems:
            cases.append(InputError(problems))
            continue
        try:
            cases.append(case_from_data(case_data(row)))
        except InputError as exc:
            cases.append(exc)
    outcomes = iter(evaluate_cases([c for c in cases if isinstance(c, Case)], data, explain=False))
    out = []
    for row_id, case in zip(ids, cases):
        if isinstance(case, InputError):
            out.append(_invalid(row_id, case, lang))
            continue
        outcome = next(outcomes)
        if outcome.error is not None:
            out.append(_invalid(row_id, outcome.error, lang))
        else:
            assert outcome.evaluation is not None, "an outcome has an error or an evaluation"
            out.append(result_row(row_id, summarise(outcome.evaluation, outcome.household), lang))
    return out


class Progress:
    """A one-line progress bar on stderr for long runs."""

    def __init__(self, total: int, stream: TextIO, enabled: bool):
        self.total, self.stream, self.enabled = total, stream, enabled and total >= PROGRESS_FROM_ROWS
        self.started = time.perf_counter()
        self.shown = -1

    def update(self, done: int) -> None:
        percent = done * 100 // max(self.total, 1)
        if not self.enabled or percent == self.shown:
            return
        self.shown = percent
        bar = "#" * (percent // 4)
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        self.stream.write(f"\r[{bar:<25}] {percent:3d}%  {done}/{self.total}  {rate:,.0f}/s")
        if done == self.total:
            self.stream.write("\n")
        self.stream.flush()


def _say(key: str, lang: str, **values: object) -> None:
    print(word(key, lang, **values), file=sys.stderr)


def run(households: Path, output: Path, lang: str, progress: bool = True) -> int:
    """Read, compare, write; exit code 2 if the file cannot be used or any row was invalid."""
    try:
        table = read_table(households)
        if not INPUT_COLUMNS & set(table.rows[0]):
            raise BatchFileError("batch.no_header", "no known column name in the first line")
    except BatchFileError as error:
        _say(error.key, lang, file=households)
        return 2
    rows = table.rows
    _say("batch.read", lang, file=households, encoding=table.encoding, rows=len(rows))
    bar = Progress(len(rows), sys.stderr, progress)
    invalid = 0
    try:
        with output.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=OUTPUT_COLUMNS)
            writer.writeheader()
            for start in range(0, len(rows), CHUNK_ROWS):
                end = start + CHUNK_ROWS
                written = results(rows[start:end], lang, table.problems[start:end], first=start + 1)
                write_rows(writer, written)
                invalid += sum(r["status"] == "invalid" for r in written)
                bar.update(start + len(written))
    except OSError as exc:
        _say("batch.cannot_write", lang, file=output, detail=exc.strerror or exc)
        return 2
    _say("batch.done", lang, file=output, rows=len(rows), ok=len(rows) - invalid, invalid=invalid)
    return 2 if invalid else 0
