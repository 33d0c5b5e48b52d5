"""CO₂ and local air pollution of an option's season fuel use."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .options import OptionEnergy

COAL_FUELS = frozenset({"coal", "anthracite", "briquette"})


@dataclass(frozen=True, slots=True)
class Emissions:
    co2_kg: float
    pm_kg: float | None  # None where no factor is known (not zero)
    so2_kg: float | None
    coal_t: float


def emissions(ctx: Context, energy: OptionEnergy) -> Emissions:
    fuel = ctx.data.common.fuels[energy.fuel]  # type: ignore[index]
    if energy.fuel == "electricity":
        co2 = energy.quantity * ctx.region.grid_co2_kg_per_kwh.value
    else:
        co2 = energy.quantity * (fuel.co2_kg_per_unit.value if fuel.co2_kg_per_unit else 0.0)
    mass_kg = energy.quantity * 1000.0 if fuel.unit == "t" else None
    pm = mass_kg * fuel.pm_g_per_kg.value / 1000.0 if mass_kg is not None and fuel.pm_g_per_kg else None
    so2 = mass_kg * fuel.so2_g_per_kg.value / 1000.0 if mass_kg is not None and fuel.so2_g_per_kg else None
    if mass_kg is None:  # gas, LPG, electricity and district heat emit no household smoke
        pm = so2 = 0.0
    coal = energy.quantity if energy.fuel in COAL_FUELS else 0.0
    return Emissions(co2, pm, so2, coal)
