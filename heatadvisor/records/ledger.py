"""The township's clean-heating ledger (台账) from the records: one row per household, the
columns in the order of the ledgers in use (village, head, applicant, area, retrofit
category / type / batch, power and gas account numbers, usage status), then the follow-up.

Names, phone, ID and account numbers are left out unless the caller chooses them; an ID
number is masked even then. While the password is not given they are blank.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from heatadvisor.core.contract.problems import FieldProblem, InputError
from heatadvisor.wording import word

from .privacy import PERSONAL_FIELDS, mask_id
from .store import RecordStore
from .tables import Cell, Worksheet, write_csv, write_xlsx

_COLUMNS = (
    "province",
    "county",
    "township",
    "village",
    "head_name",
    "applicant_name",
    "id_number",
    "phone",
    "heated_area",
    "category",
    "kind",
    "batch",
    "power_account",
    "gas_account",
    "usage",
    "stage",
    "stage_date",
    "consult_date",
    "recommended",
    "id",
)
_CATEGORY = {"electricity": "category.electric", "natural_gas": "category.gas", "lpg": "category.gas"}
_QUERY = """
    SELECT id, province, county, township, village, heated_area_m2, ledger_category, ledger_kind, ledger_batch,
           recommended_fuel, recommended_zh, recommended_en, consult_date, personal,
           (SELECT status FROM seasons u WHERE u.consultation_id = c.id ORDER BY season DESC LIMIT 1),
           (SELECT stage || ' ' || on_date FROM stages s WHERE s.consultation_id = c.id ORDER BY seq DESC LIMIT 1)
    FROM consultations c WHERE {where} ORDER BY county, township, village, consult_date"""


def ledger_table(
    store: RecordStore, lang: str = "zh", include_personal: bool = False, ids: Sequence[str] | None = None
) -> Worksheet:
    """The ledger as a table (rows read lazily, so 20,000 households stream to the file)."""
    columns = [c for c in _COLUMNS if include_personal or c not in PERSONAL_FIELDS]
    return Worksheet(
        word("ledger.sheet", lang), [word(f"ledger.{c}", lang) for c in columns], _rows(store, lang, columns, ids)
    )


def _rows(store: RecordStore, lang: str, columns: list[str], ids: Sequence[str] | None) -> Iterator[list[Cell]]:
    personal_wanted = any(c in PERSONAL_FIELDS for c in columns)
    with store.selection(ids) as where:
        for (
            record_id,
            province,
            county,
            township,
            village,
            area,
            category,
            kind,
            batch,
            fuel,
            best_zh,
            best_en,
            consulted,
            blob,
            usage,
            stage,
        ) in store.db.execute(_QUERY.format(where=where)):
            personal = store.vault.unseal_personal(blob, record_id) if personal_wanted else None
            stage_code, _, stage_date = (stage or "").partition(" ")
            best = best_zh if lang == "zh" else best_en
            values: dict[str, Cell] = {
                "id": record_id,
                "province": province,
                "county": county,
                "township": township,
                "village": village,
                "heated_area": area,
                "category": category or (word(_CATEGORY.get(fuel, "category.other"), lang) if fuel else ""),
                "kind": kind or best,
                "batch": batch,
                "usage": word(f"usage.{usage}", lang) if usage else "",
                "stage": word(f"stage.{stage_code}", lang) if stage_code else "",
                "stage_date": stage_date,
                "consult_date": consulted,
                "recommended": best,
            }
            for name in PERSONAL_FIELDS:
                value = getattr(personal, name) if personal else None
                values[name] = (mask_id(value) if name == "id_number" else value) or ""
            yield [values[c] for c in columns]


def export_ledger(
    store: RecordStore, path: Path, lang: str = "zh", include_personal: bool = False, ids: Sequence[str] | None = None
) -> int:
    """Write the ledger as .csv or .xlsx (by the file's ending); returns the rows written."""
    table = ledger_table(store, lang, include_personal, ids)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv(path, table)
    if suffix == ".xlsx":
        return write_xlsx(path, [table])
    raise InputError([FieldProblem("output", "unsupported_output", f"not .csv or .xlsx: {path.name}")])
