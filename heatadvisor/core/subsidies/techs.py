"""Heating technology ids and the categories programmes name, as data in one place.

Every pack kind uses these ids; a programme may cover ids or categories, and a category is
only ever expanded here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

from heatadvisor.core.packs.technology import Technology, literal_of

TechId = literal_of(Technology)
TECH_IDS: tuple[str, ...] = get_args(TechId)

CategoryId = Literal["electric", "gas", "heat_pump", "clean_coal", "biomass"]

CATEGORIES: dict[str, frozenset[Technology]] = {
    "electric": frozenset({Technology.DIRECT_ELECTRIC, Technology.STORAGE_ELECTRIC, Technology.ASHP_AIR_WATER,
                           Technology.ASHP_AIR_AIR, Technology.GSHP, Technology.WSHP}),
    "gas": frozenset({Technology.GAS_BOILER_CONDENSING, Technology.GAS_BOILER, Technology.GAS_SPACE_HEATER,
                      Technology.GAS_ABSORPTION_HP}),
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
