"""Amount types of a policy pack and the bounded, sourced numbers they are made of.

A fixed set of types, never a formula: each type's arithmetic lives in amounts.py. Bounds
reject absurd figures (a typo of three extra zeros) when the pack is read.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, model_validator

from heatadvisor.core.contract.typical_year import MonthDayText
from heatadvisor.core.packs.quantities import EnergySubsidy
from heatadvisor.core.packs.sourced import Sourced, Strict


class PackModel(Strict):
    """Pack parts are validated strictly: "12" is not a number and "yes" is not true."""

    model_config = ConfigDict(strict=True)


class Yuan(Sourced, ge=0, le=200_000):
    """A subsidy, yuan"""


class CombinedYuan(Sourced, ge=0, le=500_000):
    """The most several programmes pay together, yuan"""


class Percent(Sourced, gt=0, le=100):
    """Share of the cost paid, percent"""


class YuanPerM2(Sourced, ge=0, le=2_000):
    """Subsidy per m² heated, yuan"""


class YuanPerKw(Sourced, ge=0, le=20_000):
    """Subsidy per kW installed, yuan"""


class YuanPerSeason(Sourced, ge=0, le=20_000):
    """Operating subsidy per heating season, yuan"""


class EnergyRate(Sourced, ge=0, le=10):
    """Operating subsidy, yuan per kWh or m³ (electricity re-checked ≤ 2)"""


class Quantity(Sourced, ge=0, le=100_000):
    """kWh or m³ per season"""


class Area(Sourced, ge=0, le=2_000):
    """Heated area, m²"""


class Cop(Sourced, ge=1, le=10):
    """Minimum rated COP"""


class ElectricityPrice(Sourced, ge=0, le=3):
    """Electricity price, yuan per kWh"""


ClockTime = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class Fixed(PackModel):
    type: Literal["fixed"]
    yuan: Yuan
    up_to: bool = False  # "最高…元": the amount is a maximum


class PercentOfCost(PackModel):
    type: Literal["percent_of_cost"]
    percent: Percent
    cap_yuan: Yuan | None = None


class PerM2(PackModel):
    type: Literal["per_m2"]
    yuan_per_m2: YuanPerM2
    max_m2: Area | None = None
    cap_yuan: Yuan | None = None


class PerKw(PackModel):
    type: Literal["per_kw"]
    yuan_per_kw: YuanPerKw
    cap_yuan: Yuan | None = None


class PerDevice(PackModel):
    type: Literal["per_device"]
    yuan_per_device: Yuan
    max_devices: int | None = Field(default=None, ge=1, le=50)
    cap_yuan: Yuan | None = None


class OperatingStep(PackModel):
    """Years since installation (1 = first heating season) and what each season pays."""

    from_year: int = Field(ge=1, le=30)
    to_year: int = Field(ge=1, le=30)
    rate: EnergyRate | None = None  # yuan per kWh or per m³
    cap_quantity: Quantity | None = None  # kWh or m³ per season
    cap_yuan: YuanPerSeason | None = None
    yuan_per_season: YuanPerSeason | None = None  # a lump per season ("最高…元/采暖季")

    @model_validator(mode="after")
    def _one_way_to_pay(self) -> OperatingStep:
        if self.to_year < self.from_year:
            raise ValueError("to_year is before from_year")
        if (self.rate is None) == (self.yuan_per_season is None):
            raise ValueError("give either rate or yuan_per_season")
        if self.yuan_per_season is not None and self.cap_quantity is not None:
            raise ValueError("cap_quantity applies only to a rate")
        return self


class Operating(PackModel):
    type: Literal["operating"]
    energy: Literal["electricity", "gas", "any"]  # "any": lump sums per season, whatever the fuel
    steps: list[OperatingStep] = Field(min_length=1, max_length=10)

    @model_validator(mode="after")
    def _steps_sane(self) -> Operating:
        years = [year for step in self.steps for year in range(step.from_year, step.to_year + 1)]
        if len(years) != len(set(years)):
            raise ValueError("steps overlap in years")
        if self.energy == "electricity" and any(s.rate and s.rate.value > 2 for s in self.steps):
            raise ValueError("an electricity rate above 2 yuan/kWh is not plausible")
        if self.energy == "any" and any(s.rate is not None for s in self.steps):
            raise ValueError('energy "any" allows only yuan_per_season steps')
        return self


class HourSpan(PackModel):
    start: ClockTime
    end: ClockTime


class SeasonSpan(PackModel):
    start: MonthDayText
    end: MonthDayText


class Tariff(PackModel):
    """A programme that changes the electricity price itself, for the tariff code to apply."""

    type: Literal["tariff"]
    energy: Literal["electricity"]
    valley_price: ElectricityPrice | None = None
    valley_hours: HourSpan | None = None
    season: SeasonSpan | None = None
    subsidy_per_kwh: EnergySubsidy | None = None
    subsidy_cap_kwh: Quantity | None = None
    subsidy_on: Literal["valley", "heating"] = "valley"
    no_tiers_in_season: bool = False
    seasons: int | None = Field(default=None, ge=1, le=30)  # seasons since installation

    @model_validator(mode="after")
    def _says_something(self) -> Tariff:
        if self.valley_price is None and self.subsidy_per_kwh is None and not self.no_tiers_in_season:
            raise ValueError("give valley_price, subsidy_per_kwh or no_tiers_in_season")
        if self.valley_price is not None and self.valley_hours is None:
            raise ValueError("a valley_price needs valley_hours")
        if self.subsidy_cap_kwh is not None and self.subsidy_per_kwh is None:
            raise ValueError("subsidy_cap_kwh needs subsidy_per_kwh")
        return self


class ToBeSet(PackModel):
    """Template packs only: the county office fills in the amount."""

    type: Literal["to_be_set"]
    benefit: Literal["capital", "operating"]


CAPITAL_TYPES = frozenset({"fixed", "percent_of_cost", "per_m2", "per_kw", "per_device"})

Amount = Annotated[
    Fixed | PercentOfCost | PerM2 | PerKw | PerDevice | Operating | Tariff | ToBeSet,
    Field(discriminator="type"),
]


def benefit_of(amount: Fixed | PercentOfCost | PerM2 | PerKw | PerDevice | Operating | Tariff | ToBeSet) -> str:
    """capital, operating or tariff."""
    if isinstance(amount, ToBeSet):
        return amount.benefit
    return "capital" if amount.type in CAPITAL_TYPES else amount.type
