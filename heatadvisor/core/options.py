"""What one heating option uses in a season to deliver the household's heat.

Three scenarios give every figure its range: index 0 is the favourable end (high
efficiency), 1 typical, 2 the unfavourable end (low efficiency).
"""

from __future__ import annotations

from dataclasses import dataclass

from .case import Emitter
from .arith import dot, dot3
from .context import Context
from .demand import loads_kw
from .heatpump import BinPerformance, DefrostCurve, HeatPumpModel, bin_performance, fit
from .packs.catalog_schema import Device, HeatPumpDefaults

SCENARIOS = (0, 1, 2)


@dataclass(frozen=True, slots=True)
class OptionEnergy:
    fuel: str
    unit: str
    quantity: float  # fuel units per season
    by_month: dict[int, float]  # fuel units per month
    efficiency: float  # seasonal: heat out per unit of fuel energy in (COP for heat pumps)
    valley_share: float  # share of the electricity used in the tariff's valley hours
    bins: BinPerformance | None  # heat pumps only
    model: HeatPumpModel | None


def _efficiency(device: Device, scenario: int) -> float:
    e = device.efficiency
    assert e is not None
    return (e.high, e.typ, e.low)[scenario]


def water_emitter(ctx: Context) -> str:
    """Emitters a water-based device heats: the house's, or new floor heating if it has none."""
    emitter = ctx.case.house.emitter
    return "floor" if emitter is Emitter.none else emitter.value


_FITTED: dict[tuple[int, int, float], tuple[Device, HeatPumpDefaults, HeatPumpModel]] = {}


def _fitted(device: Device, defaults: HeatPumpDefaults, nominal_kw: float) -> HeatPumpModel:
    """Fitting is pure but not free: keep each (device, defaults, size) once per process.

    Pack models hold lists, so they are not hashable; the key is their identity and the
    cached entry keeps them alive so an identity is never reused for another object.
    """
    key = (id(device), id(defaults), nominal_kw)
    hit = _FITTED.get(key)
    if hit is not None and hit[0] is device and hit[1] is defaults:
        return hit[2]
    assert device.heat_pump is not None and device.capacity_kw is not None
    curve = DefrostCurve(tuple(t for t, _ in defaults.defrost_loss), tuple(l for _, l in defaults.defrost_loss))
    model = fit(device.heat_pump, device.capacity_kw, curve).scaled(nominal_kw)
    if len(_FITTED) > 512:
        _FITTED.clear()
    _FITTED[key] = (device, defaults, model)
    return model


def heat_pump_model(ctx: Context, device: Device, nominal_kw: float) -> HeatPumpModel:
    return _fitted(device, ctx.data.common.heat_pumps, nominal_kw)


def sink_temps(ctx: Context, device: Device, loads: tuple[float, ...], design_load: float) -> tuple[float, ...]:
    """Flow temperature per bin: weather-compensated for water, room air for air-to-air."""
    hp = device.heat_pump
    assert hp is not None
    if hp.sink == "air":
        sink = hp.rating_points[0].t_sink_c
        return tuple(sink for _ in loads)
    defaults = ctx.data.common.heat_pumps
    design = defaults.design_flow_c[water_emitter(ctx)].value
    low = min(defaults.min_flow_c.value, design)
    if design_load <= 0:
        return tuple(low for _ in loads)
    return tuple(low + (design - low) * min(load / design_load, 1.0) for load in loads)


def evaluate(ctx: Context, device: Device, nominal_kw: float | None) -> tuple[OptionEnergy, ...]:
    """Season fuel use of ``device`` delivering the context's heat demand, per scenario."""
    if device.kind == "heat_pump":
        return _heat_pump(ctx, device, nominal_kw or device.capacity_kw or 1.0)
    fuel = ctx.data.common.fuels[device.fuel]
    if device.kind == "storage_electric":
        valley = 1.0
    elif device.fuel == "electricity":
        valley = demand_valley_share(ctx)
    else:
        valley = 0.0
    out = []
    for scenario in SCENARIOS:
        eff = _efficiency(device, scenario)
        per_unit = fuel.lhv_kwh_per_unit.value * eff
        by_month = {m: heat / per_unit for m, heat in ctx.demand.by_month_kwh.items()}
        out.append(OptionEnergy(device.fuel, fuel.unit, sum(by_month.values()), by_month, eff, valley, None, None))
    return tuple(out)


def demand_valley_share(ctx: Context) -> float:
    """Share of the season's heat needed in valley hours (colder hours weigh more)."""
    loads = ctx_loads(ctx)
    total = dot(loads, ctx.bins.hours)
    if total <= 0:
        return 0.0
    return dot3(loads, ctx.bins.hours, ctx.valley_share) / total


def ctx_loads(ctx: Context) -> tuple[float, ...]:
    return loads_kw(ctx.loss, ctx.bins.temps, ctx.scale)


def _heat_pump(ctx: Context, device: Device, nominal_kw: float) -> tuple[OptionEnergy, ...]:
    hp = device.heat_pump
    assert hp is not None
    if device.fuel != "electricity":  # gas-driven heat pumps are modelled as combustion with efficiency > 1
        raise ValueError(f"heat pump {device.id} must run on electricity")
    model = heat_pump_model(ctx, device, nominal_kw)
    loads = ctx_loads(ctx)
    sinks = sink_temps(ctx, device, loads, ctx.demand.design_load_kw)
    factors = (hp.field_factor.high, hp.field_factor.typ, hp.field_factor.low)
    hours = ctx.bins.hours
    heat = dot(loads, hours)
    out = []
    for perf in bin_performance(model, ctx.bins.temps, loads, sinks, factors):
        use = perf.electric_kw
        total = dot(use, hours)
        by_month = {m: dot(use, mh) for m, mh in ctx.bins.by_month}
        valley = dot3(use, hours, ctx.valley_share) / total if total > 0 else 0.0
        scop = heat / total if total > 0 else 0.0
        out.append(OptionEnergy("electricity", "kwh", total, by_month, scop, valley, perf, model))
    return tuple(out)
