"""The consultation's inputs: one household, as the window, the CLI and the batch tools
describe it. This model is the single contract between them and the core.

Everything the resident may not know has a default (from the region pack or below), so a
consultation works with about ten answers. Limits are generous but reject nonsense
(NaN, negative areas, a 5,000 m² farmhouse) with a field error, never an exception.
"""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from .typical_year import month_day

CASE_SCHEMA_VERSION: Literal[1] = 1

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)  # prices and subsidies make no sense outside


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False, validate_default=True)


class Wall(str, Enum):
    adobe = "adobe"  # 土坯墙
    brick_240 = "brick_240"  # 24 砖墙 (一砖)
    brick_370 = "brick_370"  # 37 砖墙
    brick_ins_50 = "brick_ins_50"  # 砖墙 + 5 cm 保温
    brick_ins_100 = "brick_ins_100"  # 砖墙 + 10 cm 保温
    new_standard = "new_standard"  # 按新节能标准建的房子


class Windows(str, Enum):
    single = "single"
    double = "double"
    insulated = "insulated"


class Airtightness(str, Enum):
    leaky = "leaky"
    ordinary = "ordinary"
    tight = "tight"


class Floor(str, Enum):
    ground = "ground"  # 直接落地的地面，未保温
    insulated = "insulated"


class Emitter(str, Enum):
    floor = "floor"  # 地暖
    radiators = "radiators"  # 暖气片
    fan_coil = "fan_coil"  # 风机盘管
    none = "none"  # no water system: stoves, air-to-air, direct electric


FloorArea = Annotated[float, Field(gt=5, le=1000)]
ChoiceYuan = Annotated[float, Field(ge=0, le=1_000_000)]
Id = Annotated[str, Field(min_length=1, max_length=80)]  # a catalogue or pack id, as the packs bound theirs


class House(Model):
    heated_area_m2: FloorArea = Field(description="Floor area of the house's rooms that can be heated (m²)")
    storeys: int = Field(default=1, ge=1, le=4)
    wall: Wall = Wall.brick_240
    windows: Windows = Windows.single
    roof_insulated: bool = False
    floor: Floor = Floor.ground
    airtightness: Airtightness = Airtightness.ordinary
    habit: Literal["day_16_banked_night", "frugal_14", "all_day_18"] | None = Field(
        default=None,
        description="How the household heats (a preset of the common pack); None: the default for today's fuel",
    )
    heated_share: float | None = Field(
        default=None, ge=0.1, le=1.0, description="Share of the rooms heated; None: the habit's"
    )
    hours_per_day: float | None = Field(default=None, ge=1, le=24, description="Hours heated fully; None: the habit's")
    indoor_temp_c: float | None = Field(
        default=None, ge=10, le=26, description="Set-point while heated; None: the habit's"
    )
    heated_rooms: int | None = Field(
        default=None,
        ge=1,
        le=20,
        description="Rooms heated: one indoor unit each for room units; default from the heated area",
    )
    night_temp_c: float | None = Field(default=None, ge=5, le=26, description="Set-point in the hours not heated fully")
    emitter: Emitter = Emitter.radiators
    supply_kw: float | None = Field(default=None, gt=0, le=100, description="Meter or contracted capacity (kW)")
    demand_override_kwh: float | None = Field(default=None, gt=0, le=500_000)


class UsageUnit(str, Enum):
    tonne = "t"
    kg = "kg"
    m3 = "m3"
    kwh = "kwh"
    yuan = "yuan"
    cylinder = "cylinder"  # a 15 kg LPG cylinder


class LastWinter(Model):
    """What the current system used last winter, in the resident's own unit."""

    quantity: float = Field(gt=0, le=1_000_000)
    unit: UsageUnit
    confirmed: bool = Field(default=False, description="Staff checked a figure far from the model with the resident")


class Current(Model):
    device_id: str = Field(min_length=1, max_length=60)
    last_winter: LastWinter | None = None
    use_calibration: bool = True


class OptionChoice(Model):
    device_id: str = Field(min_length=1, max_length=60)
    price_yuan: ChoiceYuan | None = Field(default=None, description="Purchase + installation, overrides the catalogue")
    subsidy_yuan: ChoiceYuan | None = Field(
        default=None, description="Known one-off subsidy, overrides the region default"
    )
    capacity_kw: float | None = Field(default=None, gt=0, le=100)
    upgrades: list[Id] = Field(default_factory=list, max_length=8)

    @field_validator("subsidy_yuan")
    @classmethod
    def _within_price(cls, subsidy: float | None, info: ValidationInfo) -> float | None:
        """A one-off subsidy pays part of the purchase at most; more is a typing slip."""
        price = info.data.get("price_yuan")
        if subsidy is not None and price is not None and subsidy > price:
            raise PydanticCustomError("subsidy_above_price", "more than the price ({le})", {"le": f"{price:g}"})
        return subsidy

    @property
    def key(self) -> str:
        """Identifies the option in a result: the device, plus its envelope measures if any."""
        return "+".join([self.device_id, *sorted(self.upgrades)])


