"""Schema of a region pack: what differs by province (season, prices, grid, defaults)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from .sourced import PackHeader, Sourced, SourcedRange, Strict
from .store import register_kind

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Season(Strict):
    start: str  # MM-DD
    end: str
    src: str

    @field_validator("start", "end")
    @classmethod
    def _month_day(cls, text: str) -> str:
        if not _MONTH_DAY.match(text):
            raise ValueError("use MM-DD, e.g. 11-15")
        return text


class FuelPrices(Strict):
    coal_yuan_per_t: SourcedRange
    briquette_yuan_per_t: SourcedRange
    pellet_yuan_per_t: SourcedRange
    straw_yuan_per_t: SourcedRange
    firewood_yuan_per_t: SourcedRange
    lpg_yuan_per_kg: SourcedRange
    district_yuan_per_m2: SourcedRange


class FieldRanges(Strict):
    """What households here use in a season, from field figures: an uncalibrated estimate
    outside these (widened by the common pack's ``range_widen``) asks for last winter's figure."""

    coal_t_per_household: SourcedRange = Field(description="Raw coal, tonnes per household per season")
    heat_kwh_per_m2: SourcedRange = Field(description="Heat delivered per m² of house floor per season")
    hp_season_kwh: SourcedRange | None = Field(default=None, description="Heat-pump electricity per household per season")


class RegionPack(PackHeader):
    kind: Literal["regions"] = "regions"
    province: str | None = Field(description="e.g. 山东省; None for the national default pack")
    covers: list[str] = Field(min_length=1, description="Provinces this pack serves")
    estimate_only: bool = Field(description="True where figures are national defaults to verify locally")
    season: Season
    tariff_pack: str = Field(description="pack_id of the province's tariff pack")
    grid_co2_kg_per_kwh: Sourced
    prices: FuelPrices
    base_electricity_kwh_per_year: Sourced
    default_supply_kw: Sourced
    household_base_kw: Sourced  # other appliances at the winter evening peak
    default_options: list[str] = Field(min_length=1, max_length=24)
    field_ranges: FieldRanges | None = None


register_kind("regions", RegionPack)
