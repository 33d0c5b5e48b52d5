"""Compare heating options for many households of one setting at once.

inputs (Cases) → each household's rows (today's system, then each option) → demand,
calibration, energy, running cost, capital and subsidies, money over the years, emissions,
sizing and supply — every step an array over all rows. A single comparison is the same
code on a group of one household.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from heatadvisor.core.technology import DeviceKind

from .calibration import calibrated_heat_kwh
from .case import Prices
from .energy import Energies, HeatPumpRows, demand_valley_share, fixed_efficiency, flow_temps, heat_pumps, loads_kw
from .households import DeviceIndex, HouseholdInput, Layout, Row, loss_columns
from .running import Running, running_costs
from .setting import Setting


@dataclass(frozen=True, slots=True, eq=False)
class Demand:
    """Per row: the heat every option of a household is compared on."""

    model_kwh: np.ndarray  # (R,) from the house description (after the row's measures)
    calibrated_kwh: np.ndarray  # (R,) from last winter's use; NaN where none was given
    used_kwh: np.ndarray  # (R,)
    scale: np.ndarray  # (R,) used over modelled
    loads_kw: np.ndarray  # (R, M) mean load in each bin
    heat_by_month: np.ndarray  # (R, S)
    design_load_kw: np.ndarray  # (R,)
    ua_w_per_k: np.ndarray  # (R,) the row's UA, before the scale
    source: tuple[str, ...]  # per household: "model" | "calibrated" | "override"


@dataclass(frozen=True, slots=True, eq=False)
class Physics:
    layout: Layout
    devices: DeviceIndex
    demand: Demand
    nominal_kw: np.ndarray  # (R,) heat-pump size; NaN for other devices
    recommended_kw: np.ndarray  # (R,) the size that covers the design load with margin; NaN for other devices
    energies: Energies
    running: Running


def design_flows(setting: Setting, households: list[HouseholdInput], hh: np.ndarray) -> np.ndarray:
    """Each row's emitter design flow (new floor heating where the house has no water system)."""
    flows = setting.data.common.heat_pumps.design_flow_c
    per_household = np.array([flows["floor" if h.case.house.emitter.value == "none" else h.case.house.emitter.value].value
                              for h in households])
    return per_household[hh]


