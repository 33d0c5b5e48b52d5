"""The few figures of a result the township report adds up, kept in columns beside it.

"If the advice is followed": the recommended option against today's heating. The added
peak is what the grid company sizes transformers on: the recommended option's electric
draw on the design day minus today's (each from the comparison's supply check, which adds
the household's other appliances to both, so they cancel).
"""

from __future__ import annotations

import sqlite3
import zlib

from heatadvisor.core.contract.results import Comparison, OptionResult

FIGURES = ("coal_avoided_t", "co2_avoided_kg", "subsidy_yuan", "operating_subsidy_yuan", "added_peak_kw")


def _base_kw(result: Comparison) -> float:
    """The household's other appliances at the evening peak, from the region pack."""
    from heatadvisor.core.setting.bundle import bundled

    try:
        return bundled().region_for(result.place.province).household_base_kw.value
    except KeyError:
        return 0.0


def _peak(option: OptionResult, base_kw: float) -> float:
    return option.supply.peak_kw if option.supply is not None else base_kw


def figures_of(result: Comparison) -> dict[str, float]:
    best = result.recommended_option()
    if best is None:
        return dict.fromkeys(FIGURES, 0.0)
    now = result.current
    both_draw = (best.supply is None) == (now.supply is None)
    base = 0.0 if both_draw else _base_kw(result)
    return {
        "coal_avoided_t": best.coal_avoided_t,
        "co2_avoided_kg": now.co2_kg - best.co2_kg,
        "subsidy_yuan": best.subsidy,
        "operating_subsidy_yuan": best.operating_subsidy[0] if best.operating_subsidy else 0.0,
        "added_peak_kw": _peak(best, base) - _peak(now, base),
    }


def fuel_of(result: Comparison) -> str:
    """The recommended option's fuel: what the ledger's retrofit category follows."""
    best = result.recommended_option()
    return best.fuel if best else ""


def backfill(db: sqlite3.Connection) -> None:
    """Fill the figure columns of records saved before they existed (schema step 2)."""
    rows = db.execute("SELECT id, result_z FROM consultations").fetchall()
    sets = ", ".join(f"{name} = ?" for name in (*FIGURES, "recommended_fuel"))
    for record_id, blob in rows:
        result = Comparison.model_validate_json(zlib.decompress(blob))
        db.execute(
            f"UPDATE consultations SET {sets} WHERE id = ?", [*figures_of(result).values(), fuel_of(result), record_id]
        )
