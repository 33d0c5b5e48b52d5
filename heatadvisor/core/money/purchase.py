"""What scales with a row's size in its purchase: the indoor units of room-unit devices (one
in each heated room) and a ground-source heat pump's boreholes, metred by the heat drawn; and
whether a row's price rests on our estimates (E), so the views can say it is to be checked."""

from __future__ import annotations

import numpy as np

from ..demand.evaluation import Physics
from ..demand.households import OptionRow
from ..devices.scenarios import TYPICAL
from ..setting.setting import Setting


def borehole_m(setting: Setting, phys: Physics) -> np.ndarray:
    """Metres of ground loop of each row (0 without one): enough for the peak — the design
    day's output less its electricity, over W per metre — and for the season — the heat less
    its electricity, over kWh per metre and year —, whichever needs more."""
    table, devices = setting.devices, phys.devices
    w_per_m, kwh_per_m = devices.column(table.borehole_w_per_m), devices.column(table.borehole_kwh_per_m)
    metres = np.zeros(len(w_per_m))
    pumps = phys.energies.heat_pumps
    idx = pumps.rows
    looped = ~np.isnan(w_per_m[idx])
    if not looped.any():
        return metres
    rows, slot = idx[looped], pumps.slot[looped]
    peak_kw = setting.pumps.at_design_kw[slot] * pumps.capacity_scale[looped] * _drawn(pumps.cop_design[looped])
    season_kwh = phys.demand.heat_by_month[rows].sum(axis=1) * _drawn(phys.energies.efficiency[rows, TYPICAL])
    metres[rows] = np.maximum(peak_kw * 1000.0 / w_per_m[rows], season_kwh / kwh_per_m[rows])
    return metres


def _drawn(cop: np.ndarray) -> np.ndarray:
    """Share of a heat pump's heat drawn from its source (the rest is its electricity)."""
    return np.maximum(1.0 - 1.0 / np.where(cop > 0, cop, 1.0), 0.0)


def sized_capital(setting: Setting, phys: Physics, metres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row (low, typical, high): indoor units × their price (part of the unit), and ``metres``
    of ground loop × theirs (a part of its own, which outlives the unit)."""
    table, devices = setting.devices, phys.devices
    units = devices.column(table.per_unit_capital) * phys.units[:, None]
    return units, devices.column(table.borehole_yuan_per_m) * metres[:, None]


def estimated_capital(setting: Setting, rows: list[OptionRow], phys: Physics, metres: np.ndarray) -> np.ndarray:
    """(R,) bool: the row's purchase rests on an E-coded price — a fixed part that costs
    something, emitters, units or metres that it buys — unless the staff typed the price in.
    Today's system is bought already."""
    table, devices = setting.devices, phys.devices
    estimated = devices.column(table.capital_estimated)
    used = np.stack(
        [
            devices.column(table.fixed_capital)[:, 1] > 0,
            devices.column(table.per_m2_capital)[:, 1] > 0,
            phys.units > 0,
            metres > 0,
        ],
        axis=1,
    )
    typed = np.array([r.choice.price_yuan is not None for r in rows], dtype=bool)
    return (estimated & used).any(axis=1) & ~typed & ~phys.layout.is_current
