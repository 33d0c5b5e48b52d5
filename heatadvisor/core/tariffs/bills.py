"""What heating costs on a household's electricity or gas bill, for many rows at once.

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
cost: the result is never negative. Dated terms are checked against the date ``on``.

A row is one household × option × scenario: ``electricity_heating_costs`` and
``gas_heating_costs`` price R rows in one call (the arithmetic is in ``walk.py``);
``electricity_heating_cost`` and ``gas_heating_cost`` are a batch of one.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from heatadvisor.core.packs.sourced import Source
from heatadvisor.core.tariffs.models import ElectricityTariff, GasTariff, TierSchedule
from heatadvisor.core.tariffs.plan import TariffPlan
from heatadvisor.core.tariffs.walk import Charges, Notes, charge, notes, terms_on

NOISE_YUAN = 1e-9
"""A month without heating whose figure is this close to 0 holds only the tier walk's
rounding noise: the one-household ``by_month`` leaves it out."""

_EVEN = np.ones((1, 12))  # base use is spread evenly over the months
_EVEN.flags.writeable = False

BLOCK_ROWS = 512
"""Rows priced per numpy pass. A block's temporaries stay small, so the allocator reuses
them instead of mapping fresh pages on every call, and BLAS runs its 12-wide products on
one thread, where threads would cost more than they save."""


@dataclass(frozen=True, slots=True)
class EnergyCost:
    total_yuan: float  # heating part of the bill, after per-unit subsidies
    quantity: float  # kWh or m³ used for heating
    by_month: dict[int, float]  # yuan per month (1–12)
    valley_quantity: float  # heating kWh in the valley (0 for gas)
    subsidy_yuan: float  # per-unit subsidies deducted above
    average_price: float  # total_yuan / quantity (0 if quantity is 0)
    notes: tuple[str, ...]  # machine codes, worded by the presentation layer


@dataclass(frozen=True, slots=True)
class EnergyCosts:
    """``EnergyCost`` for R rows, as arrays (month index 0 = January)."""

    total_yuan: np.ndarray  # (R,) heating part of the bill after per-unit subsidies
    by_month: np.ndarray  # (R, 12) yuan per month after subsidies
    quantity: np.ndarray  # (R,) kWh or m³ used for heating
    valley_quantity: np.ndarray  # (R,)
    subsidy_yuan: np.ndarray  # (R,)
    notes: Notes  # (code, bool (R,)) for every note some row has, in NOTE_ORDER


def on_estimated_tiers(costs: EnergyCosts, tiers: TierSchedule, sources: Mapping[str, Source]) -> np.ndarray:
    """(R,) bool: each row's bill reaches a tier whose price is our estimate (E) — tier 1 always,
    tier 2 and the tiers above where the walk reached them."""
    estimated = [sources[step.price.src].conf == "E" for step in tiers.steps]
    reached = dict(costs.notes)
    rows = len(costs.total_yuan)
    out = np.full(rows, estimated[0])
    for code, steps in (("tier2_reached", estimated[1:2]), ("tier3_reached", estimated[2:])):
        if any(steps) and code in reached:
            out |= reached[code]
    return out


def heat_price(price_per_kwh: float, cop: float) -> float:
    """Yuan per kWh of heat delivered, so heaters with different COPs compare directly."""
    if not cop > 0:
        raise ValueError("cop must be positive")
    return price_per_kwh / cop


def electricity_heating_costs(
    tariff: ElectricityTariff,
    heat: np.ndarray,
    valley_share: np.ndarray,
    base_kwh_per_year: np.ndarray | float,
    use_tou: bool,
    on: datetime.date,
    extra_subsidy_per_kwh: float = 0.0,
    extra_subsidy_cap_kwh: float | None = None,
) -> EnergyCosts:
    """Heating's share of the electricity bill for each row of ``heat`` (R, 12) kWh.

    ``use_tou`` is the households' choice of the TOU option; ``valley_share`` (R,), each
    0–1, is the part of heating kWh drawn in valley hours. ``base_kwh_per_year`` is one
    figure or one per row. ``extra_subsidy_per_kwh`` is paid on every heating kWh up to
    ``extra_subsidy_cap_kwh`` per row (e.g. from a subsidy engine).
    """
    heat = _heat_rows(heat)
    share = np.asarray(valley_share, dtype=np.float64)
    if share.shape != (len(heat),):
        raise ValueError(f"valley_share must have shape ({len(heat)},), not {share.shape}")
    if share.size and not (np.minimum.reduce(share) >= 0.0 and np.maximum.reduce(share) <= 1.0):
        raise ValueError("valley_share must be between 0 and 1")
    return _heating_costs(
        tariff.plan, heat, share, base_kwh_per_year, use_tou, on, extra_subsidy_per_kwh, extra_subsidy_cap_kwh
    )


def gas_heating_costs(
    tariff: GasTariff,
    heat: np.ndarray,
    base_m3_per_year: np.ndarray | float,
    on: datetime.date,
    extra_subsidy_per_m3: float = 0.0,
    extra_subsidy_cap_m3: float | None = None,
) -> EnergyCosts:
    """Heating's share of the gas bill for each row of ``heat`` (R, 12) m³; same attribution."""
    return _heating_costs(
        tariff.plan, _heat_rows(heat), None, base_m3_per_year, False, on, extra_subsidy_per_m3, extra_subsidy_cap_m3
    )


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
    """One household's ``electricity_heating_costs``, with months numbered 1–12."""
    row = _month_row(heating_kwh_by_month)
    return _one(
        electricity_heating_costs(
            tariff,
            np.array([row]),
            np.array([valley_share], dtype=np.float64),
            base_kwh_per_year,
            use_tou,
            on,
            extra_subsidy_per_kwh,
            extra_subsidy_cap_kwh,
        ),
        row,
    )


