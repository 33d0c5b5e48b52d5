"""The safety net for restructuring the core: a few hundred diverse households, drawn from a
fixed seed, compared in full and run through the village batch, against a committed golden file.

A change that is meant to alter results is recorded with
``.venv/bin/python -m tests.core.snapshot --update`` (review the diff it prints first); any
other difference fails ``tests/core/test_snapshot.py`` with the case and the first differing
JSON path. Floats agree to 1e-9 relative.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import lzma
import math
import random
import sys
from pathlib import Path
from typing import Any

from heatadvisor.cli.batch import results as batch_results
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.paths import resource

GOLDEN = Path(__file__).with_name("snapshot.jsonl.xz")  # xz: records repeat far beyond gzip's 32 kB window
SEED = 20261206
CASES = 300
REL_TOL = 1e-9
ABS_TOL = 1e-9  # figures that should be 0 but come out as 1e-13 after a reordered sum

# Provinces with their own region pack, then some on the national default (every region).
PROVINCES = (
    "北京市",
    "天津市",
    "河北省",
    "山西省",
    "山东省",
    "河南省",
    "内蒙古自治区",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "陕西省",
    "甘肃省",
    "宁夏回族自治区",
    "青海省",
    "新疆维吾尔自治区",
)
# What last winter's figure may be given in, by the current device's fuel (besides yuan).
UNITS = {
    "coal": ("t", "kg"),
    "briquette": ("t", "kg"),
    "straw": ("t", "kg"),
    "pellets": ("t", "kg"),
    "electricity": ("kwh",),
    "natural_gas": ("m3",),
    "lpg": ("kg", "cylinder"),
    "district_heat": (),
}
TYPICAL_AMOUNT = {
    "t": (0.5, 6),
    "kg": (300, 5000),
    "kwh": (800, 20000),
    "m3": (200, 3000),
    "cylinder": (4, 60),
    "yuan": (300, 12000),
}
DATES = ("2026-11-25", "2025-12-15", "2024-01-10", "2019-11-20", "2018-12-01")
UPGRADES = (
    "roof_insulation",
    "wall_insulation_50",
    "wall_insulation_100",
    "window_double",
    "window_insulated",
    "door_curtain_sealing",
)
VILLAGE_BATCHES = ("bj-2018-plan-villages",)
BATCH_HOUSE = (
    "heated_area_m2",
    "storeys",
    "wall",
    "windows",
    "roof_insulated",
    "floor",
    "airtightness",
    "heated_share",
    "hours_per_day",
    "indoor_temp_c",
    "night_temp_c",
    "emitter",
    "supply_kw",
)


def _counties() -> dict[str, list[str]]:
    with resource("places", "counties.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {p: sorted(r["name"] for r in rows if r["province"] == p) for p in PROVINCES}


def _devices() -> dict[str, str]:
    pack = json.loads(resource("packs", "devices", "devices_cn.json").read_text(encoding="utf-8"))
    return {d["id"]: d["fuel"] for d in pack["devices"]}


def _maybe(rng: random.Random, share: float, value: Any) -> Any:
    return value() if rng.random() < share else None


def _house(rng: random.Random) -> dict[str, Any]:
    house = {
        "heated_area_m2": round(rng.uniform(25, 320), 1),
        "storeys": rng.choice((1, 1, 1, 2, 3)),
        "wall": rng.choice(("adobe", "brick_240", "brick_370", "brick_ins_50", "brick_ins_100", "new_standard")),
        "windows": rng.choice(("single", "double", "insulated")),
        "roof_insulated": rng.random() < 0.4,
        "floor": rng.choice(("ground", "insulated")),
        "airtightness": rng.choice(("leaky", "ordinary", "tight")),
        "heated_share": round(rng.uniform(0.3, 1.0), 2),
        "hours_per_day": rng.choice((24, 24, 16, 12, 8)),
        "indoor_temp_c": rng.choice((14, 16, 18, 20)),
        "night_temp_c": _maybe(rng, 0.25, lambda: rng.choice((8, 12, 14))),
        "emitter": rng.choice(("floor", "radiators", "fan_coil", "none")),
        "supply_kw": _maybe(rng, 0.4, lambda: rng.choice((4, 6, 8, 12, 20))),
        "demand_override_kwh": _maybe(rng, 0.04, lambda: round(rng.uniform(3000, 40000))),
    }
    return {k: v for k, v in house.items() if v is not None}


def _current(rng: random.Random, device: str, fuel: str) -> dict[str, Any]:
    current: dict[str, Any] = {"device_id": device}
    kind = rng.random()
    units = UNITS.get(fuel, ())
    if kind < 0.35 and units:
        unit = rng.choice(units)
    elif kind < 0.65:
        unit = "yuan"
    else:
        return current
    low, high = TYPICAL_AMOUNT[unit]
    current["last_winter"] = {"quantity": round(rng.uniform(low, high), 2), "unit": unit}
    if rng.random() < 0.1:
        current["use_calibration"] = False
    return current


def _options(rng: random.Random, devices: list[str]) -> list[dict[str, Any]] | None:
    if rng.random() < 0.6:
        return None
    options = []
    for device in rng.sample(devices, rng.randint(1, 5)):
        option: dict[str, Any] = {"device_id": device}
        if rng.random() < 0.2:
            option["price_yuan"] = round(rng.uniform(2000, 40000))
        if rng.random() < 0.15:
            option["subsidy_yuan"] = round(rng.uniform(0, 15000))
        if rng.random() < 0.15:
            option["capacity_kw"] = rng.choice((3.5, 6, 10, 14))
        if rng.random() < 0.2:
            option["upgrades"] = rng.sample(UPGRADES, rng.randint(1, 2))
        options.append(option)
    return options


def _prices(rng: random.Random) -> dict[str, Any]:
    choices = {
        "electricity_yuan_per_kwh": lambda: round(rng.uniform(0.3, 0.8), 3),
        "use_tou": lambda: rng.random() < 0.5,
        "base_electricity_kwh_per_year": lambda: round(rng.uniform(0, 6000)),
        "gas_yuan_per_m3": lambda: round(rng.uniform(2, 4.5), 2),
        "coal_yuan_per_t": lambda: round(rng.uniform(700, 1600)),
        "straw_yuan_per_t": lambda: rng.choice((0, 150, 300)),
        "lpg_yuan_per_kg": lambda: round(rng.uniform(6, 10), 2),
        "district_yuan_per_m2": lambda: round(rng.uniform(15, 35), 1),
    }
    return {k: make() for k, make in choices.items() if rng.random() < 0.15}


def _household(rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.5:
        return {}
    facts = {
        "hukou_local": _maybe(rng, 0.7, lambda: rng.random() < 0.8),
        "low_income": _maybe(rng, 0.4, lambda: rng.choice(("dibao", "tekun", "monitored", "none"))),
        "owns_house": _maybe(rng, 0.6, lambda: rng.random() < 0.85),
        "subsidised_before": _maybe(rng, 0.5, lambda: rng.random() < 0.3),
        "village_batches": _maybe(rng, 0.4, lambda: rng.choice(([], list(VILLAGE_BATCHES)))),
    }
    return {k: v for k, v in facts.items() if v is not None}


def case_datas(seed: int = SEED, count: int = CASES) -> list[dict[str, Any]]:
    """The snapshot's households as case data, the same for a given seed on every machine."""
    rng = random.Random(seed)
    counties = _counties()
    devices = _devices()
    ids = sorted(devices)
    out = []
    for number in range(count):
        province = PROVINCES[number % len(PROVINCES)]
        device = ids[number % len(ids)] if number < 2 * len(ids) else rng.choice(ids)
        data: dict[str, Any] = {
            "location": {"province": province, "county": rng.choice(counties[province])},
            "house": _house(rng),
            "current": _current(rng, device, devices[device]),
            "on_date": rng.choice(DATES),
        }
        extras = {
            "options": _options(rng, ids),
            "prices": _prices(rng),
            "economics": _maybe(
                rng,
                0.25,
                lambda: {
                    "horizon_years": rng.choice((10, 15, 20)),
                    "discount_rate": rng.choice((0, 0.04, 0.08)),
                    "price_escalation": rng.choice((-0.01, 0.02, 0.05)),
                    **({"income_yuan_per_year": round(rng.uniform(8000, 90000))} if rng.random() < 0.6 else {}),
                },
            ),
            "household": _household(rng),
            "season_start": _maybe(rng, 0.08, lambda: "11-01"),
            "season_end": _maybe(rng, 0.08, lambda: "03-31"),
        }
        data.update({k: v for k, v in extras.items() if v})
        out.append(data)
    return out


