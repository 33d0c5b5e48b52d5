"""Compare heating options for many households of one setting at once.

inputs (Cases) → each household's rows (today's system, then each option) → demand,
calibration, energy, running cost, capital and subsidies, money over the years, emissions,
sizing and supply — every step an array over all rows. A single comparison is the same
code on a group of one household.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..contract.case import Prices
from ..devices.scenarios import SCENARIOS
from ..setting.setting import Setting
from .calibration import calibrated_heat_kwh
from .energy import (
    Energies,
    HeatedHours,
    HeatPumpRows,
    HeatPumpSeason,
    cycling_kept,
    demand_valley_share,
    fixed_efficiency,
    flow_temps,
    heat_pumps,
    loads_kw,
)
from .households import (
    DeviceIndex,
    HouseholdInput,
    Layout,
    OptionRow,
    indoor_units,
    loss_columns,
)
from .plausibility import DemandChecks, demand_checks
from .running import Running, running_costs


@dataclass(frozen=True, slots=True, eq=False)
class HeatDemand:
    """Per row: the heat every option of a household is compared on."""

    model_kwh: np.ndarray  # (R,) from the house description (after the row's measures)
    calibrated_kwh: np.ndarray  # (R,) from last winter's use; NaN where none was given
    used_kwh: np.ndarray  # (R,)
    scale: np.ndarray  # (R,) used over modelled
    loads_kw: np.ndarray  # (R, M) mean load in each bin
    heated: HeatedHours  # the hours at the full set-point, for the cycling of heat pumps
    heat_by_month: np.ndarray  # (R, S)
    design_load_kw: np.ndarray  # (R,)
    ua_w_per_k: np.ndarray  # (R,) the row's UA, before the scale
    source: tuple[str, ...]  # per household: "model" | "calibrated" | "override"


@dataclass(frozen=True, slots=True, eq=False)
class Physics:
    layout: Layout
    devices: DeviceIndex
    demand: HeatDemand
    units: np.ndarray  # (R,) indoor units of room-unit devices (one per heated room); 0 for others
    nominal_kw: np.ndarray  # (R,) heat-pump size; NaN for other devices
    recommended_kw: np.ndarray  # (R,) the size that covers the design load with margin; NaN for other devices
    energies: Energies
    running: Running
    checks: DemandChecks  # per household: is the season's heat believable?


def design_flows(setting: Setting, households: list[HouseholdInput], of_row: np.ndarray) -> np.ndarray:
    """Each row's emitter design flow (new floor heating where the house has no water system)."""
    flows = setting.data.common.heat_pumps.design_flow_c
    keys = ["floor" if h.case.house.emitter.value == "none" else h.case.house.emitter.value for h in households]
    # ignore: a case's emitters besides "none" are the pack's keys (the pack must name every one)
    per_household = np.array([flows[key].value for key in keys])  # type: ignore[index]
    return per_household[of_row]


def design_load(
    setting: Setting, ua: np.ndarray, set_c: np.ndarray, gains: np.ndarray, scale: np.ndarray
) -> np.ndarray:
    """Load on the design day with the rooms at their heated set-point (for sizing)."""
    watts = ua * (set_c - setting.place.design_temp_c) - gains
    return np.maximum(watts, 0.0) * scale / 1000.0


def recommended_kw(setting: Setting, slot: np.ndarray, need_kw: np.ndarray) -> np.ndarray:
    """Nominal size, in half kW, whose output at the design temperature covers ``need_kw``
    (design load × margin), for heat pumps at ``slot`` of the setting's PumpTable."""
    return np.where(need_kw > 0, np.ceil(need_kw / setting.pumps.size_ratio[slot] * 2) / 2, 0.5)


def heated_hours(
    setting: Setting,
    households: list[HouseholdInput],
    of_row: np.ndarray,
    k_kw_per_k: np.ndarray,
    set_c: np.ndarray,
    gains: np.ndarray,
    ua: np.ndarray,
) -> HeatedHours:
    """Each row's load at its full set-point, and the share of the day it is heated so."""
    hours = np.array([h.loss.heating.hours_per_day for h in households])[of_row]
    return HeatedHours(loads_kw(setting, k_kw_per_k, set_c - gains / ua), hours / 24.0)


