"""Builds the fixture database of each earlier schema version (run once per new version;
the files are kept in git so upgrades are tested from what old programs really wrote).

    .venv/bin/python -m tests.records.make_fixtures
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from heatadvisor.core.case_io import case_from_json
from heatadvisor.core.compare import compare
from heatadvisor.records.schema import connect, upgrade

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
V1_COLUMNS = ("id", "revision", "service_point", "created_at", "updated_at", "case_json", "result_z", "packs_json",
              "recommended", "recommended_zh", "recommended_en", "province", "county", "township", "village",
              "heated_area_m2", "consult_date")


def make_v1() -> Path:
    path = FIXTURES / "records-v1.sqlite"
    path.unlink(missing_ok=True)
    db = connect(path)
    upgrade(db, path, target=1)
    db.execute("INSERT INTO meta VALUES ('service_point', 'fixture-service-point')")
    for n, example in enumerate(sorted((ROOT / "examples").glob("*.json"))):
        case = case_from_json(example.read_text(encoding="utf-8"))
        result = compare(case)
        best = result.recommended_option()
        loc = case.location
        values = (f"00000000-0000-4000-8000-00000000000{n}", 1, "fixture-service-point", "2026-11-25T08:00:00+00:00",
                  "2026-11-25T08:00:00+00:00", case.model_dump_json(), zlib.compress(result.model_dump_json().encode()),
                  json.dumps(result.packs), result.recommended, best.name_zh if best else "", best.name_en if best else "",
                  loc.province, loc.county, loc.township or "", loc.village or "", case.house.heated_area_m2, result.on_date)
        db.execute(f"INSERT INTO consultations ({', '.join(V1_COLUMNS)}) VALUES ({', '.join('?' * len(V1_COLUMNS))})", values)
        db.execute("INSERT INTO stages VALUES (?, 0, 'advised', '2026-11-25', '')", (values[0],))
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    return path


if __name__ == "__main__":
    print(make_v1())
