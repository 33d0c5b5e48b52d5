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

from pydantic import AfterValidator, Field

from .sourced import Finite, Sourced, SourcedRange


# money
class CapitalYuan(SourcedRange):
    """Purchase and installation, yuan"""

    low: Annotated[Finite, Field(ge=0, le=300_000)]
    typ: Annotated[Finite, Field(ge=0, le=300_000)]
    high: Annotated[Finite, Field(ge=0, le=300_000)]


class CapitalYuanPerM2(SourcedRange):
    """Purchase or work per m² (pipes, insulation), yuan"""

    low: Annotated[Finite, Field(ge=0, le=5_000)]
    typ: Annotated[Finite, Field(ge=0, le=5_000)]
    high: Annotated[Finite, Field(ge=0, le=5_000)]


class YuanPerYear(Sourced):
    """Yearly upkeep, yuan"""

    value: Annotated[Finite, Field(ge=0, le=20_000)]


class FuelYuanPerTonne(SourcedRange):
    """Solid fuel price, yuan per tonne"""

    low: Annotated[Finite, Field(ge=0, le=10_000)]
    typ: Annotated[Finite, Field(ge=0, le=10_000)]
    high: Annotated[Finite, Field(ge=0, le=10_000)]


class FuelYuanPerKg(SourcedRange):
    """Bottled gas price, yuan per kg"""

    low: Annotated[Finite, Field(ge=0, le=100)]
    typ: Annotated[Finite, Field(ge=0, le=100)]
    high: Annotated[Finite, Field(ge=0, le=100)]


class DistrictYuanPerM2(SourcedRange):
    """District heating charge, yuan per m² and season"""

    low: Annotated[Finite, Field(ge=0, le=300)]
    typ: Annotated[Finite, Field(ge=0, le=300)]
    high: Annotated[Finite, Field(ge=0, le=300)]


class EnergyPrice(Sourced):
    """Electricity or gas price, yuan per kWh or m³"""

    value: Annotated[Finite, Field(ge=0, le=10)]


class EnergyPriceChange(Sourced):
    """Time-of-use change to a tier price, yuan per kWh"""

    value: Annotated[Finite, Field(ge=-5, le=5)]


class EnergySubsidy(Sourced):
    """Subsidy on each kWh or m³ used, yuan"""

    value: Annotated[Finite, Field(ge=0, le=2)]



# energy, power and time
class TierQuantity(Sourced):
    """Tier threshold, kWh or m³ per billing period"""

    value: Annotated[Finite, Field(gt=0, le=1_000_000)]


class SeasonQuantity(Sourced):
    """Quantity per season (a subsidy cap), kWh or m³"""

    value: Annotated[Finite, Field(ge=0, le=1_000_000)]


class YearlyKwh(Sourced):
    """Household electricity use besides heating, kWh per year"""

    value: Annotated[Finite, Field(ge=0, le=100_000)]


class Kilowatts(Sourced):
    """Electric or heating power, kW"""

    value: Annotated[Finite, Field(ge=0, le=200)]


class SupplyKilowatts(Sourced):
    """A household's connection, kW"""

    value: Annotated[Finite, Field(gt=0, le=200)]


class Years(Sourced):
    """Service life, years"""

    value: Annotated[Finite, Field(ge=1, le=60)]


class HeatingValue(Sourced):
    """Lower heating value, kWh per t, m³, kg or kWh"""

    value: Annotated[Finite, Field(gt=0, le=20_000)]


class Co2PerUnit(Sourced):
    """Fossil CO₂, kg per t, m³, kg or kWh"""

    value: Annotated[Finite, Field(ge=0, le=5_000)]


class GramsPerKg(Sourced):
    """Pollutant emitted, g per kg of fuel"""

    value: Annotated[Finite, Field(ge=0, le=200)]


class GridCo2(Sourced):
    """Grid CO₂ factor, kg per kWh"""

    value: Annotated[Finite, Field(ge=0, le=2)]



# efficiency
class Efficiency(SourcedRange):
    """Useful heat per unit of fuel energy"""

    low: Annotated[Finite, Field(ge=0.05, le=2.0)]
    typ: Annotated[Finite, Field(ge=0.05, le=2.0)]
    high: Annotated[Finite, Field(ge=0.05, le=2.0)]


class CopFactor(SourcedRange):
    """Rated-to-field COP multiplier"""

    low: Annotated[Finite, Field(ge=0.2, le=1.5)]
    typ: Annotated[Finite, Field(ge=0.2, le=1.5)]
    high: Annotated[Finite, Field(ge=0.2, le=1.5)]



