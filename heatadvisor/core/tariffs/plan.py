"""A tariff as plain numbers and read-only numpy arrays for the hot path (built once per
tariff object).

``walk.py`` prices every call from these; building them from the pydantic models
here keeps validation, window arithmetic and table set-up out of each call. Plans hold
arrays, so they compare and hash by identity (``eq=False``), which also lets
``terms_on`` cache by plan.
"""

from __future__ import annotations

import datetime
import math
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from heatadvisor.core.tariffs.models import (
        KwhSubsidy,
        SeasonalTariff,
        TierSchedule,
        TierStep,
        TimeOfUse,
    )

FAR = 1e300
"""Where the open top step's line ends for ``np.interp``: beyond any real use."""


def frozen_array(values: Sequence[float] | np.ndarray, dtype: type = np.float64) -> np.ndarray:
    """A read-only array: plans are shared by every call, so nothing may write into them."""
    array: np.ndarray = np.array(values, dtype=dtype)
    array.flags.writeable = False
    return array


@dataclass(frozen=True, slots=True, eq=False)
class StepTable:
    """Cost of use in one period as a piecewise-linear curve through each step's bounds,
    so ``np.interp(use, xs, ys)`` prices any array of use at once."""

    xs: np.ndarray  # 0, the bounds, FAR
    ys: np.ndarray  # cost of the use up to each of xs
    reach: np.ndarray | None  # use above which tiers 2 and 3 are reached (None: one step)


@dataclass(frozen=True, slots=True, eq=False)
class Accumulation:
    """A step table and how its counters walk the months, as matrices over month indexes
    0–11 so that one product walks every row: ``use @ count`` is each month's counter (the
    period's use so far, each month weighted by the share this accumulation bills), and
    ``extra @ book`` books to each month what it adds to its period's extra so far."""

    table: StepTable
    count: np.ndarray  # (12, 12): month i's use counts into month j's counter
    book: np.ndarray | None  # (12, 12): 1 on the diagonal, −1 from the period's month before;
    #                          None when every month is its own period
    ends: np.ndarray  # last month of each period, where its counter is highest


@dataclass(frozen=True, slots=True, eq=False)
class DatedPlan:
    valid_from: datetime.date | None
    valid_to: datetime.date | None


@dataclass(frozen=True, slots=True, eq=False)
class TouPlan(DatedPlan):
    peak: float | None  # adjustment on every kWh (tier_adjustment) or price (fixed_valley;
    #                     None: peak kWh stay on the tiers)
    valley_saving: np.ndarray | None  # tier_adjustment: per month, peak − the valley adjustment
    valley_price: float  # fixed_valley: price of valley kWh inside the window
    window: np.ndarray  # fixed_valley: month fractions inside the heating window


@dataclass(frozen=True, slots=True, eq=False)
class SeasonalPlan(DatedPlan):
    heating_meter: bool
    left_share: np.ndarray  # per month 1 − window: heating left on the household meter
    inside: Accumulation  # counts the window's share of each month
    outside: Accumulation | None  # household meter: the rest, on its own or the ordinary tiers


@dataclass(frozen=True, slots=True, eq=False)
class SubsidyPlan(DatedPlan):
    per_unit: float
    cap: float
    valley_only: bool
    window: np.ndarray


@dataclass(frozen=True, slots=True, eq=False)
class TariffPlan:
    ordinary: Accumulation
    seasonal: tuple[SeasonalPlan, ...]
    tou: TouPlan | None
    subsidies: tuple[SubsidyPlan, ...]


def _table(steps: tuple[TierStep, ...]) -> StepTable:
    bounds = tuple(s.up_to.value for s in steps if s.up_to is not None)  # all but the open top step
    xs = (0.0, *bounds, FAR)
    ys = [0.0]
    for lower, upper, step in zip(xs, xs[1:], steps):
        ys.append(ys[-1] + (upper - lower) * step.price.value)
    reach = frozen_array((*bounds[:2], math.inf)[:2]) if bounds else None
    return StepTable(frozen_array(xs), frozen_array(ys), reach)


_SPANS = {"year": 12, "month": 1, "two_months": 2}


def _accumulation(
    steps: tuple[TierStep, ...], span: int, first: int = 0, shares: Sequence[float] | np.ndarray | None = None
) -> Accumulation:
    """Counters restarting every ``span`` months from month index ``first``, each month's
    use counted in its share (all of it when ``shares`` is None)."""
    order = [(first + m) % 12 for m in range(12)]
    count, book, ends = np.zeros((12, 12)), np.zeros((12, 12)), []
    for start in range(0, 12, span):
        period = order[start : start + span]
        for position, month in enumerate(period):
            count[period[: position + 1], month] = 1.0
            book[month, month] = 1.0
            if position:
                book[period[position - 1], month] = -1.0
        ends.append(period[-1])
    if shares is not None:
        count *= np.asarray(shares)[:, None]
    return Accumulation(
        _table(steps), frozen_array(count), frozen_array(book) if span > 1 else None, frozen_array(ends, np.intp)
    )


def _tou_plan(tou: TimeOfUse) -> TouPlan:
    pricing, window = tou.pricing, np.array(tou.heating_window.month_fractions())
    if pricing.kind == "tier_adjustment":
        valley = pricing.valley.value + window * (pricing.heating_valley.value - pricing.valley.value)
        return TouPlan(
            tou.valid_from,
            tou.valid_to,
            pricing.peak.value,
            frozen_array(pricing.peak.value - valley),
            math.nan,
            frozen_array(window),
        )
    peak = pricing.peak.value if pricing.peak else None
    return TouPlan(tou.valid_from, tou.valid_to, peak, None, pricing.valley.value, frozen_array(window))


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
        window = np.array(rule.window.month_fractions())
        left = 1.0 - window
        if rule.meter == "heating_meter":
            outside = None
        elif rule.outside_window:
            outside = _accumulation(rule.outside_window, 12, end, left)
        else:
            outside = _accumulation(tiers.steps, _SPANS[tiers.period], 0, left)
        seasonal_plans.append(
            SeasonalPlan(
                rule.valid_from,
                rule.valid_to,
                rule.meter == "heating_meter",
                frozen_array(left),
                _accumulation(rule.in_window, 12, start, window),
                outside,
            )
        )
    subsidy_plans = tuple(
        SubsidyPlan(
            s.valid_from,
            s.valid_to,
            s.per_unit.value,
            s.cap.value if s.cap is not None else math.inf,
            s.on == "valley_heating",
            frozen_array(s.window.month_fractions()),
        )
        for s in subsidies
    )
    return TariffPlan(
        _accumulation(tiers.steps, _SPANS[tiers.period]),
        tuple(seasonal_plans),
        _tou_plan(tou) if tou is not None else None,
        subsidy_plans,
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
