"""What a season of each row's fuel costs its household, on the tariffs and prices.

Electricity and gas go through the tariff code (tiers, time of use, heating-season prices,
per-unit subsidies) for all rows of a fuel at once; solid fuels, LPG and district heat are
priced per unit or per m².
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..contract.case import Prices
from ..devices.scenarios import TYPICAL
from ..setting.setting import Setting
from ..tariffs.bills import (
    EnergyCosts,
    electricity_heating_costs,
    gas_heating_costs,
    on_estimated_tiers,
)
from ..tariffs.models import ElectricityTariff
from .households import DeviceIndex

SOLID_PRICE_FIELDS = {
    "coal": "coal_yuan_per_t",
    "anthracite": "coal_yuan_per_t",
    "briquette": "briquette_yuan_per_t",
    "pellets": "pellet_yuan_per_t",
    "straw": "straw_yuan_per_t",
    "firewood": "firewood_yuan_per_t",
    "lpg": "lpg_yuan_per_kg",
}


@dataclass(frozen=True, slots=True, eq=False)
class Running:
    yuan: np.ndarray  # (R, K) season cost per row and scenario
    by_month: np.ndarray  # (R, K, 12) yuan per calendar month (index 0 = January)
    tariffed: np.ndarray  # (R,) priced through a tariff (its bill may shift cost into other months)
    estimated: np.ndarray  # (R,) the typical bill rests on a price that is our estimate (E): to be checked locally


def uses_tou(setting: Setting, prices: Prices) -> bool:
    """The household's choice; by default the advice assumes it takes the TOU option if offered."""
    return bool(setting.valley_hours) if prices.use_tou is None else prices.use_tou


def base_electricity(setting: Setting, prices: Prices) -> float:
    given = prices.base_electricity_kwh_per_year
    return given if given is not None else setting.region.base_electricity_kwh_per_year.value


def _price_field(fuel: str) -> str:
    """The case's and the region pack's price field of a fuel priced per unit (per m² for district heat)."""
    return "district_yuan_per_m2" if fuel == "district_heat" else SOLID_PRICE_FIELDS[fuel]


def unit_price(setting: Setting, prices: Prices, fuel: str, scenarios: tuple[int, ...]) -> np.ndarray:
    """Price per fuel unit (per m² for district heat), per scenario: a flat electricity or gas
    price typed in, else the typed or the region's price of a solid fuel, LPG or district heat."""
    flat = {"electricity": prices.electricity_yuan_per_kwh, "natural_gas": prices.gas_yuan_per_m3}
    if fuel in flat:
        return np.full(len(scenarios), flat[fuel])
    name = _price_field(fuel)
    given = getattr(prices, name)
    if given is not None:
        return np.full(len(scenarios), given)
    r = getattr(setting.region.prices, name)
    return np.array([(r.low, r.typ, r.high)[s] for s in scenarios])


def running_costs(
    setting: Setting,
    prices: Prices,
    devices: DeviceIndex,
    scenarios: tuple[int, ...],
    by_month: np.ndarray,
    valley_share: np.ndarray,
    area_m2: np.ndarray,
    heating_with: np.ndarray,
) -> Running:
    """Season cost of every row (its device's fuel) for each of ``scenarios``.

    ``by_month`` (R, K, S) is fuel per season month, ``valley_share`` (R, K), ``area_m2`` (R,),
    ``heating_with`` (R,) the fuel of each row's household's heating today, which decides the
    electricity terms it qualifies for (``ElectricityTariff.for_heating_with``)."""
    rows, k, _ = by_month.shape
    months = np.array(setting.months) - 1
    yuan = np.zeros((rows, k))
    monthly = np.zeros((rows, k, 12))
    tariffed = np.zeros(rows, dtype=bool)
    per_unit_price = np.zeros((rows, k))  # per fuel unit, or per m² for district heat
    estimated = np.zeros(rows, dtype=bool)
    district = np.zeros((rows, 1), dtype=bool)
    typical = scenarios.index(TYPICAL) if TYPICAL in scenarios else 0
    tariff = setting.tariff
    groups: list[tuple[str, ElectricityTariff | None, np.ndarray]] = []
    for fuel, idx in devices.by_fuel():
        if fuel != "electricity":
            groups.append((fuel, None, idx))
            continue
        for today in dict.fromkeys(heating_with[idx].tolist()):  # the terms each household qualifies for
            groups.append((fuel, tariff.electricity.for_heating_with(today), idx[heating_with[idx] == today]))
    for fuel, electricity, idx in groups:
        if electricity is not None and prices.electricity_yuan_per_kwh is None:
            tiers = tariff.electricity.tiers
            cost = _tariffed(
                idx,
                by_month,
                months,
                lambda heat: electricity_heating_costs(
                    electricity,  # noqa: B023 — called at once
                    heat,
                    np.clip(valley_share[idx], 0.0, 1.0).reshape(-1),  # noqa: B023 — called at once
                    base_electricity(setting, prices),
                    uses_tou(setting, prices),
                    setting.on,
                ),
            )
        elif fuel == "natural_gas" and prices.gas_yuan_per_m3 is None:
            tiers = tariff.gas.default_tariff.tiers
            cost = _tariffed(
                idx, by_month, months, lambda heat: gas_heating_costs(tariff.gas.default_tariff, heat, 0.0, setting.on)
            )
        else:
            per_unit_price[idx] = unit_price(setting, prices, fuel, scenarios)
            estimated[idx] = _region_price_estimated(setting, prices, fuel)
            district[idx] = fuel == "district_heat"
            continue
        yuan[idx] = cost.total_yuan.reshape(len(idx), k)
        monthly[idx] = cost.by_month.reshape(len(idx), k, 12)
        tariffed[idx] = True
        estimated[idx] = on_estimated_tiers(cost, tiers, tariff.sources).reshape(len(idx), k)[:, typical]
    use = by_month.sum(axis=-1)
    bill = np.where(district, area_m2[:, None], use) * per_unit_price  # district heat is paid per m², whatever the heat
    yuan += bill  # nothing for tariffed rows: they have no unit price
    per_unit = np.where(
        district, bill / np.where(use > 0, use, 1.0), per_unit_price
    )  # district: the bill by each month's heat
    monthly[:, :, months] += by_month * per_unit[:, :, None]
    return Running(yuan, monthly, tariffed, estimated)


def _region_price_estimated(setting: Setting, prices: Prices, fuel: str) -> bool:
    """The region pack's price of a solid fuel, LPG or district heat is our estimate (E) and
    the staff typed no price in (a flat electricity or gas price typed in is theirs)."""
    if fuel in ("electricity", "natural_gas"):
        return False
    name = _price_field(fuel)
    if getattr(prices, name) is not None:
        return False
    region = setting.region
    return region.sources[getattr(region.prices, name).src].conf == "E"


def _tariffed(
    idx: np.ndarray, by_month: np.ndarray, months: np.ndarray, costs: Callable[[np.ndarray], EnergyCosts]
) -> EnergyCosts:
    """The tariff's costs of the rows ``idx``, their use laid out by calendar month."""
    n, k = len(idx), by_month.shape[1]
    heat = np.zeros((n * k, 12))
    heat[:, months] = by_month[idx].reshape(n * k, -1)
    return costs(heat)