def energies(
    setting: Setting,
    devices: DeviceIndex,
    loads: np.ndarray,
    heat_by_month: np.ndarray,
    design_load_kw: np.ndarray,
    nominal_kw: np.ndarray,
    design_flow_c: np.ndarray,
    heated: HeatedHours,
) -> Energies:
    """Season fuel use of each row's device delivering the row's loads, per scenario."""
    rows, scenarios = len(devices.index), len(SCENARIOS)
    quantity = np.zeros((rows, scenarios))
    by_month = np.zeros((rows, scenarios, heat_by_month.shape[1]))
    efficiency = np.zeros((rows, scenarios))
    valley = np.zeros((rows, scenarios))
    table = devices.table
    idx = devices.rows(~table.heat_pump)
    if len(idx):
        eff = table.efficiency[devices.index[idx]]
        use = fixed_efficiency(table.lhv_kwh[devices.index[idx]], eff, heat_by_month[idx])
        by_month[idx], quantity[idx], efficiency[idx] = use, use.sum(axis=-1), eff
        electric = devices.rows(table.electric & ~table.heat_pump & ~table.storage)  # drawn as the load comes
        if len(electric):
            valley[electric] = demand_valley_share(setting, loads[electric])[:, None]
        valley[devices.rows(table.storage)] = 1.0
    bins, season = _heat_pumps(setting, devices, loads, design_load_kw, nominal_kw, design_flow_c, heated)
    if season is not None:
        idx = bins.rows
        quantity[idx], by_month[idx], efficiency[idx], valley[idx] = (
            season.quantity,
            season.by_month,
            season.efficiency,
            season.valley_share,
        )
    return Energies(quantity, by_month, efficiency, valley, bins)


def _heat_pumps(
    setting: Setting,
    devices: DeviceIndex,
    loads: np.ndarray,
    design_load_kw: np.ndarray,
    nominal_kw: np.ndarray,
    design_flow_c: np.ndarray,
    heated: HeatedHours,
) -> tuple[HeatPumpRows, HeatPumpSeason | None]:
    """The heat-pump rows' bins, and their season (None when no row is a heat pump)."""
    idx = devices.rows(devices.table.heat_pump)
    pumps = setting.pumps
    slot = pumps.slot[devices.index[idx]]
    if not len(idx):
        empty = np.zeros((0, len(setting.temps)))
        return HeatPumpRows(idx, slot, empty, empty, empty, np.zeros(0), np.zeros(0)), None
    sinks = flow_temps(setting, pumps.air_sink_c[slot], design_flow_c[idx], loads[idx], design_load_kw[idx])
    rated = pumps.cops.cop(slot, sinks)
    scale = nominal_kw[idx] / pumps.nominal_kw[slot]
    capacity = pumps.capacity_kw[slot] * scale[:, None]
    rows_heated = HeatedHours(heated.loads_kw[idx], heated.share[idx])
    cycled = rated[:, :-1] * cycling_kept(
        loads[idx], rows_heated, capacity, pumps.min_modulation[slot, None], pumps.cycling_cd[slot, None]
    )
    season = heat_pumps(setting, loads[idx], cycled, capacity, pumps.field_factor[slot])
    return HeatPumpRows(idx, slot, season.cop, season.electric_kw, season.backup_kw, scale, rated[:, -1]), season


def _calibrate(
    setting: Setting,
    prices: Prices,
    households: list[HouseholdInput],
    ua: np.ndarray,
    balance: np.ndarray,
    set_c: np.ndarray,
    gains: np.ndarray,
    scale: np.ndarray,
    flows: np.ndarray,
) -> np.ndarray:
    """Heat delivered last winter per household (NaN where no figure was given), with today's
    system modelled at its catalogue size on the house as described (``scale``: 1, or to the
    demand typed in)."""
    asked = [i for i, h in enumerate(households) if h.case.current.last_winter is not None]
    out = np.full(len(households), np.nan)
    if not asked:
        return out
    idx = np.array(asked)
    devices = DeviceIndex.of(setting.devices, (households[i].current for i in asked))
    k = ua[idx] * scale[idx] / 1000.0
    loads = loads_kw(setting, k, balance[idx])
    heat = loads @ setting.month_hours.T
    catalogue = devices.column(setting.devices.capacity_kw)
    heated = heated_hours(setting, households, idx, k, set_c[idx], gains[idx], ua[idx])
    shape = energies(
        setting,
        devices,
        loads,
        heat,
        design_load(setting, ua[idx], set_c[idx], gains[idx], scale[idx]),
        catalogue,
        flows[idx],
        heated,
    )
    out[idx] = calibrated_heat_kwh(setting, prices, [households[i] for i in asked], devices, shape, heat)
    return out


