"""Is each heat pump big enough, and can the house's electricity supply carry each option?

先立后破: the new system must work before the old one goes, so the peak electric draw on
the design day is checked against the meter's capacity.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..setting.setting import Setting
from .evaluation import Physics
from .households import HouseholdInput, OptionRow

STATUS = ("ok", "undersized", "oversized")
SUPPLY_STATUS = ("ok", "tight", "exceeded")


@dataclass(frozen=True, slots=True, eq=False)
class Equipment:
    capacity_at_design_kw: np.ndarray  # (R,) heat pumps; NaN for other devices
    size_status: np.ndarray  # (R,) index into STATUS
    peak_kw: np.ndarray  # (R,) design-day draw plus the household's own base load; NaN if it draws none
    supply_kw: np.ndarray  # (R,)
    supply_is_default: np.ndarray  # (R,)
    supply_status: np.ndarray  # (R,) index into SUPPLY_STATUS; -1 where nothing is drawn


def equipment(setting: Setting, households: list[HouseholdInput], rows: list[OptionRow], phys: Physics) -> Equipment:
    n = len(rows)
    defaults = setting.data.common.heat_pumps
    load = phys.demand.design_load_kw
    at_design = np.full(n, np.nan)
    status = np.zeros(n, dtype=int)
    peak = np.zeros(n)
    pumps = phys.energies.heat_pumps
    idx = pumps.rows
    at_design[idx] = setting.pumps.at_design_kw[pumps.slot] * pumps.capacity_scale
    oversized = (phys.nominal_kw[idx] > phys.recommended_kw[idx] * defaults.oversize_ratio.value) & (
        phys.units[idx] == 0
    )
    status[idx] = np.where(
        at_design[idx] < load[idx], 1, np.where(oversized, 2, 0)
    )  # a room needs its unit, however small
    cop = pumps.cop_design
    covered = np.minimum(load[idx], at_design[idx])
    peak[idx] = np.where(cop > 0, covered / np.where(cop > 0, cop, 1.0) + (load[idx] - covered), 0.0)
    devices, table = phys.devices, setting.devices
    valley_hours = len(setting.valley_hours) or 8
    peak = np.where(
        devices.column(table.storage),
        load * 24.0 / valley_hours,
        np.where(devices.column(table.direct), load, peak),
    )
    given = np.array([np.nan if h.case.house.supply_kw is None else h.case.house.supply_kw for h in households])
    of_row = phys.layout.household  # each row's household
    supply = np.where(np.isnan(given), setting.region.default_supply_kw.value, given)[of_row]
    total = peak + setting.region.household_base_kw.value
    supply_status = np.where(peak <= 0, -1, np.where(total > supply, 2, np.where(total > 0.8 * supply, 1, 0)))
    return Equipment(
        at_design, status, np.where(peak > 0, total, np.nan), supply, np.isnan(given)[of_row], supply_status
    )
