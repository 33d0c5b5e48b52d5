"""Calibrate each house to what its resident says last winter used.

"2 tonnes of coal", "1,800 m³ of gas", "400 yuan of LPG": the heat that delivered is the
fuel's energy times the current system's efficiency (its seasonal COP for a heat pump).
Money is turned back into fuel with the same tariff and price code that prices options,
so a bill and a cost estimate can never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..contract.case import Case, Prices, UsageUnit
from ..contract.problems import FieldProblem, InputError
from ..devices.scenarios import TYPICAL
from ..packs.catalog_schema import Device
from ..setting.setting import Setting
from .households import DeviceIndex
from .running import SOLID_PRICE_FIELDS, running_costs, unit_price

if TYPE_CHECKING:
    from .energy import Energies
    from .households import HouseholdInput

GRID = 32  # quantities priced together in each pass
REFINEMENTS = 6  # passes: the bracket narrows 32⁶ ≈ 10⁹ times before the last interpolation
_MASS_FUELS = frozenset({"coal", "anthracite", "briquette", "straw", "firewood", "pellets"})
UNITS_BY_FUEL: dict[str, frozenset[UsageUnit]] = {
    **{fuel: frozenset({UsageUnit.tonne, UsageUnit.kg, UsageUnit.yuan}) for fuel in _MASS_FUELS},
    "natural_gas": frozenset({UsageUnit.m3, UsageUnit.yuan}),
    "lpg": frozenset({UsageUnit.kg, UsageUnit.cylinder, UsageUnit.yuan}),
    "electricity": frozenset({UsageUnit.kwh, UsageUnit.yuan}),
    "district_heat": frozenset(),  # billed per m², so a bill says nothing about use
}


def check_unit(case: Case, setting: Setting, device: Device) -> None:
    """Raise if last winter's figure is in a unit today's system cannot use, or in yuan for a
    fuel that costs nothing here (straw gathered for free: money says nothing of the amount)."""
    usage = case.current.last_winter
    if usage is None:
        return
    if usage.unit not in UNITS_BY_FUEL[device.fuel]:
        allowed = ", ".join(sorted(u.value for u in UNITS_BY_FUEL[device.fuel])) or "-"
        raise InputError(
            [FieldProblem("current.last_winter.unit", "unit_mismatch", f"{device.fuel} takes {allowed}", allowed)]
        )
    if (
        usage.unit is UsageUnit.yuan
        and device.fuel in SOLID_PRICE_FIELDS
        and unit_price(setting, case.prices, device.fuel, (TYPICAL,))[0] <= 0
    ):
        raise InputError(
            [FieldProblem("current.last_winter.unit", "bill_without_price", f"{device.fuel} costs 0 here")]
        )


def calibrated_heat_kwh(
    setting: Setting,
    prices: Prices,
    households: list[HouseholdInput],
    devices: DeviceIndex,
    shape: Energies,
    heat_by_month: np.ndarray,
) -> np.ndarray:
    """Heat delivered last winter by each household's system (NaN where the model uses none).

    ``shape`` is today's system modelled on the uncalibrated house: its fuel and monthly shape."""
    modelled = shape.quantity[:, TYPICAL]
    positive = modelled > 0
    per_unit = heat_by_month.sum(axis=1) / np.where(positive, modelled, 1.0)  # LHV × efficiency, or seasonal COP
    usages = [u for u in (h.case.current.last_winter for h in households) if u is not None]
    assert len(usages) == len(households), "only households that said what they burnt are calibrated"
    amount = np.array([u.quantity for u in usages])
    cylinder = setting.data.common.lpg_cylinder_kg.value
    fuels = setting.data.common.fuels
    fuel_units = np.array(
        [  # the resident's figure in the fuel's own unit (t, m³, kg or kWh)
            a / 1000.0
            if u.unit is UsageUnit.kg and fuels[d.fuel].unit == "t"
            else a * cylinder
            if u.unit is UsageUnit.cylinder
            else a
            for a, u, d in zip(amount, usages, (h.current for h in households))
        ]
    )
    money = np.array([u.unit is UsageUnit.yuan for u in usages]) & positive
    if money.any():
        idx = np.flatnonzero(money)
        fuel_units[idx] = _quantity_costing(
            setting, prices, DeviceIndex(devices.table, devices.index[idx]), shape, idx, amount[idx]
        )
    return np.where(positive, fuel_units * per_unit, np.nan)


def _quantity_costing(
    setting: Setting, prices: Prices, devices: DeviceIndex, shape: Energies, idx: np.ndarray, yuan: np.ndarray
) -> np.ndarray:
    """Fuel quantity (with the season's monthly shape) whose running cost is ``yuan``.

    A season's bill rises with the quantity piecewise linearly (tiers, caps, subsidies), so
    the smallest quantity that costs ``yuan`` is bracketed by doubling, the bracket narrowed
    GRID times in each of REFINEMENTS passes (a grid of quantities priced in one call), and
    the answer interpolated linearly inside the last, narrow bracket."""
    modelled = shape.quantity[idx, TYPICAL]
    months = shape.by_month[idx, TYPICAL]
    valley = shape.valley_share[idx, TYPICAL : TYPICAL + 1]
    n = len(idx)

    def cost(quantity: np.ndarray) -> np.ndarray:
        """Cost (n, k) of quantities (n, k) of each row's fuel."""
        k = quantity.shape[1]
        scaled = months[:, None, :] * (quantity / modelled[:, None])[:, :, None]
        each = DeviceIndex(devices.table, np.repeat(devices.index, k))
        return running_costs(
            setting,
            prices,
            each,
            (TYPICAL,),
            scaled.reshape(n * k, 1, -1),
            np.repeat(valley, k, axis=0),
            np.zeros(n * k),
            each.column(each.table.fuel),  # today's system: its own fuel
        ).yuan.reshape(n, k)

    low, high = np.zeros(n), np.maximum(modelled, 1.0)
    short = (cost(high[:, None])[:, 0] < yuan) & (high < 1e9)
    while short.any():
        high = np.where(short, high * 2.0, high)
        short = (cost(high[:, None])[:, 0] < yuan) & (high < 1e9)
    steps = np.linspace(0.0, 1.0, GRID + 1)
    rows = np.arange(n)
    for _ in range(REFINEMENTS):
        points = low[:, None] + (high - low)[:, None] * steps
        costs = cost(points)
        reached = costs >= yuan[:, None]
        first = np.where(reached.any(axis=1), np.argmax(reached, axis=1), GRID)  # none: the cap, as high as it goes
        below = np.maximum(first - 1, 0)
        low, high = points[rows, below], points[rows, first]
        low_cost, high_cost = costs[rows, below], costs[rows, first]
    rise = high_cost - low_cost
    return np.where(rise > 0, low + (yuan - low_cost) * (high - low) / np.where(rise > 0, rise, 1.0), high)
