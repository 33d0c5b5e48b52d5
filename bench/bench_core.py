"""Speed of the calculation core, each figure beside its floor measured in the same run.

    .venv/bin/python bench/bench_core.py

- one full comparison of 12 options (target ≤ 2 ms median); floor: validating the same
  case from JSON, which every caller pays before the core starts;
- batch throughput over a generated village survey, evaluated the way ``heatadvisor-cli
  batch`` does (all households at once, a headline summary each; target ≥ 5,000
  households/s on one core: importing ``heatadvisor`` keeps numpy's OpenBLAS to one thread);
  floor: reading and validating the same rows without comparing.

This VM's speed changes by up to ~1.7× from one minute to the next: run it a few times and
read each figure beside its floor from the same run.
"""

from __future__ import annotations

import csv
import io
import json
import random
import statistics
import time

from heatadvisor.cli.batch import case_data, results
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data, case_from_json
from heatadvisor.core.setting.bundle import bundled

TWELVE = [
    "split_ac",
    "ashp_air_air_lowamb",
    "ashp_aw_10kw",
    "ashp_aw_12kw",
    "gshp",
    "carbon_crystal",
    "storage_heater",
    "gas_boiler",
    "gas_boiler_condensing",
    "clean_coal_stove",
    "pellet_stove",
    "biomass_stove",
]
CASE = {
    "location": {"province": "山东省", "county": "东港区"},
    "house": {"heated_area_m2": 89, "heated_share": 0.6, "indoor_temp_c": 16},
    "current": {"device_id": "coal_stove", "last_winter": {"quantity": 2, "unit": "t"}},
    "options": [{"device_id": d} for d in TWELVE],
    "on_date": "2026-11-25",
}
COUNTIES = [
    ("山东省", "莒县"),
    ("山东省", "东港区"),
    ("河南省", "解放区"),
    ("河北省", "定兴县"),
    ("北京市", "房山区"),
    ("山西省", "榆次区"),
]


def median_ms(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def household_cells(rng: random.Random) -> dict[str, object]:
    """A coal-stove household's house and last winter, drawn at random: every survey bench's row."""
    return {
        "heated_area_m2": rng.randint(40, 200),
        "wall": rng.choice(["brick_240", "brick_370", "adobe"]),
        "heated_share": rng.choice([0.5, 0.7, 1.0]),
        "current_device": "coal_stove",
        "last_winter_quantity": rng.choice([1.5, 2, 3]),
        "last_winter_unit": "t",
    }


def survey(rows: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out = io.StringIO()
    fields = [
        "id",
        "province",
        "county",
        "heated_area_m2",
        "wall",
        "heated_share",
        "current_device",
        "last_winter_quantity",
        "last_winter_unit",
    ]
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    for i in range(rows):
        province, county = rng.choice(COUNTIES)
        writer.writerow({"id": i, "province": province, "county": county, **household_cells(rng)})
    return out.getvalue()


def main() -> None:
    data = bundled()
    text = json.dumps(CASE, ensure_ascii=False)
    case = case_from_json(text)
    assert len(compare(case, data).options) == 12
    floor = median_ms(lambda: case_from_json(text), 2000)
    full = median_ms(lambda: compare(case, data), 500)
    print(
        f"compare, 12 options, same case again: median {full:.3f} ms   "
        f"(floor: validate the case {floor:.3f} ms; target ≤ 2 ms)"
    )
    areas = iter(range(10_000))
    typing = [
        case.model_copy(update={"house": case.house.model_copy(update={"heated_area_m2": 60 + next(areas) * 0.01})})
        for _ in range(500)
    ]
    cases = iter(typing)
    live = median_ms(lambda: compare(next(cases), data), 500)
    print(f"compare, 12 options, a new area each time (typing): median {live:.3f} ms   (same floor; target ≤ 2 ms)")

    rows = list(csv.DictReader(io.StringIO(survey(2000))))
    start = time.perf_counter()
    for r in rows:
        case_from_data(case_data(r))
    validate_s = time.perf_counter() - start
    start = time.perf_counter()
    written = results(rows, "zh")  # what `heatadvisor-cli batch` does with the rows, without the file
    batch_s = time.perf_counter() - start
    assert len(written) == len(rows) and all(w["recommended"] for w in written)
    print(
        f"batch, {len(rows):,} households, region default options (~11 each): "
        f"{len(rows) / batch_s:,.0f} households/s   "
        f"(floor: read+validate only {len(rows) / validate_s:,.0f}/s; target ≥ 5,000/s)"
    )


if __name__ == "__main__":
    main()
