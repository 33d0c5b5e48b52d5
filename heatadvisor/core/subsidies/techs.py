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

CATEGORIES: dict[str, frozenset[str]] = {
    "electric": frozenset(
        {"direct_electric", "storage_electric", "ashp_air_water", "ashp_air_air", "gshp", "wshp"}
    ),
    "gas": frozenset(
        {"gas_boiler_condensing", "gas_boiler", "gas_space_heater", "gas_absorption_hp"}
    ),
    "heat_pump": frozenset({"ashp_air_water", "ashp_air_air", "gshp", "wshp"}),
    "clean_coal": frozenset({"clean_coal_stove"}),
    "biomass": frozenset({"biomass_stove", "pellet_stove"}),
}


def expand(techs: Sequence[str], categories: Sequence[str]) -> frozenset[str]:
    """The technology ids named directly or through a category."""
    covered = set(techs)
    for category in categories:
        covered |= CATEGORIES[category]
    return frozenset(covered)
