"""What a season of an option's fuel costs the household, on its tariffs and prices."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .options import OptionEnergy
from .tariffs import electricity_heating_cost, gas_heating_cost

SOLID_PRICE_FIELDS = {
    "coal": "coal_yuan_per_t",
    "anthracite": "coal_yuan_per_t",
    "briquette": "briquette_yuan_per_t",
    "pellets": "pellet_yuan_per_t",
    "straw": "straw_yuan_per_t",
    "firewood": "firewood_yuan_per_t",
    "lpg": "lpg_yuan_per_kg",
}


@dataclass(frozen=True, slots=True)
class Running:
    yuan: float
    by_month: dict[int, float]
    notes: tuple[str, ...]


def uses_tou(ctx: Context) -> bool:
    """The household's choice; by default the advice assumes it takes the TOU option if offered."""
    chosen = ctx.case.prices.use_tou
    return bool(ctx.valley_hours) if chosen is None else chosen


def base_electricity(ctx: Context) -> float:
    given = ctx.case.prices.base_electricity_kwh_per_year
    return given if given is not None else ctx.region.base_electricity_kwh_per_year.value


def unit_price(ctx: Context, fuel: str, scenario: int) -> float:
    """Price per fuel unit for solid fuels and LPG: the case's, or the region's range."""
    name = SOLID_PRICE_FIELDS[fuel]
    given = getattr(ctx.case.prices, name)
    if given is not None:
        return given
    r = getattr(ctx.region.prices, name)
    return (r.low, r.typ, r.high)[scenario]


def running_cost(ctx: Context, energy: OptionEnergy, scenario: int) -> Running:
    prices = ctx.case.prices
    if energy.fuel == "electricity":
        if prices.electricity_yuan_per_kwh is not None:
            return _flat(energy, prices.electricity_yuan_per_kwh)
        cost = electricity_heating_cost(
            ctx.tariff.electricity, energy.by_month, min(max(energy.valley_share, 0.0), 1.0),
            base_electricity(ctx), uses_tou(ctx), ctx.on,
        )
        return Running(cost.total_yuan, cost.by_month, cost.notes)
    if energy.fuel == "natural_gas":
        if prices.gas_yuan_per_m3 is not None:
            return _flat(energy, prices.gas_yuan_per_m3)
        cost = gas_heating_cost(ctx.tariff.gas.default_tariff, energy.by_month, 0.0, ctx.on)
        return Running(cost.total_yuan, cost.by_month, cost.notes)
    if energy.fuel == "district_heat":
        given = prices.district_yuan_per_m2
        r = ctx.region.prices.district_yuan_per_m2
        per_m2 = given if given is not None else (r.low, r.typ, r.high)[scenario]
        total = per_m2 * ctx.case.house.heated_area_m2
        heat = sum(energy.by_month.values()) or 1.0
        return Running(total, {m: total * q / heat for m, q in energy.by_month.items()}, ())
    return _flat(energy, unit_price(ctx, energy.fuel, scenario))


def _flat(energy: OptionEnergy, price: float) -> Running:
    return Running(energy.quantity * price, {m: q * price for m, q in energy.by_month.items()}, ())
