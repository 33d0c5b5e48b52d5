"""Money over the years: payback, cost of ownership, levelised cost of heat — for many rows.

Arrays in and out, so the same arithmetic serves one household's options and a whole
village, the typical case and both ends of each range. Year 0 is the purchase; years
1..horizon each carry one heating season. "Never" is NaN.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np


@dataclass(frozen=True, slots=True)
class MoneyTerms:
    horizon_years: int
    discount_rate: float
    escalation: float  # yearly rise of energy prices


@dataclass(frozen=True, slots=True, eq=False)
class CashFlows:
    """Inputs of any shape (...,), with ``operating_subsidy`` (..., horizon) and the purchase's
    parts (..., P) — a heat pump's unit, its emitters, its ground loop — that wear out apart."""

    capital: np.ndarray  # purchase and installation, yuan, year 0
    subsidy: np.ndarray  # one-off subsidy against the capital
    running: np.ndarray  # season running cost in year 1, yuan
    maintenance: np.ndarray  # yuan per year
    lifetime_years: np.ndarray  # (..., P) each part is bought again (without subsidy) when it wears out
    replacement: np.ndarray  # (..., P) what each part costs to buy (again)
    operating_subsidy: np.ndarray  # yuan in year 1, 2, … (steps down over the years)


@lru_cache(maxsize=64)
def powers(rate: float, years: int) -> np.ndarray:
    """(1 + rate) ** year for year 0..years, computed once per rate."""
    out = np.array([(1.0 + rate) ** year for year in range(years + 1)])
    out.flags.writeable = False
    return out


def yearly_costs(flow: CashFlows, terms: MoneyTerms) -> np.ndarray:
    """Cost in each year 0..horizon (undiscounted), with replacements and subsidies: (..., horizon + 1)."""
    horizon = terms.horizon_years
    running = flow.running[..., None] * powers(terms.escalation, horizon - 1)
    later = running + flow.maintenance[..., None] - np.minimum(flow.operating_subsidy, running)
    first = np.maximum(flow.capital - flow.subsidy, 0.0)
    years = np.concatenate([first[..., None], later], axis=-1)
    again = _bought_again(flow.lifetime_years, horizon)  # (..., P, horizon + 1)
    for part in range(flow.replacement.shape[-1]):  # a few parts: one pass each, no (..., P, horizon) of floats
        np.add(years, flow.replacement[..., part, None], out=years, where=again[..., part, :])
    return years


def _bought_again(lifetime_years: np.ndarray, horizon: int) -> np.ndarray:
    """Whether each row buys each part again in each year 0..horizon (never in the last year):
    one table row per distinct lifetime, as rows share a few catalogue lifetimes. (Not
    np.unique: without its inverse it imports numpy.ma, ~9 MB more in the window.)"""
    life = np.maximum(np.rint(lifetime_years), 1.0)
    ordered = np.sort(life, axis=None)
    later = ordered[1:]
    distinct = np.concatenate((ordered[:1], later[later != ordered[:-1]]))  # the first of each value
    return _renewals(tuple(distinct.tolist()), horizon)[np.searchsorted(distinct, life)]


@lru_cache(maxsize=64)
def _renewals(lifetimes: tuple[float, ...], horizon: int) -> np.ndarray:
    """For each of ``lifetimes``, whether it is bought again in each year 0..horizon: worked
    out once per catalogue's lifetimes and horizon (every keystroke asks again)."""
    year = np.arange(horizon + 1)
    table = (year > 0) & (year < horizon) & (year % np.array(lifetimes)[:, None] == 0)
    table.flags.writeable = False
    return table


def residual_value(flow: CashFlows, horizon: int) -> np.ndarray:
    """What the parts in use at the end of the horizon are still worth, each straight-line over
    its own life (as EN 15459-1 counts a component that outlives the calculation period): a
    12-year heat pump bought again in year 12 of 15 has 9 of its 12 years left, so 9/12 of its
    price comes back off the horizon's cost; a 20-year one bought at the start, 5/20 of what the
    household paid for it, and its 50-year ground loop 35/50 of its share. What was bought at the
    start is counted at what the household paid — the price less the one-off subsidy, shared
    among the parts by price (never more than the device's price: measures are not counted)."""
    life = np.maximum(np.rint(flow.lifetime_years), 1.0)
    last_bought = life * np.floor((horizon - 1) / life)  # bought again in years L, 2L, … before the horizon
    left = life - (horizon - last_bought)
    price = flow.replacement.sum(axis=-1)
    paid_first = np.minimum(np.maximum(flow.capital - flow.subsidy, 0.0), price)
    paid_share = np.divide(paid_first, price, out=np.zeros_like(price), where=price > 0)
    worth = np.where(last_bought == 0, flow.replacement * paid_share[..., None], flow.replacement)
    return (worth * left / life).sum(axis=-1)


def net_of_residual(costs: np.ndarray, residual: np.ndarray) -> np.ndarray:
    """Yearly costs with the residual value taken off the horizon's last year."""
    net = costs.copy()
    net[..., -1] -= residual
    return net


def discounted(costs: np.ndarray, rate: float) -> np.ndarray:
    return costs / powers(rate, costs.shape[-1] - 1)


def crossover_year(option_cum: np.ndarray, current_cum: np.ndarray) -> np.ndarray:
    """First (fractional) year where each option's cumulative cost falls to the current one's."""
    gap = option_cum - current_cum
    below = gap[..., 1:] <= 0
    year = np.argmax(below, axis=-1) + 1
    flat, at = gap.reshape(-1, gap.shape[-1]), np.arange(year.size)
    before, now = flat[at, year.ravel() - 1].reshape(year.shape), flat[at, year.ravel()].reshape(year.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        crossing = year - 1 + before / (before - now)
    found = np.where(below.any(axis=-1), crossing, np.nan)
    return np.where(gap[..., 0] <= 0, 0.0, found)


def simple_payback(net_capital: np.ndarray, yearly_saving: np.ndarray, lifetime_years: np.ndarray) -> np.ndarray:
    """Years for the savings to repay the net capital; NaN means never — including when
    the device wears out first."""
    with np.errstate(divide="ignore", invalid="ignore"):
        years = net_capital / yearly_saving
    never = (yearly_saving <= 0) | (years > lifetime_years)
    return np.where(net_capital <= 0, 0.0, np.where(never, np.nan, years))


def npv(costs: np.ndarray, rate: float) -> np.ndarray:
    return discounted(costs, rate).sum(axis=-1)


def levelised_cost(costs: np.ndarray, heat_kwh_per_year: np.ndarray, rate: float) -> np.ndarray:
    """Yuan per kWh of heat: discounted costs over discounted heat delivered."""
    heat = heat_kwh_per_year * (1.0 / powers(rate, costs.shape[-1] - 1)[1:]).sum()
    return np.where(heat > 0, npv(costs, rate) / np.where(heat > 0, heat, 1.0), 0.0)