def physics(setting: Setting, prices: Prices, households: list[HouseholdInput], rows: list[OptionRow]) -> Physics:
    """Demand, sizes, fuel use and running cost of every row."""
    layout = Layout.of(rows)
    flows = design_flows(setting, households, layout.household)
    demand = heat_demand(setting, prices, households, rows, layout, flows)
    devices = DeviceIndex.of(setting.devices, (r.device for r in rows))
    units = indoor_units(setting, households, layout, devices)
    nominal, recommended = heat_pump_sizes(setting, devices, rows, demand.design_load_kw, units)
    used_energy = energies(
        setting, devices, demand.loads_kw, demand.heat_by_month, demand.design_load_kw, nominal, flows, demand.heated
    )
    areas = np.array([h.case.house.heated_area_m2 for h in households])[layout.household]
    heating_with = devices.column(setting.devices.fuel)[layout.current]  # each row's household's fuel today
    running = running_costs(
        setting, prices, devices, SCENARIOS, used_energy.by_month, used_energy.valley_share, areas, heating_with
    )
    checks = demand_checks(
        setting,
        households,
        layout,
        demand.model_kwh,
        demand.calibrated_kwh,
        demand.source,
        np.array([h.loss.ua_full_w_per_k for h in households]),
        used_energy.quantity,
        used_energy.efficiency,
    )
    return Physics(layout, devices, demand, units, nominal, recommended, used_energy, running, checks)


def heat_demand(
    setting: Setting,
    prices: Prices,
    households: list[HouseholdInput],
    rows: list[OptionRow],
    layout: Layout,
    flows: np.ndarray,
) -> HeatDemand:
    """The heat each row is compared on: its house's modelled demand scaled by the row's
    envelope measures — or instead the demand typed in, or last winter's (calibrated)."""
    of_row = layout.household  # each row's household
    current = np.array(layout.first[:-1])  # each household's row of today's system
    ua, balance, set_c, gains = loss_columns([r.loss for r in rows])
    house_kwh = (ua[current] / 1000.0) * (np.maximum(balance[current, None] - setting.temps, 0.0) @ setting.hours)
    cases = [h.case for h in households]
    typed_kwh = np.array(
        [np.nan if c.house.demand_override_kwh is None else c.house.demand_override_kwh for c in cases]
    )
    typed_in = ~np.isnan(typed_kwh)
    typed_scale = np.where(~typed_in | (house_kwh <= 0), 1.0, typed_kwh / np.where(house_kwh > 0, house_kwh, 1.0))
    last_winter_kwh = _calibrate(
        setting,
        prices,
        households,
        ua[current],
        balance[current],
        set_c[current],
        gains[current],
        typed_scale,
        flows[current],
    )
    model = house_kwh[of_row] * (ua / ua[current][of_row])  # envelope measures scale the house's demand by their UA
    calibrated = last_winter_kwh[of_row] * (model / house_kwh[of_row])
    from_bill = ~typed_in & ~np.isnan(last_winter_kwh) & np.array([c.current.use_calibration for c in cases])
    source = tuple(
        "override" if t else "calibrated" if b else "model" for t, b in zip(typed_in.tolist(), from_bill.tolist())
    )
    used = np.where(typed_in[of_row], typed_kwh[of_row], np.where(from_bill[of_row], calibrated, model))
    scale = np.where(model > 0, used / np.where(model > 0, model, 1.0), 1.0)
    loads = loads_kw(setting, ua * scale / 1000.0, balance)
    heated = heated_hours(setting, households, of_row, ua * scale / 1000.0, set_c, gains, ua)
    design_kw = design_load(setting, ua, set_c, gains, scale)
    return HeatDemand(
        model, calibrated, used, scale, loads, heated, loads @ setting.month_hours.T, design_kw, ua, source
    )


def heat_pump_sizes(
    setting: Setting, devices: DeviceIndex, rows: list[OptionRow], design_kw: np.ndarray, units: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each heat-pump row's nominal size (the one asked for, else the recommended — for room
    units at least the smallest unit sold, one 匹, in each room) and the recommended size (kW);
    NaN for other devices."""
    nominal, recommended = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
    idx = devices.rows(setting.devices.heat_pump)
    margin = setting.data.common.heat_pumps.sizing_margin.value
    given = np.array(
        [np.nan if rows[i].choice.capacity_kw is None else rows[i].choice.capacity_kw for i in idx.tolist()]
    )
    recommended[idx] = recommended_kw(setting, setting.pumps.slot[devices.index[idx]], design_kw[idx] * margin)
    smallest = np.minimum(devices.column(setting.devices.capacity_kw)[idx], setting.data.common.kw_per_pi.value)
    nominal[idx] = np.where(np.isnan(given), np.maximum(recommended[idx], units[idx] * smallest), given)
    return nominal, recommended
