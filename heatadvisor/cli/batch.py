"""A village survey in one go: one household per CSV row in, one result row out.

The columns are documented in docs/batch.md. A bad row never stops the run: it is written
out with status "invalid" and its problems worded in the chosen language, and the exit
code is 2 if any row was invalid.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from ..core.case_io import case_from_data
from ..core.compare import compare
from ..core.data import bundled
from ..core.problems import InputError
from ..core.results import Comparison
from ..wording import problem_line

HOUSE_COLUMNS = (
    "heated_area_m2", "storeys", "wall", "windows", "roof_insulated", "floor", "airtightness", "heated_share",
    "hours_per_day", "indoor_temp_c", "night_temp_c", "emitter", "supply_kw",
)
OUTPUT_COLUMNS = (
    "id", "status", "problems", "province", "county", "station", "demand_kwh", "demand_source", "current_running_yuan",
    "recommended", "recommended_name", "running_yuan", "capital_yuan", "net_capital_yuan", "payback_years",
    "horizon_cost_yuan", "co2_saving_kg", "coal_avoided_t", "supply_status",
)
TRUE_WORDS = {"是", "有", "yes", "y", "true", "1"}
FALSE_WORDS = {"否", "无", "没有", "no", "n", "false", "0"}
PROGRESS_FROM_ROWS = 200


def _flag(text: str) -> bool | str:
    low = text.strip().lower()
    return True if low in TRUE_WORDS else False if low in FALSE_WORDS else text


def case_data(row: dict[str, str]) -> dict[str, Any]:
    """One CSV row as case data; empty cells fall back to defaults."""
    cell = {k.strip(): (v or "").strip() for k, v in row.items() if k}
    house = {k: cell[k] for k in HOUSE_COLUMNS if cell.get(k)}
    if "roof_insulated" in house:
        house["roof_insulated"] = _flag(house["roof_insulated"])
    current: dict[str, Any] = {"device_id": cell.get("current_device", "")}
    if cell.get("last_winter_quantity") or cell.get("last_winter_unit"):
        current["last_winter"] = {"quantity": cell.get("last_winter_quantity", ""), "unit": cell.get("last_winter_unit", "")}
    data: dict[str, Any] = {
        "location": {"province": cell.get("province", ""), "county": cell.get("county", ""), **({"village": cell["village"]} if cell.get("village") else {})},
        "house": house,
        "current": current,
    }
    if cell.get("options"):
        data["options"] = [{"device_id": d.strip()} for d in cell["options"].replace("；", ";").split(";") if d.strip()]
    if cell.get("income_yuan_per_year"):
        data["economics"] = {"income_yuan_per_year": cell["income_yuan_per_year"]}
    if cell.get("on_date"):
        data["on_date"] = cell["on_date"]
    return data


def result_row(row_id: str, result: Comparison, lang: str) -> dict[str, Any]:
    best = result.recommended_option()
    out: dict[str, Any] = {
        "id": row_id, "status": "ok", "problems": "", "province": result.place.province, "county": result.place.county,
        "station": result.place.station_id, "demand_kwh": round(result.demand.used_kwh),
        "demand_source": result.demand.source, "current_running_yuan": round(result.current.running_cost[1]),
    }
    if best is not None:
        payback = best.payback_years[1]
        out.update({
            "recommended": best.device_id, "recommended_name": best.name_zh if lang == "zh" else best.name_en,
            "running_yuan": round(best.running_cost[1]), "capital_yuan": round(best.capital_cost[1]),
            "net_capital_yuan": round(best.net_capital[1]), "payback_years": "" if payback is None else round(payback, 1),
            "horizon_cost_yuan": round(best.horizon_cost[1]), "co2_saving_kg": round(result.current.co2_kg - best.co2_kg),
            "coal_avoided_t": round(best.coal_avoided_t, 2), "supply_status": best.supply.status if best.supply else "",
        })
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


def run(households: Path, output: Path, lang: str, progress: bool = True) -> int:
    try:
        with households.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"{households}: {exc}", file=sys.stderr)
        return 2
    data = bundled()
    bar = Progress(len(rows), sys.stderr, progress)
    invalid = 0
    with output.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=OUTPUT_COLUMNS)
        writer.writeheader()
        for number, row in enumerate(rows, start=1):
            row_id = (row.get("id") or "").strip() or str(number)
            try:
                writer.writerow(result_row(row_id, compare(case_from_data(case_data(row)), data), lang))
            except InputError as exc:
                invalid += 1
                text = "; ".join(problem_line(p, lang) for p in exc.problems)
                writer.writerow({"id": row_id, "status": "invalid", "problems": text})
            bar.update(number)
    if invalid:
        print(f"{invalid} / {len(rows)} invalid rows: see the 'problems' column of {output}", file=sys.stderr)
    return 2 if invalid else 0
