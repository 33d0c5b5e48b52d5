"""The physical and economic range of every kind of number a pack holds, in one place.

A pack from outside may say anything; these bounds are where the arithmetic stays meaningful
(a negative price or grid factor turns savings and CO₂ upside down, a zero lifetime or heating
value divides by zero). They are wide: a real figure from any northern province fits, a
typo of three extra zeros or a minus sign does not. Each kind is a subclass of ``Sourced``
or ``SourcedRange`` that names its bounds in its class line (``ge`` or ``gt``, ``le``); its
numbers carry them, so the JSON Schema shows them too.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .sourced import Sourced, SourcedRange


# money
class CapitalYuan(SourcedRange, ge=0, le=300_000):
    """Purchase and installation, yuan"""


class CapitalYuanPerM2(SourcedRange, ge=0, le=5_000):
    """Purchase or work per m² (pipes, insulation), yuan"""


class YuanPerYear(Sourced, ge=0, le=20_000):
    """Yearly upkeep, yuan"""


class FuelYuanPerTonne(SourcedRange, ge=0, le=10_000):
    """Solid fuel price, yuan per tonne"""


class FuelYuanPerKg(SourcedRange, ge=0, le=100):
    """Bottled gas price, yuan per kg"""


class DistrictYuanPerM2(SourcedRange, ge=0, le=300):
    """District heating charge, yuan per m² and season"""


class EnergyPrice(Sourced, ge=0, le=10):
    """Electricity or gas price, yuan per kWh or m³"""


class EnergyPriceChange(Sourced, ge=-5, le=5):
    """Time-of-use change to a tier price, yuan per kWh"""


class EnergySubsidy(Sourced, ge=0, le=2):
    """Subsidy on each kWh or m³ used, yuan"""


# energy, power and time
class TierQuantity(Sourced, gt=0, le=1_000_000):
    """Tier threshold, kWh or m³ per billing period"""


class SeasonQuantity(Sourced, ge=0, le=1_000_000):
    """Quantity per season (a subsidy cap), kWh or m³"""


class YearlyKwh(Sourced, ge=0, le=100_000):
    """Household electricity use besides heating, kWh per year"""


class Kilowatts(Sourced, ge=0, le=200):
    """Electric or heating power, kW"""


class SupplyKilowatts(Sourced, gt=0, le=200):
    """A household's connection, kW"""


class Years(Sourced, ge=1, le=60):
    """Service life, years"""


class HeatingValue(Sourced, gt=0, le=20_000):
    """Lower heating value, kWh per t, m³, kg or kWh"""


class Co2PerUnit(Sourced, ge=0, le=5_000):
    """Fossil CO₂, kg per t, m³, kg or kWh"""


class GramsPerKg(Sourced, ge=0, le=200):
    """Pollutant emitted, g per kg of fuel"""


class GridCo2(Sourced, ge=0, le=2):
    """Grid CO₂ factor, kg per kWh"""


# efficiency
class Efficiency(SourcedRange, ge=0.05, le=2.0):
    """Useful heat per unit of fuel energy"""


class CopFactor(SourcedRange, ge=0.2, le=1.5):
    """Rated-to-field COP multiplier"""


# building and climate
class UValue(Sourced, ge=0.05, le=10):
    """Heat loss, W/(m²·K)"""


class AirChanges(Sourced, ge=0.05, le=5):
    """Air changes per hour"""


class Metres(Sourced, ge=1.5, le=10):
    """Storey height, m"""


class Ratio(Sourced, ge=0.1, le=20):
    """A dimensionless ratio (house aspect, sizing margin, oversize)"""


class Share(Sourced, ge=0, le=1):
    """A share between 0 and 1"""


class GainsWPerM2(Sourced, ge=0, le=50):
    """Internal heat gains, W/m²"""


class Kelvin(Sourced, ge=0, le=40):
    """A temperature difference, K"""


class FlowTemperature(Sourced, ge=20, le=85):
    """Heating water flow temperature, °C"""


class KwPerPi(Sourced, ge=1, le=5):
    """Heating kW per 匹"""


class CylinderKg(Sourced, ge=1, le=100):
    """Gas in one bottle, kg"""


class RoomM2(Sourced, ge=4, le=100):
    """Floor area of a typical room, m²"""


# ground loops
class BoreholeWPerMetre(Sourced, ge=10, le=200):
    """Heat drawn per metre of borehole at the peak, W"""


class BoreholeKwhPerMetre(Sourced, ge=10, le=1_000):
    """Heat drawn per metre of borehole in a year, kWh"""


class BoreholeYuanPerMetre(SourcedRange, ge=0, le=2_000):
    """Drilling and loop per metre of borehole, yuan"""


class UnitYuan(SourcedRange, ge=0, le=50_000):
    """Purchase and installation of one indoor unit, yuan"""


# how a household heats, and how far a figure may stray before it is questioned
class HeatedShare(Sourced, gt=0, le=1):
    """Share of the floor heated"""


class FloorM2(Sourced, ge=5, le=1000):
    """Floor area, m²"""


class IndoorC(Sourced, ge=0, le=30):
    """Indoor set-point, °C"""


class HoursPerDay(Sourced, gt=0, le=24):
    """Hours a day heated fully"""


class FarRatio(Sourced, gt=1, le=100):
    """How many times the model a figure may be before it is asked again"""


class Widening(Sourced, ge=0, le=5):
    """How far a field range is widened, as a share of its width"""


class CoalTonnes(SourcedRange, ge=0, le=100):
    """Coal per household per season, t"""


class HeatPerM2(SourcedRange, ge=0, le=2000):
    """Heat per m² of floor per season, kWh"""


class SeasonKwh(SourcedRange, ge=0, le=200_000):
    """Electricity per household per season, kWh"""


HeatOutputKw = Annotated[float, Field(ge=0.5, le=200, allow_inf_nan=False)]
"""A heater's output, kW (a rating point's or the nominal size)."""
OutdoorC = Annotated[float, Field(ge=-50, le=45, allow_inf_nan=False)]
"""An outdoor (or source) temperature, °C."""
DefrostLoss = Annotated[float, Field(ge=0, le=0.5, allow_inf_nan=False)]
"""Share of a heat pump's COP lost to frosting (measured losses stay well below a third)."""
