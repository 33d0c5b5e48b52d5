"""What heating costs on a household's electricity or gas bill.

Attribution: under tiers, heating's cost is the extra it adds to the bill,
``cost(base + heating) − cost(base)``. Base (non-heating) use is spread evenly over the 12
months; heating follows the caller's monthly figures. Tier counters restart every month,
every two months (Jan–Feb, Mar–Apr, …) or once a year as the tariff says; a year is one
representative calendar year (this season's Jan–Mar plus the next season's Nov–Dec). The
extra is booked to the month in which it arises, so heating that uses up tier 1 in winter
can make later base use dearer and shows up in those months.

Time of use: ``valley_share`` splits each month's heating use into valley and peak. Base
use is not split: with a tier-price adjustment the base's adjustment is the same with and
without heating and cancels, and a fixed valley price only ever covers heating kWh here.

Subsidies (the pack's and ``extra_subsidy_per_kwh``) are paid per unit up to their caps,
spread over the months in proportion to the subsidised use, and never exceed a month's
cost: the result is never negative.

Plain floats in, a frozen dataclass out; no pydantic work per call (see ``TariffPlan``).
"""

from __future__ import annotations

import datetime
import math
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from heatadvisor.core.tariff_models import ElectricityTariff, GasTariff
from heatadvisor.core.tariff_plan import Accumulation, DatedPlan, TariffPlan


@dataclass(frozen=True, slots=True)
class EnergyCost:
    total_yuan: float  # heating part of the bill, after per-unit subsidies
    quantity: float  # kWh or m³ used for heating
    by_month: dict[int, float]  # yuan per month (1–12)
    valley_quantity: float  # heating kWh in the valley (0 for gas)
    subsidy_yuan: float  # per-unit subsidies deducted above
    average_price: float  # total_yuan / quantity (0 if quantity is 0)
    notes: tuple[str, ...]  # machine codes, worded by the presentation layer


def heat_price(price_per_kwh: float, cop: float) -> float:
    """Yuan per kWh of heat delivered, so heaters with different COPs compare directly."""
    if not cop > 0:
        raise ValueError("cop must be positive")
    return price_per_kwh / cop


def electricity_heating_cost(
    tariff: ElectricityTariff,
    heating_kwh_by_month: Mapping[int, float],
    valley_share: float,
    base_kwh_per_year: float,
    use_tou: bool,
    on: datetime.date,
    extra_subsidy_per_kwh: float = 0.0,
    extra_subsidy_cap_kwh: float | None = None,
) -> EnergyCost:
    """Heating's share of the electricity bill on date ``on`` (dated terms checked on it).

    ``use_tou`` is the household's choice of the TOU option; ``valley_share`` (0–1) is the
    part of heating kWh drawn in valley hours. ``extra_subsidy_per_kwh`` is paid on every
    heating kWh up to ``extra_subsidy_cap_kwh`` (e.g. from a subsidy engine).
    """
    if not 0.0 <= valley_share <= 1.0:
        raise ValueError("valley_share must be between 0 and 1")
    return _heating_cost(tariff.plan, heating_kwh_by_month, valley_share, base_kwh_per_year,
                         use_tou, on, extra_subsidy_per_kwh, extra_subsidy_cap_kwh)


def gas_heating_cost(
    tariff: GasTariff,
    heating_m3_by_month: Mapping[int, float],
    base_m3_per_year: float,
    on: datetime.date,
    extra_subsidy_per_m3: float = 0.0,
    extra_subsidy_cap_m3: float | None = None,
) -> EnergyCost:
    """Heating's share of the gas bill on date ``on``; same attribution as electricity."""
    return _heating_cost(tariff.plan, heating_m3_by_month, 0.0, base_m3_per_year,
                         False, on, extra_subsidy_per_m3, extra_subsidy_cap_m3)


def _in_force(term: DatedPlan, on: datetime.date, notes: list[str]) -> bool:
    """True if ``term`` holds on ``on``; otherwise note why it was left out."""
    if term.valid_to is not None and on > term.valid_to:
        notes.append("expired_rule_ignored")
        return False
    if term.valid_from is not None and on < term.valid_from:
        notes.append("future_rule_ignored")
        return False
    return True


def _tier_notes(acc: Accumulation, highest_use: float, notes: list[str]) -> None:
    bounds = acc.table.bounds
    if bounds and highest_use > bounds[0]:
        notes.append("tier2_reached")
    if len(bounds) > 1 and highest_use > bounds[1]:
        notes.append("tier3_reached")


def _walk(acc: Accumulation, base: list[float], heat: list[float], out: list[float]) -> float:
    """Add the tier extra caused by ``heat`` to ``out`` month by month; return the highest
    use counted in any period (for the tier notes). The step lookup is inlined: this loop
    is most of the cost of a call."""
    table = acc.table
    bounds, lowers, prices, below = table.bounds, table.lowers, table.prices, table.costs_below
    with_heat = base_only = booked = highest = 0.0
    for month, restart in zip(acc.order, acc.restarts):
        if restart:
            with_heat = base_only = booked = 0.0
        added_base, added_heat = base[month], heat[month]
        if not (added_base or added_heat):
            continue
        with_heat += added_base + added_heat
        base_only += added_base
        if with_heat != base_only:
            k = bisect_right(bounds, with_heat)
            j = bisect_right(bounds, base_only)
            extra = (below[k] + (with_heat - lowers[k]) * prices[k]
                     - below[j] - (base_only - lowers[j]) * prices[j])
            out[month] += extra - booked
            booked = extra
        if with_heat > highest:
            highest = with_heat
    return highest


