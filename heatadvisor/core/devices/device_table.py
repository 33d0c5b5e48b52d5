"""Every catalogue device's figures as arrays, read once with each (cached) Setting.

A comparison reads a dozen figures of each row's device (efficiency, fuel energy, capital,
lifetime, emission factors …) on every keystroke, and a village batch for tens of thousands
of rows. Read out of the pack models once here, each figure is then one index into an array.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from ..packs.catalog_schema import CommonPack, Device
from ..packs.region_schema import RegionPack
from ..packs.sourced import SourcedRange
from ..packs.technology import DeviceKind

COAL_FUELS = frozenset({"coal", "anthracite", "briquette"})
PARTS = ("unit", "emitters", "ground_loop")  # a purchase's parts, each bought again when it wears out
UNIT, EMITTERS, GROUND_LOOP = range(len(PARTS))


@dataclass(frozen=True, slots=True, eq=False)
class DeviceTable:
    """Figures by catalogue position (D devices)."""

    devices: tuple[Device, ...]
    position: dict[int, int]  # id(device) → its position
    kind: np.ndarray  # (D,) str
    heat_pump: np.ndarray  # (D,) bool: its COP is by bin (``kind`` is a heat pump), asked on every keystroke
    storage: np.ndarray  # (D,) bool: an electric storage heater, charged in the valley hours
    direct: np.ndarray  # (D,) bool: a direct electric heater, drawing the load as it comes
    fuel: np.ndarray  # (D,) str
    electric: np.ndarray  # (D,) bool: its fuel is electricity
    fuels: tuple[str, ...]  # the catalogue's fuels, each once
    fuel_code: np.ndarray  # (D,) each device's fuel as its position in ``fuels``: rows are grouped by fuel as ints
    efficiency: np.ndarray  # (D, 3) favourable, typical, unfavourable; 1 for heat pumps (their COP is by bin)
    lhv_kwh: np.ndarray  # (D,) energy per fuel unit
    capacity_kw: np.ndarray  # (D,) catalogue size; 1 where none is given
    fixed_capital: np.ndarray  # (D, 3) low, typical, high
    per_m2_capital: np.ndarray  # (D, 3) for pipes and floor heating; 0 where none
    per_room: np.ndarray  # (D,) bool: one indoor unit in each heated room
    per_unit_capital: np.ndarray  # (D, 3) per indoor unit; 0 where none
    borehole_yuan_per_m: np.ndarray  # (D, 3) ground loop per metre; 0 where none
    borehole_w_per_m: np.ndarray  # (D,) peak extraction per metre; NaN where no borehole
    borehole_kwh_per_m: np.ndarray  # (D,) season extraction per metre; NaN where no borehole
    needs_water_emitters: np.ndarray  # (D,) bool
    capital_estimated: np.ndarray  # (D, 4) bool: fixed, per m², per unit, per borehole metre price is our estimate (E)
    maintenance: np.ndarray  # (D,) yuan per year
    lifetime: np.ndarray  # (D,) years of the unit
    part_lifetime: np.ndarray  # (D, 3) years of each of PARTS (the unit's where the device has no such part)
    clean: np.ndarray  # (D,) bool
    transitional: np.ndarray  # (D,) bool: a stopgap until clean heating can be had (洁净型煤)
    emission_factors: np.ndarray  # (D, 4) kg CO₂, kg PM, kg SO₂ and tonnes of coal per fuel unit

    def positions(self, devices: Iterable[Device]) -> np.ndarray:
        """Each device's position (a KeyError for one not in this catalogue)."""
        return np.fromiter(map(self.position.__getitem__, map(id, devices)), dtype=np.intp)


def _emission_factors(common: CommonPack, region: RegionPack, device: Device) -> tuple[float, float, float, float]:
    """kg CO₂, kg PM, kg SO₂ and tonnes of coal per fuel unit of ``device`` on the region's grid."""
    fuel = common.fuels[device.fuel]
    if device.fuel == "electricity":
        co2 = region.grid_co2_kg_per_kwh.value
    else:
        co2 = fuel.co2_kg_per_unit.value if fuel.co2_kg_per_unit else 0.0
    if fuel.unit == "t":  # g per kg of fuel burnt = kg per tonne
        pm = fuel.pm_g_per_kg.value if fuel.pm_g_per_kg else np.nan
        so2 = fuel.so2_g_per_kg.value if fuel.so2_g_per_kg else np.nan
    else:  # gas, LPG, electricity and district heat emit no household smoke
        pm = so2 = 0.0
    return co2, pm, so2, 1.0 if device.fuel in COAL_FUELS else 0.0