def design_load(setting: Setting, ua: np.ndarray, set_c: np.ndarray, gains: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Load on the design day with the rooms at their heated set-point (for sizing)."""
    watts = ua * (set_c - setting.place.design_temp_c) - gains
    return np.maximum(watts, 0.0) * scale / 1000.0


def recommended_kw(setting: Setting, slot: np.ndarray, need_kw: np.ndarray) -> np.ndarray:
    """Nominal size, in half kW, whose output at the design temperature covers ``need_kw``
    (design load × margin), for heat pumps at ``slot`` of the setting's PumpTable."""
    return np.where(need_kw > 0, np.ceil(need_kw / setting.pumps.size_ratio[slot] * 2) / 2, 0.5)


def energies(setting: Setting, devices: DeviceIndex, loads: np.ndarray, heat_by_month: np.ndarray,
             design_load_kw: np.ndarray, nominal_kw: np.ndarray, design_flow_c: np.ndarray) -> Energies:
    """Season fuel use of each row's device delivering the row's loads, per scenario."""
    rows, scenarios = len(devices.index), 3
    quantity = np.zeros((rows, scenarios))
    by_month = np.zeros((rows, scenarios, heat_by_month.shape[1]))
    efficiency = np.zeros((rows, scenarios))
    valley = np.zeros((rows, scenarios))
    table = devices.table
    pump = table.kind == DeviceKind.HEAT_PUMP
    idx = devices.rows(~pump)
    if len(idx):
        eff = table.efficiency[devices.index[idx]]
        use = fixed_efficiency(table.lhv_kwh[devices.index[idx]], eff, heat_by_month[idx])
        by_month[idx], quantity[idx], efficiency[idx] = use, use.sum(axis=-1), eff
        electric = devices.rows(~pump & (table.kind != DeviceKind.STORAGE_ELECTRIC) & (table.fuel == "electricity"))
        if len(electric):
            valley[electric] = demand_valley_share(setting, loads[electric])[:, None]
        valley[devices.rows(table.kind == DeviceKind.STORAGE_ELECTRIC)] = 1.0
    return Energies(quantity, by_month, efficiency, valley, _heat_pumps(setting, devices, loads, design_load_kw, nominal_kw,
                                                                        design_flow_c, quantity, by_month, efficiency, valley))


def _heat_pumps(setting: Setting, devices: DeviceIndex, loads: np.ndarray, design_load_kw: np.ndarray, nominal_kw: np.ndarray,
                design_flow_c: np.ndarray, *into: np.ndarray) -> HeatPumpRows:
    """The heat-pump rows' bins; their quantity, by month, efficiency and valley share go ``into``."""
    idx = devices.rows(devices.table.kind == DeviceKind.HEAT_PUMP)
    pumps = setting.pumps
    slot = pumps.slot[devices.index[idx]]
    if not len(idx):
        empty = np.zeros((0, len(setting.temps)))
        return HeatPumpRows(idx, slot, empty, empty, empty, np.zeros(0), np.zeros(0))
    sinks = flow_temps(setting, pumps.air_sink_c[slot], design_flow_c[idx], loads[idx], design_load_kw[idx])
    rated = pumps.cops.cop(slot, sinks)
    scale = nominal_kw[idx] / pumps.nominal_kw[slot]
    *season, cop, electric_kw, backup = heat_pumps(
        setting, loads[idx], rated[:, :-1], pumps.capacity_kw[slot] * scale[:, None], pumps.field_factor[slot])
    for target, figure in zip(into, season):
        target[idx] = figure
    return HeatPumpRows(idx, slot, cop, electric_kw, backup, scale, rated[:, -1])


def _calibrate(setting: Setting, prices: Prices, households: list[HouseholdInput], ua: np.ndarray, balance: np.ndarray,
               set_c: np.ndarray, gains: np.ndarray, scale: np.ndarray, flows: np.ndarray) -> np.ndarray:
    """Heat delivered last winter per household (NaN where no figure was given), with today's
    system modelled at its catalogue size on the house as described (``scale``: 1, or to the
    demand typed in)."""
    asked = [i for i, h in enumerate(households) if h.case.current.last_winter is not None]
    out = np.full(len(households), np.nan)
    if not asked:
        return out
    idx = np.array(asked)
    devices = DeviceIndex.of(setting.devices, (households[i].current for i in asked))
    loads = loads_kw(setting, ua[idx] * scale[idx] / 1000.0, balance[idx])
    heat = loads @ setting.month_hours.T
    catalogue = devices.column(setting.devices.capacity_kw)
    shape = energies(setting, devices, loads, heat, design_load(setting, ua[idx], set_c[idx], gains[idx], scale[idx]),
                     catalogue, flows[idx])
    out[idx] = calibrated_heat_kwh(setting, prices, [households[i] for i in asked], devices, shape, heat)
    return out


def physics(setting: Setting, prices: Prices, households: list[HouseholdInput], rows: list[Row]) -> Physics:
    """Demand, sizes, fuel use and running cost of every row."""
    layout = Layout.of(rows)
    hh, cur = layout.household, np.array(layout.first[:-1])  # cur: each household's row of today's system
    ua, balance, set_c, gains = loss_columns([r.loss for r in rows])
    model_h = (ua[cur] / 1000.0) * (np.maximum(balance[cur, None] - setting.temps, 0.0) @ setting.hours)
    flows = design_flows(setting, households, hh)
    cases = [h.case for h in households]
    override = np.array([c.house.demand_override_kwh if c.house.demand_override_kwh is not None else np.nan for c in cases])
    typed = np.where(np.isnan(override) | (model_h <= 0), 1.0, override / np.where(model_h > 0, model_h, 1.0))
    calibrated_h = _calibrate(setting, prices, households, ua[cur], balance[cur], set_c[cur], gains[cur], typed, flows[cur])
    model = model_h[hh] * (ua / ua[cur][hh])  # envelope measures scale the house's demand by their UA (others: × 1)
    calibrated = calibrated_h[hh] * (model / model_h[hh])
    typed_in = ~np.isnan(override)
    from_bill = ~typed_in & ~np.isnan(calibrated_h) & np.array([c.current.use_calibration for c in cases])
    source = tuple("override" if o else "calibrated" if b else "model" for o, b in zip(typed_in.tolist(), from_bill.tolist()))
    used = np.where(typed_in[hh], override[hh], np.where(from_bill[hh], calibrated, model))
    scale = np.where(model > 0, used / np.where(model > 0, model, 1.0), 1.0)
    loads = loads_kw(setting, ua * scale / 1000.0, balance)
    heat_by_month = loads @ setting.month_hours.T
    dl = design_load(setting, ua, set_c, gains, scale)
    demand = Demand(model, calibrated, used, scale, loads, heat_by_month, dl, ua, source)
    devices = DeviceIndex.of(setting.devices, (r.device for r in rows))
    nominal, recommended = np.full(len(rows), np.nan), np.full(len(rows), np.nan)
    margin = setting.data.common.heat_pumps.sizing_margin.value
    idx = devices.rows(setting.devices.kind == DeviceKind.HEAT_PUMP)
    given = np.array([np.nan if rows[i].choice.capacity_kw is None else rows[i].choice.capacity_kw for i in idx.tolist()])
    recommended[idx] = recommended_kw(setting, setting.pumps.slot[devices.index[idx]], dl[idx] * margin)
    nominal[idx] = np.where(np.isnan(given), recommended[idx], given)
    used_energy = energies(setting, devices, loads, heat_by_month, dl, nominal, flows)
    areas = np.array([c.house.heated_area_m2 for c in cases])[hh]
    running = running_costs(setting, prices, devices, (0, 1, 2), used_energy.by_month,
                            used_energy.valley_share, areas)
    return Physics(layout, devices, demand, nominal, recommended, used_energy, running)

