"""Device kinds and heating technology ids: one list, read by the device catalogue's schema,
the subsidy engine and the window; and the categories of technologies a subsidy programme may
name (a category is only ever expanded here).

StrEnum, so each member is the very string the packs' JSON holds and compares equal to it.
The pack schemas take their allowed values from here as ``Literal`` types (``literal_of``)
rather than typing fields with the enum: in pydantic's strict mode an enum-typed field refuses
the plain string of Python input (policy facts and packs built in code), and the JSON Schemas
stay as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal


class DeviceKind(StrEnum):
    """How a device turns its fuel into heat: decides which physics and tariff rules apply."""

    COMBUSTION = "combustion"
    DIRECT_ELECTRIC = "direct_electric"
    STORAGE_ELECTRIC = "storage_electric"
    HEAT_PUMP = "heat_pump"
    DISTRICT = "district"


class Technology(StrEnum):
    """The technologies a catalogue device is one of and a subsidy programme may cover."""

    COAL_STOVE = "coal_stove"
    COAL_BOILER = "coal_boiler"
    CLEAN_COAL_STOVE = "clean_coal_stove"
    BIOMASS_STOVE = "biomass_stove"
    PELLET_STOVE = "pellet_stove"
    KANG = "kang"
    DIRECT_ELECTRIC = "direct_electric"
    STORAGE_ELECTRIC = "storage_electric"
    GAS_BOILER_CONDENSING = "gas_boiler_condensing"
    GAS_BOILER = "gas_boiler"
    GAS_SPACE_HEATER = "gas_space_heater"
    LPG_HEATER = "lpg_heater"
    ASHP_AIR_WATER = "ashp_air_water"
    ASHP_AIR_AIR = "ashp_air_air"
    GSHP = "gshp"
    WSHP = "wshp"
    GAS_ABSORPTION_HP = "gas_absorption_hp"
    DISTRICT_HEAT = "district_heat"


def literal_of(enumeration: type[StrEnum]) -> Any:
    """``Literal["a", "b", …]`` of the members' strings, for a pydantic field."""
    return Literal[tuple(member.value for member in enumeration)]


if TYPE_CHECKING:  # Literals built from the enums at run time, which a type checker cannot follow
    TechId = str
    KindId = str
else:
    TechId = literal_of(Technology)
    KindId = literal_of(DeviceKind)
TECH_IDS: tuple[str, ...] = tuple(member.value for member in Technology)

CategoryId = Literal["electric", "gas", "heat_pump", "clean_coal", "biomass"]

CATEGORIES: dict[str, frozenset[Technology]] = {
    "electric": frozenset(
        {
            Technology.DIRECT_ELECTRIC,
            Technology.STORAGE_ELECTRIC,
            Technology.ASHP_AIR_WATER,
            Technology.ASHP_AIR_AIR,
            Technology.GSHP,
            Technology.WSHP,
        }
    ),
    "gas": frozenset(
        {
            Technology.GAS_BOILER_CONDENSING,
            Technology.GAS_BOILER,
            Technology.GAS_SPACE_HEATER,
            Technology.GAS_ABSORPTION_HP,
        }
    ),
    "heat_pump": frozenset({Technology.ASHP_AIR_WATER, Technology.ASHP_AIR_AIR, Technology.GSHP, Technology.WSHP}),
    "clean_coal": frozenset({Technology.CLEAN_COAL_STOVE}),
    "biomass": frozenset({Technology.BIOMASS_STOVE, Technology.PELLET_STOVE}),
}
"""The technologies each category a programme may name covers (members of the one enumeration,
equal to the ids the packs write)."""


def expand(techs: Sequence[str], categories: Sequence[str]) -> frozenset[str]:
    """The technology ids named directly or through a category."""
    covered = set(techs)
    for category in categories:
        covered |= CATEGORIES[category]
    return frozenset(covered)
