"""The physical and economic range of every kind of number a pack holds, in one place.

A pack from outside may say anything; these bounds are where the arithmetic stays meaningful
(a negative price or grid factor turns savings and CO₂ upside down, a zero lifetime or heating
value divides by zero). They are wide: a real figure from any northern province fits, a
typo of three extra zeros or a minus sign does not. Each kind is a subclass of ``Sourced``
or ``SourcedRange`` whose numbers carry the bounds, so the JSON Schema shows them too.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, create_model

from .sourced import Sourced, SourcedRange


def _number(low: float, high: float, above_low: bool) -> object:
    bounds = {"gt" if above_low else "ge": low, "le": high}
    return Annotated[float, Field(allow_inf_nan=False, **bounds)]


def sourced(name: str, low: float, high: float, doc: str, *, above_low: bool = False) -> type[Sourced]:
    """A sourced number of one quantity kind, ``low ≤ value ≤ high`` (``>`` when above_low)."""
    return create_model(name, __base__=Sourced, __doc__=doc, value=(_number(low, high, above_low), ...))


def sourced_range(name: str, low: float, high: float, doc: str, *, above_low: bool = False) -> type[SourcedRange]:
    """A sourced low–typ–high estimate whose three numbers all lie within the kind's bounds."""
    number = _number(low, high, above_low)
    return create_model(name, __base__=SourcedRange, __doc__=doc, low=(number, ...), typ=(number, ...), high=(number, ...))


# money
CapitalYuan = sourced_range("CapitalYuan", 0, 300_000, "Purchase and installation, yuan")
CapitalYuanPerM2 = sourced_range("CapitalYuanPerM2", 0, 5_000, "Purchase or work per m² (pipes, insulation), yuan")
YuanPerYear = sourced("YuanPerYear", 0, 20_000, "Yearly upkeep, yuan")
FuelYuanPerTonne = sourced_range("FuelYuanPerTonne", 0, 10_000, "Solid fuel price, yuan per tonne")
FuelYuanPerKg = sourced_range("FuelYuanPerKg", 0, 100, "Bottled gas price, yuan per kg")
DistrictYuanPerM2 = sourced_range("DistrictYuanPerM2", 0, 300, "District heating charge, yuan per m² and season")
EnergyPrice = sourced("EnergyPrice", 0, 10, "Electricity or gas price, yuan per kWh or m³")
EnergyPriceChange = sourced("EnergyPriceChange", -5, 5, "Time-of-use change to a tier price, yuan per kWh")
EnergySubsidy = sourced("EnergySubsidy", 0, 2, "Subsidy on each kWh or m³ used, yuan")

# energy, power and time
TierQuantity = sourced("TierQuantity", 0, 1_000_000, "Tier threshold, kWh or m³ per billing period", above_low=True)
SeasonQuantity = sourced("SeasonQuantity", 0, 1_000_000, "Quantity per season (a subsidy cap), kWh or m³")
YearlyKwh = sourced("YearlyKwh", 0, 100_000, "Household electricity use besides heating, kWh per year")
Kilowatts = sourced("Kilowatts", 0, 200, "Electric or heating power, kW")
SupplyKilowatts = sourced("SupplyKilowatts", 0, 200, "A household's connection, kW", above_low=True)
Years = sourced("Years", 1, 60, "Service life, years")
HeatingValue = sourced("HeatingValue", 0, 20_000, "Lower heating value, kWh per t, m³, kg or kWh", above_low=True)
Co2PerUnit = sourced("Co2PerUnit", 0, 5_000, "Fossil CO₂, kg per t, m³, kg or kWh")
GramsPerKg = sourced("GramsPerKg", 0, 200, "Pollutant emitted, g per kg of fuel")
GridCo2 = sourced("GridCo2", 0, 2, "Grid CO₂ factor, kg per kWh")

# efficiency
Efficiency = sourced_range("Efficiency", 0.05, 2.0, "Useful heat per unit of fuel energy")
CopFactor = sourced_range("CopFactor", 0.2, 1.5, "Rated-to-field COP multiplier")

# building and climate
UValue = sourced("UValue", 0.05, 10, "Heat loss, W/(m²·K)")
AirChanges = sourced("AirChanges", 0.05, 5, "Air changes per hour")
Metres = sourced("Metres", 1.5, 10, "Storey height, m")
Ratio = sourced("Ratio", 0.1, 20, "A dimensionless ratio (house aspect, sizing margin, oversize)")
Share = sourced("Share", 0, 1, "A share between 0 and 1")
GainsWPerM2 = sourced("GainsWPerM2", 0, 50, "Internal heat gains, W/m²")
Kelvin = sourced("Kelvin", 0, 40, "A temperature difference, K")
FlowTemperature = sourced("FlowTemperature", 20, 85, "Heating water flow temperature, °C")
KwPerPi = sourced("KwPerPi", 1, 5, "Heating kW per 匹")
CylinderKg = sourced("CylinderKg", 1, 100, "Gas in one bottle, kg")

HeatOutputKw = Annotated[float, Field(ge=0.5, le=200, allow_inf_nan=False)]
"""A heater's output, kW (a rating point's or the nominal size)."""
OutdoorC = Annotated[float, Field(ge=-50, le=45, allow_inf_nan=False)]
"""An outdoor (or source) temperature, °C."""
DefrostLoss = Annotated[float, Field(ge=0, le=0.5, allow_inf_nan=False)]
"""Share of a heat pump's COP lost to frosting (measured losses stay well below a third)."""

DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the typical year has 365 days
_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


def _day_of_typical_year(text: str) -> str:
    if not _MONTH_DAY.match(text):
        raise ValueError("use MM-DD, e.g. 11-15")
    if int(text[3:]) > DAYS_IN_MONTH[int(text[:2]) - 1]:
        raise ValueError(f"{text} is not a day of the 365-day typical year")
    return text


MonthDay = Annotated[str, AfterValidator(_day_of_typical_year), Field(json_schema_extra={"pattern": _MONTH_DAY.pattern})]
"""A day of the season as MM-DD (the climate's typical year has no 29 February)."""
