"""Calibrate the house to what the resident says last winter used.

"2 tonnes of coal", "1,800 m³ of gas", "400 yuan of LPG": the heat that delivered is the
fuel's energy times the current system's efficiency (its seasonal COP for a heat pump).
Money is turned back into fuel with the same tariff and price code that prices options,
so a bill and a cost estimate can never disagree.
"""

from __future__ import annotations

from dataclasses import replace

from .case import UsageUnit
from .context import Context
from .options import OptionEnergy, evaluate
from .packs.catalog_schema import Device
from .problems import FieldProblem, InputError
from .running import running_cost

TYPICAL = 1
_MASS_FUELS = frozenset({"coal", "anthracite", "briquette", "straw", "firewood", "pellets"})
UNITS_BY_FUEL: dict[str, frozenset[UsageUnit]] = {
    **{fuel: frozenset({UsageUnit.tonne, UsageUnit.kg, UsageUnit.yuan}) for fuel in _MASS_FUELS},
    "natural_gas": frozenset({UsageUnit.m3, UsageUnit.yuan}),
    "lpg": frozenset({UsageUnit.kg, UsageUnit.cylinder, UsageUnit.yuan}),
    "electricity": frozenset({UsageUnit.kwh, UsageUnit.yuan}),
    "district_heat": frozenset(),  # billed per m², so a bill says nothing about use
}


def calibrated_heat_kwh(ctx: Context, device: Device) -> float | None:
    """Heat delivered last winter, or None if the resident gave no usable figure."""
    usage = ctx.case.current.last_winter
    if usage is None:
        return None
    if usage.unit not in UNITS_BY_FUEL[device.fuel]:
        allowed = ", ".join(sorted(u.value for u in UNITS_BY_FUEL[device.fuel])) or "-"
        raise InputError([FieldProblem("current.last_winter.unit", "unit_mismatch", f"{device.fuel} takes {allowed}", allowed)])
    shape = evaluate(ctx, device, None)[TYPICAL]  # the modelled season: its fuel and monthly shape
    if shape.quantity <= 0:
        return None
    heat_per_unit = sum(ctx.demand.by_month_kwh.values()) / shape.quantity  # LHV × efficiency, or seasonal COP
    return _fuel_quantity(ctx, shape, usage.quantity, usage.unit) * heat_per_unit


def _fuel_quantity(ctx: Context, shape: OptionEnergy, amount: float, unit: UsageUnit) -> float:
    """The resident's figure in the fuel's own unit (t, m³, kg or kWh)."""
    if unit is UsageUnit.yuan:
        return _quantity_costing(ctx, shape, amount)
    if unit is UsageUnit.kg and shape.unit == "t":
        return amount / 1000.0
    if unit is UsageUnit.cylinder:
        return amount * ctx.data.common.lpg_cylinder_kg.value
    return amount


def _quantity_costing(ctx: Context, shape: OptionEnergy, yuan: float) -> float:
    """Fuel quantity (with this season's monthly shape) whose running cost is ``yuan``."""
    def cost(quantity: float) -> float:
        factor = quantity / shape.quantity if shape.quantity else 0.0
        scaled = replace(shape, quantity=quantity, by_month={m: q * factor for m, q in shape.by_month.items()})
        return running_cost(ctx, scaled, TYPICAL).yuan

    low, high = 0.0, max(shape.quantity, 1.0)
    while cost(high) < yuan and high < 1e9:
        high *= 2.0
    for _ in range(60):
        mid = (low + high) / 2.0
        if cost(mid) < yuan:
            low = mid
        else:
            high = mid
    return (low + high) / 2.0
