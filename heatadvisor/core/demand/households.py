"""Each household's own inputs, read from its case, and its rows: today's system, then each option.

This is the part of a comparison that is plain Python per household (heat loss from the
presets, the options asked for, envelope measures); everything after it works on the rows
of many households at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from ..contract.case import Case, Emitter, House, OptionChoice
from ..contract.problems import FieldProblem, InputError
from ..devices.device_table import UNIT, DeviceTable
from ..devices.scenarios import TYPICAL
from ..packs.catalog_schema import Device, Upgrade
from ..packs.region_schema import RegionPack
from ..setting.bundle import DataBundle
from ..setting.setting import Kept, Setting, find_device
from ..setting.village import banned_fuels, village_has
from .heat_loss import HeatLoss, areas, heat_loss, lived, upgraded


class OptionRow(NamedTuple):
    """One heating option of one household (the first row of each household is today's system).

    A named tuple: a village batch makes tens of thousands, and a tuple is made ~4× faster than
    a frozen dataclass."""

    household: int
    device: Device
    choice: OptionChoice
    measures: tuple[Upgrade, ...]
    loss: HeatLoss  # the house after the measures
    is_current: bool

    @property
    def name_zh(self) -> str:
        """The device's name, with " + measure" for each envelope measure."""
        if not self.measures:  # most rows
            return self.device.name_zh
        return " + ".join([self.device.name_zh, *(m.name_zh for m in self.measures)])

    @property
    def name_en(self) -> str:
        if not self.measures:
            return self.device.name_en
        return " + ".join([self.device.name_en, *(m.name_en for m in self.measures)])


@dataclass(frozen=True, slots=True, eq=False)
class Layout:
    """Where each household's rows are in a group (household by household, today's system
    first): worked out once, read by every step."""

    household: np.ndarray  # (R,) each row's household
    is_current: np.ndarray  # (R,) the row is today's system
    first: list[int]  # each household's first row (today's system), then R
    current: np.ndarray  # (R,) the row of today's system of each row's household

    @classmethod
    def of(cls, rows: list[OptionRow]) -> Layout:
        household = np.fromiter((r.household for r in rows), dtype=np.intp, count=len(rows))
        is_current = np.fromiter((r.is_current for r in rows), dtype=bool, count=len(rows))
        first = np.flatnonzero(is_current)
        return cls(household, is_current, [*first.tolist(), len(rows)], first[household])


@dataclass(frozen=True, slots=True, eq=False)
class HouseholdInput:
    case: Case
    loss: HeatLoss
    current: Device
    village: frozenset[str]  # the infrastructure its village has (case and region pack)
    banned: frozenset[str] = frozenset()  # fuels households may not burn here (禁煤区), from the region pack


def _upgrades(setting: Setting, choice: OptionChoice, field: str) -> tuple[Upgrade, ...]:
    known = {u.id: u for u in setting.data.common.upgrades}
    missing = [u for u in choice.upgrades if u not in known]
    if missing:
        raise InputError([FieldProblem(field, "unknown_upgrade", ", ".join(missing))])
    return tuple(known[u] for u in choice.upgrades)


class _Defaults(NamedTuple):
    region: RegionPack
    data: DataBundle
    current: OptionChoice  # today's system as a choice
    options: list[tuple[Device, OptionChoice]]


DEFAULTS_KEPT = 512  # a region pack per province (~10) × the catalogue's devices (~30) with room to spare
_DEFAULTS: Kept[_Defaults] = Kept(DEFAULTS_KEPT)


def _defaults(setting: Setting, current: Device) -> _Defaults:
    """Today's system as a choice, and the region's default options but today's system with
    their devices: made once per region and device, never changed (a village asks thousands
    of times)."""
    region, data = setting.region, setting.data

    def made() -> _Defaults:
        options = [
            (find_device(data, d, f"options.{i}.device_id"), OptionChoice(device_id=d))
            for i, d in enumerate(x for x in region.default_options if x != current.id)
        ]
        return _Defaults(region, data, OptionChoice(device_id=current.id), options)

    return _DEFAULTS.get_or_make(
        (id(region), id(data), current.id), made, lambda hit: hit.region is region and hit.data is data
    )


def household_rows(case: Case, setting: Setting, index: int) -> tuple[HouseholdInput, list[OptionRow]]:
    """The household and its rows; raises InputError naming the bad field."""
    data = setting.data
    current = find_device(data, case.current.device_id, "current.device_id")
    house = lived(case.house, data.common, current.fuel)
    loss = heat_loss(house, data.common)
    defaults = _defaults(setting, current)
    rows = [OptionRow(index, current, defaults.current, (), loss, True)]
    place = setting.place
    household = HouseholdInput(
        case,
        loss,
        current,
        village_has(case, setting.region, place.county),
        banned_fuels(case, setting.region, place.prefecture, place.county),
    )
    if case.options is None:
        rows.extend(OptionRow(index, device, choice, (), loss, False) for device, choice in defaults.options)
        return household, rows
    for i, choice in enumerate(case.options):
        field = f"options.{i}"
        device = find_device(data, choice.device_id, f"{field}.device_id")
        measures = _upgrades(setting, choice, f"{field}.upgrades") if choice.upgrades else ()
        row_loss = heat_loss(upgraded(house, list(measures), data.common), data.common) if measures else loss
        rows.append(OptionRow(index, device, choice, measures, row_loss, False))
    return household, rows


def indoor_units(
    setting: Setting, households: list[HouseholdInput], layout: Layout, devices: DeviceIndex
) -> np.ndarray:
    """Indoor units of each row: for a room-unit device one in each heated room — the rooms the
    case gives, else the heated area × heated share over a typical room (common pack), rounded,
    at least one; 0 for other devices."""
    room_m2 = setting.data.common.geometry.room_m2.value
    rooms = np.array(
        [
            h.case.house.heated_rooms
            or max(1, int(h.case.house.heated_area_m2 * h.loss.heating.heated_share / room_m2 + 0.5))
            for h in households
        ]
    )
    return np.where(devices.column(devices.table.per_room), rooms[layout.household], 0)


def device_capital(
    households: list[HouseholdInput],
    rows: list[OptionRow],
    layout: Layout,
    devices: DeviceIndex,
    sized: tuple[np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Purchase and installation of each row's device (low, typical, high): (R, 3), and by part
    (``PARTS``), as each wears out on its own: (R, 3, 3) — the unit (its fixed price and its
    indoor units, ``sized[0]``), new emitters (pipes, floor heating, per m²) where a water system
    needs them and the house has none, and the ground loop (``sized[1]``). Nothing for the system
    the household already has; a price the staff typed in wins, shared among the parts as the
    catalogue's typical prices are."""
    of_row = layout.household  # each row's household
    table = devices.table
    fixed, per_m2 = devices.column(table.fixed_capital), devices.column(table.per_m2_capital)
    no_emitters = np.array([h.case.house.emitter is Emitter.none for h in households])[of_row]
    pipes = ~devices.column(table.needs_water_emitters) | no_emitters
    area = np.array([h.case.house.heated_area_m2 for h in households])[of_row]
    units, loop = sized
    parts = np.stack([fixed + units, per_m2 * (area * pipes)[:, None], loop], axis=-1)
    owned = devices.index == devices.index[layout.current]  # the device of today's system (its own row too)
    parts[owned] = 0.0
    cost = parts.sum(axis=-1)
    for i in [i for i, row in enumerate(rows) if row.choice.price_yuan is not None]:  # few rows: a price typed in
        if not owned[i]:
            price = cost[i] = rows[i].choice.price_yuan
            typical = parts[i, TYPICAL]
            whole = typical.sum()
            parts[i] = price * (typical / whole if whole > 0 else np.eye(len(typical))[UNIT])
    return cost, parts


def measures_capital(setting: Setting, house: House, measures: tuple[Upgrade, ...]) -> tuple[float, float, float]:
    """Envelope measures, costed on the element they improve (roof, wall, windows, doors)."""
    if not measures:
        return (0.0, 0.0, 0.0)
    a = areas(house, setting.data.common)
    basis = {"wall": a.wall_m2, "windows": a.windows_m2, "roof": a.roof_m2, "floor": a.floor_m2, "door": a.doors}
    low, typ, high = (
        sum(getattr(m.cost_yuan_per_m2, k) * basis[m.area_basis] for m in measures) for k in ("low", "typ", "high")
    )
    return (low, typ, high)


def loss_columns(losses: list[HeatLoss]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """UA (W/K), balance temperature, heated set-point and free gains (W) of each row."""
    ua = np.array([x.ua_w_per_k for x in losses])
    gains = np.array([x.gains_w for x in losses])
    mean_set = np.array([x.mean_set_temp_c for x in losses])
    return ua, mean_set - gains / ua, np.array([x.heating.indoor_temp_c for x in losses]), gains


@dataclass(frozen=True, slots=True, eq=False)
class DeviceIndex:
    """Which catalogue device each row uses: its figures are read from the setting's device
    table by index, not out of the pack models again for every one of thousands of rows."""

    table: DeviceTable
    index: np.ndarray  # (R,) position in ``table`` of each row's device

    @classmethod
    def of(cls, table: DeviceTable, devices: Iterable[Device]) -> DeviceIndex:
        return cls(table, table.positions(devices))

    def column(self, figure: np.ndarray) -> np.ndarray:
        """A figure of the table (devices first) for each row."""
        return figure[self.index]

    def rows(self, which: np.ndarray) -> np.ndarray:
        """Positions of the rows whose device ``which`` (a mask over the table) picks."""
        return which[self.index].nonzero()[0]  # np.flatnonzero's own ravel and checks cost 4× as much

    def by_fuel(self) -> list[tuple[str, np.ndarray]]:
        """Each fuel of the rows' devices, in the order the rows first burn it, with its rows."""
        codes = self.column(self.table.fuel_code)
        return [(self.table.fuels[code], (codes == code).nonzero()[0]) for code in dict.fromkeys(codes.tolist())]
