"""Heat demand of a village house from what a resident can describe.

Transmission (walls, windows, roof, floor) plus ventilation give a heat-loss coefficient
UA. Partial heating — some rooms, part of the day, a lower night set-point — lowers the
effective UA and set-point; free gains lower the balance temperature. Seasonal demand is
UA times the degree-hours of the location's temperature bins below that balance point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

from ..contract.case import House
from ..packs.catalog_schema import CommonPack, HabitId, Upgrade

AIR_HEAT_CAPACITY_WH_PER_M3K = 0.34


@dataclass(frozen=True, slots=True)
class Areas:
    wall_m2: float
    windows_m2: float
    roof_m2: float
    floor_m2: float
    volume_m3: float
    doors: float  # door openings, m² (for door-curtain measures)


def areas(house: House, common: CommonPack) -> Areas:
    """A long south-facing rectangle of the given floor area per storey."""
    g = common.geometry
    footprint = house.heated_area_m2 / house.storeys
    width = math.sqrt(footprint / g.aspect_ratio.value)
    perimeter = 2 * (width + footprint / width)
    windows = house.heated_area_m2 * g.window_to_floor.value
    gross_wall = perimeter * g.storey_height_m.value * house.storeys
    return Areas(
        wall_m2=max(gross_wall - windows, 0.0),
        windows_m2=windows,
        roof_m2=footprint,
        floor_m2=footprint,
        volume_m3=house.heated_area_m2 * g.storey_height_m.value,
        doors=2.0 * house.storeys,
    )


def upgraded(house: House, upgrades: list[Upgrade], common: CommonPack) -> House:
    """The house after envelope measures. Each measure sets a preset, but only where that
    lowers the heat loss: door curtains do not make an already tight house leakier."""
    for measure in upgrades:
        candidate = House.model_validate({**house.model_dump(), **measure.sets})
        if heat_loss(candidate, common).ua_full_w_per_k <= heat_loss(house, common).ua_full_w_per_k:
            house = candidate
    return house


_HABIT_FIELDS = ("heated_share", "indoor_temp_c", "hours_per_day")


def habit_for(house: House, fuel: str | None, common: CommonPack) -> HabitId:
    """The habit a house is heated by: the one asked for, else the default for today's fuel."""
    habits = common.habits
    return house.habit or habits.default_by_fuel.get(fuel or "", habits.default)


def lived(house: House, common: CommonPack, fuel: str | None = None) -> House:
    """The house with every heating number the case left open taken from its habit (from the
    field studies, not 24 h at 18 °C). The habit's night set-point comes with its hours: where
    the case gives its own hours but no night set-point, the house cools by the usual drop."""
    if house.habit is not None and all(getattr(house, f) is not None for f in _HABIT_FIELDS):
        return house  # already lived
    habit_id = habit_for(house, fuel, common)
    preset = common.habits.presets[habit_id]
    update: dict[str, object] = {"habit": habit_id}
    for name in _HABIT_FIELDS:
        if getattr(house, name) is None:
            update[name] = getattr(preset, name).value
    if house.heated_share is None and preset.rooms_m2 is not None:  # the same rooms, whatever the house's size
        update["heated_share"] = max(0.1, min(preset.heated_share.value, preset.rooms_m2.value / house.heated_area_m2))
    if house.night_temp_c is None and house.hours_per_day is None:
        update["night_temp_c"] = preset.night_temp_c.value
    return house.model_copy(update=update)


class Heating(NamedTuple):
    """How a lived house is heated: the numbers ``lived`` fills, none left open."""

    habit: HabitId
    heated_share: float
    indoor_temp_c: float
    hours_per_day: float


def heating(house: House) -> Heating:
    """The heating numbers of a house that went through ``lived``."""
    habit, share, indoor, hours = house.habit, house.heated_share, house.indoor_temp_c, house.hours_per_day
    if habit is None or share is None or indoor is None or hours is None:
        raise ValueError("the house's heating numbers are open: pass it through lived() first")
    return Heating(habit, share, indoor, hours)


@dataclass(frozen=True, slots=True)
class HeatLoss:
    parts_w_per_k: dict[str, float]  # whole house: wall, windows, roof, floor, ventilation
    ua_full_w_per_k: float
    ua_w_per_k: float  # what the heated rooms lose, partial heating applied
    gains_w: float
    mean_set_temp_c: float  # time-weighted over the day
    heating: Heating  # how the house is heated: its set-point, hours and share (the one place they are kept)

    def balance_temp_c(self) -> float:
        """Outdoor temperature at which free gains alone keep the mean set-point."""
        return self.mean_set_temp_c - self.gains_w / self.ua_w_per_k


def heat_loss(house: House, common: CommonPack) -> HeatLoss:
    """The loss of a lived house (``lived`` filled its heating numbers), heated as they say."""
    env, g = common.envelope, common.geometry
    heats = heating(house)
    a = areas(house, common)
    parts = {
        "wall": a.wall_m2 * env.wall[house.wall.value].value,
        "windows": a.windows_m2 * env.windows[house.windows.value].value,
        "roof": a.roof_m2 * env.roof["insulated" if house.roof_insulated else "uninsulated"].value,
        "floor": a.floor_m2 * env.floor[house.floor.value].value,
        "ventilation": a.volume_m3
        * env.air_changes_per_h[house.airtightness.value].value
        * AIR_HEAT_CAPACITY_WH_PER_M3K,
    }
    ua_full = sum(parts.values())
    share, indoor, on_hours = heats.heated_share, heats.indoor_temp_c, heats.hours_per_day
    ua = ua_full * (share + (1.0 - share) * g.unheated_room_factor.value)
    off_set = house.night_temp_c if house.night_temp_c is not None else indoor - g.off_hours_drop_k.value
    off_set = min(off_set, indoor)
    mean_set = (on_hours * indoor + (24.0 - on_hours) * off_set) / 24.0
    gains = g.internal_gains_w_per_m2.value * house.heated_area_m2 * share
    return HeatLoss(parts, ua_full, ua, gains, mean_set, heats)