def gas_heating_cost(
    tariff: GasTariff,
    heating_m3_by_month: Mapping[int, float],
    base_m3_per_year: float,
    on: datetime.date,
    extra_subsidy_per_m3: float = 0.0,
    extra_subsidy_cap_m3: float | None = None,
) -> EnergyCost:
    """One household's ``gas_heating_costs``, with months numbered 1–12."""
    row = _month_row(heating_m3_by_month)
    return _one(
        gas_heating_costs(tariff, np.array([row]), base_m3_per_year, on, extra_subsidy_per_m3, extra_subsidy_cap_m3),
        row,
    )


def _month_row(by_month: Mapping[int, float]) -> list[float]:
    row = [0.0] * 12
    for month, quantity in by_month.items():
        if not 1 <= month <= 12:
            raise ValueError(f"heating use for month {month!r}: months are 1–12")
        row[month - 1] = quantity
    return row


def _one(costs: EnergyCosts, row: list[float]) -> EnergyCost:
    """Row 0 as plain floats; ``by_month`` keeps months with heating or with a cost."""
    months = costs.by_month.tolist()[0]
    total, quantity = costs.total_yuan.item(0), costs.quantity.item(0)
    return EnergyCost(
        total,
        quantity,
        {m + 1: yuan for m, (use, yuan) in enumerate(zip(row, months)) if use or abs(yuan) > NOISE_YUAN},
        costs.valley_quantity.item(0),
        costs.subsidy_yuan.item(0),
        total / quantity if quantity else 0.0,
        tuple(code for code, _ in costs.notes),
    )


def _heat_rows(heat: np.ndarray) -> np.ndarray:
    heat = np.asarray(heat, dtype=np.float64)
    if heat.ndim != 2 or heat.shape[1] != 12:
        raise ValueError(f"heating use must have shape (rows, 12), not {heat.shape}")
    if heat.size and not (
        np.minimum.reduce(heat, None) >= 0.0 and np.maximum.reduce(heat, None) < math.inf
    ):  # NaN fails the first
        row, month = np.argwhere(~((heat >= 0.0) & (heat < math.inf)))[0]
        raise ValueError(f"heating use must be finite and ≥ 0: row {row}, month {month + 1} is {heat[row, month]!r}")
    return heat


def _base_months(base_per_year: np.ndarray | float, rows: int) -> np.ndarray | None:
    """Base use per month, (1, 12) or (R, 12), spread evenly; None when there is none."""
    if isinstance(base_per_year, (int, float)):
        if not (math.isfinite(base_per_year) and base_per_year >= 0):
            raise ValueError(f"base use must be a finite number ≥ 0, not {base_per_year!r}")
        return _EVEN * (base_per_year / 12.0) if base_per_year else None
    base = np.asarray(base_per_year, dtype=np.float64)
    if base.ndim == 0:
        return _base_months(float(base), rows)
    if base.shape != (rows,):
        raise ValueError(f"base use must be one number or have shape ({rows},), not {base.shape}")
    if rows and not (np.minimum.reduce(base) >= 0.0 and np.maximum.reduce(base) < math.inf):
        raise ValueError("base use must be finite and ≥ 0 in every row")
    return (base / 12.0)[:, None] * _EVEN


def _heating_costs(
    plan: TariffPlan,
    heat: np.ndarray,
    share: np.ndarray | None,
    base_per_year: np.ndarray | float,
    use_tou: bool,
    on: datetime.date,
    extra_per_unit: float,
    extra_cap: float | None,
) -> EnergyCosts:
    rows = len(heat)
    base = _base_months(base_per_year, rows)
    if not (math.isfinite(extra_per_unit) and extra_per_unit >= 0) or (extra_cap is not None and not extra_cap >= 0):
        raise ValueError("extra subsidy and its cap must be ≥ 0")
    terms = terms_on(plan, on, use_tou)
    cap = math.inf if extra_cap is None else extra_cap
    if rows <= BLOCK_ROWS:
        charges = charge(plan, terms, heat, share, base, extra_per_unit, cap)
    else:
        blocks = [
            charge(
                plan,
                terms,
                heat[start : start + BLOCK_ROWS],
                None if share is None else share[start : start + BLOCK_ROWS],
                base if base is None or len(base) == 1 else base[start : start + BLOCK_ROWS],
                extra_per_unit,
                cap,
            )
            for start in range(0, rows, BLOCK_ROWS)
        ]
        charges = Charges._make(None if parts[0] is None else np.concatenate(parts) for parts in zip(*blocks))
    return EnergyCosts(
        charges.total_yuan,
        charges.by_month,
        charges.quantity,
        charges.valley_quantity,
        charges.subsidy_yuan,
        notes(terms, charges),
    )
