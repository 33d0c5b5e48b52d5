"""What each option uses in a season to deliver its household's heat — many rows at once.

A row is one household with one heating option. Three scenarios give every figure its
range: index 0 is the favourable end (high efficiency), 1 typical, 2 the unfavourable end.
Heat pumps are evaluated by 1 K outdoor-temperature bin (EN 14825-style): COP from the fitted
model at each bin's flow temperature, capacity falling with the cold, a direct electric
backup (COP 1) for what the compressor cannot cover.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .heatpump import DefrostCurve, HeatPumpModel, fit
from .packs.catalog_schema import Device, HeatPumpDefaults
from .setting import Setting

SCENARIOS = (0, 1, 2)
TYPICAL = 1


def loads_kw(setting: Setting, k_kw_per_k: np.ndarray, balance_c: np.ndarray) -> np.ndarray:
    """Mean heating load (kW) of each row in each bin: k · (balance − T) below the balance point."""
    return k_kw_per_k[:, None] * np.maximum(balance_c[:, None] - setting.temps, 0.0)


@dataclass(frozen=True, slots=True, eq=False)
class HeatPumpRows:
    """Bin detail of heat-pump rows (typical scenario), for the bin table and the charts."""

    rows: np.ndarray  # (H,) row indexes
    model: HeatPumpModel  # the device's fitted model at its catalogue size
    cop: np.ndarray  # (H, M) typical COP (field factor applied)
    electric_kw: np.ndarray  # (H, M) compressor + backup
    backup_kw: np.ndarray  # (H, M)
    capacity_scale: np.ndarray  # (H,) the row's size over the model's
    cop_design: np.ndarray  # (H,) rated COP on the design day at the design flow temperature


@dataclass(frozen=True, slots=True, eq=False)
class Energies:
    quantity: np.ndarray  # (R, 3) fuel units per season
    by_month: np.ndarray  # (R, 3, S) fuel units per season month
    efficiency: np.ndarray  # (R, 3) seasonal heat out per fuel energy in (COP for heat pumps)
    valley_share: np.ndarray  # (R, 3) share of the electricity in the tariff's valley hours
    heat_pumps: tuple[HeatPumpRows, ...]


_FITTED: dict[tuple[int, int], tuple[Device, HeatPumpDefaults, HeatPumpModel]] = {}


def fitted_model(device: Device, defaults: HeatPumpDefaults) -> HeatPumpModel:
    """The device's model at its catalogue size, fitted once per process.

    Pack models hold lists, so they are not hashable; the key is their identity and the
    cached entry keeps them alive so an identity is never reused for another object.
    """
    hit = _FITTED.get((id(device), id(defaults)))
    if hit is not None and hit[0] is device and hit[1] is defaults:
        return hit[2]
    assert device.heat_pump is not None
    curve = DefrostCurve(tuple(t for t, _ in defaults.defrost_loss), tuple(l for _, l in defaults.defrost_loss))
    model = fit(device.heat_pump, device.capacity_kw or 1.0, curve)
    if len(_FITTED) > 512:
        _FITTED.clear()
    _FITTED[(id(device), id(defaults))] = (device, defaults, model)
    return model


_CAPACITY: dict[tuple[int, int], tuple[HeatPumpModel, Setting, np.ndarray]] = {}


def capacity_by_bin(model: HeatPumpModel, setting: Setting) -> np.ndarray:
    """Full-speed output of the model at its catalogue size in each of the setting's bins (cached)."""
    hit = _CAPACITY.get((id(model), id(setting)))
    if hit is not None and hit[0] is model and hit[1] is setting:
        return hit[2]
    capacity = np.array([model.capacity_kw(t) for t in setting.bins.temps])
    if len(_CAPACITY) > 1024:
        _CAPACITY.clear()
    _CAPACITY[(id(model), id(setting))] = (model, setting, capacity)
    return capacity


def flow_temps(setting: Setting, device: Device, design_flow_c: np.ndarray, loads: np.ndarray,
               design_load_kw: np.ndarray) -> np.ndarray:
    """Flow temperature per row and bin: weather-compensated for water, room air for air-to-air.

    ``design_flow_c`` (rows,) is each row's emitter design flow; ``loads`` (rows, bins)."""
    hp = device.heat_pump
    assert hp is not None
    if hp.sink == "air":
        return np.full(loads.shape, hp.rating_points[0].t_sink_c)
    low = np.minimum(setting.data.common.heat_pumps.min_flow_c.value, design_flow_c)[:, None]
    positive = design_load_kw > 0
    ratio = np.minimum(loads / np.where(positive, design_load_kw, 1.0)[:, None], 1.0)
    return np.where(positive[:, None], low + (design_flow_c[:, None] - low) * ratio, low)


def fixed_efficiency(lhv: np.ndarray, efficiency: np.ndarray, heat_by_month: np.ndarray) -> np.ndarray:
    """Fuel by month (rows, 3, S) for heaters of fixed efficiency (rows, 3)."""
    return heat_by_month[:, None, :] / (lhv[:, None] * efficiency)[:, :, None]


_AIR_COPS: dict[tuple[int, int], tuple[HeatPumpModel, Setting, np.ndarray]] = {}


def rated_cops(setting: Setting, device: Device, model: HeatPumpModel, design_flow_c: np.ndarray, loads: np.ndarray,
               design_load_kw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rated COP of each row in each bin (rows, bins) and on the design day (rows,).

    The design day is one more bin. Air-to-air units heat room air, whatever the load, so
    their COPs depend on the place only and are kept per setting."""
    temps = setting.temps_with_design
    hp = device.heat_pump
    assert hp is not None
    if hp.sink == "air":
        hit = _AIR_COPS.get((id(model), id(setting)))
        if hit is None or hit[0] is not model or hit[1] is not setting:
            hit = (model, setting, model.cop_grid(temps, np.full((1, len(temps)), hp.rating_points[0].t_sink_c))[0])
            if len(_AIR_COPS) > 1024:
                _AIR_COPS.clear()
            _AIR_COPS[(id(model), id(setting))] = hit
        cops = np.repeat(hit[2][None, :], len(loads), axis=0)
    else:
        sinks = flow_temps(setting, device, design_flow_c, loads, design_load_kw)
        design = flow_temps(setting, device, design_flow_c, design_load_kw[:, None], design_load_kw)
        cops = model.cop_grid(temps, np.concatenate([sinks, design], axis=1))
    return cops[:, :-1], cops[:, -1]


def heat_pumps(setting: Setting, loads: np.ndarray, rated: np.ndarray, capacity: np.ndarray, factors: np.ndarray,
               ) -> tuple[np.ndarray, ...]:
    """Season electricity of heat-pump rows (of any devices): quantity (n, 3), by month
    (n, 3, S), seasonal COP (n, 3), valley share (n, 3), and per bin the typical COP, the
    typical electric draw and the backup (n, M). ``factors`` (n, 3): rated-to-field per scenario."""
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
    return total, by_month, scop, valley, cops[:, TYPICAL], electric[:, TYPICAL], short


def demand_valley_share(setting: Setting, loads: np.ndarray) -> np.ndarray:
    """Share of each row's heat needed in valley hours (colder hours weigh more)."""
    total = loads @ setting.hours
    inside = loads @ (setting.hours * setting.valley_share)
    return np.where(total > 0, inside / np.where(total > 0, total, 1.0), 0.0)
