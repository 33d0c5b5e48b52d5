"""How much a programme pays, before stacking, and the operating subsidy per year."""

from __future__ import annotations

import numpy as np

from heatadvisor.core.packs.sourced import Sourced
from heatadvisor.core.subsidies.amount_types import (
    Fixed,
    Operating,
    PercentOfCost,
    PerDevice,
    PerKw,
    PerM2,
    Tariff,
    ToBeSet,
)
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.results import Money, OperatingTerm, Reason, TariffTerm
from heatadvisor.core.subsidies.schema import Programme


def _missing(field: str) -> Reason:
    return Reason(code="amount_input", outcome="unknown", values={"field": field}, question=field)


def _capped(yuan: float, cap: Sourced | None) -> float:
    return yuan if cap is None else min(yuan, cap.value)


def capital_amount(amount: object, household: HouseholdFacts, option: OptionFacts) -> tuple[Money | None, list[Reason]]:
    """A purchase subsidy's amount, or None and the input to ask for. The range follows the
    option's price range where the amount depends on the price."""
    if isinstance(amount, Fixed):
        return Money.flat(amount.yuan.value), []
    if isinstance(amount, PercentOfCost):
        if option.price_yuan is None:
            return None, [_missing("price_yuan")]
        low, typ, high = (
            _capped(price * amount.percent.value / 100, amount.cap_yuan)
            for price in (option.price_yuan.low, option.price_yuan.typ, option.price_yuan.high)
        )
        return Money.trusted(low=low, typ=typ, high=high), []
    if isinstance(amount, PerM2):
        if household.heated_area_m2 is None:
            return None, [_missing("heated_area_m2")]
        area = _capped(household.heated_area_m2, amount.max_m2)
        return Money.flat(_capped(area * amount.yuan_per_m2.value, amount.cap_yuan)), []
    if isinstance(amount, PerKw):
        if option.capacity_kw is None:
            return None, [_missing("capacity_kw")]
        return Money.flat(_capped(option.capacity_kw * amount.yuan_per_kw.value, amount.cap_yuan)), []
    if isinstance(amount, PerDevice):
        if option.device_count is None:
            return None, [_missing("device_count")]
        count = option.device_count if amount.max_devices is None else min(option.device_count, amount.max_devices)
        return Money.flat(_capped(count * amount.yuan_per_device.value, amount.cap_yuan)), []
    if isinstance(amount, ToBeSet):
        return None, []
    raise TypeError(f"not a purchase subsidy: {type(amount).__name__}")


def _value(number: Sourced | None) -> float | None:
    return None if number is None else number.value


def operating_terms(programme: Programme) -> list[OperatingTerm]:
    amount = programme.amount
    if not isinstance(amount, Operating):
        return []
    return [
        OperatingTerm(
            programme_id=programme.id,
            energy=amount.energy,
            from_year=step.from_year,
            to_year=step.to_year,
            rate=_value(step.rate),
            cap_quantity=_value(step.cap_quantity),
            cap_yuan=_value(step.cap_yuan),
            yuan_per_season=_value(step.yuan_per_season),
        )
        for step in amount.steps
    ]


def tariff_term(programme: Programme) -> TariffTerm | None:
    amount = programme.amount
    if not isinstance(amount, Tariff):
        return None
    return TariffTerm(
        programme_id=programme.id,
        valley_price=_value(amount.valley_price),
        valley_start=amount.valley_hours.start if amount.valley_hours else None,
        valley_end=amount.valley_hours.end if amount.valley_hours else None,
        season_start=amount.season.start if amount.season else None,
        season_end=amount.season.end if amount.season else None,
        subsidy_per_kwh=_value(amount.subsidy_per_kwh),
        subsidy_cap_kwh=_value(amount.subsidy_cap_kwh),
        subsidy_on=amount.subsidy_on,
        no_tiers_in_season=amount.no_tiers_in_season,
        seasons=amount.seasons,
    )


def _season_pay(term: OperatingTerm, kwh: np.ndarray, m3: np.ndarray) -> np.ndarray:
    if term.yuan_per_season is not None:
        return np.full(np.shape(kwh), term.yuan_per_season)
    quantity = kwh if term.energy == "electricity" else m3
    if term.cap_quantity is not None:
        quantity = np.minimum(quantity, term.cap_quantity)
    pay = (term.rate or 0.0) * quantity
    return pay if term.cap_yuan is None else np.minimum(pay, term.cap_yuan)


def operating_subsidy_by_year(
    schedule: list[OperatingTerm],
    kwh_per_season: float | np.ndarray,
    m3_per_season: float | np.ndarray,
    years: int,
    *,
    season_cost_yuan: float | np.ndarray | None = None,
) -> np.ndarray:
    """Yuan of operating subsidy in each year 1..years since installation, as the steps
    step down: shape (..., years) for quantities of shape (...). ``season_cost_yuan`` (the
    season's energy bill) caps a year's subsidy so a lump "up to … yuan per season" never
    pays more than was spent."""
    kwh, m3 = np.asarray(kwh_per_season, dtype=float), np.asarray(m3_per_season, dtype=float)
    cost = None if season_cost_yuan is None else np.asarray(season_cost_yuan, dtype=float)
    if years < 0 or (kwh < 0).any() or (m3 < 0).any() or (cost is not None and (cost < 0).any()):
        raise ValueError("quantities, years and cost must not be negative")
    by_year = np.zeros(np.broadcast(kwh, m3).shape + (years,))
    for term in schedule:
        first, last = max(term.from_year, 1), min(term.to_year, years)
        if first <= last:
            by_year[..., first - 1 : last] += _season_pay(term, kwh, m3)[..., None]
    return by_year if cost is None else np.minimum(by_year, cost[..., None])


def tariff_subsidy_yuan(
    terms: list[TariffTerm], valley_kwh: float | np.ndarray, heating_kwh: float | np.ndarray, year: int = 1
) -> np.ndarray:
    """Per-kWh tariff subsidies for one season: each on its own base (valley or all heating
    kWh) and cap; for a tariff code that cannot take several caps at once."""
    valley, heating = np.asarray(valley_kwh, dtype=float), np.asarray(heating_kwh, dtype=float)
    if (valley < 0).any() or (heating < 0).any() or year < 1:
        raise ValueError("quantities must not be negative and years start at 1")
    total = np.zeros(np.broadcast(valley, heating).shape)
    for term in terms:
        if term.subsidy_per_kwh is None or (term.seasons is not None and year > term.seasons):
            continue
        base = valley if term.subsidy_on == "valley" else heating
        if term.subsidy_cap_kwh is not None:
            base = np.minimum(base, term.subsidy_cap_kwh)
        total = total + term.subsidy_per_kwh * base
    return total