def _compared(data: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"comparison": compare(case_from_data(data), bundled()).model_dump(mode="json")}
    except InputError as exc:
        return {"error": [[p.field, p.reason] for p in exc.problems]}


def batch_csv(datas: list[dict[str, Any]]) -> str:
    """The households as a village-batch CSV (the batch's columns only: no prices or facts)."""
    columns = [
        "id",
        "province",
        "county",
        *BATCH_HOUSE,
        "current_device",
        "last_winter_quantity",
        "last_winter_unit",
        "options",
        "income_yuan_per_year",
        "on_date",
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    for number, data in enumerate(datas):
        last = data["current"].get("last_winter") or {}
        writer.writerow(
            {
                "id": f"S{number:03d}",
                **data["location"],
                **{k: data["house"].get(k, "") for k in BATCH_HOUSE},
                "current_device": data["current"]["device_id"],
                "last_winter_quantity": last.get("quantity", ""),
                "last_winter_unit": last.get("unit", ""),
                "options": ";".join(o["device_id"] for o in data.get("options") or []),
                "income_yuan_per_year": (data.get("economics") or {}).get("income_yuan_per_year", ""),
                "on_date": data["on_date"],
            }
        )
    return out.getvalue()


def records() -> list[dict[str, Any]]:
    """One record per household: its case, full comparison (or field problems) and batch row."""
    datas = case_datas()
    batch = batch_results(list(csv.DictReader(io.StringIO(batch_csv(datas)))), "zh")
    return [{"case": data, **_compared(data), "batch": row} for data, row in zip(datas, batch)]


def first_difference(expected: Any, actual: Any, path: str = "$") -> str | None:
    """The JSON path where two records first differ (floats within tolerance), or None."""
    if (
        isinstance(expected, bool)
        or isinstance(actual, bool)
        or not isinstance(expected, (int, float))
        or not isinstance(actual, (int, float))
    ):
        if isinstance(expected, dict) and isinstance(actual, dict):
            for key in sorted(set(expected) | set(actual)):
                if key not in expected or key not in actual:
                    return f"{path}.{key} (only in {'golden' if key in expected else 'now'})"
                found = first_difference(expected[key], actual[key], f"{path}.{key}")
                if found:
                    return found
            return None
        if isinstance(expected, list) and isinstance(actual, list):
            if len(expected) != len(actual):
                return f"{path} (length {len(expected)} in golden, {len(actual)} now)"
            for index, (e, a) in enumerate(zip(expected, actual)):
                found = first_difference(e, a, f"{path}[{index}]")
                if found:
                    return found
            return None
        return None if expected == actual and type(expected) is type(actual) else f"{path}: {expected!r} → {actual!r}"
    if math.isclose(expected, actual, rel_tol=REL_TOL, abs_tol=ABS_TOL):
        return None
    return f"{path}: {expected!r} → {actual!r}"


def read_golden() -> list[dict[str, Any]]:
    with lzma.open(GOLDEN, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def write_golden(found: list[dict[str, Any]]) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in found)
    GOLDEN.write_bytes(lzma.compress(lines.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME))


def differences(golden: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[str]:
    """Each household whose record changed, with its case and the first differing path."""
    if len(golden) != len(found):
        return [f"{len(golden)} households in the golden file, {len(found)} now"]
    out = []
    for number, (expected, actual) in enumerate(zip(golden, found)):
        where = first_difference(expected, actual)
        if where:
            out.append(f"household {number}: {where}\n  case: {json.dumps(actual['case'], ensure_ascii=False)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="record today's results as the golden file")
    args = parser.parse_args(argv)
    found = json.loads(json.dumps(records()))
    changed = differences(read_golden(), found) if GOLDEN.exists() else ["no golden file yet"]
    print(f"{len(changed)} of {len(found)} households differ from the golden file")
    for line in changed[:20]:
        print(line)
    if args.update:
        write_golden(found)
        print(f"wrote {GOLDEN} ({GOLDEN.stat().st_size:,} bytes)")
        return 0
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
