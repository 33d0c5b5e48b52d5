"""A tariff as plain numbers for the hot path (built once per tariff object).

``tariffs.py`` walks these tuples on every recalculation; building them from the pydantic
models here keeps validation out of that loop.
"""

from __future__ import annotations

import datetime
import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from heatadvisor.core.tariff_models import BillingPeriod, KwhSubsidy, SeasonalTariff, TierSchedule, TierStep, TimeOfUse

@dataclass(frozen=True, slots=True)
class StepTable:
    bounds: tuple[float, ...]  # upper bounds of every step but the open last one
    lowers: tuple[float, ...]  # lower bound of each step
    prices: tuple[float, ...]
    costs_below: tuple[float, ...]  # cost of the use below each step's lower bound


@dataclass(frozen=True, slots=True)
class Accumulation:
    """A step table and how its counter walks the months (indexes 0–11)."""

    table: StepTable
    order: tuple[int, ...]
    restarts: tuple[bool, ...]  # per position in ``order``: the counter restarts here


@dataclass(frozen=True, slots=True)
class DatedPlan:
    valid_from: datetime.date | None
    valid_to: datetime.date | None


@dataclass(frozen=True, slots=True)
class TouPlan(DatedPlan):
    fixed: bool
    window: tuple[float, ...]  # month fractions inside the heating window
    peak: float | None  # adjustment (tier_adjustment) or price (fixed_valley; None → tiers)
    valley: float  # adjustment outside the window (tier_adjustment) or fixed valley price
    heating_valley: float  # adjustment inside the window (tier_adjustment only)


@dataclass(frozen=True, slots=True)
class SeasonalPlan(DatedPlan):
    heating_meter: bool
    window: tuple[float, ...]
    inside: Accumulation
    outside: Accumulation | None


@dataclass(frozen=True, slots=True)
class SubsidyPlan(DatedPlan):
    per_unit: float
    cap: float
    valley_only: bool
    window: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class TariffPlan:
    ordinary: Accumulation
    seasonal: tuple[SeasonalPlan, ...]
    tou: TouPlan | None
    subsidies: tuple[SubsidyPlan, ...]


def _table(steps: tuple[TierStep, ...]) -> StepTable:
    bounds = tuple(s.up_to.value for s in steps[:-1])
    prices = tuple(s.price.value for s in steps)
    lowers = (0.0,) + bounds
    costs = [0.0]
    for lower, upper, price in zip(lowers, bounds, prices):
        costs.append(costs[-1] + (upper - lower) * price)
    return StepTable(bounds, lowers, prices, tuple(costs))


_RESTARTS = {
    "year": tuple(m == 0 for m in range(12)),
    "month": (True,) * 12,
    "two_months": tuple(m % 2 == 0 for m in range(12)),
}


def _calendar(steps: tuple[TierStep, ...], period: BillingPeriod) -> Accumulation:
    return Accumulation(_table(steps), tuple(range(12)), _RESTARTS[period])


def _from_month(steps: tuple[TierStep, ...], first: int) -> Accumulation:
    """Counted once a year from month index ``first`` (a window's own counter)."""
    return Accumulation(_table(steps), tuple((first + m) % 12 for m in range(12)), _RESTARTS["year"])


def _tou_plan(tou: TimeOfUse) -> TouPlan:
    pricing, window = tou.pricing, tou.heating_window.month_fractions()
    if pricing.kind == "tier_adjustment":
        return TouPlan(tou.valid_from, tou.valid_to, False, window, pricing.peak.value,
                       pricing.valley.value, pricing.heating_valley.value)
    peak = pricing.peak.value if pricing.peak else None
    return TouPlan(tou.valid_from, tou.valid_to, True, window, peak, pricing.valley.value, math.nan)


def plan_of(
    tiers: TierSchedule,
    seasonal: tuple[SeasonalTariff, ...],
    tou: TimeOfUse | None,
    subsidies: tuple[KwhSubsidy, ...],
) -> TariffPlan:
    seasonal_plans = []
    for rule in seasonal:
        start = int(rule.window.start[:2]) - 1
        end = int(rule.window.end[:2]) - 1  # outside use is counted from the window's last month
        outside = _from_month(rule.outside_window, end) if rule.outside_window else None
        seasonal_plans.append(SeasonalPlan(
            rule.valid_from, rule.valid_to, rule.meter == "heating_meter",
            rule.window.month_fractions(), _from_month(rule.in_window, start), outside,
        ))
    subsidy_plans = tuple(
        SubsidyPlan(s.valid_from, s.valid_to, s.per_unit.value,
                    s.cap.value if s.cap is not None else math.inf,
                    s.on == "valley_heating", s.window.month_fractions())
        for s in subsidies
    )
    return TariffPlan(
        _calendar(tiers.steps, tiers.period), tuple(seasonal_plans),
        _tou_plan(tou) if tou is not None else None, subsidy_plans,
    )


_PLANS: dict[int, TariffPlan] = {}


def cached_plan(tariff: object, build: Callable[[], TariffPlan]) -> TariffPlan:
    """One plan per tariff object, dropped when the object dies. Keyed by identity, not
    kept on the instance, so ``model_copy(update=...)`` never inherits a stale plan."""
    plan = _PLANS.get(id(tariff))
    if plan is None:
        plan = _PLANS[id(tariff)] = build()
        weakref.finalize(tariff, _PLANS.pop, id(tariff), None)
    return plan
