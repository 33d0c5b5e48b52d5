"""A consultation to and from its database rows: one function each way, for saves, reopens
and merges alike."""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import date

from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.results import Comparison

from .figures import FIGURES, figures_of, fuel_of
from .model import Consultation, Ledger, Stage, StageEntry, Usage
from .privacy import Personal

COLUMNS = (
    "id",
    "revision",
    "service_point",
    "created_at",
    "updated_at",
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
    "ledger_category",
    "ledger_kind",
    "ledger_batch",
    "personal",
    "conflict_of",
    *FIGURES,
    "recommended_fuel",
)
_INSERT = f"INSERT INTO consultations ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
_UPDATE = f"UPDATE consultations SET {', '.join(f'{c} = ?' for c in COLUMNS[1:])} WHERE id = ?"
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM consultations"


def advice_case(case: Case) -> Case:
    """The case without the resident's name and phone (they are kept sealed, with consent)."""
    household = case.household.model_copy(update={"name": None, "phone": None})
    return case.model_copy(update={"household": household})


def with_personal(case: Case, personal: Personal | None) -> Case:
    """The case as the form showed it: name and phone back from the sealed details."""
    if personal is None:
        return case
    household = case.household.model_copy(update={"name": personal.head_name, "phone": personal.phone})
    return case.model_copy(update={"household": household})


def write(db: sqlite3.Connection, record: Consultation, sealed: bytes | None, insert: bool) -> None:
    """The record's row, stages and seasons, in the caller's transaction."""
    result, location = record.result, record.case.location
    best = result.recommended_option()
    values = [
        record.id,
        record.revision,
        record.service_point,
        record.created_at,
        record.updated_at,
        json.dumps(result.packs, sort_keys=True),
        result.recommended,
        best.name_zh if best else "",
        best.name_en if best else "",
        location.province,
        location.county,
        location.township or "",
        location.village or "",
        record.case.house.heated_area_m2,
        result.on_date,
        record.ledger.category,
        record.ledger.kind,
        record.ledger.batch,
        sealed,
        record.conflict_of,
        *figures_of(result).values(),
        fuel_of(result),
    ]
    payload = (
        advice_case(record.case).model_dump_json(),
        zlib.compress(result.model_dump_json().encode(), 6),
        record.id,
    )
    if insert:
        db.execute(_INSERT, values)
        db.execute("INSERT INTO payloads (case_json, result_z, id) VALUES (?, ?, ?)", payload)
    else:
        db.execute(_UPDATE, [*values[1:], record.id])
        db.execute("UPDATE payloads SET case_json = ?, result_z = ? WHERE id = ?", payload)
        db.execute("DELETE FROM stages WHERE consultation_id = ?", (record.id,))
        db.execute("DELETE FROM seasons WHERE consultation_id = ?", (record.id,))
    db.executemany(
        "INSERT INTO stages (consultation_id, seq, stage, on_date, note) VALUES (?, ?, ?, ?, ?)",
        [(record.id, i, s.stage.value, s.on.isoformat(), s.note) for i, s in enumerate(record.stages)],
    )
    db.executemany(
        "INSERT INTO seasons (consultation_id, season, status) VALUES (?, ?, ?)",
        [(record.id, season, status.value) for season, status in sorted(record.seasons.items())],
    )


def read(db: sqlite3.Connection, record_id: str) -> tuple[Consultation, bytes | None] | None:
    """The record (personal details not yet unsealed) and its sealed blob; None if absent."""
    row = db.execute(f"{_SELECT} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    r = dict(zip(COLUMNS, row))
    case_json, result_z = db.execute("SELECT case_json, result_z FROM payloads WHERE id = ?", (record_id,)).fetchone()
    stages = tuple(
        StageEntry(Stage(stage), date.fromisoformat(on), note)
        for stage, on, note in db.execute(
            "SELECT stage, on_date, note FROM stages WHERE consultation_id = ? ORDER BY seq", (record_id,)
        )
    )
    seasons = {
        season: Usage(status)
        for season, status in db.execute("SELECT season, status FROM seasons WHERE consultation_id = ?", (record_id,))
    }
    record = Consultation(
        id=r["id"],
        revision=r["revision"],
        service_point=r["service_point"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        case=Case.model_validate_json(case_json),
        result=Comparison.model_validate_json(zlib.decompress(result_z)),
        personal=None,
        ledger=Ledger(r["ledger_category"], r["ledger_kind"], r["ledger_batch"]),
        stages=stages,
        seasons=seasons,
        conflict_of=r["conflict_of"],
    )
    return record, r["personal"]