# building and climate
class UValue(Sourced):
    """Heat loss, W/(m²·K)"""

    value: Annotated[Finite, Field(ge=0.05, le=10)]


class AirChanges(Sourced):
    """Air changes per hour"""

    value: Annotated[Finite, Field(ge=0.05, le=5)]


class Metres(Sourced):
    """Storey height, m"""

    value: Annotated[Finite, Field(ge=1.5, le=10)]


class Ratio(Sourced):
    """A dimensionless ratio (house aspect, sizing margin, oversize)"""

    value: Annotated[Finite, Field(ge=0.1, le=20)]


class Share(Sourced):
    """A share between 0 and 1"""

    value: Annotated[Finite, Field(ge=0, le=1)]


class GainsWPerM2(Sourced):
    """Internal heat gains, W/m²"""

    value: Annotated[Finite, Field(ge=0, le=50)]


class Kelvin(Sourced):
    """A temperature difference, K"""

    value: Annotated[Finite, Field(ge=0, le=40)]


class FlowTemperature(Sourced):
    """Heating water flow temperature, °C"""

    value: Annotated[Finite, Field(ge=20, le=85)]


class KwPerPi(Sourced):
    """Heating kW per 匹"""

    value: Annotated[Finite, Field(ge=1, le=5)]


class CylinderKg(Sourced):
    """Gas in one bottle, kg"""

    value: Annotated[Finite, Field(ge=1, le=100)]


class RoomM2(Sourced):
    """Floor area of a typical room, m²"""

    value: Annotated[Finite, Field(ge=4, le=100)]


# ground loops
class BoreholeWPerMetre(Sourced):
    """Heat drawn per metre of borehole at the peak, W"""

    value: Annotated[Finite, Field(ge=10, le=200)]


class BoreholeKwhPerMetre(Sourced):
    """Heat drawn per metre of borehole in a year, kWh"""

    value: Annotated[Finite, Field(ge=10, le=1_000)]


class BoreholeYuanPerMetre(SourcedRange):
    """Drilling and loop per metre of borehole, yuan"""

    low: Annotated[Finite, Field(ge=0, le=2_000)]
    typ: Annotated[Finite, Field(ge=0, le=2_000)]
    high: Annotated[Finite, Field(ge=0, le=2_000)]


class UnitYuan(SourcedRange):
    """Purchase and installation of one indoor unit, yuan"""

    low: Annotated[Finite, Field(ge=0, le=50_000)]
    typ: Annotated[Finite, Field(ge=0, le=50_000)]
    high: Annotated[Finite, Field(ge=0, le=50_000)]


# how a household heats, and how far a figure may stray before it is questioned
class HeatedShare(Sourced):
    """Share of the floor heated"""

    value: Annotated[Finite, Field(gt=0, le=1)]


class FloorM2(Sourced):
    """Floor area, m²"""

    value: Annotated[Finite, Field(ge=5, le=1000)]


class IndoorC(Sourced):
    """Indoor set-point, °C"""

    value: Annotated[Finite, Field(ge=0, le=30)]


class HoursPerDay(Sourced):
    """Hours a day heated fully"""

    value: Annotated[Finite, Field(gt=0, le=24)]


class FarRatio(Sourced):
    """How many times the model a figure may be before it is asked again"""

    value: Annotated[Finite, Field(gt=1, le=100)]


class Widening(Sourced):
    """How far a field range is widened, as a share of its width"""

    value: Annotated[Finite, Field(ge=0, le=5)]


class CoalTonnes(SourcedRange):
    """Coal per household per season, t"""

    low: Annotated[Finite, Field(ge=0, le=100)]
    typ: Annotated[Finite, Field(ge=0, le=100)]
    high: Annotated[Finite, Field(ge=0, le=100)]


class HeatPerM2(SourcedRange):
    """Heat per m² of floor per season, kWh"""

    low: Annotated[Finite, Field(ge=0, le=2000)]
    typ: Annotated[Finite, Field(ge=0, le=2000)]
    high: Annotated[Finite, Field(ge=0, le=2000)]


class SeasonKwh(SourcedRange):
    """Electricity per household per season, kWh"""

    low: Annotated[Finite, Field(ge=0, le=200_000)]
    typ: Annotated[Finite, Field(ge=0, le=200_000)]
    high: Annotated[Finite, Field(ge=0, le=200_000)]


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
