"""The bill arithmetic of ``bills.py`` over many rows at once.

What depends only on the date and the TOU choice (which dated terms hold, and the notes
that says) is settled once in ``terms_on``; ``charge`` then prices every row with numpy.
A tier counter walks the months as a matrix product over all rows (``Accumulation``);
the extra heating causes up to a month is ``C(base + heat) − C(base)`` of the counters
there, and the month is charged that less the same at the period's previous month, so
the extra is booked to the month in which it arises.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache, reduce
from typing import NamedTuple

import numpy as np

from heatadvisor.core.tariffs.plan import (
    Accumulation,
    DatedPlan,
    SeasonalPlan,
    SubsidyPlan,
    TariffPlan,
    TouPlan,
)

NOTE_ORDER = (  # the row-independent notes first, then those that depend on a row's numbers
    "expired_rule_ignored",
    "future_rule_ignored",
    "tou_unavailable",
    "tou_used",
    "heating_tiers",
    "heating_meter_tariff",
    "tier2_reached",
    "tier3_reached",
    "subsidy_cap_reached",
    "subsidy_limited_to_cost",
)
"""Every note code, in the order results list them."""

Notes = tuple[tuple[str, np.ndarray], ...]  # (code, bool (R,)) for every note some row has


@dataclass(frozen=True, slots=True)
class DatedTerms:
    """The parts of a plan that hold on one date for one TOU choice."""

    household: SeasonalPlan | None
    meter: SeasonalPlan | None
    tou: TouPlan | None
    subsidies: tuple[SubsidyPlan, ...]
    notes: tuple[str, ...]  # the same for every row, in NOTE_ORDER


class Charges(NamedTuple):  # a tuple: built on every call, and cheaper than a frozen dataclass
    """The figures of ``EnergyCosts`` for R rows, and the row flags behind its notes."""

    total_yuan: np.ndarray  # (R,)
    by_month: np.ndarray  # (R, 12), after subsidies
    quantity: np.ndarray  # (R,)
    valley_quantity: np.ndarray  # (R,)
    subsidy_yuan: np.ndarray  # (R,)
    tiers_reached: np.ndarray | None  # (R, 2): tier 2, tier 3 in any walk; None: no tiers
    cap_reached: np.ndarray | None  # (R,); None: no capped subsidy
    limited_to_cost: np.ndarray | None  # (R,); None: no subsidy


_MONTHS = np.ones(12)  # row sums as products: numpy reduces a 12-long last axis slowly
_MONTHS.flags.writeable = False


def _in_force(term: DatedPlan, on: datetime.date, notes: set[str]) -> bool:
    """True if ``term`` holds on ``on``; otherwise note why it was left out."""
    if term.valid_to is not None and on > term.valid_to:
        notes.add("expired_rule_ignored")
        return False
    if term.valid_from is not None and on < term.valid_from:
        notes.add("future_rule_ignored")
        return False
    return True


@lru_cache(maxsize=64)  # a consultation or a batch asks again and again for the same date
def terms_on(plan: TariffPlan, on: datetime.date, use_tou: bool) -> DatedTerms:
    """Which dated rules and which TOU option apply on ``on``, decided once for all rows."""
    notes: set[str] = set()
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
            notes.add("tou_used")
        else:
            notes.add("tou_unavailable")
    if household is not None:
        notes.add("heating_tiers")
    if meter is not None:
        notes.add("heating_meter_tariff")
    subsidies = tuple(s for s in plan.subsidies if _in_force(s, on, notes))
    return DatedTerms(household, meter, tou, subsidies, tuple(c for c in NOTE_ORDER if c in notes))


def _walk(acc: Accumulation, base: np.ndarray | None, heat: np.ndarray, out: np.ndarray) -> np.ndarray | None:
    """Add the tier extra caused by ``heat`` (R, 12) on top of ``base`` (R or 1, 12; None:
    no base) to ``out``; return which rows reached tiers 2 and 3 (R, 2), or None for a
    one-step table."""
    rows, table = len(heat), acc.table
    if base is None:
        counters = np.dot(heat, acc.count)
        extra = np.interp(counters, table.xs, table.ys)
    else:  # with and without heating in one pass
        counters = np.dot(np.concatenate((base + heat, base)), acc.count)
        cost = np.interp(counters, table.xs, table.ys)
        extra = cost[:rows] - cost[rows:]
    out += extra if acc.book is None else np.dot(extra, acc.book)
    if table.reach is None:
        return None
    ends = counters[:rows].take(acc.ends, 1)  # counters only grow within a period
    highest = ends if len(acc.ends) == 1 else np.maximum.reduce(ends, 1, keepdims=True)
    return highest > table.reach


def _time_of_use(tou: TouPlan, tiered: np.ndarray, share: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cost of the TOU prices or adjustments, valley use, and the use left on the tiers."""
    valley = tiered * share[:, None]
    if tou.valley_saving is not None:  # adjustments add to whatever tier price the kWh pays
        return tiered * tou.peak - valley * tou.valley_saving, valley, tiered
    inside = valley * tou.window  # fixed prices inside the window take those kWh off the tiers
    cost = inside * tou.valley_price
    left = tiered - inside
    if tou.peak is not None:
        peak_inside = (tiered - valley) * tou.window
        cost += peak_inside * tou.peak
        left -= peak_inside
    return cost, valley, left


