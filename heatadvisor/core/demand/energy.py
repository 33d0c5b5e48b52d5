"""What each option uses in a season to deliver its household's heat — many rows at once.

A row is one household with one heating option. Three scenarios give every figure its
range (``devices/scenarios.py``): the favourable end (high efficiency), typical, the unfavourable end.
Heat pumps are evaluated by 1 K outdoor-temperature bin (EN 14825-style): COP from the fitted
model at each bin's flow temperature, less EN 14825's cycling loss where the load is below the
unit's lowest output, capacity falling with the cold, a direct electric backup (COP 1) for what
the compressor cannot cover.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from ..devices.heat_pump import part_load_cop
from ..devices.scenarios import TYPICAL
from ..setting.setting import Setting


def loads_kw(setting: Setting, k_kw_per_k: np.ndarray, balance_c: np.ndarray) -> np.ndarray:
    """Mean heating load (kW) of each row in each bin: k · (balance − T) below the balance point."""
    return k_kw_per_k[:, None] * np.maximum(balance_c[:, None] - setting.temps, 0.0)


class HeatedHours(NamedTuple):
    """The hours of each row's day at the full set-point: their load by bin and their share of the day."""

    loads_kw: np.ndarray  # (R, M)
    share: np.ndarray  # (R,) hours at the set-point over 24


def cycling_kept(
    load: np.ndarray, heated: HeatedHours, capacity: np.ndarray, min_modulation: np.ndarray, cd: np.ndarray
) -> np.ndarray:
    """Share of the COP a unit keeps through cycling (EN 14825) over a day of intermittent
    heating: the heated hours at their own load, the other hours at what remains of the bin's
    mean ``load``; each part cycles by its own part-load ratio. All day at one set-point, this
    is the standard's bin method on the mean load."""
    w = heated.share[:, None]
    rest = np.where(w < 1, np.maximum(load - w * heated.loads_kw, 0.0) / np.where(w < 1, 1 - w, 1.0), 0.0)
    on, off = w * heated.loads_kw, (1 - w) * rest  # heat per hour of the day, in each part
    kept_on, kept_off = (part_load_cop(1.0, part, capacity, min_modulation, cd) for part in (heated.loads_kw, rest))
    drawn = on / kept_on + off / kept_off
    return np.where(drawn > 0, (on + off) / np.where(drawn > 0, drawn, 1.0), 1.0)


@dataclass(frozen=True, slots=True, eq=False)
class HeatPumpRows:
    """Bin detail of the heat-pump rows (typical scenario), for sizing, the bin table and the charts."""

    rows: np.ndarray  # (H,) row indexes
    slot: np.ndarray  # (H,) each row's heat pump in the setting's PumpTable
    cop: np.ndarray  # (H, M) typical COP (field factor applied)
    electric_kw: np.ndarray  # (H, M) compressor + backup
    backup_kw: np.ndarray  # (H, M)
    capacity_scale: np.ndarray  # (H,) the row's size over the catalogue's
    cop_design: np.ndarray  # (H,) rated COP on the design day at the design flow temperature


@dataclass(frozen=True, slots=True, eq=False)
class Energies:
    quantity: np.ndarray  # (R, 3) fuel units per season
    by_month: np.ndarray  # (R, 3, S) fuel units per season month
    efficiency: np.ndarray  # (R, 3) seasonal heat out per fuel energy in (COP for heat pumps)
    valley_share: np.ndarray  # (R, 3) share of the electricity in the tariff's valley hours
    heat_pumps: HeatPumpRows


def flow_temps(
    setting: Setting, air_sink_c: np.ndarray, design_flow_c: np.ndarray, loads: np.ndarray, design_load_kw: np.ndarray
) -> np.ndarray:
    """Sink temperature per heat-pump row and bin (rows, M + 1), the design day last: room air
    for air-to-air units (``air_sink_c``, NaN for water), else weather-compensated water
    between the minimum flow and the emitter's design flow (``design_flow_c``)."""
    low = np.minimum(setting.data.common.heat_pumps.min_flow_c.value, design_flow_c)[:, None]
    positive = design_load_kw > 0
    ratio = np.minimum(loads / np.where(positive, design_load_kw, 1.0)[:, None], 1.0)
    water = np.where(
        positive[:, None],
        low + (design_flow_c[:, None] - low) * np.append(ratio, np.ones((len(ratio), 1)), axis=1),
        low,
    )
    return np.where(np.isnan(air_sink_c)[:, None], water, air_sink_c[:, None])


def fixed_efficiency(lhv: np.ndarray, efficiency: np.ndarray, heat_by_month: np.ndarray) -> np.ndarray:
    """Fuel by month (rows, 3, S) for heaters of fixed efficiency (rows, 3)."""
    return heat_by_month[:, None, :] / (lhv[:, None] * efficiency)[:, :, None]


class HeatPumpSeason(NamedTuple):
    """A season of heat-pump rows: per scenario, then per bin in the typical scenario."""

    quantity: np.ndarray  # (n, 3) kWh of electricity
    by_month: np.ndarray  # (n, 3, S)
    efficiency: np.ndarray  # (n, 3) seasonal COP, backup included
    valley_share: np.ndarray  # (n, 3)
    cop: np.ndarray  # (n, M) typical field COP by bin
    electric_kw: np.ndarray  # (n, M) typical draw, compressor + backup
    backup_kw: np.ndarray  # (n, M) load the compressor cannot cover


def heat_pumps(
    setting: Setting,
    loads: np.ndarray,
    rated: np.ndarray,
    capacity: np.ndarray,
    factors: np.ndarray,
) -> HeatPumpSeason:
    """Season electricity of heat-pump rows (of any devices) delivering ``loads`` (n, M) with
    ``rated`` COP and ``capacity`` kW by bin (n, M); ``factors`` (n, 3): rated-to-field per scenario."""
    covered = np.minimum(loads, capacity)
    short = loads - covered
    cops = rated[:, None, :] * factors[:, :, None]  # (n, 3, M)
    electric = covered[:, None, :] / cops + short[:, None, :]
    total = electric @ setting.hours
    by_month = electric @ setting.month_hours.T
    heat = loads @ setting.hours
    positive = total > 0
    safe = np.where(positive, total, 1.0)
    valley = np.where(positive, electric @ (setting.hours * setting.valley_share) / safe, 0.0)
    scop = np.where(positive, heat[:, None] / safe, 0.0)
    return HeatPumpSeason(total, by_month, scop, valley, cops[:, TYPICAL], electric[:, TYPICAL], short)


def demand_valley_share(setting: Setting, loads: np.ndarray) -> np.ndarray:
    """Share of each row's heat needed in valley hours (colder hours weigh more)."""
    total = loads @ setting.hours
    inside = loads @ (setting.hours * setting.valley_share)
    return np.where(total > 0, inside / np.where(total > 0, total, 1.0), 0.0)
