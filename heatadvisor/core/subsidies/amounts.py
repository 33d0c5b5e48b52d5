"""How much a programme pays, before stacking, and the operating subsidy per year."""

from __future__ import annotations

from heatadvisor.core.packs.sourced import Sourced
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.results import Money, OperatingTerm, Reason, TariffTerm
from heatadvisor.core.subsidies.amount_types import (
    Fixed, Operating, PercentOfCost, PerDevice, PerKw, PerM2, Tariff, ToBeSet,
)
from heatadvisor.core.subsidies.schema import Programme


def _missing(field: str) -> Reason:
    return Reason(code="amount_input", outcome="unknown", values={"field": field}, question=field)


def _capped(yuan: float, cap: Sourced | None) -> float:
    return yuan if cap is None else min(yuan, cap.value)


def capital_amount(
    amount: object, household: HouseholdFacts, option: OptionFacts
) -> tuple[Money | None, list[Reason]]:
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
        return Money(low=low, typ=typ, high=high), []
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
            programme_id=programme.id, energy=amount.energy, from_year=step.from_year, to_year=step.to_year,
            rate=_value(step.rate), cap_quantity=_value(step.cap_quantity), cap_yuan=_value(step.cap_yuan),
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


def _season_pay(term: OperatingTerm, kwh: float, m3: float) -> float:
    if term.yuan_per_season is not None:
        return term.yuan_per_season
    quantity = kwh if term.energy == "electricity" else m3
    if term.cap_quantity is not None:
        quantity = min(quantity, term.cap_quantity)
    pay = (term.rate or 0.0) * quantity
    return pay if term.cap_yuan is None else min(pay, term.cap_yuan)


def operating_subsidy_by_year(
    schedule: list[OperatingTerm],
    kwh_per_season: float,
    m3_per_season: float,
    years: int,
    *,
    season_cost_yuan: float | None = None,
) -> list[float]:
    """Yuan of operating subsidy in each year 1..years since installation, as the steps
    step down. ``season_cost_yuan`` (the season's energy bill) caps a year's subsidy so a
    lump "up to … yuan per season" never pays more than was spent."""
    if min(kwh_per_season, m3_per_season, years) < 0 or (season_cost_yuan is not None and season_cost_yuan < 0):
        raise ValueError("quantities, years and cost must not be negative")
    by_year = []
    for year in range(1, years + 1):
        total = sum(
            (_season_pay(term, kwh_per_season, m3_per_season)
             for term in schedule
             if term.from_year <= year <= term.to_year),
            0.0,
        )
        by_year.append(total if season_cost_yuan is None else min(total, season_cost_yuan))
    return by_year


def tariff_subsidy_yuan(terms: list[TariffTerm], valley_kwh: float, heating_kwh: float, year: int = 1) -> float:
    """Per-kWh tariff subsidies for one season: each on its own base (valley or all heating
    kWh) and cap; for a tariff code that cannot take several caps at once."""
    if min(valley_kwh, heating_kwh) < 0 or year < 1:
        raise ValueError("quantities must not be negative and years start at 1")
    total = 0.0
    for term in terms:
        if term.subsidy_per_kwh is None or (term.seasons is not None and year > term.seasons):
            continue
        base = valley_kwh if term.subsidy_on == "valley" else heating_kwh
        if term.subsidy_cap_kwh is not None:
            base = min(base, term.subsidy_cap_kwh)
        total += term.subsidy_per_kwh * base
    return total