Scheme = tuple[float, float, np.ndarray, np.ndarray | None]  # per unit, cap, use, window


def _subsidies(schemes: list[Scheme], cost: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """Per-unit subsidies scaled down to each cap and never above a month's cost; the rows
    that reached a cap, and those where a month's cost limited the subsidy."""
    subsidy, capped = np.zeros(cost.shape), None
    for per_unit, cap, use, window in schemes:
        paid_on = use if window is None else use * window
        if cap < np.inf:
            total = np.add.reduce(paid_on, 1)
            over = total > cap
            capped = over if capped is None else capped | over
            scale = np.divide(cap, total, out=np.ones(total.shape), where=over)
            subsidy += per_unit * paid_on * scale[:, None]
        else:
            subsidy += per_unit * paid_on
    payable = np.maximum(cost, 0.0)  # a month whose cost is −1e-13 of rounding pays no subsidy
    return np.minimum(subsidy, payable), capped, np.logical_or.reduce(subsidy > payable, 1)


def charge(
    plan: TariffPlan,
    terms: DatedTerms,
    heat: np.ndarray,
    share: np.ndarray | None,
    base: np.ndarray | None,
    extra_per_unit: float,
    extra_cap: float,
) -> Charges:
    """Price ``heat`` (R, 12) with ``share`` (R,) of it in the valley, on top of ``base``
    use per month (R or 1, 12; None: none)."""
    rows = len(heat)
    meter, household, tou = terms.meter, terms.household, terms.tou
    tiered = heat if meter is None else heat * meter.left_share
    valley = None
    if tou is not None:
        assert share is not None, "time-of-use terms are priced with the valley share"
        cost, valley, tiered = _time_of_use(tou, tiered, share)
    else:
        cost = np.zeros(heat.shape)
    if household is None:
        reached = [_walk(plan.ordinary, base, tiered, cost)]
    else:  # the two accumulations count the window's share and the rest
        assert household.outside is not None, "only a heating meter's plan has no outside count"
        reached = [_walk(household.inside, base, tiered, cost), _walk(household.outside, base, tiered, cost)]
    if meter is not None:
        reached.append(_walk(meter.inside, None, heat, cost))
    tiers = [r for r in reached if r is not None]
    tiers_reached = reduce(np.logical_or, tiers) if tiers else None

    schemes: list[Scheme] = [
        (s.per_unit, s.cap, valley if s.valley_only and valley is not None else heat, s.window)
        for s in terms.subsidies
        if valley is not None or not s.valley_only
    ]
    if extra_per_unit:
        schemes.append((extra_per_unit, extra_cap, heat, None))
    valley_quantity = np.zeros(rows) if valley is None else np.dot(valley, _MONTHS)
    if not schemes:
        return Charges(
            np.dot(cost, _MONTHS),
            cost,
            np.dot(heat, _MONTHS),
            valley_quantity,
            np.zeros(rows),
            tiers_reached,
            None,
            None,
        )
    subsidy, capped, limited = _subsidies(schemes, cost)
    by_month = cost - subsidy
    return Charges(
        np.dot(by_month, _MONTHS),
        by_month,
        np.dot(heat, _MONTHS),
        valley_quantity,
        np.dot(subsidy, _MONTHS),
        tiers_reached,
        capped,
        limited,
    )


def notes(terms: DatedTerms, charges: Charges) -> Notes:
    """Notes some row has, in NOTE_ORDER; the row-independent ones hold for every row."""
    rows = len(charges.total_yuan)
    every_row = np.empty(rows, dtype=bool)
    every_row.fill(True)
    every_row.flags.writeable = False
    found = [(code, every_row) for code in terms.notes] if rows else []
    reached = charges.tiers_reached
    if reached is not None:
        tier2, tier3 = np.logical_or.reduce(reached).tolist()  # one reduction for both
        if tier2:
            found.append(("tier2_reached", reached[:, 0]))
        if tier3:
            found.append(("tier3_reached", reached[:, 1]))
    for code, flags in (
        ("subsidy_cap_reached", charges.cap_reached),
        ("subsidy_limited_to_cost", charges.limited_to_cost),
    ):
        if flags is not None and flags.any():
            found.append((code, flags))
    return tuple(found)