class Prices(Model):
    """Overrides of the region pack's prices; None keeps the default."""

    electricity_yuan_per_kwh: float | None = Field(default=None, gt=0, le=5, description="Flat price instead of tiers")
    use_tou: bool | None = None
    base_electricity_kwh_per_year: float | None = Field(default=None, ge=0, le=50_000)
    gas_yuan_per_m3: float | None = Field(default=None, gt=0, le=20)
    coal_yuan_per_t: float | None = Field(default=None, gt=0, le=5_000)
    briquette_yuan_per_t: float | None = Field(default=None, gt=0, le=5_000)
    pellet_yuan_per_t: float | None = Field(default=None, gt=0, le=5_000)
    straw_yuan_per_t: float | None = Field(default=None, ge=0, le=5_000)
    firewood_yuan_per_t: float | None = Field(default=None, ge=0, le=5_000)
    lpg_yuan_per_kg: float | None = Field(default=None, gt=0, le=50)
    district_yuan_per_m2: float | None = Field(default=None, gt=0, le=200)


class Economics(Model):
    horizon_years: int = Field(default=15, ge=1, le=40)
    discount_rate: float = Field(default=0.04, ge=0, le=0.3)
    price_escalation: float = Field(default=0.02, ge=-0.1, le=0.3)
    income_yuan_per_year: float | None = Field(default=None, gt=0, le=10_000_000)


def _month_day(text: str | None) -> str | None:
    """A season date is a day of the typical year, month-day without a year (``month_day``).

    The climate data's typical year has 365 days, so 02-29 is read as 02-28: whoever writes
    it means "to the end of February". A day no year has (02-30, 04-31) is refused."""
    if text is None:
        return None
    if text == "02-29":
        return "02-28"
    month_day(text)
    return text


def _in_range(day: date | None) -> date | None:
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise PydanticCustomError(
            "date_out_of_range", "must be in the years {expected}", {"expected": f"{FIRST_DAY.year}–{LAST_DAY.year}"}
        )
    return day


def _plain(text: str | None) -> str | None:
    """Names and places print on one line of the sheet and match the packs' names; an
    emptied optional box means "not given"."""
    if text is not None and _CONTROL.search(text):
        raise PydanticCustomError("control_characters", "contains a control character (line break, tab, …)")
    return text or None


# Free text of at most 20 or 40 characters, on one line (checked after the length).
Text20 = Annotated[str, Field(max_length=20), AfterValidator(_plain)]
Text40 = Annotated[str, Field(max_length=40), AfterValidator(_plain)]


class Location(Model):
    province: Annotated[str, Field(min_length=2, max_length=20), AfterValidator(_plain)]
    county: Annotated[str, Field(min_length=1, max_length=40), AfterValidator(_plain)] = Field(
        description="County, district or county-level city"
    )
    prefecture: Text20 | None = Field(
        default=None, description="Prefecture (市), for a county name shared in the province (城区)"
    )
    township: Text40 | None = Field(default=None, description="Township or street (乡镇/街道)")
    village: Text40 | None = None


Infrastructure = Literal["pipe_gas", "heat_network", "village_station", "water_source", "borehole_site"]
"""What a device may need from the village or the yard: 燃气管道入户, 集中供热管网, 村集中热泵/燃气站, 能用的井水或河水,
院里能打井 (a ground loop's boreholes)."""


class Village(Model):
    """What the village (and the household's yard) has. Each is "no" unless said: few villages
    have any of them (11.9 % had gas at the end of 2016), so advice never rests on infrastructure
    nobody confirmed — a ground loop's boreholes neither, drilled ~100 m deep in the yard. A
    region pack may confirm them for named townships and villages."""

    pipe_gas: bool = Field(default=False, description="A gas pipe reaches the house (管道天然气入户)")
    heat_network: bool = Field(default=False, description="A heat network reaches the village (集中供热/余热管网)")
    village_station: bool = Field(default=False, description="A village-scale heat-pump or gas absorption station")
    water_source: bool = Field(default=False, description="Well or river water a water-source heat pump may use")
    borehole_site: bool = Field(
        default=False,
        description="Room in the yard to drill a ground loop's boreholes, and a driller who works here (地源热泵)",
    )

    def has(self) -> frozenset[str]:
        """The infrastructure said to be there, by name."""
        return frozenset(k for k, v in self.__dict__.items() if v)


class Household(Model):
    """Who the resident is; optional, and only what subsidies or the sheet need."""

    name: Text40 | None = None
    phone: Text20 | None = None
    hukou_local: bool | None = None
    low_income: Literal["dibao", "tekun", "monitored", "none"] | None = None
    owns_house: bool | None = None
    subsidised_before: bool | None = None
    village_batches: list[Id] | None = Field(
        default=None,
        max_length=50,
        description="Ids of the pilot lists (试点村/示范项目) the village is on; [] for none",
    )


class Case(Model):
    schema_version: Literal[1] = CASE_SCHEMA_VERSION
    location: Location
    house: House
    current: Current
    options: list[OptionChoice] | None = Field(
        default=None, min_length=1, max_length=24, description="Options to compare; None for the region's defaults"
    )
    prices: Prices = Field(default_factory=Prices)
    economics: Economics = Field(default_factory=Economics)
    household: Household = Field(default_factory=Household)
    village: Village = Field(default_factory=Village)
    season_start: Annotated[str | None, AfterValidator(_month_day)] = None
    season_end: Annotated[str | None, AfterValidator(_month_day)] = None
    on_date: Annotated[date | None, AfterValidator(_in_range)] = Field(
        default=None, description="Evaluation date for prices and subsidies; default today"
    )

    @field_validator("options")
    @classmethod
    def _distinct(cls, options: list[OptionChoice] | None) -> list[OptionChoice] | None:
        if options is not None:
            keys = [o.key for o in options]
            if len(keys) != len(set(keys)):
                raise ValueError("each device (with the same measures) may be listed once")
        return options