def _triple(r: SourcedRange) -> tuple[float, float, float]:
    return (r.low, r.typ, r.high)


def _estimated(device: Device, estimates: frozenset[str]) -> tuple[bool, bool, bool, bool]:
    """Which parts of the device's price rest on an E-coded source."""
    c = device.capital
    parts = (c.fixed_yuan, c.per_m2_yuan, c.per_unit_yuan, c.borehole.yuan_per_m if c.borehole else None)
    fixed, per_m2, per_unit, borehole = (p is not None and p.src in estimates for p in parts)
    return fixed, per_m2, per_unit, borehole


def _part_lifetimes(device: Device) -> tuple[float, float, float]:
    """Years of the unit, its emitters and its ground loop (each of ``PARTS``)."""
    unit, c = device.lifetime_years.value, device.capital
    emitters = c.per_m2_lifetime_years.value if c.per_m2_lifetime_years else unit
    return unit, emitters, c.borehole.lifetime_years.value if c.borehole else unit


def device_table(
    devices: Iterable[Device], common: CommonPack, region: RegionPack, estimates: frozenset[str] = frozenset()
) -> DeviceTable:
    """``estimates``: the source keys the device packs mark E."""
    listed = tuple(devices)
    fuels = tuple(dict.fromkeys(d.fuel for d in listed))

    def column(figure: Callable[[Device], object], dtype: type = float) -> np.ndarray:
        return np.array([figure(d) for d in listed], dtype=dtype)

    return DeviceTable(
        devices=listed,
        position={id(d): k for k, d in enumerate(listed)},
        kind=column(lambda d: d.kind, str),
        heat_pump=column(lambda d: d.kind == DeviceKind.HEAT_PUMP, bool),
        storage=column(lambda d: d.kind == DeviceKind.STORAGE_ELECTRIC, bool),
        direct=column(lambda d: d.kind == DeviceKind.DIRECT_ELECTRIC, bool),
        fuel=column(lambda d: d.fuel, str),
        electric=column(lambda d: d.fuel == "electricity", bool),
        fuels=fuels,
        fuel_code=column(lambda d: fuels.index(d.fuel), np.intp),
        efficiency=column(
            lambda d: (d.efficiency.high, d.efficiency.typ, d.efficiency.low) if d.efficiency else (1.0, 1.0, 1.0)
        ),
        lhv_kwh=column(lambda d: common.fuels[d.fuel].lhv_kwh_per_unit.value),
        capacity_kw=column(lambda d: d.capacity_kw or 1.0),
        fixed_capital=column(lambda d: _triple(d.capital.fixed_yuan)),
        per_m2_capital=column(lambda d: _triple(d.capital.per_m2_yuan) if d.capital.per_m2_yuan else (0.0, 0.0, 0.0)),
        per_room=column(lambda d: d.per_room, bool),
        per_unit_capital=column(
            lambda d: _triple(d.capital.per_unit_yuan) if d.capital.per_unit_yuan else (0.0, 0.0, 0.0)
        ),
        borehole_yuan_per_m=column(
            lambda d: _triple(d.capital.borehole.yuan_per_m) if d.capital.borehole else (0.0, 0.0, 0.0)
        ),
        borehole_w_per_m=column(lambda d: d.capital.borehole.w_per_m.value if d.capital.borehole else np.nan),
        borehole_kwh_per_m=column(lambda d: d.capital.borehole.kwh_per_m_year.value if d.capital.borehole else np.nan),
        needs_water_emitters=column(lambda d: d.needs_water_emitters, bool),
        capital_estimated=column(lambda d: _estimated(d, estimates), bool).reshape(len(listed), 4),
        maintenance=column(lambda d: d.maintenance_yuan_per_year.value),
        lifetime=column(lambda d: d.lifetime_years.value),
        part_lifetime=column(_part_lifetimes).reshape(len(listed), len(PARTS)),
        clean=column(lambda d: d.clean, bool),
        transitional=column(lambda d: d.transitional is not None, bool),
        emission_factors=column(lambda d: _emission_factors(common, region, d)).reshape(len(listed), 4),
    )