def _heating_cost(
    plan: TariffPlan,
    heating_by_month: Mapping[int, float],
    valley_share: float,
    base_per_year: float,
    use_tou: bool,
    on: datetime.date,
    extra_per_unit: float,
    extra_cap: float | None,
) -> EnergyCost:
    if not (math.isfinite(base_per_year) and base_per_year >= 0):
        raise ValueError("base use must be a finite number ≥ 0")
    if not (math.isfinite(extra_per_unit) and extra_per_unit >= 0) or (
        extra_cap is not None and not extra_cap >= 0
    ):
        raise ValueError("extra subsidy and its cap must be ≥ 0")
    heat = [0.0] * 12
    for month, quantity in heating_by_month.items():
        if not (1 <= month <= 12 and math.isfinite(quantity) and quantity >= 0):
            raise ValueError(f"heating use for month {month!r} must be finite and ≥ 0")
        heat[month - 1] = float(quantity)

    notes: list[str] = []
    household = meter = tou = None
    for rule in plan.seasonal:
        if _in_force(rule, on, notes):
            if rule.heating_meter:
                meter = rule
            else:
                household = rule
    if use_tou:
        if plan.tou is not None and _in_force(plan.tou, on, notes):
            tou = plan.tou
        else:
            notes.append("tou_unavailable")

    cost = [0.0] * 12  # yuan per month before subsidies
    meter_use = [q * f for q, f in zip(heat, meter.window)] if meter is not None else None
    tiered = [q - m for q, m in zip(heat, meter_use)] if meter_use is not None else list(heat)
    valley = None
    if tou is not None:
        valley = [q * valley_share for q in tiered]
        for i, in_valley in enumerate(valley):
            if not tiered[i]:
                continue
            peak, inside = tiered[i] - in_valley, tou.window[i]
            if tou.fixed:  # fixed prices inside the window take those kWh off the tiers
                cost[i] += in_valley * inside * tou.valley
                tiered[i] -= in_valley * inside
                if tou.peak is not None:
                    cost[i] += peak * inside * tou.peak
                    tiered[i] -= peak * inside
            else:  # adjustments add to whatever tier price the kWh pays
                valley_adjustment = tou.valley + inside * (tou.heating_valley - tou.valley)
                cost[i] += in_valley * valley_adjustment + peak * tou.peak

    base_month = base_per_year / 12.0
    if household is None:
        _tier_notes(plan.ordinary, _walk(plan.ordinary, [base_month] * 12, tiered, cost), notes)
    else:
        inside = household.window
        outside = household.outside or plan.ordinary
        in_use = _walk(household.inside, [base_month * f for f in inside],
                       [q * f for q, f in zip(tiered, inside)], cost)
        out_use = _walk(outside, [base_month * (1 - f) for f in inside],
                        [q * (1 - f) for q, f in zip(tiered, inside)], cost)
        _tier_notes(household.inside, in_use, notes)
        _tier_notes(outside, out_use, notes)
        notes.append("heating_tiers")
    if meter is not None:
        _tier_notes(meter.inside, _walk(meter.inside, [0.0] * 12, meter_use, cost), notes)
        notes.append("heating_meter_tariff")
    if tou is not None:
        notes.append("tou_used")

    subsidy = [0.0] * 12
    schemes = [(s.per_unit, s.cap, valley if s.valley_only else heat, s.window)
               for s in plan.subsidies if _in_force(s, on, notes)]
    if extra_per_unit:
        schemes.append((extra_per_unit, math.inf if extra_cap is None else extra_cap, heat, None))
    for per_unit, cap, use, window in schemes:
        if use is None:  # valley subsidy without the TOU option
            continue
        paid_on = use if window is None else [q * f for q, f in zip(use, window)]
        total = sum(paid_on)
        scale = 1.0
        if total > cap:
            scale = cap / total
            notes.append("subsidy_cap_reached")
        for i, q in enumerate(paid_on):
            subsidy[i] += per_unit * q * scale
    if schemes:
        for i in range(12):
            if subsidy[i] > cost[i]:
                subsidy[i] = max(cost[i], 0.0)
                notes.append("subsidy_limited_to_cost")

    by_month = {  # months with heating, or with a tier extra above rounding noise
        i + 1: cost[i] - subsidy[i] for i in range(12) if heat[i] or abs(cost[i]) > 1e-9
    }
    total_yuan = sum(by_month.values())
    quantity = sum(heat)
    return EnergyCost(
        total_yuan=total_yuan,
        quantity=quantity,
        by_month=by_month,
        valley_quantity=sum(valley) if valley is not None else 0.0,
        subsidy_yuan=sum(subsidy),
        average_price=total_yuan / quantity if quantity else 0.0,
        notes=tuple(dict.fromkeys(notes)),
    )

