"""Money over the years: payback, cost of ownership, levelised cost of heat.

Plain floats in and out; the same arithmetic serves the typical case and both ends of
each range. Year 0 is the purchase; years 1..horizon each carry one heating season.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import truediv


@dataclass(frozen=True, slots=True)
class CashFlowInput:
    capital: float  # purchase and installation, yuan, year 0
    subsidy: float  # one-off subsidy against the capital
    running: float  # season running cost in year 1, yuan
    maintenance: float  # yuan per year
    lifetime_years: float  # the device is bought again (without subsidy) when it wears out
    operating_subsidy: tuple[float, ...] = ()  # yuan in year 1, 2, … (steps down over the years)
    replacement: float | None = None  # what is bought again; None: the whole capital


@dataclass(frozen=True, slots=True)
class Terms:
    horizon_years: int
    discount_rate: float
    escalation: float  # yearly rise of energy prices


@lru_cache(maxsize=64)
def _powers(rate: float, years: int) -> tuple[float, ...]:
    """(1 + rate) ** year for year 0..years, computed once per rate."""
    return tuple((1.0 + rate) ** year for year in range(years + 1))


def yearly_costs(flow: CashFlowInput, terms: Terms) -> list[float]:
    """Cost in each year 0..horizon (undiscounted), with replacements and subsidies."""
    horizon = terms.horizon_years
    running = [flow.running * g for g in _powers(terms.escalation, horizon - 1)]
    years = [max(flow.capital - flow.subsidy, 0.0), *(r + flow.maintenance for r in running)]
    for year, sub in enumerate(flow.operating_subsidy[:horizon], start=1):
        years[year] -= min(sub, running[year - 1])
    life = max(int(round(flow.lifetime_years)), 1)
    for year in range(life, horizon, life):  # bought again when worn out, never in the last year
        years[year] += flow.capital if flow.replacement is None else flow.replacement
    return years


def cumulative(costs: list[float]) -> list[float]:
    return list(accumulate(costs))


def discounted(costs: list[float], rate: float) -> list[float]:
    return list(map(truediv, costs, _powers(rate, len(costs) - 1)))


def crossover_year(option_cum: list[float], current_cum: list[float]) -> float | None:
    """First (fractional) year where the option's cumulative cost falls to the current one's."""
    if option_cum[0] <= current_cum[0]:
        return 0.0
    for year in range(1, len(option_cum)):
        gap_before = option_cum[year - 1] - current_cum[year - 1]
        gap_now = option_cum[year] - current_cum[year]
        if gap_now <= 0:
            return year - 1 + gap_before / (gap_before - gap_now)
    return None


def simple_payback(net_capital: float, yearly_saving: float, lifetime_years: float) -> float | None:
    """Years for the savings to repay the net capital; None means never — including when
    the device wears out first."""
    if net_capital <= 0:
        return 0.0
    if yearly_saving <= 0 or net_capital / yearly_saving > lifetime_years:
        return None
    return net_capital / yearly_saving


def npv(costs: list[float], rate: float) -> float:
    return sum(discounted(costs, rate))


def levelised_cost(costs: list[float], heat_kwh_per_year: float, rate: float) -> float:
    """Yuan per kWh of heat: discounted costs over discounted heat delivered."""
    heat = heat_kwh_per_year * sum(1.0 / f for f in _powers(rate, len(costs) - 1)[1:])
    return npv(costs, rate) / heat if heat > 0 else 0.0
