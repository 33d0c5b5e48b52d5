"""Builds the fixture database of each earlier schema version (run once per new version;
the files are kept in git so upgrades are tested from what old programs really wrote).
Each builder writes that version's columns by hand, so it still builds the same file after
the schema has moved on.

    .venv/bin/python -m tests.records.make_fixtures
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.records.schema import connect, upgrade

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
V1_COLUMNS = (
    "id",
    "revision",
    "service_point",
    "created_at",
    "updated_at",
    "case_json",
    "result_z",
    "packs_json",
    "recommended",
    "recommended_zh",
    "recommended_en",
    "province",
    "county",
    "township",
    "village",
    "heated_area_m2",
    "consult_date",
)


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
        values = (
            f"00000000-0000-4000-8000-00000000000{n}",
            1,
            "fixture-service-point",
            "2026-11-25T08:00:00+00:00",
            "2026-11-25T08:00:00+00:00",
            case.model_dump_json(),
            zlib.compress(result.model_dump_json().encode()),
            json.dumps(result.packs),
            result.recommended,
            best.name_zh if best else "",
            best.name_en if best else "",
            loc.province,
            loc.county,
            loc.township or "",
            loc.village or "",
            case.house.heated_area_m2,
            result.on_date,
        )
        db.execute(
            f"INSERT INTO consultations ({', '.join(V1_COLUMNS)}) VALUES ({', '.join('?' * len(V1_COLUMNS))})", values
        )
        db.execute("INSERT INTO stages VALUES (?, 0, 'advised', '2026-11-25', '')", (values[0],))
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    return path


def make_v2() -> Path:
    """Version 1's file as version 2 left it, plus a consultation saved by version 2 (with
    its figure columns, a season status and a ledger batch)."""
    from heatadvisor.records.figures import FIGURES, figures_of, fuel_of

    path = FIXTURES / "records-v2.sqlite"
    path.write_bytes((FIXTURES / "records-v1.sqlite").read_bytes())
    db = connect(path)
    upgrade(db, path, target=2)
    example = sorted((ROOT / "examples").glob("*.json"))[-1]
    case = case_from_json(example.read_text(encoding="utf-8")).model_copy(update={"on_date": None})
    result = compare(case)
    best = result.recommended_option()
    columns = (*V1_COLUMNS, "ledger_batch", *FIGURES, "recommended_fuel")
    values = (
        "00000000-0000-4000-8000-000000000020",
        2,
        "fixture-service-point",
        "2026-11-26T08:00:00+00:00",
        "2026-11-27T08:00:00+00:00",
        case.model_dump_json(),
        zlib.compress(result.model_dump_json().encode()),
        json.dumps(result.packs),
        result.recommended,
        best.name_zh,
        best.name_en,
        case.location.province,
        case.location.county,
        case.location.township or "",
        case.location.village or "",
        case.house.heated_area_m2,
        result.on_date,
        "省",
        *figures_of(result).values(),
        fuel_of(result),
    )
    db.execute(f"INSERT INTO consultations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
    db.execute("INSERT INTO stages VALUES (?, 0, 'advised', '2026-11-26', '')", (values[0],))
    db.execute("INSERT INTO seasons VALUES (?, '2026-2027', 'normal')", (values[0],))
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    for copy in FIXTURES.glob("records-v2.v1-*.bak"):  # the copy the upgrade took
        copy.unlink()
    return path


def _upgraded(version: int, *statements: str) -> Path:
    """The previous version's file as ``version`` leaves it, with ``statements`` run after."""
    path = FIXTURES / f"records-v{version}.sqlite"
    path.write_bytes((FIXTURES / f"records-v{version - 1}.sqlite").read_bytes())
    db = connect(path)
    upgrade(db, path, target=version)
    for statement in statements:
        db.execute(statement)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    for copy in FIXTURES.glob(f"records-v{version}.v{version - 1}-*.bak"):  # the copy the upgrade took
        copy.unlink()
    return path


def make_v3() -> Path:
    """Version 2's file as version 3 left it, plus a deleted consultation (id and time only)."""
    return _upgraded(
        3, "INSERT INTO deleted VALUES ('00000000-0000-4000-8000-000000000099', '2026-11-28T08:00:00+00:00')"
    )


def make_v4() -> Path:
    """Version 3's file as version 4 left it (the history's time and option indexes)."""
    return _upgraded(4)


if __name__ == "__main__":
    print(make_v1())
    print(make_v2())
    print(make_v3())
    print(make_v4())
