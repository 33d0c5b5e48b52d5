"""Is the unit big enough, and can the house's electricity supply carry it?

先立后破: the new system must work before the old one goes, so the peak electric draw on
the design day is checked against the meter's capacity.
"""

from __future__ import annotations

import math

from .context import Context
from .heatpump import HeatPumpModel
from .packs.catalog_schema import Device
from .results import Sizing, Supply


def recommended_kw(ctx: Context, model: HeatPumpModel) -> float:
    """Nominal size whose output at the design temperature covers the design load with margin."""
    defaults = ctx.data.common.heat_pumps
    design_t = ctx.place.design_temp_c
    at_design = model.capacity_kw(design_t) / model.nominal_kw
    if at_design <= 0:  # colder than the unit works: size on its lowest operating temperature
        at_design = model.capacity_kw(model.min_operating_c) / model.nominal_kw
    need = ctx.demand.design_load_kw * defaults.sizing_margin.value
    return math.ceil(need / at_design * 2) / 2 if need > 0 else 0.5


def sizing(ctx: Context, model: HeatPumpModel) -> Sizing:
    defaults = ctx.data.common.heat_pumps
    kw_per_pi = ctx.data.common.kw_per_pi.value
    design_load = ctx.demand.design_load_kw
    at_design = model.capacity_kw(ctx.place.design_temp_c)
    rec = recommended_kw(ctx, model)
    if at_design < design_load:
        status = "undersized"
    elif model.nominal_kw > rec * defaults.oversize_ratio.value:
        status = "oversized"
    else:
        status = "ok"
    return Sizing(
        design_load_kw=design_load, capacity_at_design_kw=at_design, nominal_kw=model.nominal_kw,
        nominal_pi=model.nominal_kw / kw_per_pi, recommended_kw=rec, recommended_pi=rec / kw_per_pi, status=status,
    )


def peak_electric_kw(ctx: Context, device: Device, model: HeatPumpModel | None, cop_at_design: float | None) -> float:
    """Electric draw on the design day: compressor + backup, heater power, or storage charging."""
    load = ctx.demand.design_load_kw
    if device.kind == "heat_pump" and model is not None and cop_at_design:
        covered = min(load, model.capacity_kw(ctx.place.design_temp_c))
        return covered / cop_at_design + (load - covered)
    if device.kind == "storage_electric":
        hours = len(ctx.valley_hours) or 8
        return load * 24.0 / hours
    if device.kind == "direct_electric":
        return load
    return 0.0


def supply_check(ctx: Context, peak_kw: float) -> Supply | None:
    if peak_kw <= 0:
        return None
    given = ctx.case.house.supply_kw
    supply = given if given is not None else ctx.region.default_supply_kw.value
    base = ctx.region.household_base_kw.value
    total = peak_kw + base
    status = "exceeded" if total > supply else "tight" if total > 0.8 * supply else "ok"
    return Supply(peak_kw=total, supply_kw=supply, supply_is_default=given is None, status=status)
