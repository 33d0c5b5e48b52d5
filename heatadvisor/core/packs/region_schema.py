"""Schema of a region pack: what differs by province (season, prices, grid, defaults)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..contract.case import Infrastructure
from ..contract.typical_year import MonthDayText
from .catalog_schema import FuelId
from .quantities import (
    CoalTonnes,
    DistrictYuanPerM2,
    FuelYuanPerKg,
    FuelYuanPerTonne,
    GridCo2,
    HeatPerM2,
    Kilowatts,
    SeasonKwh,
    SupplyKilowatts,
    YearlyKwh,
)
from .safe_text import PlainText, SafeId
from .sourced import PackHeader, Strict
from .store import register_kind


class Season(Strict):
    start: MonthDayText
    end: MonthDayText
    src: PlainText


class FuelPrices(Strict):
    coal_yuan_per_t: FuelYuanPerTonne
    briquette_yuan_per_t: FuelYuanPerTonne
    pellet_yuan_per_t: FuelYuanPerTonne
    straw_yuan_per_t: FuelYuanPerTonne
    firewood_yuan_per_t: FuelYuanPerTonne
    lpg_yuan_per_kg: FuelYuanPerKg
    district_yuan_per_m2: DistrictYuanPerM2


class VillageFact(Strict):
    """Infrastructure a county, township or village is known to have, so staff need not ask.
    Matches a case whose county (and township, village where given) are these names."""

    county: PlainText = Field(min_length=1, max_length=40)
    township: PlainText | None = Field(default=None, min_length=1, max_length=40)
    village: PlainText | None = Field(default=None, min_length=1, max_length=40)
    has: list[Infrastructure] = Field(min_length=1, max_length=5)
    src: PlainText = Field(min_length=1, max_length=80)


class FuelBan(Strict):
    """Fuels a prefecture, county, township or village does not allow households to burn (禁煤区:
    no coal, briquettes included). Matches a case in every place named; an option burning one of
    them is listed apart with why, and today's system is told."""

    prefecture: PlainText | None = Field(default=None, min_length=1, max_length=40)
    county: PlainText | None = Field(default=None, min_length=1, max_length=40)
    township: PlainText | None = Field(default=None, min_length=1, max_length=40)
    village: PlainText | None = Field(default=None, min_length=1, max_length=40)
    fuels: list[FuelId] = Field(min_length=1, max_length=8)
    src: PlainText = Field(min_length=1, max_length=80)


class FieldRanges(Strict):
    """What households here use in a season, from field figures: an uncalibrated estimate
    outside these (widened by the common pack's ``range_widen``) asks for last winter's figure."""

    coal_t_per_household: CoalTonnes = Field(description="Raw coal, tonnes per household per season")
    heat_kwh_per_m2: HeatPerM2 = Field(description="Heat delivered per m² of house floor per season")
    hp_season_kwh: SeasonKwh | None = Field(default=None, description="Heat-pump electricity per household per season")


class RegionPack(PackHeader):
    kind: Literal["regions"] = "regions"
    province: PlainText | None = Field(description="e.g. 山东省; None for the national default pack")
    covers: list[PlainText] = Field(min_length=1, max_length=40, description="Provinces this pack serves")
    estimate_only: bool = Field(description="True where figures are national defaults to verify locally")
    season: Season
    tariff_pack: SafeId = Field(description="pack_id of the province's tariff pack")
    grid_co2_kg_per_kwh: GridCo2
    prices: FuelPrices
    base_electricity_kwh_per_year: YearlyKwh
    default_supply_kw: SupplyKilowatts
    household_base_kw: Kilowatts  # other appliances at the winter evening peak
    default_options: list[SafeId] = Field(min_length=1, max_length=24)
    village_facts: list[VillageFact] = Field(default_factory=list, max_length=5000)
    fuel_bans: list[FuelBan] = Field(default_factory=list, max_length=5000)
    field_ranges: FieldRanges | None = None


register_kind("regions", RegionPack)
